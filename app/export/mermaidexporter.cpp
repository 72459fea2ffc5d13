#include "mermaidexporter.h"

#include "ladderfootnotes.h"

namespace SipLab {

QString MermaidExporter::escape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('#'))
            out += QStringLiteral("#35;");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("#59;");
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString MermaidExporter::toMermaid(const CallTrace &trace, const LadderExportOptions &options)
{
    const LadderFootnotes notes = LadderFootnotes::build(trace, options.notes, options.hiddenNodes);
    QString out = QStringLiteral("sequenceDiagram\n");
    if (!options.title.isEmpty())
        out += QStringLiteral("    title %1\n").arg(escape(options.title));
    for (int i = 0; i < trace.nodes.size(); ++i) {
        if (options.hiddenNodes.contains(i))
            continue;
        const NodeAddress &a = trace.nodes[i].address;
        out += QStringLiteral("    participant %1 as %2<br/>%3:%4\n")
                   .arg(trace.nodeIdentifier(i), escape(a.name), a.ip)
                   .arg(a.port);
    }
    int lastNote = 0;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (options.hiddenNodes.contains(m.from) || options.hiddenNodes.contains(m.to))
            continue;
        // ->> solid with arrowhead, -->> dotted (retransmission), -x / --x end in a cross (lost).
        QString arrow = m.retransmission ? QStringLiteral("--") : QStringLiteral("-");
        arrow += m.lost ? QStringLiteral("x") : QStringLiteral(">>");
        QString label = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.labelWithFlags());
        const int n = notes.numberOf(i);
        if (n)
            label += QStringLiteral(" [%1]").arg(n);
        const QString from = trace.nodeIdentifier(m.from), to = trace.nodeIdentifier(m.to);
        out += QStringLiteral("    %1%2%3: %4\n").arg(from, arrow, to, escape(label));
        if (n > lastNote) { // each explanation once, beside the first message it explains
            lastNote = n;
            const LadderFootnote &note = notes.notes()[n - 1];
            const QString over = from == to ? from : from + QLatin1Char(',') + to;
            out += QStringLiteral("    Note over %1: [%2] %3\n")
                       .arg(over)
                       .arg(n)
                       .arg(escape(note.texts.join(QStringLiteral("<br/>"))));
        }
    }
    return out;
}

} // namespace SipLab
