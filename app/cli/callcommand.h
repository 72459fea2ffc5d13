#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli call --to sip:user@HOST:PORT [--method M] [--expect CODE] ...`: the engine's UAC
/// once over a real UDP socket (INVITE, ACK, BYE; or REGISTER / OPTIONS / ...), printing an
/// F-line per message. Exit 0 when the final status equals --expect, 1 otherwise, 2 bad usage.
class CallCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace SipLab
