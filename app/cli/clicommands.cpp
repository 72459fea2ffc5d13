#include "clicommands.h"

#include "clifrontend.h"
#include "livecommands.h"
#include "opencommand.h"
#include "runcommand.h"
#include "rundrawing.h"

#include <QTextStream>

namespace SipLab {

namespace {
/// The commands only the commands module runs; arguments[0] is the command's name.
int moduleCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString &name = arguments.first();
    if (name == QLatin1String("open"))
        return OpenCommand::run(arguments, out, err);
    return LiveCommands::run(arguments, out, err); // serve, call
}
} // namespace

QString CliCommands::usage()
{
    return CliFrontEnd::usage();
}

int CliCommands::run(const QStringList &arguments)
{
    RunCommand::setDrawingExport(RunDrawing::bytes);
    return CliFrontEnd::run(arguments, moduleCommand);
}

int CliCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RunCommand::setDrawingExport(RunDrawing::bytes);
    return CliFrontEnd::run(arguments, out, err, moduleCommand);
}

bool CliCommands::needsGui(const QStringList &arguments)
{
    const QStringList args = CliFrontEnd::commandArguments(arguments);
    if (args.isEmpty())
        return false;
    if (args.first() == QLatin1String("run"))
        return RunCommand::needsPainter(args);
    if (args.first() == QLatin1String("open"))
        return OpenCommand::needsPainter(args);
    return false;
}

} // namespace SipLab
