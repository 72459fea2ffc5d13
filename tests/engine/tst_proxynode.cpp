// The proxy as the call's graph needs it: forking to several callee devices (RFC 3261 16.5-16.7),
// parallel and sequential, 6xx ending the search, 2xx cancelling the other branches, challenges
// aggregated; a redirect server's 300 with every device; an ALG rewriting SDP (RFC 3665 3.5);
// the UAC failing over to its alternate proxy (RFC 3263 4.3). Each ladder is pinned in
// tests/data/ladders/<name>.txt (SIPLAB_UPDATE_GOLDEN=1 rewrites them after a reviewed change) and
// checked message by message for the rules: branches, CANCEL per branch, ACK hop by hop for each
// non-2xx, end-to-end ACK per 2xx, Via and Record-Route.
#include "engine.h"
#include "goldenfile.h"
#include "scenariofile.h"
#include "textladderexporter.h"

#include <QSet>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

namespace {

ResponseStep step(int code, int delayMs)
{
    ResponseStep s;
    s.code = code;
    s.delayMs = delayMs;
    return s;
}

Scenario forked(int targets, ForkMode mode, const QList<QList<ResponseStep>> &responses)
{
    Scenario s = Scenario::defaultScenario();
    s.setTargetCount(targets);
    s.forking.mode = mode;
    for (int i = 0; i < responses.size(); ++i)
        s.target(i).responses = responses[i];
    return s;
}

QList<QPair<QString, Scenario>> scenarios()
{
    QList<QPair<QString, Scenario>> list;
    // One busy (486 is for this device only), the other answers.
    list.append({QStringLiteral("fork_parallel_486_200"),
                 forked(2, ForkMode::Parallel, {{step(180, 100), step(486, 200)}, {step(180, 100), step(200, 500)}})});
    // 600 from one device: the ringing one is cancelled, the 600 goes up when all have ended.
    list.append({QStringLiteral("fork_parallel_600_stops"),
                 forked(3, ForkMode::Parallel,
                        {{step(180, 100), step(486, 200)}, {step(180, 100), step(600, 600)}, {step(180, 100), step(200, 2900)}})});
    // Every device fails: the best response (the lowest class, 4xx over 5xx) goes upstream.
    list.append({QStringLiteral("fork_parallel_best_response"),
                 forked(3, ForkMode::Parallel, {{step(486, 200)}, {step(503, 300)}, {step(480, 400)}})});
    // Two 401 challenges: one 401 upstream with both WWW-Authenticate values (16.7 step 7).
    list.append({QStringLiteral("fork_parallel_401_aggregated"),
                 forked(2, ForkMode::Parallel, {{step(401, 200)}, {step(401, 300)}})});
    // Both answer: both 2xx forwarded, both ACKed, the second dialog ended with BYE.
    list.append({QStringLiteral("fork_parallel_two_200"),
                 forked(2, ForkMode::Parallel, {{step(180, 100), step(200, 800)}, {step(180, 100), step(200, 810)}})});
    // Sequential: 503 at the first device, the second answers.
    list.append({QStringLiteral("fork_sequential_503_200"),
                 forked(2, ForkMode::Sequential, {{step(503, 300)}, {step(180, 100), step(200, 900)}})});
    // Sequential: the first device rings past its time, is cancelled; the second answers.
    {
        Scenario s = forked(2, ForkMode::Sequential, {{step(180, 100), step(200, 20000)}, {step(180, 100), step(200, 900)}});
        s.forking.branchTimeoutMs = 3000;
        list.append({QStringLiteral("fork_sequential_timeout"), s});
    }
    // Sequential: a 603 at the first device ends the search: the second is never tried.
    list.append({QStringLiteral("fork_sequential_603_stops"),
                 forked(2, ForkMode::Sequential, {{step(180, 100), step(603, 300)}, {step(180, 100), step(200, 900)}})});
    // The caller cancels: the proxy cancels every branch.
    {
        Scenario s = forked(2, ForkMode::Parallel, {{step(180, 100), step(200, 5000)}, {step(180, 100), step(200, 5000)}});
        s.uac.cancelAfterMs = 1000;
        list.append({QStringLiteral("fork_parallel_cancel"), s});
    }
    // A redirect server lists every device in a 300; the caller tries them in order (8.1.3.4).
    {
        Scenario s = forked(3, ForkMode::Parallel, {{step(180, 100), step(486, 300)}, {step(180, 100), step(200, 700)}, {step(200, 100)}});
        s.setProxyCount(2);
        s.proxies[0].role = ProxyRole::Redirect;
        s.proxies[0].respondWith = 300;
        s.proxies[0].address.name = QStringLiteral("RS");
        list.append({QStringLiteral("redirect_300_targets"), s});
    }
    // RFC 3665 3.4: P1 down, the UAC fails over to P2 after Timer B.
    {
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(2);
        s.proxies[0].down = true;
        s.proxies[1].respondWith = 407;
        s.uac.alternateProxy = QStringLiteral("P2");
        s.hangup = Hangup::Uas;
        list.append({QStringLiteral("alternate_proxy"), s});
    }
    // RFC 3665 3.5: an ALG rewrites the SDP; P2 does not record-route.
    {
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(2);
        s.proxies[0].role = ProxyRole::Alg;
        s.proxies[0].address.name = QStringLiteral("ALG");
        s.proxies[0].address.host = s.proxies[0].address.domain = QStringLiteral("alg.atlanta.example");
        s.proxies[0].address.ip = QStringLiteral("192.0.2.128");
        s.proxies[1].recordRoute = false;
        list.append({QStringLiteral("alg"), s});
    }
    return list;
}

Scenario scenarioNamed(const QString &name)
{
    for (const auto &[n, s] : scenarios()) {
        if (n == name)
            return s;
    }
    qFatal("no scenario %s", qPrintable(name));
}

QString branchOf(const SipMessage &m)
{
    const auto via = m.topVia();
    return via ? via->branch() : QString();
}

/// "F3 P1 -> UAS1: INVITE" lines of the trace, without times.
QStringList lines(const CallTrace &trace)
{
    QStringList out;
    for (const TraceMessage &m : trace.messages)
        out.append(QStringLiteral("F%1 %2 -> %3: %4").arg(m.fNumber).arg(trace.nodes[m.from].name(), trace.nodes[m.to].name(), m.label()));
    return out;
}

} // namespace

class TestProxyNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ladder_data();
    void ladder();
    void branchRules_data() { ladder_data(); }
    void branchRules();
    void sequence_data();
    void sequence();
    void finalStatus_data();
    void finalStatus();
    void aggregatedChallenges();
    void secondDialogEnded();
    void redirectContacts();
    void algRewritesSdp();
    void alternateProxyKeepsRequest();
    void lanesStayUasWithOneDevice();
    void scenarioFileRoundTrip_data() { ladder_data(); }
    void scenarioFileRoundTrip();
};

void TestProxyNode::ladder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Scenario>("scenario");
    for (const auto &[name, scenario] : scenarios())
        QTest::newRow(qPrintable(name)) << name << scenario;
}

void TestProxyNode::ladder()
{
    QFETCH(QString, name);
    QFETCH(Scenario, scenario);
    QVERIFY2(ScenarioFile::validate(scenario).isEmpty(), qPrintable(ScenarioFile::validate(scenario)));
    QVERIFY(GoldenFile::matches(QStringLiteral("ladders/") + name + QStringLiteral(".txt"),
                                TextLadderExporter::list(Engine::run(scenario), true)));
}

void TestProxyNode::branchRules()
{
    // Rules every ladder must follow, whatever the topology:
    // - each request a proxy forwards on a new branch has a branch of its own (RFC 3261 16.6 step 8);
    // - a CANCEL has the branch, Request-URI and CSeq number of the INVITE it cancels and goes
    //   to the same node (9.1), and every CANCEL is answered 200 (9.2);
    // - each non-2xx final response to an INVITE is ACKed by the receiver, back to its sender,
    //   with the INVITE's branch (17.1.1.3);
    // - each 2xx to an INVITE that reaches the UAC is ACKed end to end on a new branch (13.2.2.4);
    // - a forwarded request carries the proxy's Via on top; a response goes to its top Via's
    //   sent-by (the proxy removed its own); an INVITE reaching a device has every
    //   record-routing element's Record-Route.
    QFETCH(Scenario, scenario);
    const CallTrace trace = Engine::run(scenario);
    QHash<QString, const TraceMessage *> invites; // branch -> INVITE sent on it
    QSet<QString> forwardedBranches;
    for (const TraceMessage &m : trace.messages) {
        if (!m.message.isRequest() || m.retransmission)
            continue;
        const QString branch = branchOf(m.message);
        const QString method = m.message.method();
        if (method == QLatin1String("INVITE"))
            invites.insert(branch, &m);
        if (method != QLatin1String("ACK") && method != QLatin1String("CANCEL")) {
            QVERIFY2(!forwardedBranches.contains(branch + QLatin1Char('/') + method),
                     qPrintable(QStringLiteral("F%1 reuses branch %2").arg(m.fNumber).arg(branch)));
            forwardedBranches.insert(branch + QLatin1Char('/') + method);
        }
        if (method == QLatin1String("CANCEL")) {
            const TraceMessage *invite = invites.value(branch);
            QVERIFY2(invite, qPrintable(QStringLiteral("F%1 CANCEL matches no INVITE branch").arg(m.fNumber)));
            QCOMPARE(m.to, invite->to);
            QCOMPARE(m.message.requestUri(), invite->message.requestUri());
            QCOMPARE(m.message.cseq()->number, invite->message.cseq()->number);
            bool answered = false;
            for (const TraceMessage &r : trace.messages) {
                answered = answered
                    || (!r.message.isRequest() && r.from == m.to && r.to == m.from && branchOf(r.message) == branch
                        && r.message.cseq()->method == QLatin1String("CANCEL") && r.message.statusCode() == 200);
            }
            QVERIFY2(answered, qPrintable(QStringLiteral("F%1 CANCEL got no 200").arg(m.fNumber)));
        }
    }
    for (const TraceMessage &m : trace.messages) {
        if (m.message.isRequest()) {
            // RFC 3261 16.6 step 8: a request a proxy forwards carries the proxy's own Via on top
            // (a CANCEL it builds itself carries only that Via, 9.1).
            if (trace.nodes[m.from].role == NodeRole::Proxy) {
                const auto via = m.message.topVia();
                QVERIFY2(via && via->host() == trace.nodes[m.from].address.host,
                         qPrintable(QStringLiteral("F%1: top Via is not %2's").arg(m.fNumber).arg(trace.nodes[m.from].name())));
            }
        } else {
            // RFC 3261 18.2.2 / 16.7 step 3: a response goes to the sent-by of its top Via; a
            // proxy removed its own Via before forwarding it.
            const auto via = m.message.topVia();
            QVERIFY2(via && via->host() == trace.nodes[m.to].address.host,
                     qPrintable(QStringLiteral("F%1 goes to %2 but its top Via is %3")
                                    .arg(m.fNumber)
                                    .arg(trace.nodes[m.to].name(), via ? via->host() : QStringLiteral("missing"))));
        }
        // RFC 3261 16.6 step 4: every INVITE that reaches a callee device carries the Record-Route
        // of each proxy (or ALG) that stays in the path.
        if (m.message.isRequest() && m.message.method() == QLatin1String("INVITE") && m.message.to().tag().isEmpty()
            && trace.nodes[m.to].role == NodeRole::Uas) {
            QStringList expected;
            for (int i = scenario.proxies.size() - 1; i >= 0; --i) {
                const ProxySettings &p = scenario.proxies[i];
                if ((p.recordRoute || p.role == ProxyRole::Alg) && p.role != ProxyRole::Redirect && !p.down)
                    expected.append(QStringLiteral("<sip:%1;lr>").arg(p.address.host));
            }
            QCOMPARE(m.message.headerValues(QStringLiteral("Record-Route")), expected);
        }
    }
    for (const TraceMessage &m : trace.messages) {
        if (m.message.isRequest() || m.lost || m.retransmission || !m.message.cseq()
            || m.message.cseq()->method != QLatin1String("INVITE") || m.message.statusCode() < 200)
            continue;
        const int code = m.message.statusCode();
        const QString branch = branchOf(m.message);
        const TraceMessage *ack = nullptr;
        for (const TraceMessage &a : trace.messages) {
            if (a.fNumber > m.fNumber && a.message.isRequest() && a.message.method() == QLatin1String("ACK") && a.from == m.to
                && a.message.callId() == m.message.callId() && a.message.to().tag() == m.message.to().tag()) {
                ack = &a;
                break;
            }
        }
        if (code >= 300) {
            QVERIFY2(ack, qPrintable(QStringLiteral("F%1 %2 is never ACKed").arg(m.fNumber).arg(code)));
            QCOMPARE(ack->to, m.from);
            QCOMPARE(branchOf(ack->message), branch); // hop by hop, same branch (17.1.1.3)
        } else if (m.to == 0) {
            QVERIFY2(ack, qPrintable(QStringLiteral("F%1 2xx reaching the UAC is never ACKed").arg(m.fNumber)));
            QVERIFY2(branchOf(ack->message) != branch, "the 2xx ACK has a new branch (13.2.2.4)");
        }
    }
}

