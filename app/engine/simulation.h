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

class ServerState;
class SipNode;

/// The world the nodes live in during one Engine run: a virtual clock, an event queue ordered
/// by (time, insertion order), the simulated wire with its latency and losses, the id
/// generator, and the trace being recorded. No timers, sockets or threads: deterministic.
class Simulation
{
public:
    using TimerId = quint64;

    explicit Simulation(const Scenario &scenario);
    /// Live mode: the same nodes on the real clock and a real wire. The lanes in `externalNodes`
    /// (0 = UAC, 1.. proxies, last = UAS) get no SipNode: a softphone, SIPp or another process
    /// plays them. Nothing is delivered in memory; send() hands each message to the wire hook.
    Simulation(const Scenario &scenario, const QList<int> &externalNodes);
    ~Simulation();

    CallTrace run();

    // ---- Live mode (RFC 3261 18 over a real transport; the engine still has no sockets) ----
    /// Called with every message a local node puts on the wire (to be sent as a datagram).
    using WireHook = std::function<void(const TraceMessage &)>;
    /// Called with every message the trace records: sent by a local node or arrived from an
    /// external lane.
    using MessageHook = std::function<void(const TraceMessage &)>;
    bool isLive() const { return m_live; }
    void setWire(WireHook wire) { m_wire = std::move(wire); }
    void setMessageHook(MessageHook hook) { m_messageHook = std::move(hook); }
    /// When false (a long `serve`), messages and annotations are counted but not kept.
    void setRecordTrace(bool record) { m_recordTrace = record; }
    /// Sets the clock to `nowMs` and lets the UAC start (when it is local).
    void startLive(qint64 nowMs);
    /// Runs every event due at or before `nowMs` (real milliseconds), then sets the clock to it.
    void advanceTo(qint64 nowMs);
    /// The time of the earliest pending event, or -1 when none is pending.
    qint64 nextEventTime() const;
    int pendingEvents() const { return int(m_pendingCount); }
    /// A message that arrived from the network at lane `to` (a local node) from lane `from`.
    /// Recorded in the trace when `from` is external (a local sender recorded it already).
    void receive(int to, int from, const SipMessage &message, qint64 nowMs);
    /// The lane of host:port; in live mode an unknown address becomes a new external lane.
    int laneFor(const QString &host, int port);
    /// RFC 3261 8.1.2: every request a local UA sends goes to this lane (an outbound proxy),
    /// in-dialog ones too; -1 (default) for none.
    void setOutboundLane(int lane) { m_outboundLane = lane; }
    bool isExternal(int index) const { return index < 0 || index >= nodeCount() || !m_nodes[size_t(index)]; }
    /// No pending timer and no node keeps a dialog: a live call that may be forgotten.
    bool isIdle() const;
    /// What one transaction still does once its call is over for this element, while it
    /// waits for its last timer (RFC 3261 17.1.2.2, 17.2.1, 17.2.2; RFC 6026 7.1).
    struct Lingering
    {
        enum class Kind {
            ResendLastResponse, // non-INVITE server transaction, Completed (Timer J)
            AbsorbRequest,      // INVITE server transaction, Accepted (Timer L) or Confirmed (Timer I)
            AbsorbResponse,     // non-INVITE client transaction, Completed (Timer K)
        };
        Kind kind = Kind::ResendLastResponse;
        QString branch;        // top Via branch of the request (ours for a client transaction)
        QString sentBy;        // server transactions: the request's top Via sent-by
        QString method;
        QString transaction;   // its id (branch/method), as in TraceMessage::transaction
        QString toTag;         // server transactions: the To tag of the final response
    };
    /// Live servers: true, with what each open transaction still does, when every open
    /// transaction of the call only waits for its last timer as listed in Lingering::Kind and
    /// nothing else is pending (no other timer, no open dialog); false otherwise.
    bool lingeringTransactions(std::vector<Lingering> *out) const;
    /// The time of the last event queued (-1 when none): when the call has nothing left.
    qint64 lastEventTime() const;
    const CallTrace &trace() const { return m_trace; }
    /// Live registrar / classroom server: the state shared by every call (bindings, users);
    /// nullptr in a simulation and for the other live elements.
    void setServerState(ServerState *state) { m_serverState = state; }
    ServerState *serverState() const { return m_serverState; }
    /// Milliseconds since the epoch: the real time in live mode (RFC 3261 20.17: Date is the
    /// time of sending); in a simulation a fixed date plus the virtual time, so traces stay
    /// deterministic.
    qint64 wallClockMs() const;

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
    int uasIndex() const { return m_uasIndex; }
    /// The callee's devices: lanes uasIndex() .. uasIndex() + targetCount() - 1.
    int targetCount() const { return m_targetCount; }
    int lastTargetIndex() const { return m_uasIndex + m_targetCount - 1; }
    bool isTarget(int index) const { return index >= m_uasIndex && index <= lastTargetIndex(); }
    int proxyCount() const { return m_uasIndex - 1; }
    /// The node a host name or IP address (with optional port) belongs to, or -1.
    int nodeForHost(const QString &host, int port = 0) const;

