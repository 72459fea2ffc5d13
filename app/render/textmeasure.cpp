#include "textmeasure.h"

#include <cmath>

namespace SipLab {

TextMeasure::TextMeasure(const QFont &font)
    : m_metrics(font)
    , m_height(m_metrics.height())
    , m_ascent(m_metrics.ascent())
{
}

double TextMeasure::width(const QString &text)
{
    const auto it = m_widths.constFind(text);
    if (it != m_widths.cend())
        return *it;
    const double w = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, w);
    return w;
}

QString TextMeasure::elided(const QString &text, Qt::TextElideMode mode, double room)
{
    const ElideKey key{text, mode, room};
    const auto it = m_elided.constFind(key);
    if (it != m_elided.cend())
        return *it;
    // QFontMetricsF::elidedText returns a text that fits unchanged, after shaping it once more;
    // a width measured here already (the label's box needs it) answers that without shaping.
    // Qt compares in 1/64 pixel (QFixed, the room truncated), so a text within 1/32 pixel of
    // the room still goes to Qt. A text with U+009C holds length variants: Qt chooses.
    const double w = width(text);
    if (w * 64 <= std::floor(room * 64) - 2 && !text.contains(QChar(0x9C)))
        return text;
    QString e = m_metrics.elidedText(text, mode, room);
    m_elided.insert(key, e);
    return e;
}

} // namespace SipLab
