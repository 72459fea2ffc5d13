#pragma once

#include "serverstate.h"

#include <QHostAddress>
#include <QStringList>

class QTimer;

namespace SipLab {

class CliParser;
class SipMessage;

/// The options of `siplab-cli serve --role server|registrar` (kept apart from ServeCommand so
/// that the command's own parsing stays small): users file, state file, domain names and the
/// location service's bounds; owns the ServerState every call shares and writes the state file.
class ServeServerOptions
{
public:
    ServeServerOptions();
    ~ServeServerOptions();

    /// Adds --users, --state, --domain, --min-expires, --max-expires, --max-bindings.
    static void addOptions(CliParser &parser);
    /// Whether any of them is on the command line (they are for --role server and registrar).
    static bool anySet(const CliParser &parser);
    /// Reads them; an empty string, or what is wrong naming the flag.
    QString read(const CliParser &parser);
    /// After parsing: reads the users and state files and fills the server state. `server`:
    /// --role server (else registrar). False + *error (exit 2).
    bool prepare(bool server, const QHostAddress &listen, quint16 port, bool remote, QString *error);
    ServerState *state() { return &m_state; }
    /// Writes the state file now (atomically, QSaveFile). True when none is set.
    bool save(QString *error);
    /// The catalogue's explanation of a response the server sent itself (404, 480, 403, ...),
    /// printed under its F-line; empty for other messages.
    static QString explanation(const SipMessage &message);
    QString stateFile() const { return m_stateFile; }

private:
    ServerState m_state;
    QString m_usersFile;
    QString m_stateFile;
    QStringList m_domains;
    LocationService::Settings m_settings;
    QTimer *m_saveTimer = nullptr;
};

} // namespace SipLab
