#pragma once

#include <QMap>
#include <QString>

namespace SipLab {

/// HTTP Digest authentication as SIP uses it (RFC 3261 22.4, RFC 2617 3.2, MD5 with qop=auth):
/// builds challenges, computes real responses, and checks credentials.
class DigestAuth
{
public:
    /// `Digest realm="...", nonce="...", qop="auth", algorithm=MD5` for WWW-/Proxy-Authenticate.
    /// `stale`: the previous request's nonce had expired but its digest was right, so the
    /// client may retry with the new nonce without asking the user (RFC 2617 3.2.1).
    static QString challenge(const QString &realm, const QString &nonce, const QString &opaque = QString(),
                             bool stale = false);
    /// The parameters of a Digest challenge or credentials (lower-case names, unquoted values).
    static QMap<QString, QString> parse(const QString &headerValue);
    /// RFC 2617 3.2.2.1: request-digest for qop=auth (or without qop when `qop` is empty).
    static QString response(const QString &username, const QString &realm, const QString &password,
                            const QString &method, const QString &uri, const QString &nonce,
                            const QString &nc, const QString &cnonce, const QString &qop);
    /// Authorization / Proxy-Authorization value answering `challengeValue`.
    static QString credentials(const QString &challengeValue, const QString &username, const QString &password,
                               const QString &method, const QString &uri, const QString &cnonce);
    /// True when `credentialsValue` answers realm `realm` with the right password.
    static bool verify(const QString &credentialsValue, const QString &realm, const QString &password,
                       const QString &method);
};

} // namespace SipLab
