#pragma once

#include "calltrace.h"
#include "exportformat.h"
#include "ladderexportoptions.h"

#include <QStringList>

#include <optional>

class QTextStream;

namespace SipLab {

/// What `siplab-cli run` asks of an export, in Qt Core types: the LadderExportOptions every
/// writer takes, and what only a drawing uses (RunDrawing turns it into LadderImageOptions in
/// the commands module).
struct RunExportOptions : LadderExportOptions
{
    bool showAnnotations = true;        // --detail full|messages
    std::optional<double> pngScale;     // --scale; unset: LadderImageOptions' default
    int pngDpi = 0;                     // --dpi; 0: unset
    enum class Page { A4, A3, Letter, Legal };
    Page page = Page::A4;               // --page
    bool landscape = false;             // --landscape
};

/// `siplab-cli run ...`: builds a Scenario from a file and flags, runs the Engine and prints
/// the ladder or writes it in any ExportFormat (-o FILE, --format). The text formats
/// (LadderTextFormats) are written here, in the executable; the drawn ones and HTML by the
/// commands module and pcap by the capture module, each of which sets setDrawingExport()
/// (CliCommands, RunPcap).
class RunCommand
{
public:
    /// Writes a format LadderTextFormats does not: the bytes, or empty with *error set.
    using DrawingExport = QByteArray (*)(const CallTrace &trace, ExportFormat format, const RunExportOptions &options,
                                         QString *error);

    /// arguments[0] is the command name ("run"). Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    /// True when these arguments ask for a format drawn with a painter (SVG, PNG, PDF), which
    /// needs a QGuiApplication; callable before any QCoreApplication exists.
    static bool needsPainter(const QStringList &arguments);
    /// The module that must run these arguments (CliModule): the capture module for pcap, the
    /// commands module for the drawings and HTML; nullptr for the text formats, --help or bad
    /// usage, which the executable runs or answers.
    static const char *module(const QStringList &arguments);
    static void setDrawingExport(DrawingExport drawing);
};

} // namespace SipLab
