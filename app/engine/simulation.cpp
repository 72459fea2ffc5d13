#include "simulation.h"

#include "enginerules.h"
#include "proxynode.h"
#include "sipnode.h"
#include "textscan.h"
#include "uacnode.h"
#include "uasnode.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace SipLab {

namespace {
// Bounds that keep a run finite whatever the scenario says (Timer C alone is 3 minutes).
constexpr qint64 MaxVirtualTimeMs = 2 * 60 * 60 * 1000;
constexpr qint64 MaxMessages = 20000;
/// An IPv4 or IPv6 address written as such (a host name is resolved by the nodes' own rules).
bool isIpLiteral(const QString &host)
{
    if (host.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}
} // namespace

Simulation::Simulation(const Scenario &scenario)
{
    build(scenario, {});
}

void Simulation::build(const Scenario &scenario, const QList<int> &externalNodes)
{
    m_trace.scenario = scenario;
    if (!m_live) {
        // A basic call records about 30 annotations: the list is allocated once instead of
        // growing from one element. (Reserving the messages too cost more than it saved: 16
        // TraceMessages are a large block for malloc.)
        m_trace.annotations.reserve(32);
    }
    for (int f : scenario.network.drop)
        m_drop.insert(f);

    m_trace.nodes.append({NodeRole::Uac, scenario.uac.address});
    for (const ProxySettings &p : scenario.proxies)
        m_trace.nodes.append({NodeRole::Proxy, p.address});
    // The callee's devices (UAS, or UAS1-UAS3 that the last proxy forks to, RFC 3261 16.5).
    m_targetCount = std::clamp(scenario.targetCount(), 1, Scenario::MaxTargets);
    for (int i = 0; i < m_targetCount; ++i)
        m_trace.nodes.append({NodeRole::Uas, scenario.target(i).address});

    // A live peer's lane (externalNodes) gets no node: it is never made, not made and dropped.
    const auto local = [&externalNodes](int index) { return !externalNodes.contains(index); };
    m_nodes.push_back(local(0) ? std::make_unique<UacNode>(*this, 0) : nullptr);
    for (int i = 0; i < scenario.proxies.size(); ++i) {
        if ((scenario.proxies[i].down && !m_live) || !local(i + 1))
            m_nodes.push_back(nullptr); // RFC 3665 3.4: the element is down, nothing answers
        else
            m_nodes.push_back(std::make_unique<ProxyNode>(*this, i + 1, i));
    }
    m_uasIndex = int(m_nodes.size());
    for (int i = 0; i < m_targetCount; ++i) {
        const int index = m_uasIndex + i;
        m_nodes.push_back(local(index) ? std::make_unique<UasNode>(*this, index, m_trace.scenario.target(i)) : nullptr);
    }
}

Simulation::Simulation(const Scenario &scenario, const QList<int> &externalNodes)
{
    m_live = true;
    build(scenario, externalNodes);
    // RFC 3261 8.1.1.4 / 8.1.1.7: Call-IDs, tags and branches must be unique in the world, not
    // reproducible: live mode draws them from a per-thread generator seeded once from
    // random_device (newHex); the simulation keeps its fixed seed.
}

qint64 Simulation::wallClockMs() const
{
    if (m_live)
        return QDateTime::currentMSecsSinceEpoch();
    // Sat, 13 Nov 2010 23:29:00 GMT, the date of the simulated traces.
    return 1289690940000LL + m_now;
}

void Simulation::startLive(qint64 nowMs)
{
    m_now = nowMs;
    if (m_nodes.front())
        schedule(0, [this] { m_nodes.front()->start(); });
}

void Simulation::runEvents(qint64 untilMs, bool bounded)
{
    while (!m_queue.empty() && m_queue.front().time <= untilMs) {
        std::pop_heap(m_queue.begin(), m_queue.end(), EventOrder{});
        Event event = std::move(m_queue.back());
        m_queue.pop_back();
        EventState &state = m_eventStates[event.sequence];
        if (state == EventState::Cancelled) {
            state = EventState::Done;
            continue;
        }
        state = EventState::Done;
        --m_pendingCount;
        if (bounded && (event.time > MaxVirtualTimeMs || m_messageCount >= MaxMessages))
            break;
        // The clock never goes back: in live mode `now` may already be past an overdue event.
        m_now = std::max(m_now, event.time);
        if (event.delivery >= 0) {
            Delivery &d = m_deliveries[size_t(event.delivery)];
            const SipMessage message = std::move(d.message); // the slot keeps an empty message
            const int from = d.from;
            const int to = d.to;
            m_freeDeliveries.push_back(event.delivery);
            node(to)->deliver(message, from);
        } else {
            event.action();
        }
    }
}

void Simulation::advanceTo(qint64 nowMs)
{
    runEvents(nowMs, false);
    m_now = std::max(m_now, nowMs);
}

qint64 Simulation::nextEventTime() const
{
    return m_queue.empty() ? -1 : m_queue.front().time;
}

void Simulation::receive(int to, int from, const SipMessage &message, qint64 nowMs)
{
    advanceTo(nowMs);
    if (isExternal(from) && !m_recordTrace && !m_messageHook) {
        ++m_messageCount; // counted (F-numbers stay the same) but nobody keeps or shows it
    } else if (isExternal(from)) {
        // RFC 3261 18.1.2 / 18.2.1: what a peer of ours put on the wire, as it arrived.
        TraceMessage m;
        m.fNumber = int(++m_messageCount);
        m.sendTimeMs = m_now;
        m.receiveTimeMs = m_now;
        m.from = from;
        m.to = to;
        m.message = message;
        if (const auto via = message.topVia())
            m.transaction = via->branch() + QLatin1Char('/') + (message.cseq() ? message.cseq()->method : QString());
        m.rule = Rules::LiveReceived;
        if (m_recordTrace)
            m_trace.messages.append(m);
        if (m_messageHook)
            m_messageHook(m);
    }
    if (!isExternal(to))
        node(to)->deliver(message, from);
}

int Simulation::laneFor(const QString &host, int port)
{
    const int found = nodeForHost(host, port);
    if (found >= 0 || !m_live || !isIpLiteral(host))
        return found;
    // An address no lane has yet: a peer we learn of (a Contact, a Route, a Via) becomes a lane.
    TraceNode lane;
    lane.role = NodeRole::Uas;
    lane.address.ip = host;
    lane.address.host = host;
    lane.address.domain = host;
    lane.address.port = port > 0 ? port : 5060;
    lane.address.name = host + QLatin1Char(':') + QString::number(lane.address.port);
    m_trace.nodes.append(lane);
    m_nodes.push_back(nullptr);
    return nodeCount() - 1;
}

bool Simulation::isIdle() const
{
    if (m_pendingCount > 0)
        return false;
    for (const auto &n : m_nodes) {
        if (n && n->hasActiveDialog())
            return false;
    }
    return true;
}

bool Simulation::lingeringTransactions(std::vector<Lingering> *out) const
{
    out->clear();
    for (const auto &n : m_nodes) {
        if (n && !n->collectLingering(out))
            return false;
    }
    // Each of them holds exactly its one timer: anything else pending keeps the call whole.
    return !out->empty() && qsizetype(out->size()) == m_pendingCount;
}

qint64 Simulation::lastEventTime() const
{
    qint64 last = -1;
    for (const Event &e : m_queue) {
        if (m_eventStates[e.sequence] != EventState::Cancelled)
            last = std::max(last, e.time);
    }
    return last;
}

Simulation::~Simulation() = default;

CallTrace Simulation::run()
{
    schedule(0, [this] { m_nodes.front()->start(); });
    runEvents(std::numeric_limits<qint64>::max(), true);
    m_trace.endTimeMs = m_now;
    return std::move(m_trace);
}

Simulation::TimerId Simulation::schedule(qint64 delayMs, std::function<void()> action)
{
    return queue(delayMs, std::move(action), -1);
}

Simulation::TimerId Simulation::queue(qint64 delayMs, std::function<void()> action, int delivery)
{
    const TimerId id = ++m_sequence;
    m_queue.push_back({m_now + std::max<qint64>(0, delayMs), id, std::move(action), delivery});
    m_eventStates.push_back(EventState::Pending);
    ++m_pendingCount;
    std::push_heap(m_queue.begin(), m_queue.end(), EventOrder{});
    return id;
}

void Simulation::scheduleDelivery(qint64 delayMs, const SipMessage &message, int from, int to)
{
    int slot;
    if (m_freeDeliveries.empty()) {
        slot = int(m_deliveries.size());
        m_deliveries.push_back({message, from, to});
    } else {
        slot = m_freeDeliveries.back();
        m_freeDeliveries.pop_back();
        m_deliveries[size_t(slot)] = {message, from, to};
    }
    queue(delayMs, {}, slot);
}

void Simulation::cancel(TimerId id)
{
    // Only a pending event is marked; the mark goes when the event leaves the queue.
    if (id != 0 && id < m_eventStates.size() && m_eventStates[id] == EventState::Pending) {
        m_eventStates[id] = EventState::Cancelled;
        --m_pendingCount;
        // Every queued event is pending or cancelled: drop the cancelled ones once they are
        // most of the queue.
        const qsizetype queued = qsizetype(m_queue.size());
        if (queued >= 64 && (queued - m_pendingCount) * 2 > queued)
            dropCancelledEvents();
    }
}

void Simulation::dropCancelledEvents()
{
    // A cancelled event waits in the heap until its time comes (a proxy restarts Timer C, three
    // minutes, at every provisional response, RFC 3261 16.7 step 2): a long call would pile
    // them up and make every push and pop slower. Dropping them changes nothing that runs, in
    // what order or when (runEvents skips a cancelled event without moving the clock).
    std::erase_if(m_queue, [this](const Event &e) {
        if (m_eventStates[e.sequence] != EventState::Cancelled)
            return false;
        m_eventStates[e.sequence] = EventState::Done;
        return true;
    });
    std::make_heap(m_queue.begin(), m_queue.end(), EventOrder{});
}

int Simulation::send(int from, int to, const SipMessage &original, const QString &transaction, const TraceRule &rule,
                     bool retransmission)
{
    TraceMessage m;
    m.message = original;
    // RFC 3261 18.1.1 / 20.14: every message on the wire carries Content-Length (mandatory on
    // TCP, and it lets UDP receivers detect truncation).
    if (!m.message.hasHeader(QStringLiteral("Content-Length")))
        m.message.addHeader(QStringLiteral("Content-Length"), QString::number(m.message.body().size()));
    if (m_live && m_outboundLane >= 0 && m.message.isRequest() && from != m_outboundLane
        && m_trace.nodes[from].role != NodeRole::Proxy)
        to = m_outboundLane; // the UA's outbound proxy takes every request (RFC 3261 8.1.2)
    m.fNumber = int(++m_messageCount);
    m.sendTimeMs = m_now;
    m.receiveTimeMs = m_now + (m_live ? 0 : m_trace.scenario.network.latencyMs);
    m.from = from;
    m.to = to;
    m.transaction = transaction;
    m.retransmission = retransmission;
    m.lost = !m_live && m_drop.contains(m.fNumber);
    m.rule = rule;
    const int fNumber = m.fNumber;
    if (m_live) {
        // Live mode: the message goes out as a datagram; nothing is delivered in memory.
        if (m_recordTrace)
            m_trace.messages.append(m);
        if (m_messageHook)
            m_messageHook(m);
        if (m_wire)
            m_wire(m);
        return fNumber;
    }
    const bool delivered = !m.lost && to >= 0 && to < nodeCount() && m_nodes[size_t(to)];
    m_trace.messages.append(std::move(m));
    if (delivered)
        scheduleDelivery(m_trace.scenario.network.latencyMs, m_trace.messages.constLast().message, from, to);
    return fNumber;
}

void Simulation::annotate(AnnotationKind kind, int node, const QString &subject, const QString &state,
                          const TraceRule &rule)
{
    TraceAnnotation a;
    a.kind = kind;
    a.timeMs = m_now;
    a.node = node;
    a.subject = subject;
    a.state = state;
    a.rule = rule;
    a.afterMessage = int(m_messageCount);
    if (m_recordTrace)
        m_trace.annotations.append(a);
}

void Simulation::setOutcome(const TraceRule &rule, int finalStatus)
{
    m_trace.outcome = rule;
    m_trace.finalStatus = finalStatus;
}

int Simulation::nodeForHost(const QString &host, int port) const
{
    if (m_live && port == 0)
        port = 5060; // RFC 3261 19.1.2: no port means the default one
    for (int i = 0; i < m_trace.nodes.size(); ++i) {
        const NodeAddress &a = m_trace.nodes[i].address;
        // Host names compare case-insensitively (RFC 3261 19.1.4).
        const bool hostMatches = TextScan::equalsIgnoreCase(host, a.host) || host == a.ip
            || (m_trace.nodes[i].role == NodeRole::Proxy && TextScan::equalsIgnoreCase(host, a.domain));
        if (hostMatches && (port == 0 || port == a.port))
            return i;
    }
    return -1;
}

namespace {
/// The hex digits a simulation draws, in order: `mt19937(20061966) % 16`, the same for every
/// simulation. Drawn once per process (a simulation used to seed its own generator, about 5 %
/// of a basic call's instructions); a simulation that draws more goes on with a generator of
/// its own, advanced past what the table holds.
constexpr quint32 SimulationSeed = 20061966u;
constexpr int SimulationDigitTable = 4096;
constexpr char HexDigits[] = "0123456789abcdef";

const char *simulationDigits()
{
    static const QByteArray digits = [] {
        std::mt19937 generator(SimulationSeed);
        QByteArray d(SimulationDigitTable, Qt::Uninitialized);
        for (char &c : d)
            c = HexDigits[generator() % 16];
        return d;
    }();
    return digits.constData();
}
} // namespace

QString Simulation::newHex(int digits)
{
    QString s(digits, Qt::Uninitialized);
    QChar *out = s.data();
    if (m_live) {
        // One random_device read per thread, not per call (opening it cost a tenth of a
        // registrar's CPU), and no generator seeded per call (seeding cost 4 % of a proxy's):
        // every live call of the thread draws from the same 64-bit generator.
        static thread_local std::mt19937_64 live = [] {
            std::random_device device;
            std::seed_seq seed{device(), device(), device(), device()};
            return std::mt19937_64(seed);
        }();
        for (int i = 0; i < digits; ++i)
            out[i] = QLatin1Char(HexDigits[live() % 16]);
        return s;
    }
    for (int i = 0; i < digits; ++i, ++m_digitsDrawn) {
        if (m_digitsDrawn < SimulationDigitTable) {
            out[i] = QLatin1Char(simulationDigits()[m_digitsDrawn]);
            continue;
        }
        if (!m_random) {
            m_random = std::make_unique<std::mt19937>(SimulationSeed);
            m_random->discard(SimulationDigitTable);
        }
        out[i] = QLatin1Char(HexDigits[(*m_random)() % 16]);
    }
    return s;
}

QString Simulation::newBranch()
{
    return QStringLiteral("z9hG4bK") + newHex(10);
}

QString Simulation::newTag()
{
    return newHex(8);
}

} // namespace SipLab
