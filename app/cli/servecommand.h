#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli serve --role proxy|uas|registrar --listen HOST:PORT ...`: one live element on a
/// real UDP socket, serving any number of calls until SIGINT/SIGTERM, printing an F-line for
/// each message as it happens. Exit 0 on the signal, 1 when the socket cannot be bound, 2 on
/// bad usage.
class ServeCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace SipLab
