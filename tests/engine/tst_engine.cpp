// Golden ladders: for each scenario of the Engine issue, the exact list of messages on the wire
// (with virtual send times) is pinned in tests/data/ladders/<name>.txt, and key headers are
// checked below. Set SIPLAB_UPDATE_GOLDEN=1 to rewrite the files after a reviewed change.
#include "engine.h"
#include "sipparser.h"
#include "textladderexporter.h"

#include <QFile>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

namespace {

ResponseStep step(int code, int delayMs, bool reliable = false)
{
    ResponseStep s;
    s.code = code;
    s.delayMs = delayMs;
    s.reliable = reliable;
    return s;
}

Scenario withUas(QList<ResponseStep> responses)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = responses;
    return s;
}

/// Every scenario the Engine issue asks to pin, by name.
QList<QPair<QString, Scenario>> goldenScenarios()
{
    QList<QPair<QString, Scenario>> list;
    list.append({QStringLiteral("basic_call"), Scenario::defaultScenario()});
    {
        Scenario s = Scenario::defaultScenario();
        s.proxies[0].recordRoute = false;
        list.append({QStringLiteral("basic_call_no_record_route"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(0);
        list.append({QStringLiteral("basic_call_no_proxy"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(2);
        list.append({QStringLiteral("basic_call_two_proxies"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.hangup = Hangup::Uas;
        list.append({QStringLiteral("callee_hangs_up"), s});
    }
    list.append({QStringLiteral("busy_486"), withUas({step(180, 100), step(486, 1000)})});
    list.append({QStringLiteral("decline_603"), withUas({step(180, 100), step(603, 1000)})});
    {
        Scenario s = Scenario::defaultScenario();
        s.proxies[0].respondWith = 404;
        list.append({QStringLiteral("proxy_404"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.auth = AuthAt::Proxy;
        list.append({QStringLiteral("proxy_407_challenge"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.method = QStringLiteral("REGISTER");
        s.auth = AuthAt::Proxy;
        list.append({QStringLiteral("register_401"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.method = QStringLiteral("REGISTER");
        s.proxies[0].respondWith = 423;
        list.append({QStringLiteral("register_423_retry"), s});
    }
    list.append({QStringLiteral("invite_422_retry"), withUas({step(422, 100)})});
    {
        // P1 acts as a redirect server (RFC 3665 3.6 style): 302, the UAC follows the Contact.
        Scenario s = Scenario::defaultScenario();
        s.proxies[0].respondWith = 302;
        list.append({QStringLiteral("redirect_302"), s});
    }
    {
        // A UAS redirects and the proxy does not recurse: the UAC follows the 302 itself.
        Scenario s = withUas({step(302, 100)});
        s.proxies[0].recurse = false;
        s.uas.retryResponses = {step(180, 100), step(200, 1000)};
        list.append({QStringLiteral("uas_302_no_recursion"), s});
    }
    {
        // 503 with Retry-After reaches the UAC only from the proxy itself: a proxy turns a
        // downstream 503 into 500 (RFC 3261 16.7 step 6).
        Scenario s = Scenario::defaultScenario();
        s.proxies[0].respondWith = 503;
        s.proxies[0].retryAfter = 5;
        list.append({QStringLiteral("proxy_503_retry_after"), s});
    }
    list.append({QStringLiteral("uas_503_becomes_500"), withUas({step(503, 100)})});
    {
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(2);
        s.uac.maxForwards = 1;
        list.append({QStringLiteral("max_forwards_483"), s});
    }
    {
        Scenario s = withUas({step(180, 100), step(200, 10000)});
        s.uac.cancelAfterMs = 2000;
        list.append({QStringLiteral("cancel_487"), s});
    }
    list.append({QStringLiteral("no_answer_408"), withUas({})});
    {
        Scenario s = Scenario::defaultScenario();
        s.network.drop = {7}; // the first 200 OK from the UAS
        list.append({QStringLiteral("lost_200_ok"), s});
    }
    {
        Scenario s = withUas({step(183, 100, true), step(200, 1000)});
        list.append({QStringLiteral("reliable_183_prack"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.uas.answers.insert(QStringLiteral("BYE"), 481);
        list.append({QStringLiteral("bye_481"), s});
    }
    {
        Scenario s = withUas({step(200, 100)});
        s.method = QStringLiteral("OPTIONS");
        list.append({QStringLiteral("options"), s});
    }
    {
        Scenario s = withUas({step(200, 100)});
        s.method = QStringLiteral("MESSAGE");
        list.append({QStringLiteral("message"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.reInvite = true;
        list.append({QStringLiteral("re_invite"), s});
    }
    {
        Scenario s = Scenario::defaultScenario();
        s.network.transport = Transport::Tcp;
        s.uas.responses = {};
        list.append({QStringLiteral("no_answer_tcp"), s});
    }
    {
        // RFC 3261 14.1: the callee's re-INVITE through a record-routing proxy; the callee hangs up.
        Scenario s = Scenario::defaultScenario();
        s.reInvite = true;
        s.reInviteBy = ReInviteBy::Uas;
        s.hangup = Hangup::Uas;
        list.append({QStringLiteral("re_invite_by_uas"), s});
    }
    {
        // RFC 3665 3.6 with the caller's outbound proxy: redirect server, then P2; SDP in the ACK.
        Scenario s = Scenario::defaultScenario();
        s.setProxyCount(2);
        s.proxies[0].role = ProxyRole::Redirect;
        s.proxies[0].respondWith = 302;
        s.uac.offerInInvite = false;
        list.append({QStringLiteral("redirect_server_sdp_in_ack"), s});
    }
    return list;
}

Scenario scenarioNamed(const QString &name)
{
    for (const auto &[n, s] : goldenScenarios()) {
        if (n == name)
            return s;
    }
    qFatal("no golden scenario %s", qPrintable(name));
}

const TraceMessage *messageF(const CallTrace &trace, int f)
{
    for (const TraceMessage &m : trace.messages) {
        if (m.fNumber == f)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ladder_data();
    void ladder();
    void deterministic_data() { ladder_data(); }
    void deterministic();
    void uasAnswerFollowsItsAddress_data();
    void uasAnswerFollowsItsAddress();
    void roundTrip_data() { ladder_data(); }
    void roundTrip();
    void header_data();
    void header();
    void finalStatus_data();
    void finalStatus();
};

void TestEngine::ladder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Scenario>("scenario");
    for (const auto &[name, scenario] : goldenScenarios())
        QTest::newRow(qPrintable(name)) << name << scenario;
}

void TestEngine::ladder()
{
    QFETCH(QString, name);
    QFETCH(Scenario, scenario);
    const QString actual = TextLadderExporter::list(Engine::run(scenario), true);
    const QString path = QStringLiteral(SIPLAB_TEST_DATA_DIR "/ladders/") + name + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("SIPLAB_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(file.readAll());
    QCOMPARE(actual, expected);
}

void TestEngine::deterministic()
{
    QFETCH(Scenario, scenario);
    QCOMPARE(Engine::run(scenario).toJson(), Engine::run(scenario).toJson());
}

void TestEngine::uasAnswerFollowsItsAddress_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::newRow("the default UAS") << QStringLiteral("192.0.2.40") << 5080 << QStringLiteral("bob");
    QTest::newRow("another address") << QStringLiteral("198.51.100.7") << 5080 << QStringLiteral("bob");
    QTest::newRow("another port") << QStringLiteral("192.0.2.40") << 5090 << QStringLiteral("bob");
    QTest::newRow("another user") << QStringLiteral("192.0.2.40") << 5080 << QStringLiteral("carol");
    QTest::newRow("the default UAS again") << QStringLiteral("192.0.2.40") << 5080 << QStringLiteral("bob");
}

void TestEngine::uasAnswerFollowsItsAddress()
{
    // The UAS's SDP answer (RFC 3264 6) is remembered between simulations of one process; it
    // still carries the UAS's own o= user and c= address, and its session id (from the port).
    QFETCH(QString, ip);
    QFETCH(int, port);
    QFETCH(QString, user);
    Scenario s = Scenario::defaultScenario();
    s.uas.address.ip = ip;
    s.uas.address.port = port;
    s.uas.address.user = user;
    const CallTrace trace = Engine::run(s);
    QByteArray answer;
    for (const TraceMessage &m : trace.messages) {
        if (!m.message.isRequest() && m.message.statusCode() == 200 && m.message.cseq() && m.message.cseq()->method == QLatin1String("INVITE")) {
            answer = m.message.body();
            break;
        }
    }
    QVERIFY(!answer.isEmpty());
    const qint64 session = 2890844526LL + port;
    QVERIFY2(answer.contains(QByteArray("o=" + user.toUtf8() + ' ' + QByteArray::number(session) + ' ')), answer.constData());
    QVERIFY2(answer.contains(QByteArray("c=IN IP4 " + ip.toUtf8() + "\r\n")), answer.constData());
}

void TestEngine::roundTrip()
{
    // parse(serialize(m)) == m for every message the engine builds.
    QFETCH(Scenario, scenario);
    const CallTrace trace = Engine::run(scenario);
    QVERIFY(!trace.messages.isEmpty());
    for (const TraceMessage &m : trace.messages) {
        const SipParseResult parsed = SipParser::parse(m.message.toBytes());
        QVERIFY2(parsed.isValid(), qPrintable(QStringLiteral("F%1: %2").arg(m.fNumber).arg(parsed.error.toString())));
        QVERIFY2(*parsed.message == m.message, qPrintable(QStringLiteral("F%1 differs after a round trip").arg(m.fNumber)));
    }
}

void TestEngine::header_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("f");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected"); // a value the header must contain; "" = absent

    // Proxy forwarding (RFC 3261 16.6): Max-Forwards decremented, Via pushed, Record-Route added.
    QTest::newRow("basic INVITE Max-Forwards at UAC") << "basic_call" << 1 << "Max-Forwards" << "70";
    QTest::newRow("basic INVITE Max-Forwards after P1") << "basic_call" << 3 << "Max-Forwards" << "69";
    QTest::newRow("basic INVITE Record-Route by P1") << "basic_call" << 3 << "Record-Route" << "<sip:proxy.atlanta.example;lr>";
    QTest::newRow("basic INVITE two Vias after P1") << "basic_call" << 3 << "Via" << "SIP/2.0/UDP proxy.atlanta.example:5060;branch=z9hG4bK";
    QTest::newRow("no RR: no Record-Route") << "basic_call_no_record_route" << 3 << "Record-Route" << "";
    QTest::newRow("200 carries Record-Route back") << "basic_call" << 7 << "Record-Route" << "<sip:proxy.atlanta.example;lr>";
    QTest::newRow("200 has SDP answer") << "basic_call" << 7 << "Content-Type" << "application/sdp";
    // RFC 3261 12.2.1.1: requests in the dialog follow the route set (loose routing).
    QTest::newRow("ACK routed through P1") << "basic_call" << 8 << "Route" << "<sip:proxy.atlanta.example;lr>";
    QTest::newRow("no RR: ACK has no Route") << "basic_call_no_record_route" << 8 << "Route" << "";
    // RFC 3261 22.2, 22.3: challenges and credentials.
    QTest::newRow("407 Proxy-Authenticate") << "proxy_407_challenge" << 2 << "Proxy-Authenticate" << "Digest realm=";
    QTest::newRow("retry has Proxy-Authorization") << "proxy_407_challenge" << 4 << "Proxy-Authorization" << "Digest username=\"alice\"";
    QTest::newRow("retry CSeq +1") << "proxy_407_challenge" << 4 << "CSeq" << "2 INVITE";
    QTest::newRow("401 WWW-Authenticate") << "register_401" << 2 << "WWW-Authenticate" << "Digest realm=";
    QTest::newRow("REGISTER retry Authorization") << "register_401" << 3 << "Authorization" << "response=";
    QTest::newRow("423 Min-Expires") << "register_423_retry" << 2 << "Min-Expires" << "3600";
    QTest::newRow("REGISTER retry Expires") << "register_423_retry" << 3 << "Expires" << "3600";
    QTest::newRow("422 Min-SE") << "invite_422_retry" << 6 << "Min-SE" << "1800";
    QTest::newRow("503 Retry-After") << "proxy_503_retry_after" << 2 << "Retry-After" << "5";
    QTest::newRow("CANCEL same CSeq number") << "cancel_487" << 6 << "CSeq" << "1 CANCEL";
    QTest::newRow("reliable 183 RSeq") << "reliable_183_prack" << 5 << "RSeq" << "1";
    QTest::newRow("reliable 183 Require") << "reliable_183_prack" << 5 << "Require" << "100rel";
    QTest::newRow("PRACK RAck") << "reliable_183_prack" << 7 << "RAck" << "1 1 INVITE";
    // RFC 3261 14.1, 12.2.1.1: the callee's re-INVITE has its own CSeq, the route set, the caller's tag in To.
    QTest::newRow("callee re-INVITE CSeq") << "re_invite_by_uas" << 10 << "CSeq" << "1 INVITE";
    QTest::newRow("callee re-INVITE Route") << "re_invite_by_uas" << 10 << "Route" << "<sip:proxy.atlanta.example;lr>";
    QTest::newRow("callee re-INVITE offer") << "re_invite_by_uas" << 10 << "Content-Type" << "application/sdp";
    QTest::newRow("caller's 200 answer") << "re_invite_by_uas" << 13 << "Content-Type" << "application/sdp";
    QTest::newRow("callee's ACK CSeq") << "re_invite_by_uas" << 15 << "CSeq" << "1 ACK";
    QTest::newRow("callee's BYE CSeq") << "re_invite_by_uas" << 17 << "CSeq" << "2 BYE";
    // RFC 3261 13.2.2.4: no offer in the INVITE, so the 2xx offers and the ACK answers.
    QTest::newRow("offerless INVITE") << "redirect_server_sdp_in_ack" << 4 << "Content-Type" << "";
    QTest::newRow("2xx offer") << "redirect_server_sdp_in_ack" << 10 << "Content-Type" << "application/sdp";
    QTest::newRow("ACK answer") << "redirect_server_sdp_in_ack" << 11 << "Content-Type" << "application/sdp";
    QTest::newRow("retry after redirect server") << "redirect_server_sdp_in_ack" << 4 << "CSeq" << "2 INVITE";
}

void TestEngine::header()
{
    QFETCH(QString, name);
    QFETCH(int, f);
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const CallTrace trace = Engine::run(scenarioNamed(name));
    const TraceMessage *m = messageF(trace, f);
    QVERIFY2(m, qPrintable(QStringLiteral("no F%1").arg(f)));
    const QStringList values = m->message.headerValues(header);
    if (expected.isEmpty()) {
        QVERIFY2(values.isEmpty(), qPrintable(values.join(QStringLiteral(" | "))));
        return;
    }
    const QString joined = values.join(QStringLiteral(" | "));
    QVERIFY2(joined.contains(expected), qPrintable(QStringLiteral("F%1 %2: '%3' lacks '%4'").arg(f).arg(header, joined, expected)));
}

void TestEngine::finalStatus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("basic") << "basic_call" << 200;
    QTest::newRow("486") << "busy_486" << 486;
    QTest::newRow("603") << "decline_603" << 603;
    QTest::newRow("404") << "proxy_404" << 404;
    QTest::newRow("407 then 200") << "proxy_407_challenge" << 200;
    QTest::newRow("401 then 200") << "register_401" << 200;
    QTest::newRow("302 then 200") << "redirect_302" << 200;
    QTest::newRow("redirect server then 200") << "redirect_server_sdp_in_ack" << 200;
    QTest::newRow("503 -> 500") << "uas_503_becomes_500" << 500;
    QTest::newRow("483") << "max_forwards_483" << 483;
    QTest::newRow("487") << "cancel_487" << 487;
    QTest::newRow("408") << "no_answer_408" << 408;
}

void TestEngine::finalStatus()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QCOMPARE(Engine::run(scenarioNamed(name)).finalStatus, status);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
