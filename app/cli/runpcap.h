#pragma once

#include "runcommand.h"

namespace SipLab {

/// `siplab-cli run -o call.pcap` in the capture module (libpcap, no Qt Gui): the trace as a
/// capture (PcapExporter). The capture module gives it to RunCommand::setDrawingExport(); any
/// other format is refused with a message (the executable sends those elsewhere).
class RunPcap
{
public:
    static QByteArray bytes(const CallTrace &trace, ExportFormat format, const RunExportOptions &options,
                            QString *error);
};

} // namespace SipLab
