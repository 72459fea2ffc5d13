#pragma once

#include "runcommand.h"

namespace SipLab {

/// `siplab-cli run`'s formats that the executable does not write (SVG, PNG, PDF, HTML, pcap),
/// in the commands module: RunExportOptions turned into LadderImageOptions, then LadderExport,
/// as the Export dialog writes them. CliCommands gives it to RunCommand::setDrawingExport().
class RunDrawing
{
public:
    static QByteArray bytes(const CallTrace &trace, ExportFormat format, const RunExportOptions &options,
                            QString *error);
};

} // namespace SipLab
