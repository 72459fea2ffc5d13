// The engine's timers at the instants the RFCs give, for T1 = 500 ms and for other values of T1:
// the UAS's give-up on the ACK of its 2xx (RFC 3261 13.3.1.4), on the PRACK of a reliable
// provisional response (RFC 3262 3), and the proxy's Timer C (RFC 3261 16.6 step 11, 16.7 step 2).
#include "engine.h"
#include "enginerules.h"
#include "scenariofile.h"

#include <QTest>

#include <functional>

using namespace SipLab;

namespace {
using Match = std::function<bool(const CallTrace &, const TraceMessage &)>;

/// Runs `scenario` with every message that `match` selects lost on the wire: each run drops the
/// first such message still delivered, until none is left (numbering before a drop never changes).
CallTrace runLosing(Scenario scenario, const Match &match)
{
    for (int round = 0; round < 200; ++round) {
        const CallTrace trace = Engine::run(scenario);
        const TraceMessage *next = nullptr;
        for (const TraceMessage &m : trace.messages) {
            if (!m.lost && match(trace, m)) {
                next = &m;
                break;
            }
        }
        if (!next)
            return trace;
        scenario.network.drop.append(next->fNumber);
    }
    return Engine::run(scenario);
}

bool isResponse(const TraceMessage &m, int code, const QString &method)
{
    return m.message.isResponse() && m.message.statusCode() == code && m.message.cseq() && m.message.cseq()->method == method;
}

const TraceMessage *first(const CallTrace &trace, const std::function<bool(const TraceMessage &)> &pred)
{
    for (const TraceMessage &m : trace.messages) {
        if (pred(m))
            return &m;
    }
    return nullptr;
}
} // namespace

class TestRfcTimers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ackWaitEndsAt64T1_data();
    void ackWaitEndsAt64T1();
    void prackGiveUpAt64T1_data() { ackWaitEndsAt64T1_data(); }
    void prackGiveUpAt64T1();
    void timerCFiresAfterItsValue_data();
    void timerCFiresAfterItsValue();
};

void TestRfcTimers::ackWaitEndsAt64T1_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t2");
    QTest::newRow("T1 500 ms (RFC default)") << 500 << 4000;
    QTest::newRow("T1 200 ms") << 200 << 4000;
    QTest::newRow("T1 1000 ms, T2 2000 ms") << 1000 << 2000;
}

void TestRfcTimers::ackWaitEndsAt64T1()
{
    // RFC 3261 13.3.1.4: "If the server retransmits the 2xx response for 64*T1 seconds without
    // receiving an ACK, the dialog is confirmed, but the session SHOULD be terminated" (BYE).
    QFETCH(int, t1);
    QFETCH(int, t2);
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(0);
    s.network.t1Ms = t1;
    s.network.t2Ms = t2;
    const int uas = 1;
    // Every 2xx the UAS sends is lost, so no ACK can ever come.
    const CallTrace trace = runLosing(s, [uas](const CallTrace &, const TraceMessage &m) {
        return m.from == uas && isResponse(m, 200, QStringLiteral("INVITE"));
    });
    const TraceMessage *ok = first(trace, [uas](const TraceMessage &m) { return m.from == uas && isResponse(m, 200, QStringLiteral("INVITE")); });
    const TraceMessage *bye = first(trace, [uas](const TraceMessage &m) { return m.from == uas && m.message.method() == QLatin1String("BYE"); });
    QVERIFY(ok);
    QVERIFY(bye);
    QCOMPARE(bye->rule.text, Rules::UasByeAfterNoAck.text);
    QCOMPARE(bye->sendTimeMs - ok->sendTimeMs, 64 * qint64(t1));
    // Retransmissions T1, 2*T1, ... capped at T2, all before the BYE; none after it.
    qint64 expected = ok->sendTimeMs;
    qint64 interval = t1;
    int retransmissions = 0;
    for (const TraceMessage &m : trace.messages) {
        if (m.from != uas || !isResponse(m, 200, QStringLiteral("INVITE")) || !m.retransmission)
            continue;
        expected += interval;
        interval = std::min<qint64>(2 * interval, t2);
        QCOMPARE(m.sendTimeMs, expected);
        QVERIFY(m.sendTimeMs < bye->sendTimeMs);
        ++retransmissions;
    }
    QVERIFY(retransmissions > 0);
    QVERIFY(expected + interval >= bye->sendTimeMs); // no retransmission is missing before the BYE
}

