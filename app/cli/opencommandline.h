#pragma once

#include <QStringList>

namespace SipLab {

/// What siplab-cli reads of an `open` command line before OpenCommand runs, with Qt Core only
/// (the executable, which has no OpenCommand): whether it asks for a drawing, and which module
/// runs it.
class OpenCommandLine
{
public:
    /// True when the arguments ask for a drawing (svg, png, pdf, html), which needs a QGuiApplication:
    /// --format wins, else the -o extension, else text (OpenCommand's rule). arguments[0] is "open".
    static bool drawn(const QStringList &arguments);
    /// The module that runs these arguments (CliModule): the commands module for a drawing or
    /// HTML, else the capture module (libpcap, no Qt Gui).
    static const char *module(const QStringList &arguments);
};

} // namespace SipLab
