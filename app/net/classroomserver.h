#pragma once

#include "calltrace.h"
#include "locationservice.h"
#include "responsescript.h"
#include "serverstate.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>

class QTimer;

namespace SipLab {

class LiveNetwork;

/// The classroom SIP server (`siplab-cli serve --role server|registrar` and the GUI's
/// Live > Classroom server): a LiveNetwork on one UDP socket whose calls share one ServerState
/// (location service, users, domains; RFC 3261 10.3, 16.5, 22). One implementation for both
/// front ends: the CLI prints its messages, the GUI shows its bindings and the ladders of the
/// calls passing through (kept when setKeepCalls() is on, at most MaxCalls of them).
class ClassroomServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Server, Registrar };
    struct Config
    {
        Mode mode = Mode::Server;
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 5060;          // 0 picks a free one
        bool allowRemote = false;     // a non-loopback address is refused without it
        QStringList domains;          // other names of this server's domain (the address is one)
        QString usersFile;            // "user password" per line: Digest (RFC 3261 22)
        QString stateFile;            // bindings kept across restarts (JSON)
        LocationService::Settings location;
        int t1Ms = 500;               // RFC 3261 17.1.1.1; T2 = 8*T1, T4 = 10*T1
        QList<ResponseStep> registrarSteps; // Mode::Registrar: the answers (default 200)
        QString password = QStringLiteral("secret"); // Mode::Registrar with a 401 step
        QString usersLabel = QStringLiteral("users file"); // how errors name the files
        QString stateLabel = QStringLiteral("state file");  // (the CLI: "--users", "--state")
    };
    /// One call (one Call-ID) seen by the server, with its ladder.
    struct CallRecord
    {
        int number = 0;     // LiveNetwork's call tag: 1, 2, ...
        QString callId;
        QString method;     // of its first request
        QString from;       // address of record of From
        QString to;         // Request-URI of the first request
        int lastStatus = 0; // last final (or provisional) status the server sent or relayed
        CallTrace trace;
    };
    static constexpr int MaxCalls = 200;
    static constexpr int MaxMessagesPerCall = 400;

    explicit ClassroomServer(QObject *parent = nullptr);
    ~ClassroomServer() override;

    /// Reads the users and state files and fills the server state (no socket yet). False with
    /// *error naming the file or the setting that is wrong.
    bool prepare(const Config &config, QString *error);
    /// Binds the socket and serves. False with *error (e.g. the port is in use).
    bool listen(QString *error);
    /// prepare() and listen().
    bool start(const Config &config, QString *error);
    /// Stops serving and writes the state file.
    void stop();
    bool isRunning() const { return m_running; }

    const Config &config() const { return m_config; }
    quint16 port() const;
    /// The lane name of the server on its ladders ("Server" or "Registrar").
    QString nodeName() const;
    ServerState *state() { return &m_state; }
    const ServerState *state() const { return &m_state; }
    LiveNetwork *network() const { return m_network.get(); }
    /// Writes the state file now (atomically). True when none is set.
    bool saveState(QString *error);

    /// Keep the calls' ladders (GUI); off by default (the CLI prints and forgets).
    void setKeepCalls(bool keep);
    const std::deque<CallRecord> &calls() const { return m_calls; }
    /// The call with tag `number`, or nullptr.
    const CallRecord *call(int number) const;

Q_SIGNALS:
    /// A REGISTER changed the bindings.
    void bindingsChanged();
    /// A call appeared (setKeepCalls) or got a message; `number` is its tag.
    void callChanged(int number);
    /// Calls were dropped from the front of calls() (MaxCalls reached).
    void callsDropped(int count);

private:
    /// Listens to the network's messages while calls are kept (a quiet server does not pay for them).
    void connectRecording();
    void record(int call, const TraceMessage &message, const TraceNode &from, const TraceNode &to, qint64 timeMs);

    Config m_config;
    ServerState m_state;
    std::unique_ptr<LiveNetwork> m_network;
    QTimer *m_saveTimer = nullptr;
    bool m_running = false;
    bool m_keepCalls = false;
    QMetaObject::Connection m_recording;
    std::deque<CallRecord> m_calls;
};

} // namespace SipLab
