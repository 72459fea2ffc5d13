#pragma once

#include <QString>

#include <optional>

namespace SipLab {

/// host [":" port] as SIP writes it (RFC 3261 25.1 hostport): the host part of a SIP URI
/// (19.1.1) and the sent-by of a Via (20.42). The host is a host name, an IPv4 address or an
/// IPv6 reference in []; the port is 1*DIGIT in 1..65535, 0 when absent.
struct HostPort
{
    QString host;
    int port = 0;

    /// Splits `text`. On failure returns nothing and sets *error to "<subject> has ...", where
    /// `subject` names what is parsed ("URI 'sip:...'", "Via '...'"). Callers on a hot path pass
    /// no error and ask again with one only when the text failed (the subject costs a string).
    static std::optional<HostPort> parse(QStringView text, const QString &subject = QString(), QString *error = nullptr);
    /// hostname / IPv4address / IPv6reference (RFC 3261 25.1).
    static bool isValidHost(QStringView host);
    /// "host:port", or the host alone when port is 0 or less: in one allocation (the hot paths
    /// write sent-by and peer addresses for every message).
    static QString join(const QString &host, int port);
    /// join() written at the end of `out`.
    static void appendJoined(QString &out, const QString &host, int port);
};

} // namespace SipLab
