#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"

#include <QString>

namespace SipLab {

/// The ladder as a Mermaid sequenceDiagram: one participant per lane (name and address), one
/// arrow per message (dotted for a retransmission, ending in a cross when lost), and the
/// explanations as `Note over` lines when asked for.
class MermaidExporter
{
public:
    static QString toMermaid(const CallTrace &trace, const LadderExportOptions &options = {});
    /// Text made safe for a Mermaid message or note: ';' and '#' as entity codes, no line breaks.
    static QString escape(const QString &text);
};

} // namespace SipLab
