#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// The live commands, serve and call: what the live module (siplab-cli-live.so, Qt Network and
/// no Qt Gui) runs, and what CliCommands runs for them.
class LiveCommands
{
public:
    /// arguments[0] is the command's name ("serve" or "call"); any other name is bad usage (2).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace SipLab
