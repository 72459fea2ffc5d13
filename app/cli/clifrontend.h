#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// What `siplab-cli` does before a command runs, with Qt Core only: the table of commands, the
/// usage, the tool's own options (--help, --version), and which commands are the executable's
/// own (explain, parse, lesson, and run with a text format: Qt Core) and which are in a module
/// the executable loads only for them (CliModule): the commands module (open and run with a
/// drawn format or HTML: Qt Gui), the capture module (open without drawing, run -o x.pcap:
/// libpcap) or the live module (serve, call: Qt Network).
/// CliCommands is the whole set, for the commands module and the tests.
/// Exit codes: 0 success, 1 the input was understood but is bad (parse: invalid message),
/// 2 bad usage (unknown command, bad option, unknown code).
class CliFrontEnd
{
public:
    using Handler = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Parses the tool's options and runs the command: the executable's own commands directly,
    /// the modules' through moduleCommands (arguments[0] is then the command's name).
    /// arguments[0] is the program name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err, Handler moduleCommands);
    /// The same on standard output and standard error.
    static int run(const QStringList &arguments, Handler moduleCommands);
    static QString usage();
    /// The command and its arguments, as run() reads them; empty when there is none or the
    /// tool's own options are bad. arguments[0] is the program name.
    static QStringList commandArguments(const QStringList &arguments);
    /// The file name of the module the command line needs (CliModule::Commands, Capture or
    /// Live), or nullptr when the executable runs it. Help, the version, a bad option
    /// or an unknown command are answered by the executable itself.
    static const char *module(const QStringList &arguments);
    /// True for the commands that talk to the network and run for long (serve, call).
    static bool runsLive(const QStringList &arguments);
    /// Names the application object the executable or a module made (siplab-cli, the version).
    static void nameApplication();
};

} // namespace SipLab
