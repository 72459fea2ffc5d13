// Scenario JSON: round trip, an error that names the field for every kind of bad input, and a
// fuzz pass over mutated files that must never crash.
#include "engine.h"
#include "scenariofile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

class TestScenarioFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void minimalFileIsDefault();
    void builtInDefaultFile();
    void timerCLimit();
    void errors_data();
    void errors();
    void normalisedOnLoad_data();
    void normalisedOnLoad();
    void saveIsAtomic();
    void fuzz();
    void fuzzGraph();
};

void TestScenarioFile::roundTrip_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("default") << Scenario::defaultScenario();
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    s.proxies[1].respondWith = 486;
    s.proxies[0].recordRoute = false;
    s.uas.responses = {{183, 100, true}, {200, 500, false}};
    s.uas.answers.insert(QStringLiteral("BYE"), 481);
    s.network.transport = Transport::Tcp;
    s.network.drop = {3, 7};
    s.auth = AuthAt::Proxy;
    s.hangup = Hangup::Uas;
    s.title = QStringLiteral("两个代理 / two proxies");
    QTest::newRow("everything changed") << s;
    Scenario r = Scenario::defaultScenario();
    r.method = QStringLiteral("REGISTER");
    r.setProxyCount(0);
    r.registrar = RegistrarAt::Uas;
    QTest::newRow("register without proxy") << r;
    for (RegisterAction action : {RegisterAction::Update, RegisterAction::Query, RegisterAction::Remove}) {
        Scenario g = r;
        g.uac.registerAction = action;
        g.uac.serverPassword = QStringLiteral("other");
        QTest::newRow(qPrintable(QStringLiteral("register action %1").arg(int(action)))) << g;
    }
    // The fields of the RFC 3665 3.6 and 3.7 lessons.
    Scenario f = Scenario::defaultScenario();
    f.setProxyCount(2);
    f.proxies[0].role = ProxyRole::Redirect;
    f.proxies[0].respondWith = 302;
    f.uac.offerInInvite = false;
    f.reInvite = true;
    f.reInviteBy = ReInviteBy::Uas;
    f.network.timerCMs = 180001;
    QTest::newRow("redirect server, SDP in ACK, callee re-INVITE") << f;
}

void TestScenarioFile::roundTrip()
{
    QFETCH(Scenario, scenario);
    const ScenarioLoadResult r = ScenarioFile::fromJson(ScenarioFile::toJson(scenario));
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(*r.scenario, scenario);
}

void TestScenarioFile::minimalFileIsDefault()
{
    const ScenarioLoadResult r = ScenarioFile::fromJson(R"({"format":"siplab-scenario","version":1})");
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(*r.scenario, Scenario::defaultScenario());
}

void TestScenarioFile::timerCLimit()
{
    // RFC 3261 16.6 step 11: "The timer MUST be larger than 3 minutes": the default is, the
    // first value above 3 minutes loads, 3 minutes exactly does not.
    QVERIFY(Scenario::defaultScenario().network.timerCMs > 180000);
    QVERIFY(ScenarioFile::validate(Scenario::defaultScenario()).isEmpty());
    Scenario s = Scenario::defaultScenario();
    s.network.timerCMs = 180001;
    QVERIFY(ScenarioFile::validate(s).isEmpty());
    s.network.timerCMs = 180000;
    QVERIFY(ScenarioFile::validate(s).contains(QLatin1String("RFC 3261 16.6 step 11")));
}

void TestScenarioFile::builtInDefaultFile()
{
    // resources/scenarios/default.json is what the app starts on; it must be the default scenario.
    const ScenarioLoadResult r = ScenarioFile::load(QStringLiteral(":/resources/scenarios/default.json"));
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(*r.scenario, Scenario::defaultScenario());
}

