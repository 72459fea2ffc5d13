#include "plantumlexporter.h"

#include "ladderfootnotes.h"

namespace SipLab {

namespace {
bool hasWide(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}
} // namespace

QString PlantUmlExporter::escape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QString PlantUmlExporter::toPlantUml(const CallTrace &trace, const LadderExportOptions &options)
{
    const LadderFootnotes notes = LadderFootnotes::build(trace, options.notes, options.hiddenNodes);
    QString out = QStringLiteral("@startuml\n");
    // A font with Chinese glyphs, so that notes in Chinese are not drawn as boxes.
    bool wide = hasWide(options.title);
    for (const LadderFootnote &n : notes.notes())
        wide = wide || hasWide(n.texts.join(QString()));
    if (wide)
        out += QStringLiteral("skinparam defaultFontName \"Noto Sans CJK SC\"\n");
    out += QStringLiteral("hide footbox\nskinparam wrapWidth 420\n");
    if (!options.title.isEmpty())
        out += QStringLiteral("title %1\n").arg(escape(options.title));
    for (int i = 0; i < trace.nodes.size(); ++i) {
        if (options.hiddenNodes.contains(i))
            continue;
        const NodeAddress &a = trace.nodes[i].address;
        out += QStringLiteral("participant \"%1\\n%2:%3\" as %4\n")
                   .arg(escape(a.name).remove(QLatin1Char('"')), a.ip)
                   .arg(a.port)
                   .arg(trace.nodeIdentifier(i));
    }
    int lastNote = 0;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (options.hiddenNodes.contains(m.from) || options.hiddenNodes.contains(m.to))
            continue;
        // -> solid, --> dashed (retransmission), ->x / -->x end in a cross (lost).
        QString arrow = m.retransmission ? QStringLiteral("-->") : QStringLiteral("->");
        if (m.lost)
            arrow += QLatin1Char('x');
        QString label = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.labelWithFlags());
        const int n = notes.numberOf(i);
        if (n)
            label += QStringLiteral(" [%1]").arg(n);
        const QString from = trace.nodeIdentifier(m.from), to = trace.nodeIdentifier(m.to);
        out += QStringLiteral("%1 %2 %3 : %4\n").arg(from, arrow, to, escape(label));
        if (n > lastNote) {
            lastNote = n;
            const LadderFootnote &note = notes.notes()[n - 1];
            const QString over = from == to ? from : from + QStringLiteral(", ") + to;
            out += QStringLiteral("note over %1 : [%2] %3\n")
                       .arg(over)
                       .arg(n)
                       .arg(escape(note.texts.join(QLatin1Char('\n'))));
        }
    }
    out += QStringLiteral("@enduml\n");
    return out;
}

} // namespace SipLab
