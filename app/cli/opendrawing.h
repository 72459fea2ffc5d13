#pragma once

#include "opencommand.h"

namespace SipLab {

/// `siplab-cli open`'s drawings (SVG, PNG, PDF, HTML), in the commands module: the call's ladder with
/// a badge on each arrow that has a finding (its worst severity), through LadderExport as the
/// window's captures panel draws it. CliCommands gives it to OpenCommand::setDrawingExport().
class OpenDrawing
{
public:
    static QByteArray bytes(const CapturedCall &call, ExportFormat format, const LadderExportOptions &options,
                            QString *error);
};

} // namespace SipLab
