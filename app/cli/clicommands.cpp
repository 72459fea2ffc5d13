#include "clicommands.h"

#include "callcommand.h"
#include "explaincommand.h"
#include "lessoncommand.h"
#include "opencommand.h"
#include "parsecommand.h"
#include "runcommand.h"
#include "servecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace SipLab {

QString CliCommands::usage()
{
    return QStringLiteral(
        "Usage: siplab-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  run [SCENARIO.json] [OPTIONS]  simulate a call and print its ladder (F1 UAC -> P1: INVITE ...)\n"
        "  parse FILE|-                 parse a SIP message and print it, or say what is wrong and where\n"
        "  explain CODE [--lang zh|en|both]\n"
        "                               explain a response code in Chinese and English\n"
        "  serve --role proxy|uas|registrar [--listen HOST:PORT] [--next HOST:PORT] ...\n"
        "                               a live element on a real UDP socket until SIGINT/SIGTERM\n"
        "  call --to sip:USER@HOST:PORT [--method M] [--expect CODE] ...\n"
        "                               the UAC once over UDP; exit 0 on the expected final response\n"
        "  explain --list               list every code, its reason phrase and whether the source\n"
        "                               document covers it\n"
        "  lesson --list                list the built-in lessons (RFC 3665 flows, one per response class)\n"
        "  lesson NAME [--lang zh|en|both] [--times] [-o FILE]\n"
        "                               print a lesson: title, goals, introduction and its ladder\n"
        "  open FILE [--call N|--call-id ID] [--list] [--check] [--format F] [-o OUT]\n"
        "                               read a pcap/pcapng capture: its calls as ladders, checked\n"
        "                               against RFC 3261\n"
        "\n"
        "Run 'siplab-cli COMMAND --help' for the options of a command.\n");
}

int CliCommands::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

int CliCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = args.first();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "siplab-cli " << SIPLAB_VERSION_STRING << '\n';
        return 0;
    }
    if (command == QLatin1String("run"))
        return RunCommand::run(args, out, err);
    if (command == QLatin1String("parse"))
        return ParseCommand::run(args, out, err);
    if (command == QLatin1String("serve"))
        return ServeCommand::run(args, out, err);
    if (command == QLatin1String("call"))
        return CallCommand::run(args, out, err);
    if (command == QLatin1String("explain"))
        return ExplainCommand::run(args, out, err);
    if (command == QLatin1String("lesson"))
        return LessonCommand::run(args, out, err);
    if (command == QLatin1String("open"))
        return OpenCommand::run(args, out, err);
    err << "siplab-cli: unknown command '" << command << "'\n\n" << usage();
    return 2;
}

} // namespace SipLab
