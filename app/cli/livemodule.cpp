// siplab-cli-live.so: the live commands, serve and call, with Qt Network and without Qt Gui or
// libpcap: a server that runs for hours maps only what it uses. siplab-cli loads it for them
// (CliModule); its one exported symbol is this entry point (commandmodule.map).
#include "clifrontend.h"
#include "livecommands.h"

#include <QCoreApplication>
#include <QStringList>

extern "C" __attribute__((visibility("default"))) int siplab_cli_module_main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SipLab::CliFrontEnd::nameApplication();
    return SipLab::CliFrontEnd::run(QCoreApplication::arguments(), SipLab::LiveCommands::run);
}
