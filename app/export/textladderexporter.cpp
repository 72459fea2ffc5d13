#include "textladderexporter.h"

#include "ladderfootnotes.h"

#include <QStringList>

namespace SipLab {

namespace {

int charWidth(char32_t c)
{
    if (c == 0 || c < 0x20)
        return 0;
    const QChar::Category cat = QChar::category(c);
    if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
        return 0;
    // East Asian Wide (W) and Fullwidth (F) ranges of UAX #11.
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

QString timeText(qint64 ms)
{
    return QStringLiteral("%1.%2 s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString footer(const LadderFootnotes &notes)
{
    if (notes.isEmpty())
        return QString();
    return QStringLiteral("\nNotes:\n") + notes.lines().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// A row of terminal cells; a wide character takes its cell and an empty one after it.
class Row
{
public:
    explicit Row(int width)
        : m_cells(width, QStringLiteral(" "))
    {}
    void put(int column, const QString &text)
    {
        for (char32_t c : text.toUcs4()) {
            const int w = charWidth(c);
            if (w == 0 || column < 0 || column + w > m_cells.size())
                continue;
            m_cells[column] = QString::fromUcs4(&c, 1);
            if (w == 2)
                m_cells[column + 1] = QString();
            column += w;
        }
    }
    QString text() const
    {
        QString s = m_cells.join(QString());
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    }

private:
    QStringList m_cells;
};

} // namespace

int TextLadderExporter::displayWidth(const QString &text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += charWidth(c);
    return w;
}

QString TextLadderExporter::list(const CallTrace &trace, const LadderExportOptions &options)
{
    const LadderFootnotes notes = LadderFootnotes::build(trace, options.notes, options.hiddenNodes);
    // Width of the time column: enough for the last send time, at least 4 digits.
    int width = 4;
    if (options.showTimes && !trace.messages.isEmpty())
        width = qMax(width, int(QString::number(trace.messages.last().sendTimeMs).size()));
    QString text;
    if (!options.title.isEmpty())
        text += options.title + QLatin1String("\n\n");
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (options.hiddenNodes.contains(m.from) || options.hiddenNodes.contains(m.to))
            continue;
        if (options.showTimes)
            text += QStringLiteral("%1 ").arg(m.sendTimeMs, width);
        text += QStringLiteral("F%1 %2 -> %3: %4")
                    .arg(m.fNumber)
                    .arg(trace.nodes.value(m.from).name(), trace.nodes.value(m.to).name(), m.label());
        if (m.retransmission)
            text += QStringLiteral(" (retransmission)");
        if (m.lost)
            text += QStringLiteral(" (lost)");
        if (const int n = notes.numberOf(i))
            text += QStringLiteral(" [%1]").arg(n);
        text += QLatin1Char('\n');
    }
    return text + footer(notes);
}

QString TextLadderExporter::list(const CallTrace &trace, bool withTimes)
{
    LadderExportOptions options;
    options.showTimes = withTimes;
    return list(trace, options);
}

QString TextLadderExporter::drawing(const CallTrace &trace, const LadderExportOptions &options)
{
    const LadderFootnotes notes = LadderFootnotes::build(trace, options.notes, options.hiddenNodes);
    QList<int> lanes; // node index per column
    QList<int> columnOfNode(trace.nodes.size(), -1);
    for (int i = 0; i < trace.nodes.size(); ++i) {
        if (!options.hiddenNodes.contains(i)) {
            columnOfNode[i] = int(lanes.size());
            lanes.append(i);
        }
    }
    struct Line
    {
        int message;
        QString label;
    };
    QList<Line> lines;
    int widest = 0;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (columnOfNode.value(m.from, -1) < 0 || columnOfNode.value(m.to, -1) < 0)
            continue;
        QString label = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.label());
        if (m.retransmission)
            label += QStringLiteral(" (rtx)");
        if (m.lost)
            label += QStringLiteral(" (lost)");
        if (const int n = notes.numberOf(i))
            label += QStringLiteral(" [%1]").arg(n);
        widest = qMax(widest, displayWidth(label));
        lines.append({i, label});
    }
    QStringList headers, addresses;
    for (int node : lanes) {
        headers.append(trace.nodes[node].name());
        const NodeAddress &a = trace.nodes[node].address;
        addresses.append(QStringLiteral("%1:%2").arg(a.ip).arg(a.port));
        widest = qMax(widest, displayWidth(headers.last()) - 4);
        widest = qMax(widest, displayWidth(addresses.last()) - 4);
    }
    // Adjacent lanes are one column apart: room for the widest label plus the arrow ends.
    const int laneGap = qMax(16, widest + 8);
    const int timeWidth = options.showTimes ? displayWidth(timeText(trace.endTimeMs)) + 2 : 0;
    const int left = timeWidth + laneGap / 2;
    auto laneX = [&](int column) { return left + column * laneGap; };
    const int width = laneX(int(lanes.size()) - 1) + laneGap / 2 + 1;

    QStringList out;
    if (!options.title.isEmpty())
        out << options.title << QString();
    auto centred = [&](const QStringList &texts) {
        Row row(width);
        for (int c = 0; c < texts.size(); ++c)
            row.put(laneX(c) - displayWidth(texts[c]) / 2, texts[c]);
        return row.text();
    };
    auto laneRow = [&]() {
        Row row(width);
        for (int c = 0; c < lanes.size(); ++c)
            row.put(laneX(c), QStringLiteral("│"));
        return row;
    };
    out << centred(headers) << centred(addresses);
    {
        Row row(width);
        for (int c = 0; c < lanes.size(); ++c)
            row.put(laneX(c), QStringLiteral("┬"));
        out << row.text();
    }
    for (const Line &line : lines) {
        const TraceMessage &m = trace.messages[line.message];
        const int x1 = laneX(columnOfNode[m.from]);
        const int x2 = laneX(columnOfNode[m.to]);
        Row row = laneRow();
        if (options.showTimes)
            row.put(0, timeText(m.sendTimeMs).rightJustified(timeWidth - 2));
        if (x1 == x2) { // a message to itself: a loop beside the lane
            row.put(x1, QStringLiteral("├─┐ ") + line.label);
            out << row.text();
            continue;
        }
        const bool right = x2 > x1;
        const int from = right ? x1 + 1 : x2 + 1;
        const int to = right ? x2 - 1 : x1 - 1; // inclusive cells between the two lanes
        const QString dash = m.retransmission ? QStringLiteral("┄") : QStringLiteral("─");
        int lostAt = -1;
        if (m.lost) // the cross short of the receiver: the message never reached it
            lostAt = right ? to - 1 : from + 1;
        for (int x = from; x <= to; ++x) {
            if (lostAt >= 0 && (right ? x > lostAt : x < lostAt))
                continue;
            row.put(x, dash);
        }
        if (lostAt >= 0)
            row.put(lostAt, QStringLiteral("x"));
        else
            row.put(right ? to : from, right ? QStringLiteral("►") : QStringLiteral("◄"));
        // The label in the middle of the span next to the sender, with a space either side.
        const int spanLeft = right ? x1 : x1 - laneGap; // the lane left of that span
        const int labelWidth = displayWidth(line.label) + 2;
        row.put(spanLeft + 1 + (laneGap - 1 - labelWidth + 1) / 2,
                QLatin1Char(' ') + line.label + QLatin1Char(' '));
        out << row.text();
    }
    {
        Row row(width);
        for (int c = 0; c < lanes.size(); ++c)
            row.put(laneX(c), QStringLiteral("┴"));
        out << row.text();
    }
    out << QString() << QStringLiteral("──► message   ┄┄► retransmission   ──x lost on the wire");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + footer(notes);
}

} // namespace SipLab