void TestProxyNode::sequence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected"); // the messages in order, as the RFC's rules give them
    QTest::newRow("parallel 486 + 200")
        << "fork_parallel_486_200"
        << QStringList{"F1 UAC -> P1: INVITE", "F2 P1 -> UAC: 100 Trying", "F3 P1 -> UAS1: INVITE", "F4 P1 -> UAS2: INVITE",
                       "F5 UAS1 -> P1: 180 Ringing", "F6 UAS2 -> P1: 180 Ringing", "F7 P1 -> UAC: 180 Ringing",
                       "F8 P1 -> UAC: 180 Ringing", "F9 UAS1 -> P1: 486 Busy Here", "F10 P1 -> UAS1: ACK",
                       "F11 UAS2 -> P1: 200 OK", "F12 P1 -> UAC: 200 OK", "F13 UAC -> P1: ACK", "F14 P1 -> UAS2: ACK",
                       "F15 UAC -> P1: BYE", "F16 P1 -> UAS2: BYE", "F17 UAS2 -> P1: 200 OK", "F18 P1 -> UAC: 200 OK"};
    QTest::newRow("600 stops the search")
        << "fork_parallel_600_stops"
        << QStringList{"F1 UAC -> P1: INVITE",          "F2 P1 -> UAC: 100 Trying",        "F3 P1 -> UAS1: INVITE",
                       "F4 P1 -> UAS2: INVITE",         "F5 P1 -> UAS3: INVITE",           "F6 UAS1 -> P1: 180 Ringing",
                       "F7 UAS2 -> P1: 180 Ringing",    "F8 UAS3 -> P1: 180 Ringing",      "F9 P1 -> UAC: 180 Ringing",
                       "F10 P1 -> UAC: 180 Ringing",    "F11 P1 -> UAC: 180 Ringing",      "F12 UAS1 -> P1: 486 Busy Here",
                       "F13 P1 -> UAS1: ACK",           "F14 UAS2 -> P1: 600 Busy Everywhere", "F15 P1 -> UAS2: ACK",
                       "F16 P1 -> UAS3: CANCEL",        "F17 UAS3 -> P1: 200 OK",          "F18 UAS3 -> P1: 487 Request Terminated",
                       "F19 P1 -> UAS3: ACK",           "F20 P1 -> UAC: 600 Busy Everywhere", "F21 UAC -> P1: ACK"};
    QTest::newRow("sequential 503 then 200")
        << "fork_sequential_503_200"
        << QStringList{"F1 UAC -> P1: INVITE",        "F2 P1 -> UAC: 100 Trying",    "F3 P1 -> UAS1: INVITE",
                       "F4 UAS1 -> P1: 100 Trying",   "F5 UAS1 -> P1: 503 Service Unavailable", "F6 P1 -> UAS1: ACK",
                       "F7 P1 -> UAS2: INVITE",       "F8 UAS2 -> P1: 180 Ringing",  "F9 P1 -> UAC: 180 Ringing",
                       "F10 UAS2 -> P1: 200 OK",      "F11 P1 -> UAC: 200 OK",       "F12 UAC -> P1: ACK",
                       "F13 P1 -> UAS2: ACK",         "F14 UAC -> P1: BYE",          "F15 P1 -> UAS2: BYE",
                       "F16 UAS2 -> P1: 200 OK",      "F17 P1 -> UAC: 200 OK"};
    QTest::newRow("sequential 603 stops")
        << "fork_sequential_603_stops"
        << QStringList{"F1 UAC -> P1: INVITE", "F2 P1 -> UAC: 100 Trying", "F3 P1 -> UAS1: INVITE",
                       "F4 UAS1 -> P1: 180 Ringing", "F5 P1 -> UAC: 180 Ringing", "F6 UAS1 -> P1: 603 Decline",
                       "F7 P1 -> UAS1: ACK", "F8 P1 -> UAC: 603 Decline", "F9 UAC -> P1: ACK"};
}

