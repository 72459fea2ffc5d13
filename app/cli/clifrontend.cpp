#include "clifrontend.h"

#include "climodule.h"
#include "explaincommand.h"
#include "lessoncommand.h"
#include "opencommandline.h"
#include "parsecommand.h"
#include "runcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace SipLab {

namespace {

struct Command
{
    const char *name;
    const char *summary; // one line of `siplab-cli --help`
    CliFrontEnd::Handler run; // nullptr: a command of a module
    /// The module (CliModule's file name) these arguments need; nullptr from it: the executable
    /// runs them; nullptr as the function: always the executable.
    const char *(*module)(const QStringList &arguments) = nullptr;
};

const char *liveModule(const QStringList &)
{
    return CliModule::Live;
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"run", "simulate a call and print or export its ladder (F1 UAC -> P1: INVITE ...)", RunCommand::run,
         RunCommand::module},
        {"parse", "parse a SIP message and print it, or say what is wrong and where", ParseCommand::run},
        {"explain", "explain a response code in English and Chinese, or list every code", ExplainCommand::run},
        {"lesson", "list the built-in lessons (RFC 3665 flows) or print one with its ladder", LessonCommand::run},
        {"serve", "a live proxy, UAS, registrar or server (registrar + proxy) over UDP until a signal", nullptr,
         liveModule},
        {"call", "the UAC once over UDP; exit 0 on the expected final response", nullptr, liveModule},
        {"open", "read a pcap/pcapng capture: its calls as explained ladders, checked against RFC 3261", nullptr,
         OpenCommandLine::module},
    };
    return table;
}

/// `siplab-cli help COMMAND` is `siplab-cli COMMAND --help`; other positional arguments as they are.
QStringList withHelpRewritten(QStringList args)
{
    if (args.size() >= 2 && args.first() == QLatin1String("help"))
        return {args[1], QStringLiteral("--help")};
    return args;
}

const Command *find(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

/// The tool's own options; everything from the command on belongs to the command.
struct TopLevel
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("print this help and exit")};
    QCommandLineOption version{QStringLiteral("version")}; // replaced by addVersionOption()

    TopLevel()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.addOption(help);
        version = parser.addVersionOption(); // -v, --version
    }
};

} // namespace

QString CliFrontEnd::usage()
{
    QString text = QStringLiteral(
        "Usage: siplab-cli COMMAND [OPTIONS]\n"
        "SIP Lab on the command line: simulate SIP calls and print or export their ladders, explain\n"
        "response codes, print lessons, and run SIP elements live over UDP.\n"
        "\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10), QString::fromLatin1(c.summary));
    text += QStringLiteral(
        "\n"
        "Options:\n"
        "  -h, --help    print this help and exit\n"
        "  -v, --version print the version and exit\n"
        "\n"
        "Run 'siplab-cli COMMAND --help' for the options of a command.\n"
        "Exit status: 0 success, 1 the input was understood but is bad (an invalid message, a call\n"
        "without the expected answer), 2 bad usage (the message names the flag).\n");
    return text;
}

int CliFrontEnd::run(const QStringList &arguments, Handler moduleCommands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err, moduleCommands);
    out.flush();
    err.flush();
    return code;
}

int CliFrontEnd::run(const QStringList &arguments, QTextStream &out, QTextStream &err, Handler moduleCommands)
{
    TopLevel top;
    if (!top.parser.parse(arguments)) {
        const QStringList unknown = top.parser.unknownOptionNames();
        err << "siplab-cli: "
            << (unknown.isEmpty() ? top.parser.errorText()
                                  : QStringLiteral("unknown option '%1'").arg(arguments.value(1)))
            << "\n\n"
            << usage();
        return 2;
    }
    if (top.parser.isSet(top.help)) {
        out << usage();
        return 0;
    }
    if (top.parser.isSet(top.version)) {
        out << "siplab-cli " << SIPLAB_VERSION_STRING << '\n';
        return 0;
    }
    QStringList args = top.parser.positionalArguments();
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    if (args == QStringList{QStringLiteral("help")}) {
        out << usage();
        return 0;
    }
    args = withHelpRewritten(args);
    if (const Command *command = find(args.first())) {
        if (command->run) // a module sets what the executable's command needs of it (RunCommand)
            return command->run(args, out, err);
        if (moduleCommands)
            return moduleCommands(args, out, err);
        // The executable routes these to their module before it gets here (module()).
        err << "siplab-cli: the command '" << args.first() << "' is not in this program\n";
        return 2;
    }
    err << "siplab-cli: unknown command '" << args.first() << "'\n\n" << usage();
    return 2;
}

QStringList CliFrontEnd::commandArguments(const QStringList &arguments)
{
    TopLevel top;
    if (!top.parser.parse(arguments) || top.parser.isSet(top.help) || top.parser.isSet(top.version))
        return {};
    const QStringList args = top.parser.positionalArguments();
    if (args == QStringList{QStringLiteral("help")})
        return {}; // the usage, as run() prints it
    return withHelpRewritten(args);
}

const char *CliFrontEnd::module(const QStringList &arguments)
{
    const QStringList args = commandArguments(arguments);
    const Command *command = args.isEmpty() ? nullptr : find(args.first());
    return command && command->module ? command->module(args) : nullptr;
}

bool CliFrontEnd::runsLive(const QStringList &arguments)
{
    const QString command = commandArguments(arguments).value(0);
    return command == QLatin1String("serve") || command == QLatin1String("call");
}

void CliFrontEnd::nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("siplab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPLAB_VERSION_STRING));
}

} // namespace SipLab
