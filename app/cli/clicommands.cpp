#include "clicommands.h"

#include "clifrontend.h"
#include "livecommands.h"
#include "opencommand.h"
#include "opencommandline.h"
#include "opendrawing.h"
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
/// run and open draw (and run writes pcap) through the renderer of this module.
void setDrawingExports()
{
    RunCommand::setDrawingExport(RunDrawing::bytes);
    OpenCommand::setDrawingExport(OpenDrawing::bytes);
}
} // namespace

int CliCommands::run(const QStringList &arguments)
{
    setDrawingExports();
    return CliFrontEnd::run(arguments, moduleCommand);
}

int CliCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    setDrawingExports();
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
        return OpenCommandLine::drawn(args);
    return false;
}

} // namespace SipLab
