#include "textmeasure.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace SipLab {

TextMeasure::TextMeasure(const QFont &font)
    : m_metrics(font)
    , m_height(m_metrics.height())
    , m_ascent(m_metrics.ascent())
{
    // Keyed by the font's description and its metrics here (the screen's resolution is in them).
    thread_local QHash<QString, std::shared_ptr<AsciiTable>> tables;
    const QString key = font.key() + QLatin1Char('/') + QString::number(m_height) + QLatin1Char('/') + QString::number(m_ascent);
    std::shared_ptr<AsciiTable> &table = tables[key];
    if (!table)
        table = std::make_shared<AsciiTable>();
    m_ascii = table;
}

TextMeasure::AsciiTable::AsciiTable()
{
    std::fill(std::begin(widths), std::end(widths), -1.0);
}

double TextMeasure::charWidth(char16_t c)
{
    double &w = m_ascii->widths[c - FirstAscii];
    if (w < 0)
        w = m_metrics.horizontalAdvance(QString(QChar(c)));
    return w;
}

bool TextMeasure::additiveWidth(const QString &text, double *width)
{
    // A ladder's labels are mostly distinct ("F998 180 Ringing", "F999 180 Ringing"), so
    // remembering whole texts does not spare their shaping; their characters and character
    // pairs repeat. HarfBuzz positions Latin text glyph by glyph plus pair kerning, so a text
    // whose every adjacent pair shapes to the sum of its two characters is as wide as the sum
    // of its characters (tst_textmeasure compares against QFontMetricsF on thousands of texts).
    if (text.size() < 2)
        return false;
    double sum = 0;
    char16_t previous = 0;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < FirstAscii || c >= FirstAscii + AsciiCount || c == u'f')
            return false;
        sum += charWidth(c);
        if (previous) {
            quint8 &pair = m_ascii->pairs[previous - FirstAscii][c - FirstAscii];
            if (pair == 0) {
                const QChar pairChars[2] = {QChar(previous), QChar(c)};
                const QString two(pairChars, 2);
                pair = m_metrics.horizontalAdvance(two) == charWidth(previous) + charWidth(c) ? 1 : 2;
            }
            if (pair != 1)
                return false;
        }
        previous = c;
    }
    *width = sum;
    return true;
}

double TextMeasure::width(const QString &text)
{
    const auto it = m_widths.constFind(text);
    if (it != m_widths.cend())
        return *it;
    double w = 0;
    if (!additiveWidth(text, &w))
        w = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, w);
    return w;
}

QString TextMeasure::elided(const QString &text, Qt::TextElideMode mode, double room)
{
    // QFontMetricsF::elidedText returns a text that fits unchanged, after shaping it once more;
    // a width measured here already (the label's box needs it) answers that without shaping.
    // Qt compares in 1/64 pixel (QFixed, the room truncated), so a text within 1/32 pixel of
    // the room still goes to Qt. A text with U+009C holds length variants: Qt chooses.
    if (width(text) * 64 <= std::floor(room * 64) - 2 && !text.contains(QChar(0x9C)))
        return text; // most labels: not remembered a second time (they are mostly distinct)
    const ElideKey key{text, mode, room};
    const auto it = m_elided.constFind(key);
    if (it != m_elided.cend())
        return *it;
    QString e = m_metrics.elidedText(text, mode, room);
    m_elided.insert(key, e);
    return e;
}

} // namespace SipLab