void TestRfcTimers::prackGiveUpAt64T1()
{
    // RFC 3262 3: "If a reliable provisional response is retransmitted for 64*T1 seconds without
    // reception of a corresponding PRACK, the UAS SHOULD reject the original request with a 5xx".
    QFETCH(int, t1);
    QFETCH(int, t2);
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(0);
    s.network.t1Ms = t1;
    s.network.t2Ms = t2;
    s.uas.responses = {{183, 100, true}, {200, 1000, false}};
    const int uas = 1;
    const CallTrace trace = runLosing(s, [uas](const CallTrace &, const TraceMessage &m) {
        return m.from == uas && isResponse(m, 183, QStringLiteral("INVITE"));
    });
    const TraceMessage *reliable = first(trace, [uas](const TraceMessage &m) { return m.from == uas && isResponse(m, 183, QStringLiteral("INVITE")); });
    const TraceMessage *reject = first(trace, [uas](const TraceMessage &m) {
        return m.from == uas && m.message.isResponse() && m.message.statusCode() >= 500 && m.message.statusCode() < 600;
    });
    QVERIFY(reliable);
    QVERIFY(reliable->message.hasHeader(QStringLiteral("RSeq")));
    QVERIFY(reject);
    QCOMPARE(reject->rule.text, Rules::UasPrackTimeout.text);
    QCOMPARE(reject->sendTimeMs - reliable->sendTimeMs, 64 * qint64(t1));
    // Its retransmissions double from T1 without the T2 cap: T1, 3*T1, 7*T1 ... 63*T1 after it.
    QList<qint64> offsets;
    for (const TraceMessage &m : trace.messages) {
        if (m.from == uas && isResponse(m, 183, QStringLiteral("INVITE")) && qstrcmp(m.rule.text, Rules::RetransmitReliable1xx.text) == 0)
            offsets.append(m.sendTimeMs - reliable->sendTimeMs);
    }
    QCOMPARE(offsets, (QList<qint64>{t1, 3LL * t1, 7LL * t1, 15LL * t1, 31LL * t1, 63LL * t1}));
}

void TestRfcTimers::timerCFiresAfterItsValue_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("timerC");
    QTest::newRow("default Timer C, T1 500 ms") << 500 << Scenario::defaultScenario().network.timerCMs;
    QTest::newRow("Timer C 3 min + 1 ms, T1 250 ms") << 250 << 180001;
    QTest::newRow("Timer C 200 s, T1 500 ms") << 500 << 200000;
}

void TestRfcTimers::timerCFiresAfterItsValue()
{
    // RFC 3261 16.6 step 11 ("The timer MUST be larger than 3 minutes") and 16.7 step 2 (a 101-199
    // resets it): the callee rings and never answers; the proxy's Timer C fires timerC after the
    // 180 reached it, and the proxy cancels the branch (16.8).
    QFETCH(int, t1);
    QFETCH(int, timerC);
    QVERIFY(timerC > 180000);
    Scenario s = Scenario::defaultScenario();
    s.network.t1Ms = t1;
    s.network.timerCMs = timerC;
    s.uas.responses = {{180, 100, false}};
    QVERIFY(ScenarioFile::validate(s).isEmpty());
    const CallTrace trace = Engine::run(s);
    const int proxy = 1;
    const TraceMessage *ringing = first(trace, [proxy](const TraceMessage &m) { return m.to == proxy && isResponse(m, 180, QStringLiteral("INVITE")); });
    QVERIFY(ringing);
    const TraceAnnotation *fired = nullptr;
    for (const TraceAnnotation &a : trace.annotations) {
        if (a.node == proxy && a.subject == QLatin1String("Timer C") && a.state == QLatin1String("fired"))
            fired = &a;
    }
    QVERIFY(fired);
    QCOMPARE(fired->timeMs, ringing->receiveTimeMs + timerC);
    const TraceMessage *cancel = first(trace, [proxy](const TraceMessage &m) { return m.from == proxy && m.message.method() == QLatin1String("CANCEL"); });
    QVERIFY(cancel);
    QCOMPARE(cancel->sendTimeMs, ringing->receiveTimeMs + timerC);
    QCOMPARE(cancel->rule.text, Rules::ProxyCancelOnTimerC.text);
}

QTEST_GUILESS_MAIN(TestRfcTimers)
#include "tst_rfctimers.moc"
