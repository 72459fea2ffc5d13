#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli run ...`: builds a Scenario from a file and flags, runs the Engine and prints
/// the ladder (RFC 3665-style text or the whole trace as JSON).
class RunCommand
{
public:
    /// arguments[0] is the command name ("run"). Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace SipLab
