#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli explain ...` (see CliFrontEnd::usage()).
class ExplainCommand
{
public:
    /// arguments[0] is the command name ("explain"). Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace SipLab
