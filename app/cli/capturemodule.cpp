// siplab-cli-capture.so: the command lines that read or write captures without drawing: open
// (text, JSON and the text ladders) and run -o call.pcap, with libpcap and without Qt Gui or Qt
// Network. siplab-cli loads it for them (CliModule); its one exported symbol is this entry
// point (commandmodule.map).
#include "clifrontend.h"
#include "opencommand.h"
#include "runcommand.h"
#include "runpcap.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace {
/// The module's command without a handler in CliFrontEnd's table (open); run is the table's.
int captureCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == QLatin1String("open"))
        return SipLab::OpenCommand::run(arguments, out, err);
    err << "siplab-cli: '" << arguments.value(0) << "' is not in the capture module\n";
    return 2;
}
} // namespace

extern "C" __attribute__((visibility("default"))) int siplab_cli_module_main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SipLab::CliFrontEnd::nameApplication();
    SipLab::RunCommand::setDrawingExport(SipLab::RunPcap::bytes);
    return SipLab::CliFrontEnd::run(QCoreApplication::arguments(), captureCommand);
}
