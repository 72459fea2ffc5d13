#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// Every `siplab-cli COMMAND ...`: CliFrontEnd's table with the commands of the commands module
/// (run, open, serve, call) as well. The module's entry point runs it, and so do the tests.
/// Exit codes: 0 success, 1 the input was understood but is bad (parse: invalid message),
/// 2 bad usage (unknown command, bad option, unknown code).
class CliCommands
{
public:
    /// arguments[0] is the program name.
    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// True when the command line needs a QGuiApplication (a format drawn with a painter);
    /// callable before any QCoreApplication exists. arguments[0] is the program name.
    static bool needsGui(const QStringList &arguments);
};

} // namespace SipLab