void TestProxyNode::sequence()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const QStringList actual = lines(Engine::run(scenarioNamed(name)));
    QCOMPARE(actual.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
}

void TestProxyNode::finalStatus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("486 + 200") << "fork_parallel_486_200" << 200;
    QTest::newRow("600 wins") << "fork_parallel_600_stops" << 600;
    QTest::newRow("4xx beats 5xx") << "fork_parallel_best_response" << 486;
    QTest::newRow("sequential 503 then 200") << "fork_sequential_503_200" << 200;
    QTest::newRow("sequential timeout") << "fork_sequential_timeout" << 200;
    QTest::newRow("sequential 603") << "fork_sequential_603_stops" << 603;
    QTest::newRow("cancelled") << "fork_parallel_cancel" << 487;
    QTest::newRow("300 targets") << "redirect_300_targets" << 200;
    QTest::newRow("alternate proxy") << "alternate_proxy" << 200;
    QTest::newRow("alg") << "alg" << 200;
}

void TestProxyNode::finalStatus()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QCOMPARE(Engine::run(scenarioNamed(name)).finalStatus, status);
}

void TestProxyNode::aggregatedChallenges()
{
    // RFC 3261 16.7 step 7: the proxy's 401 carries the WWW-Authenticate of every 401 it received.
    const CallTrace trace = Engine::run(scenarioNamed(QStringLiteral("fork_parallel_401_aggregated")));
    int upstream401 = 0;
    for (const TraceMessage &m : trace.messages) {
        if (!m.message.isRequest() && m.message.statusCode() == 401 && m.to == 0 && !m.retransmission) {
            ++upstream401;
            QCOMPARE(m.message.headerLines(QStringLiteral("WWW-Authenticate")).size(), 2);
        }
    }
    QVERIFY(upstream401 >= 1);
}

