// Simulation's live mode: the same nodes, a wire hook instead of the in-memory network, the
// real clock driven from outside (advanceTo), external lanes learnt by address.
#include "simulation.h"
#include "sipnode.h"

#include <QTest>

#include <random>

using namespace SipLab;

namespace {
Scenario liveScenario()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(0);
    s.uac.address = {QStringLiteral("UAC"), QStringLiteral("alice"), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("127.0.0.1"), 5070};
    s.uas.address = {QStringLiteral("UAS"), QStringLiteral("bob"), QStringLiteral("127.0.0.1:5080"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), 5080};
    return s;
}
} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveSendsThroughTheWireOnTheRealClock();
    void liveIdentifiersAreUnique();
    void unknownAddressesBecomeLanes_data();
    void unknownAddressesBecomeLanes();
    void receiveRecordsExternalMessages();
    void simulatedIdentifiersFollowTheSeed_data();
    void simulatedIdentifiersFollowTheSeed();
    void eventsRunInTimeOrderAndCancelOnce_data();
    void eventsRunInTimeOrderAndCancelOnce();
};

void TestSimulation::liveSendsThroughTheWireOnTheRealClock()
{
    Simulation sim(liveScenario(), {1});
    QList<TraceMessage> wire;
    sim.setWire([&wire](const TraceMessage &m) { wire.append(m); });
    sim.startLive(1000);
    QVERIFY(wire.isEmpty()); // nothing runs before the clock is advanced
    sim.advanceTo(1000);
    QCOMPARE(wire.size(), 1);
    QCOMPARE(wire.first().message.method(), QStringLiteral("INVITE"));
    QCOMPARE(wire.first().sendTimeMs, qint64(1000));
    QCOMPARE(wire.first().to, 1);
    // Timer A (T1 = 500 ms, RFC 3261 17.1.1.2): the retransmission waits for the clock.
    sim.advanceTo(1499);
    QCOMPARE(wire.size(), 1);
    QCOMPARE(sim.nextEventTime(), qint64(1500));
    sim.advanceTo(1500);
    QCOMPARE(wire.size(), 2);
    QVERIFY(wire.last().retransmission);
    QVERIFY(!sim.isIdle());
}

void TestSimulation::liveIdentifiersAreUnique()
{
    // RFC 3261 8.1.1.4 / 8.1.1.7: two live calls never share Call-ID, tag or branch (the
    // deterministic simulation always repeats them, on purpose).
    auto first = [](bool live) {
        std::unique_ptr<Simulation> sim = live ? std::make_unique<Simulation>(liveScenario(), QList<int>{1})
                                               : std::make_unique<Simulation>(liveScenario());
        SipMessage sent;
        if (live) {
            sim->setWire([&sent](const TraceMessage &m) { sent = m.message; });
            sim->startLive(0);
            sim->advanceTo(0);
        } else {
            sent = sim->run().messages.first().message;
        }
        return sent;
    };
    const SipMessage a = first(true), b = first(true);
    QVERIFY(a.callId() != b.callId());
    QVERIFY(a.from().tag() != b.from().tag());
    QVERIFY(a.topVia()->branch() != b.topVia()->branch());
    QCOMPARE(first(false).callId(), first(false).callId());
}

void TestSimulation::unknownAddressesBecomeLanes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("lane"); // -1: none
    QTest::newRow("the UAS") << "127.0.0.1" << 5080 << 1;
    QTest::newRow("the UAC") << "127.0.0.1" << 5070 << 0;
    QTest::newRow("a new peer") << "127.0.0.1" << 6000 << 2;
    QTest::newRow("a host name is no lane") << "biloxi.example" << 5060 << -1;
}

void TestSimulation::unknownAddressesBecomeLanes()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, lane);
    Simulation sim(liveScenario(), {1});
    QCOMPARE(sim.laneFor(host, port), lane);
    if (lane >= 2) {
        QVERIFY(sim.isExternal(lane));
        QCOMPARE(sim.traceNode(lane).name(), QStringLiteral("%1:%2").arg(host).arg(port));
        QCOMPARE(sim.laneFor(host, port), lane); // found again, not added twice
        QCOMPARE(sim.uasIndex(), 1);             // the roles keep their lanes
    }
    // The simulation proper never adds lanes.
    Simulation plain(liveScenario());
    QCOMPARE(plain.laneFor(QStringLiteral("127.0.0.1"), 6000), -1);
}

