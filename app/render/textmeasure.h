#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace SipLab {

/// The widths and elisions of one font, remembered: a ladder sets the same few labels ("180
/// Ringing", "Proceeding", "Timer A") on thousands of rows, and each `QFontMetricsF` call shapes
/// its text again with HarfBuzz (about 40 % of the instructions of a 2,001-message SVG export
/// before this class). The answers are `QFontMetricsF`'s own, so a layout measured through it is
/// the one measured without it. Made for one pass over a ladder (a display list, a frame).
class TextMeasure
{
public:
    explicit TextMeasure(const QFont &font);

    double height() const { return m_height; }
    double ascent() const { return m_ascent; }
    /// `QFontMetricsF::horizontalAdvance(text)`.
    double width(const QString &text);
    /// `QFontMetricsF::elidedText(text, mode, room)`.
    QString elided(const QString &text, Qt::TextElideMode mode, double room);

private:
    struct ElideKey
    {
        QString text;
        Qt::TextElideMode mode = Qt::ElideRight;
        double width = 0;
        friend bool operator==(const ElideKey &a, const ElideKey &b)
        {
            return a.mode == b.mode && a.width == b.width && a.text == b.text;
        }
        friend size_t qHash(const ElideKey &k, size_t seed = 0) { return qHashMulti(seed, k.text, int(k.mode), k.width); }
    };

    QFontMetricsF m_metrics;
    double m_height = 0;
    double m_ascent = 0;
    QHash<QString, double> m_widths;
    QHash<ElideKey, QString> m_elided;
};

} // namespace SipLab
