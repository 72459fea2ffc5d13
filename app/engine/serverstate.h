#pragma once

#include "locationservice.h"

#include <QHash>
#include <QStringList>

#include <deque>

#include <functional>

namespace SipLab {

/// What a live registrar or classroom server (`siplab-cli serve --role registrar|server`)
/// shares across all the calls passing through it: the location service (RFC 3261 10.3), the
/// users and passwords Digest checks against (22), and the domains it is responsible for
/// (16.5, 26.3.2.2). Each call's Simulation gets a pointer to it; simulated ladders have none.
class ServerState
{
public:
    LocationService location;
    /// user -> password; empty: nobody is challenged.
    QHash<QString, QString> passwords;
    /// Host names and addresses of this server (lower-case); the first is the canonical domain.
    QStringList domains;
    /// Our SIP port: a URI naming one of our hosts with another port is not ours.
    int port = 5060;
    /// --role server: route requests for our domain by the bindings (RFC 3261 16.5).
    bool routeByLocation = false;
    /// Called after a REGISTER changed the bindings (the state file is written then).
    std::function<void()> bindingsChanged;

    /// How long a nonce this server issued stays fresh, and how many it remembers at most
    /// (the oldest are forgotten first, so a flood of challenges cannot grow memory).
    qint64 nonceLifetimeMs = 300000;
    int maxNonces = 10000;

    /// RFC 3261 22.4 / RFC 2617 3.2.1: what a nonce in credentials is to this server.
    enum class NonceState { Fresh, Stale, Unknown };
    /// Remembers `nonce`, put in a challenge at `nowMs`.
    void rememberNonce(const QString &nonce, qint64 nowMs);
    /// Fresh: issued here less than nonceLifetimeMs ago; Stale: issued here but older (a new
    /// challenge says stale=true when the digest was right); Unknown: never issued, or forgotten.
    NonceState nonceState(const QString &nonce, qint64 nowMs) const;

    bool requiresAuthentication() const { return !passwords.isEmpty(); }
    /// `host` is one of our domains and `uriPort` (0 when the URI has none) is ours.
    bool isOurDomain(const QString &host, int uriPort = 0) const;
    bool isOurDomain(const SipUri &uri) const { return isOurDomain(uri.host(), uri.port()); }
    /// The address of record of `uri`, with any of our domain names replaced by the canonical
    /// one (so sip:bob@localhost and sip:bob@127.0.0.1 are one user).
    QString addressOfRecord(const SipUri &uri) const;
    /// A user listed in the users file, or an address of record that has registered before.
    bool knows(const SipUri &uri) const;

    /// Reads a users file: one "user password" (or "user:password") per line; blank lines and
    /// lines starting with '#' are skipped. False with *error naming the line.
    static bool parseUsers(const QByteArray &text, QHash<QString, QString> *users, QString *error);

private:
    QHash<QString, qint64> m_nonces; // nonce -> time issued
    std::deque<QString> m_nonceOrder; // oldest first
};

} // namespace SipLab
