#pragma once

#include "calltrace.h"
#include "scenario.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace SipLab {

class SipNode;

/// The world the nodes live in during one Engine run: a virtual clock, an event queue ordered
/// by (time, insertion order), the simulated wire with its latency and losses, the id
/// generator, and the trace being recorded. No timers, sockets or threads: deterministic.
class Simulation
{
public:
    using TimerId = quint64;

    explicit Simulation(const Scenario &scenario);
    ~Simulation();

    CallTrace run();

    const Scenario &scenario() const { return m_trace.scenario; }
    qint64 now() const { return m_now; }
    bool isReliableTransport() const { return m_trace.scenario.network.transport == Transport::Tcp; }
    int t1() const { return m_trace.scenario.network.t1Ms; }
    int t2() const { return m_trace.scenario.network.t2Ms; }
    int t4() const { return m_trace.scenario.network.t4Ms; }

    /// Runs `action` `delayMs` from now. Events at the same time run in the order scheduled.
    TimerId schedule(qint64 delayMs, std::function<void()> action);
    void cancel(TimerId id);

    /// Puts a message on the wire from node `from` to node `to`: records it (F-number), and
    /// delivers it after the link latency unless it is one of the scenario's dropped messages.
    /// Returns the F-number.
    int send(int from, int to, const SipMessage &message, const QString &transaction, const TraceRule &rule,
             bool retransmission = false);
    void annotate(AnnotationKind kind, int node, const QString &subject, const QString &state,
                  const TraceRule &rule);
    void setOutcome(const TraceRule &rule, int finalStatus);

    int nodeCount() const { return int(m_nodes.size()); }
    SipNode *node(int index) const { return m_nodes[size_t(index)].get(); }
    const TraceNode &traceNode(int index) const { return m_trace.nodes[index]; }
    int uacIndex() const { return 0; }
    int uasIndex() const { return nodeCount() - 1; }
    int proxyCount() const { return nodeCount() - 2; }
    /// The node a host name or IP address (with optional port) belongs to, or -1.
    int nodeForHost(const QString &host, int port = 0) const;

    /// Deterministic "random" identifiers (same scenario -> same ids).
    QString newBranch();
    QString newTag();
    QString newHex(int digits);
    qint64 messagesSent() const { return m_trace.messages.size(); }

private:
    struct Event
    {
        qint64 time;
        quint64 sequence;
        std::function<void()> action;
    };
    struct EventOrder
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
        }
    };

    CallTrace m_trace;
    std::vector<std::unique_ptr<SipNode>> m_nodes;
    std::vector<Event> m_queue; // a heap ordered by EventOrder
    QSet<TimerId> m_cancelled;
    quint64 m_sequence = 0;
    qint64 m_now = 0;
    std::mt19937 m_random{20061966u};
    QSet<int> m_drop;
};

} // namespace SipLab
