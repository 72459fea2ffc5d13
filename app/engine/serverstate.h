#pragma once

#include "locationservice.h"

#include <QHash>
#include <QStringList>

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
};

} // namespace SipLab