void TestScenarioFile::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray h = R"({"format":"siplab-scenario","version":1,)";
    QTest::newRow("bad JSON") << QByteArray("{\"format\":\n  \"siplab-scenario\",,}") << "line 2, column";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "must hold a JSON object";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1})") << "format: expected \"siplab-scenario\"";
    QTest::newRow("future version") << QByteArray(R"({"format":"siplab-scenario","version":2})") << "version: this SIP Lab reads version 1";
    QTest::newRow("unknown field") << h + R"("uac":{"maxForward":3}})" << "uac.maxForward: unknown field";
    QTest::newRow("wrong type") << h + R"("uac":{"maxForwards":"70"}})" << "uac.maxForwards: expected an integer, got a string";
    QTest::newRow("unknown code") << h + R"("uas":{"responses":[{"code":180},{"code":999}]}})"
                                  << "uas.responses[1].code: 999 is not a response code (100-699)";
    QTest::newRow("final not last") << h + R"("uas":{"responses":[{"code":486},{"code":180}]}})"
                                    << "uas.responses[0].code: the final response 486 must be the last step";
    QTest::newRow("reliable 200") << h + R"("uas":{"responses":[{"code":200,"reliable":true}]}})"
                                  << "uas.responses[0].reliable";
    QTest::newRow("three proxies") << h + R"("proxies":[{},{},{}]})" << "proxies: at most 2 proxies, got 3";
    QTest::newRow("bad transport") << h + R"("network":{"transport":"sctp"}})"
                                   << "network.transport: expected one of \"udp\", \"tcp\", got \"sctp\"";
    QTest::newRow("proxy code") << h + R"("proxies":[{"respondWith":42}]})" << "proxies[0].respondWith: 42 is not a response code";
    QTest::newRow("proxy provisional") << h + R"("proxies":[{"respondWith":180}]})" << "proxies[0].respondWith: a proxy answering itself";
    QTest::newRow("cancel before any provisional") << h + R"("proxies":[],"uas":{"responses":[{"code":486,"delayMs":0}]},"uac":{"cancelAfterMs":100}})"
                                                   << "uac.cancelAfterMs: CANCEL needs a provisional response first";
    QTest::newRow("bad method") << h + R"("method":"JUMP"})" << "method: \"JUMP\" is not one of";
    QTest::newRow("drop zero") << h + R"("network":{"drop":[0]}})" << "network.drop[0]: expected an F-number";
    QTest::newRow("answers") << h + R"("uas":{"answers":{"BYE":"481"}}})" << "uas.answers.BYE: expected an integer";
    QTest::newRow("register action") << h + R"("method":"REGISTER","uac":{"register":"delete"}})"
                                     << "uac.register: expected one of \"bind\", \"update\", \"query\", \"remove\", got \"delete\"";
    // RFC 3261 16.6 step 11: "The timer MUST be larger than 3 minutes".
    QTest::newRow("Timer C of 3 minutes") << h + R"("network":{"timerCMs":180000}})"
                                          << "network.timerCMs: 180000 ms is too short: Timer C must be larger than 3 minutes";
    QTest::newRow("Timer C of 1 ms") << h + R"("network":{"timerCMs":1}})" << "network.timerCMs: 1 ms is too short";
    QTest::newRow("redirect server without 3xx") << h + R"("proxies":[{"role":"redirect"}]})"
                                                 << "proxies[0].respondWith: a redirect server (role \"redirect\") answers with a 3xx, not 0";
    QTest::newRow("unknown role") << h + R"("proxies":[{"role":"gateway"}]})" << "proxies[0].role: expected one of";
    QTest::newRow("unknown re-INVITE sender") << h + R"("reInviteBy":"p1"})" << "reInviteBy: expected one of \"uac\", \"uas\"";
    QTest::newRow("server password type") << h + R"("uac":{"serverPassword":1}})" << "uac.serverPassword: expected a string";
    // The call as a graph (RFC 3261 16.5): devices, next lanes, the alternate first hop.
    QTest::newRow("four devices") << h + R"("forking":{"devices":[{},{},{}]}})"
                                  << "forking.devices: at most 2 devices besides uas (3 in all), got 3";
    QTest::newRow("unknown fork mode") << h + R"("forking":{"mode":"random","devices":[{}]}})"
                                       << "forking.mode: expected one of \"parallel\", \"sequential\", got \"random\"";
    QTest::newRow("forking without proxy") << h + R"("proxies":[],"forking":{"devices":[{}]}})"
                                           << "forking.devices: forking to 2 devices needs a proxy";
    QTest::newRow("unknown node") << h + R"("proxies":[{"next":["UAS7"]}],"forking":{"devices":[{}]}})"
                                  << "proxies[0].next: \"UAS7\" is no node of this call (the lanes are UAC, P1, UAS1, UAS2)";
    QTest::newRow("loop") << h + R"("proxies":[{},{"next":["P1"]}]})"
                          << "proxies[1].next: P2 -> P1 makes a loop";
    QTest::newRow("loop to itself") << h + R"("proxies":[{"next":["P1"]}]})" << "proxies[0].next: P1 -> P1 makes a loop";
    QTest::newRow("skipping the next proxy") << h + R"("proxies":[{"next":["UAS"]},{}]})"
                                             << "proxies[0].next: P1 forwards to the next element, P2, not to UAS";
    QTest::newRow("device twice") << h + R"("proxies":[{"next":["UAS1","UAS1"]}],"forking":{"devices":[{}]}})"
                                  << "proxies[0].next: a device is listed twice";
    QTest::newRow("unknown alternate") << h + R"("uac":{"alternateProxy":"P9"},"proxies":[{},{}]})"
                                       << "uac.alternateProxy: \"P9\" is no node of this call";
    QTest::newRow("alternate is the first hop") << h + R"("uac":{"alternateProxy":"P1"},"proxies":[{},{}]})"
                                                << "uac.alternateProxy: the alternate first hop must be a proxy after the first one";
    QTest::newRow("second proxy down") << h + R"("proxies":[{},{"down":true}]})" << "proxies[1].down: only the first hop can be down";
    QTest::newRow("same lane name") << h + R"("forking":{"devices":[{"address":{"name":"P1"}}]}})"
                                    << "address.name: two nodes are called \"P1\"";
    QTest::newRow("device code") << h + R"("forking":{"devices":[{"responses":[{"code":1000}]}]}})"
                                 << "forking.devices[0].responses[0].code: 1000 is not a response code";
}

