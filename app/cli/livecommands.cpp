#include "livecommands.h"

#include "callcommand.h"
#include "clifrontend.h"
#include "servecommand.h"

#include <QTextStream>

namespace SipLab {

int LiveCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = arguments.value(0);
    if (name == QLatin1String("serve"))
        return ServeCommand::run(arguments, out, err);
    if (name == QLatin1String("call"))
        return CallCommand::run(arguments, out, err);
    err << "siplab-cli: '" << name << "' is not a live command\n\n" << CliFrontEnd::usage();
    return 2;
}

} // namespace SipLab
