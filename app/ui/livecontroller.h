#pragma once

#include "calltrace.h"
#include "scenario.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>

#include <memory>

namespace SipLab {

class LiveNetwork;

/// Runs the window's scenario in live mode: each local node on its own UDP socket (127.0.0.1 and
/// the scenario's ports by default), external nodes played by a softphone or SIPp at an address
/// the learner gives, the real clock. Emits the growing trace as messages really arrive.
class LiveController : public QObject
{
    Q_OBJECT
public:
    /// Where an external node is: IP and port.
    struct Peer
    {
        QString ip;
        int port = 0;
    };

    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    /// The scenario with every node at `address`, distinct ports (UAC 5070, P1 5060, P2 5062,
    /// UAS 5080 unless the scenario gives others), externals at their peer address.
    static Scenario liveScenario(const Scenario &scenario, const QHostAddress &address, const QMap<int, Peer> &external);

    /// Binds the local nodes and starts the call (a local UAC starts at once; an external one
    /// when its first request arrives). False with *error when a socket cannot be bound.
    bool start(const Scenario &scenario, const QHostAddress &address, const QMap<int, Peer> &external, QString *error);
    void stop();
    bool isRunning() const { return m_network != nullptr; }
    const CallTrace &trace() const { return m_trace; }

Q_SIGNALS:
    void traceChanged(const CallTrace &trace);
    void finished(int finalStatus);
    void transportError(const QString &message);

private:
    void refresh();

    std::unique_ptr<LiveNetwork> m_network;
    CallTrace m_trace;
};

} // namespace SipLab
