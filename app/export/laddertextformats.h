#pragma once

#include "calltrace.h"
#include "exportformat.h"
#include "ladderexportoptions.h"

#include <QByteArray>

namespace SipLab {

/// The formats of the table written with Qt Core alone, from the LadderExportOptions: the text
/// list, the UTF-8 drawing, Mermaid, PlantUML and the trace as JSON. LadderExport writes them
/// through here, and so does `siplab-cli run` without loading the commands module (app/cli).
/// The others are drawn (SVG, PNG, PDF, and HTML with its inline SVG) or need libpcap (pcap).
class LadderTextFormats
{
public:
    static bool writes(ExportFormat format);
    /// The file's bytes; empty for a format this class does not write (writes() is false).
    static QByteArray bytes(const CallTrace &trace, ExportFormat format, const LadderExportOptions &options);
};

} // namespace SipLab
