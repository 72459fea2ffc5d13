#pragma once
// A bench for the transaction classes: a Simulation on its virtual clock where every message is
// lost on the wire (nothing reaches the scenario's nodes), and a transaction user that records
// its callbacks. Tests drive the clock with Simulation::advanceTo and read what went on the wire
// from the trace: send instants, retransmission flags and rules, timer annotations.
#include "clienttransaction.h"
#include "scenario.h"
#include "servertransaction.h"
#include "simulation.h"
#include "sipnode.h"

#include <QList>

#include <memory>

namespace SipLab::Test {

/// A SipNode that only records what its transactions pass up.
class RecordingNode : public SipNode
{
public:
    using SipNode::SipNode;
    void onRequest(ServerTransaction &, const SipMessage &request, int) override { requests << request.method(); }
    void onAck(const SipMessage &, int) override { ++acks; }
    void onResponse(ClientTransaction &, const SipMessage &response) override { responses << response.statusCode(); }
    void onStrayResponse(const SipMessage &response, int) override { stray << response.statusCode(); }
    void onTimeout(ClientTransaction &) override { timeouts << m_sim.now(); }
    void onServerTimeout(ServerTransaction &) override { serverTimeouts << m_sim.now(); }

    QStringList requests;
    int acks = 0;
    QList<int> responses;
    QList<int> stray;
    QList<qint64> timeouts;       // when Timer B / F reached the TU
    QList<qint64> serverTimeouts; // when Timer H reached the TU
};

/// One bench: lane 0 is the node under test, lane 1 the peer that never answers by itself.
struct TransactionHarness
{
    TransactionHarness(int t1Ms, Transport transport, bool live = false, int t2Ms = 4000, int t4Ms = 5000)
    {
        Scenario s;
        s.network.t1Ms = t1Ms;
        s.network.t2Ms = t2Ms;
        s.network.t4Ms = t4Ms;
        s.network.transport = transport;
        s.network.latencyMs = 0;
        // Every F-number lost: what the transaction sends stays in the trace and reaches no node.
        for (int f = 1; f <= 500; ++f)
            s.network.drop << f;
        sim = live ? std::make_unique<Simulation>(s, QList<int>{0, 1}) : std::make_unique<Simulation>(s);
        node = std::make_unique<RecordingNode>(*sim, 0);
    }

    /// A request as a UAC would send it (RFC 3261 8.1.1), top Via with an RFC 3261 branch.
    static SipMessage request(const QString &method, const QString &branch = QStringLiteral("z9hG4bK776asdhds"))
    {
        SipMessage r = SipMessage::request(method, QStringLiteral("sip:bob@biloxi.com"));
        r.addHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=") + branch);
        r.addHeader(QStringLiteral("Route"), QStringLiteral("<sip:p1.atlanta.com;lr>"));
        r.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
        r.addHeader(QStringLiteral("To"), QStringLiteral("Bob <sip:bob@biloxi.com>"));
        r.addHeader(QStringLiteral("From"), QStringLiteral("Alice <sip:alice@atlanta.com>;tag=1928301774"));
        r.addHeader(QStringLiteral("Call-ID"), QStringLiteral("a84b4c76e66710@pc33.atlanta.com"));
        r.addHeader(QStringLiteral("CSeq"), QStringLiteral("314159 ") + method);
        return r;
    }

    /// A response to `req` with a To tag (none on 100).
    SipMessage response(const SipMessage &req, int code) const
    {
        return node->makeResponse(req, code, code == 100 ? QString() : QStringLiteral("a6c85cf"));
    }

    /// Instants at which messages went on the wire (optionally only those with this method or status).
    QList<qint64> sendTimes(const QString &label = QString()) const
    {
        QList<qint64> times;
        for (const TraceMessage &m : sim->trace().messages) {
            if (label.isEmpty() || m.label() == label)
                times << m.sendTimeMs;
        }
        return times;
    }
    /// Pointers into the trace: valid until the next message is sent.
    QList<const TraceMessage *> messages(const QString &label) const
    {
        QList<const TraceMessage *> list;
        for (const TraceMessage &m : sim->trace().messages) {
            if (m.label() == label)
                list << &m;
        }
        return list;
    }
    /// When a timer ("Timer B") fired, or empty.
    QList<qint64> timerFired(const QString &timer) const
    {
        QList<qint64> times;
        for (const TraceAnnotation &a : sim->trace().annotations) {
            if (a.kind == AnnotationKind::Timer && a.subject == timer && a.state == QLatin1String("fired"))
                times << a.timeMs;
        }
        return times;
    }
    /// The transaction states in the order they were annotated.
    QStringList states() const
    {
        QStringList list;
        for (const TraceAnnotation &a : sim->trace().annotations) {
            if (a.kind == AnnotationKind::TransactionState)
                list << a.state;
        }
        return list;
    }

    std::unique_ptr<Simulation> sim;
    std::unique_ptr<RecordingNode> node;
};

} // namespace SipLab::Test
