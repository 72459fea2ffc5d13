#pragma once

#include <QHostAddress>
#include <QString>

namespace SipLab {

class SipMessage;

/// What `serve` and `call` share: HOST:PORT options, the loopback rule, and the F-line they
/// print for each message as it happens.
class LiveOptions
{
public:
    /// "127.0.0.1:5060", "localhost:5080", "[::1]:5060". False with *error on bad input.
    static bool parseHostPort(const QString &text, QHostAddress *address, quint16 *port, QString *error,
                              bool allowPortZero = false);
    /// "  1234 F3 127.0.0.1:5061 -> P1: INVITE" (+ " (retransmission)"); with `call` > 0 (serve,
    /// many calls at once) the call's tag follows the F-number: "  1234 F3 c2 127.0.0.1:5061 -> ...".
    /// "siplab-cli serve: from 10.0.0.9:5060: answered 400 Bad Request" (or "dropped (why)"):
    /// what `call` and `serve` print for a datagram LiveNetwork rejected.
    static QString rejectionLine(const QString &command, const QString &peer, int status, const QString &reason);
    static QString fLine(int number, qint64 timeMs, const QString &from, const QString &to, const SipMessage &message,
                         bool retransmission, int call = 0);
};

} // namespace SipLab