void TestSimulation::receiveRecordsExternalMessages()
{
    Simulation sim(liveScenario(), {1});
    QList<TraceMessage> wire, traced;
    sim.setWire([&wire](const TraceMessage &m) { wire.append(m); });
    sim.setMessageHook([&traced](const TraceMessage &m) { traced.append(m); });
    sim.startLive(0);
    sim.advanceTo(0);
    const SipMessage invite = wire.first().message;
    SipMessage ringing = sim.node(0)->makeResponse(invite, 180, QStringLiteral("t1"));
    sim.receive(0, 1, ringing, 40);
    QCOMPARE(traced.size(), 2); // the INVITE sent, the 180 that arrived
    QCOMPARE(traced.last().from, 1);
    QCOMPARE(traced.last().sendTimeMs, qint64(40));
    QCOMPARE(QString::fromLatin1(traced.last().rule.section), QStringLiteral("RFC 3261 18.2.1"));
    // The 180 stopped Timer A: no retransmission at 500 ms (RFC 3261 17.1.1.2).
    sim.advanceTo(600);
    QCOMPARE(wire.size(), 1);
    QCOMPARE(sim.trace().messages.size(), 2);
}

void TestSimulation::simulatedIdentifiersFollowTheSeed_data()
{
    QTest::addColumn<int>("digits"); // drawn in pieces of 10 (a branch) and 8 (a tag)
    QTest::newRow("a basic call's worth") << 200;
    QTest::newRow("up to the table's end") << 4096;
    QTest::newRow("past the table's end") << 10000;
}

void TestSimulation::simulatedIdentifiersFollowTheSeed()
{
    // A simulation's tags and branches are the hex digits of mt19937(20061966) % 16, in order,
    // for every simulation (the same scenario, the same trace), also past the digits it keeps
    // in a table.
    QFETCH(int, digits);
    std::mt19937 reference(20061966u);
    static const char hex[] = "0123456789abcdef";
    QString expected;
    for (int i = 0; i < digits; ++i)
        expected += QLatin1Char(hex[reference() % 16]);
    for (int run = 0; run < 2; ++run) {
        Simulation sim(Scenario::defaultScenario());
        QString drawn;
        for (int piece = 0; drawn.size() < digits; ++piece)
            drawn += sim.newHex(qMin(piece % 2 ? 8 : 10, digits - int(drawn.size())));
        QCOMPARE(drawn.size(), expected.size());
        QCOMPARE(drawn, expected);
    }
}

void TestSimulation::eventsRunInTimeOrderAndCancelOnce_data()
{
    // Five events at these delays (scheduled in this order, ids 1-5), of which the listed
    // ones are cancelled before the clock moves: what runs, in order, and what stays pending.
    QTest::addColumn<QList<int>>("delays");
    QTest::addColumn<QList<int>>("cancelled"); // indexes into delays
    QTest::addColumn<QList<int>>("order");     // indexes into delays, as they ran
    QTest::newRow("none cancelled, same times keep insertion order")
        << QList<int>{30, 10, 10, 0, 30} << QList<int>{} << QList<int>{3, 1, 2, 0, 4};
    QTest::newRow("two cancelled") << QList<int>{30, 10, 10, 0, 30} << QList<int>{1, 4} << QList<int>{3, 2, 0};
    QTest::newRow("one cancelled twice counts once") << QList<int>{5, 5, 5, 5, 5} << QList<int>{2, 2} << QList<int>{0, 1, 3, 4};
    QTest::newRow("all cancelled") << QList<int>{1, 2, 3, 4, 5} << QList<int>{0, 1, 2, 3, 4} << QList<int>{};
    // Enough cancelled events for the queue to drop them (more than half of at least 64): what
    // runs and its order are the same. Delays 199, 198 ... 0 (so the order is reversed), every
    // event whose index is not a multiple of 4 cancelled.
    QList<int> delays, cancelled, order;
    for (int i = 0; i < 200; ++i) {
        delays << 199 - i;
        if (i % 4)
            cancelled << i;
    }
    for (int i = 199; i >= 0; --i) {
        if (i % 4 == 0)
            order << i;
    }
    QTest::newRow("150 of 200 cancelled") << delays << cancelled << order;
}

void TestSimulation::eventsRunInTimeOrderAndCancelOnce()
{
    QFETCH(QList<int>, delays);
    QFETCH(QList<int>, cancelled);
    QFETCH(QList<int>, order);
    Simulation sim(liveScenario(), {0, 1}); // both lanes external: only these events are queued
    QList<int> ran;
    QList<Simulation::TimerId> ids;
    for (int i = 0; i < delays.size(); ++i)
        ids << sim.schedule(delays[i], [&ran, i] { ran << i; });
    QCOMPARE(sim.pendingEvents(), int(delays.size()));
    QSet<int> distinct(cancelled.cbegin(), cancelled.cend());
    for (int c : cancelled)
        sim.cancel(ids[c]);
    sim.cancel(0);           // no timer
    sim.cancel(ids.last() + 100); // never scheduled
    QCOMPARE(sim.pendingEvents(), int(delays.size() - distinct.size()));
    QCOMPARE(sim.isIdle(), distinct.size() == delays.size());
    sim.advanceTo(1000);
    QCOMPARE(ran, order);
    QCOMPARE(sim.pendingEvents(), 0);
    sim.cancel(ids.first()); // already run or cancelled: nothing changes
    QCOMPARE(sim.pendingEvents(), 0);
    QVERIFY(sim.isIdle());
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
