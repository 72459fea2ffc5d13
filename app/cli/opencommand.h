#pragma once

#include "exportformat.h"
#include "ladderexportoptions.h"

#include <QStringList>

class QTextStream;

namespace SipLab {

struct CapturedCall;

/// `siplab-cli open FILE`: reads a pcap/pcapng capture, groups its SIP messages into calls and
/// prints them (text, JSON or any ladder export), lists the calls (--list) or checks them
/// against RFC 3261 (--check: exit 1 when there is an error finding). Exit 2: bad usage or a
/// file that cannot be read. OpenCommandLine says which module of siplab-cli runs it.
class OpenCommand
{
public:
    /// arguments[0] is "open".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();

    /// Draws one call (SVG, PNG, PDF, HTML): the bytes, or empty with *error set. Set by the
    /// commands module (CliCommands: OpenDrawing); the capture module writes the other formats.
    using DrawingExport = QByteArray (*)(const CapturedCall &call, ExportFormat format,
                                         const LadderExportOptions &options, QString *error);
    static void setDrawingExport(DrawingExport drawing);
};

} // namespace SipLab