    /// Deterministic "random" identifiers (same scenario -> same ids).
    QString newBranch();
    QString newTag();
    QString newHex(int digits);
    qint64 messagesSent() const { return m_messageCount; }

private:
    /// A queued event: an action, or (`delivery` >= 0) a message to hand to a node, kept in
    /// m_deliveries so the heap moves a few words per event and a delivery needs no
    /// std::function of its own (they are most of the events).
    struct Event
    {
        qint64 time;
        quint64 sequence;
        std::function<void()> action;
        int delivery = -1;
    };
    struct Delivery
    {
        SipMessage message;
        int from = 0;
        int to = 0;
    };
    /// What became of an event, by its sequence number (TimerId).
    enum class EventState : quint8 { Done, Pending, Cancelled };
    struct EventOrder
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
        }
    };

    /// The nodes of `scenario`; lanes listed in `externalNodes` (live peers) get none, nor does
    /// a proxy that is down, except in live mode (no element is down there).
    void build(const Scenario &scenario, const QList<int> &externalNodes);
    /// The one event loop: runs the queued events in (time, insertion) order while the earliest
    /// is due at or before `untilMs`. `bounded` (a simulated run) stops at the bounds that keep
    /// a run finite; live mode has none.
    void runEvents(qint64 untilMs, bool bounded);
    /// Puts an event on the queue `delayMs` from now: `action`, or the delivery in slot
    /// `delivery` of m_deliveries (>= 0). Returns its id.
    TimerId queue(qint64 delayMs, std::function<void()> action, int delivery);
    /// Queues `message` for node `to` after `delayMs` (Simulation::send's delivery).
    void scheduleDelivery(qint64 delayMs, const SipMessage &message, int from, int to);
    /// Removes the cancelled events from the queue (cancel() calls it when they are most of it).
    void dropCancelledEvents();

    CallTrace m_trace;
    std::vector<std::unique_ptr<SipNode>> m_nodes;
    std::vector<Event> m_queue; // a heap ordered by EventOrder
    /// By sequence number (index = TimerId; ids are 1, 2, 3 ... per simulation, so a byte
    /// per event scheduled instead of a hash look-up per schedule, cancel and run).
    std::vector<EventState> m_eventStates{EventState::Done};
    qsizetype m_pendingCount = 0; // events Pending: scheduled, not yet run, not cancelled
    std::vector<Delivery> m_deliveries; // slots of the queued deliveries
    std::vector<int> m_freeDeliveries;  // slots of m_deliveries free for reuse
    int m_uasIndex = 0;
    int m_targetCount = 1;
    qint64 m_messageCount = 0;
    bool m_live = false;
    bool m_recordTrace = true;
    int m_outboundLane = -1;
    ServerState *m_serverState = nullptr;
    WireHook m_wire;
    MessageHook m_messageHook;
    quint64 m_sequence = 0;
    qint64 m_now = 0;
    /// Simulation only: the same scenario, the same tags. The first 4,096 hex digits come
    /// from a table drawn once per process with the fixed seed, the rest from this generator
    /// (made when needed). Live calls never make one (newHex draws from a per-thread
    /// generator): its state is about 5 KB, half of what a server held per open call.
    std::unique_ptr<std::mt19937> m_random;
    qint64 m_digitsDrawn = 0;
    QSet<int> m_drop;
};

} // namespace SipLab