void TestScenarioFile::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const ScenarioLoadResult r = ScenarioFile::fromJson(json);
    QVERIFY(!r.isValid());
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
}

void TestScenarioFile::normalisedOnLoad_data()
{
    // What the call builder normalises on every edit (ScenarioRules), the file normalises too,
    // instead of refusing it: the scenario loads, and the result names the field changed.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("change");
    const QByteArray h = R"({"format":"siplab-scenario","version":1,)";
    QTest::newRow("cancel non-INVITE") << h + R"("method":"MESSAGE","uac":{"cancelAfterMs":100}})"
                                       << "uac.cancelAfterMs: cleared: only an INVITE can be cancelled (RFC 3261 9.1)";
    QTest::newRow("t2 below t1") << h + R"("network":{"t1Ms":5000,"t2Ms":100}})"
                                 << "network.t2Ms: raised to 5000, the value of network.t1Ms (RFC 3261 17.1.2.2)";
    QTest::newRow("register action for INVITE") << h + R"("uac":{"register":"query"}})"
                                                << "uac.register: set to bind: only a REGISTER updates";
    QTest::newRow("offerless MESSAGE") << h + R"("method":"MESSAGE","uac":{"offerInInvite":false}})"
                                       << "uac.offerInInvite: set to true: only an INVITE carries an SDP offer";
    QTest::newRow("re-INVITE of OPTIONS") << h + R"("method":"OPTIONS","reInvite":true})" << "reInvite: cleared";
    QTest::newRow("UAS hangs up a MESSAGE") << h + R"("method":"MESSAGE","hangup":"uas"})" << "hangup: set to uac";
}

void TestScenarioFile::normalisedOnLoad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, change);
    const ScenarioLoadResult r = ScenarioFile::fromJson(json);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.normalised.size(), 1);
    QVERIFY2(r.normalised.first().text().startsWith(change), qPrintable(r.normalised.first().text()));
    QCOMPARE(ScenarioFile::validate(*r.scenario), QString());
}

void TestScenarioFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QString error;
    QVERIFY(ScenarioFile::save(Scenario::defaultScenario(), path, &error));
    QCOMPARE(*ScenarioFile::load(path).scenario, Scenario::defaultScenario());
    // A directory that does not exist: the error names the path, nothing is left behind.
    QVERIFY(!ScenarioFile::save(Scenario::defaultScenario(), dir.filePath(QStringLiteral("no/such/s.json")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/s.json")));
}

void TestScenarioFile::fuzz()
{
    // Deterministic mutations of a full file: flip, insert and delete bytes; swap in values of
    // other types. The loader must return a scenario or an error, never crash.
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    const QByteArray base = ScenarioFile::toJson(s);
    QRandomGenerator random(4475);
    const QList<QByteArray> tokens = {"null", "true", "-1", "1e309", "\"\"", "[]", "{}", "999", "\"x\"", "0.5"};
    int valid = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray m = base;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int pos = random.bounded(int(m.size()));
            switch (random.bounded(4)) {
            case 0:
                m[pos] = char(random.bounded(256));
                break;
            case 1:
                m.insert(pos, tokens[random.bounded(int(tokens.size()))]);
                break;
            case 2:
                m.remove(pos, 1 + random.bounded(8));
                break;
            default: {
                const int colon = m.indexOf(':', pos);
                const int end = colon < 0 ? -1 : m.indexOf(',', colon);
                if (colon > 0 && end > colon)
                    m.replace(colon + 1, end - colon - 1, tokens[random.bounded(int(tokens.size()))]);
            }
            }
        }
        const ScenarioLoadResult r = ScenarioFile::fromJson(m);
        QVERIFY(r.isValid() != !r.error.isEmpty());
        valid += r.isValid();
    }
    QVERIFY(valid > 0); // some mutations keep the file valid
}

void TestScenarioFile::fuzzGraph()
{
    // The same mutations on a file with the whole graph (three devices, a fork order, an ALG,
    // an alternate first hop); every file that loads is also run: the engine must end, whatever
    // the combination, with no crash (ASan/UBSan in CI).
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    s.setTargetCount(3);
    s.forking.mode = ForkMode::Sequential;
    s.forking.branchTimeoutMs = 2000;
    s.proxies[1].next = {QStringLiteral("UAS3"), QStringLiteral("UAS1")};
    s.uac.alternateProxy = QStringLiteral("P2");
    s.target(1).responses = {{180, 100, false}, {600, 300, false}};
    s.target(2).responses = {{486, 200, false}};
    s.uac.cancelAfterMs = 1500;
    const QByteArray base = ScenarioFile::toJson(s);
    QVERIFY2(ScenarioFile::fromJson(base).isValid(), qPrintable(ScenarioFile::fromJson(base).error));
    QRandomGenerator random(3665);
    const QList<QByteArray> tokens = {"null", "true", "false", "0", "1", "300", "600", "\"UAS2\"", "\"P1\"", "\"alg\"",
                                      "\"redirect\"", "\"parallel\"", "[\"UAS2\",\"UAS3\"]", "[]", "{}", "\"x\""};
    int ran = 0;
    for (int i = 0; i < 1500; ++i) {
        QByteArray m = base;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const int colon = m.indexOf(':', random.bounded(int(m.size())));
            const int end = colon < 0 ? -1 : m.indexOf(',', colon);
            if (colon > 0 && end > colon)
                m.replace(colon + 1, end - colon - 1, tokens[random.bounded(int(tokens.size()))]);
        }
        const ScenarioLoadResult r = ScenarioFile::fromJson(m);
        QVERIFY(r.isValid() != !r.error.isEmpty());
        if (r.isValid() && i % 3 == 0) {
            const CallTrace trace = Engine::run(*r.scenario);
            QVERIFY(!trace.messages.isEmpty());
            ++ran;
        }
    }
    QVERIFY(ran > 10);
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
