#pragma once

#include <QString>

namespace SipLab {

/// siplab-cli's modules, beside the executable in ../lib/siplab/cli/: the commands module
/// (open and run with a drawn format or HTML: Qt Gui and the renderer), the capture module (open
/// without drawing, run -o x.pcap: libpcap) and the live module (serve, call: Qt Network).
/// siplab-cli links Qt Core only and loads a module for the command lines that need it
/// (CliFrontEnd::module), so that explain, parse, lesson and run with a text format start
/// without loading the libraries they do not use, and neither a server nor a capture's text
/// maps the drawing libraries (issue 16). A module's entry point is siplab-cli's whole main()
/// for its command lines: it makes the application object (QGuiApplication for a drawing).
class CliModule
{
public:
    static constexpr const char *Commands = "siplab-cli-commands.so";
    static constexpr const char *Live = "siplab-cli-live.so";
    static constexpr const char *Capture = "siplab-cli-capture.so";
    /// The name of the entry point: int (int argc, char **argv).
    static constexpr const char *EntryPoint = "siplab_cli_module_main";
    /// Where a module is: SIPLAB_CLI_MODULE_DIR relative to the running executable's real folder
    /// (the same in the build tree and in an installation).
    static QString path(const char *fileName);
    /// Loads the module and runs its entry point; when it cannot be loaded, prints what and why
    /// on standard error and returns 2. Callable before any QCoreApplication exists.
    static int run(const char *fileName, int argc, char **argv);
};

} // namespace SipLab