void TestProxyNode::secondDialogEnded()
{
    // RFC 3261 13.2.2.4: two 2xx, two dialogs: both ACKed, the second one ended with BYE.
    const CallTrace trace = Engine::run(scenarioNamed(QStringLiteral("fork_parallel_two_200")));
    QSet<QString> okTags;
    QSet<QString> ackedTags;
    QStringList byeTags;
    for (const TraceMessage &m : trace.messages) {
        if (m.retransmission)
            continue;
        if (!m.message.isRequest() && m.to == 0 && m.message.statusCode() == 200 && m.message.cseq()->method == QLatin1String("INVITE"))
            okTags.insert(m.message.to().tag());
        if (m.message.isRequest() && m.from == 0 && m.message.method() == QLatin1String("ACK"))
            ackedTags.insert(m.message.to().tag());
        if (m.message.isRequest() && m.from == 0 && m.message.method() == QLatin1String("BYE"))
            byeTags.append(m.message.to().tag());
    }
    QCOMPARE(okTags.size(), 2);
    QCOMPARE(ackedTags, okTags);
    QCOMPARE(byeTags.size(), 2); // the unwanted dialog at once, the kept one when the caller hangs up
    QCOMPARE(QSet<QString>(byeTags.begin(), byeTags.end()), okTags);
}

