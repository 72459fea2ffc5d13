#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <memory>

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
    /// The text's width as the sum of its characters' own widths, when shaping gives exactly
    /// that: printable ASCII without 'f' (which starts the fi/fl/ff ligatures), every adjacent
    /// pair checked once to shape to the sum of its two characters (no kerning between them).
    /// False: the text has to be shaped whole.
    bool additiveWidth(const QString &text, double *width);
    double charWidth(char16_t c);

    static constexpr char16_t FirstAscii = 0x20;
    static constexpr int AsciiCount = 0x7f - 0x20;
    /// What is known of one font's printable ASCII, shared by every TextMeasure of that font on
    /// a thread (a frame of the screen measures a few dozen labels).
    struct AsciiTable
    {
        AsciiTable();
        double widths[AsciiCount];              // < 0: not measured yet
        quint8 pairs[AsciiCount][AsciiCount] = {}; // 0 not checked, 1 additive, 2 kerned
    };

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
    std::shared_ptr<AsciiTable> m_ascii;
    double m_height = 0;
    double m_ascent = 0;
    QHash<QString, double> m_widths;
    QHash<ElideKey, QString> m_elided;
};

} // namespace SipLab
