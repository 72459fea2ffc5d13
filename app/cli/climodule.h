#pragma once

#include <QString>

namespace SipLab {

/// The commands module (siplab-cli-commands.so): open, serve, call and run's drawn formats, HTML
/// and pcap, with what they link (Qt Gui and the renderer, Qt Network, libpcap). siplab-cli links
/// Qt Core only and loads the module for those command lines (CliFrontEnd::needsModule), so that
/// explain, parse, lesson and run with a text format start without loading the libraries they
/// do not use (issue 16). The module's entry point is siplab-cli's whole main() for the
/// module's command lines: it makes the application object (QGuiApplication for a drawing).
class CliModule
{
public:
    /// The name of the entry point: int (int argc, char **argv).
    static constexpr const char *EntryPoint = "siplab_cli_module_main";
    /// Where the module is: SIPLAB_CLI_MODULE_PATH relative to the running executable's folder
    /// (the same in the build tree and in an installation).
    static QString path();
    /// Loads the module and runs its entry point; when it cannot be loaded, prints what and why
    /// on standard error and returns 2. Callable before any QCoreApplication exists.
    static int run(int argc, char **argv);
};

} // namespace SipLab