void TestProxyNode::redirectContacts()
{
    // RFC 3261 21.3.1: 300 lists every device; the UAC then tries them in order (8.1.3.4).
    const CallTrace trace = Engine::run(scenarioNamed(QStringLiteral("redirect_300_targets")));
    const TraceMessage &r = trace.messages.at(1);
    QCOMPARE(r.message.statusCode(), 300);
    QCOMPARE(r.message.headerValues(QStringLiteral("Contact")),
             (QStringList{"<sip:bob@client.biloxi.example:5080>", "<sip:bob@softphone.biloxi.example:5080>",
                          "<sip:bob@voicemail.biloxi.example:5080>"}));
    QStringList uris;
    for (const TraceMessage &m : trace.messages) {
        if (m.from == 0 && m.message.method() == QLatin1String("INVITE") && !m.retransmission)
            uris.append(m.message.requestUri());
    }
    QCOMPARE(uris, (QStringList{"sip:bob@biloxi.example", "sip:bob@client.biloxi.example:5080",
                                "sip:bob@softphone.biloxi.example:5080"}));
}

void TestProxyNode::algRewritesSdp()
{
    // RFC 3665 3.5: F1 has the pre-loaded Route; the ALG's INVITE and 200 carry its own address.
    const CallTrace trace = Engine::run(scenarioNamed(QStringLiteral("alg")));
    const TraceMessage &f1 = trace.messages.at(0);
    QCOMPARE(f1.message.header(QStringLiteral("Route")), QStringLiteral("<sip:alg.atlanta.example;lr>"));
    QVERIFY(f1.message.body().contains("c=IN IP4 192.0.2.10"));
    for (const TraceMessage &m : trace.messages) {
        if (m.from != 1 || m.message.body().isEmpty())
            continue;
        QVERIFY2(m.message.body().contains("c=IN IP4 192.0.2.128"), qPrintable(QStringLiteral("F%1").arg(m.fNumber)));
        QCOMPARE(m.message.header(QStringLiteral("Content-Length")).toInt(), m.message.body().size());
    }
    // Only the ALG record-routes: the 200 at the UAC has one Record-Route, the ALG's.
    for (const TraceMessage &m : trace.messages) {
        if (m.to == 0 && m.message.statusCode() == 200 && m.message.cseq()->method == QLatin1String("INVITE"))
            QCOMPARE(m.message.headerValues(QStringLiteral("Record-Route")), QStringList{"<sip:alg.atlanta.example;lr>"});
    }
}

void TestProxyNode::alternateProxyKeepsRequest()
{
    // RFC 3263 4.3: after Timer B the new request is "identical to the previous, but has a
    // different value of the Via branch ID"; 7 INVITEs reach the dead proxy first (RFC 3665 3.4).
    const CallTrace trace = Engine::run(scenarioNamed(QStringLiteral("alternate_proxy")));
    int toP1 = 0;
    const TraceMessage *first = nullptr;
    const TraceMessage *failover = nullptr;
    for (const TraceMessage &m : trace.messages) {
        if (m.from == 0 && m.message.method() == QLatin1String("INVITE")) {
            if (m.to == 1) {
                ++toP1;
                first = first ? first : &m;
            } else if (!failover) {
                failover = &m;
            }
        }
    }
    QCOMPARE(toP1, 7);
    QVERIFY(first && failover);
    QCOMPARE(failover->to, 2);
    QCOMPARE(failover->sendTimeMs, 32000);
    QCOMPARE(failover->message.callId(), first->message.callId());
    QCOMPARE(failover->message.header(QStringLiteral("CSeq")), first->message.header(QStringLiteral("CSeq")));
    QVERIFY(branchOf(failover->message) != branchOf(first->message));
}

void TestProxyNode::lanesStayUasWithOneDevice()
{
    Scenario s = Scenario::defaultScenario();
    s.setTargetCount(3);
    QCOMPARE(s.target(2).address.name, QStringLiteral("UAS3"));
    QCOMPARE(s.uas.address.name, QStringLiteral("UAS1"));
    s.setTargetCount(1);
    QCOMPARE(s, Scenario::defaultScenario());
}

void TestProxyNode::scenarioFileRoundTrip()
{
    QFETCH(Scenario, scenario);
    const ScenarioLoadResult loaded = ScenarioFile::fromJson(ScenarioFile::toJson(scenario));
    QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
    QCOMPARE(ScenarioFile::toJson(*loaded.scenario), ScenarioFile::toJson(scenario));
    QVERIFY(*loaded.scenario == scenario);
}

QTEST_GUILESS_MAIN(TestProxyNode)
#include "tst_proxynode.moc"
