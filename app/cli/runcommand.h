#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli run ...`: builds a Scenario from a file and flags, runs the Engine and prints
/// the ladder or writes it in any ExportFormat (-o FILE, --format).
class RunCommand
{
public:
    /// arguments[0] is the command name ("run"). Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    /// True when these arguments ask for a format drawn with a painter (SVG, PNG, PDF), which
    /// needs a QGuiApplication; callable before any QCoreApplication exists.
    static bool needsPainter(const QStringList &arguments);
};

} // namespace SipLab
