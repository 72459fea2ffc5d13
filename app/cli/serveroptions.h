#pragma once

#include "classroomserver.h"

#include <QHostAddress>
#include <QStringList>

namespace SipLab {

class CliParser;
class SipMessage;

/// The options of `siplab-cli serve --role server|registrar` (kept apart from ServeCommand so
/// that the command's own parsing stays small): users file, state file, domain names and the
/// location service's bounds, read into the ClassroomServer's configuration (app/net: the same
/// server the GUI runs).
class ServeServerOptions
{
public:
    /// Adds --users, --state, --domain, --min-expires, --max-expires, --max-bindings.
    static void addOptions(CliParser &parser);
    /// Whether any of them is on the command line (they are for --role server and registrar).
    static bool anySet(const CliParser &parser);
    /// Reads them; an empty string, or what is wrong naming the flag.
    QString read(const CliParser &parser);
    /// The server's configuration for --role server (`server`) or registrar, bound to
    /// listen:port; an empty string, or what is wrong naming the flag (exit 2).
    QString configure(bool server, const QHostAddress &listen, quint16 port, bool remote,
                      ClassroomServer::Config *config) const;
    /// The catalogue's explanation of a response the server sent itself (404, 480, 403, ...),
    /// printed under its F-line; empty for other messages.
    static QString explanation(const SipMessage &message);

private:
    QString m_usersFile;
    QString m_stateFile;
    QStringList m_domains;
    LocationService::Settings m_settings;
};

} // namespace SipLab
