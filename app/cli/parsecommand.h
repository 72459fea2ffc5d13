#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli parse ...` (see CliFrontEnd::usage()).
class ParseCommand
{
public:
    /// arguments[0] is the command name ("parse"). Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace SipLab
