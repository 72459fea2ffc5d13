// ScenarioRules: each normalisation rule (input, normalised result, what it reports), each
// validation rule (input, the error naming the field), the drop-list parser and the edits of
// the UAS's responses.
#include "scenariofile.h"
#include "scenariorules.h"

#include <QTest>

#include <functional>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)
Q_DECLARE_METATYPE(SipLab::ProxyRole)

class TestScenarioRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data();
    void normalise();
    void validate_data();
    void validate();
    void validateListsEveryProblem();
    void parseDrop_data();
    void parseDrop();
    void responseEdits();
    void passwordAndAuth();
    void fileIsNormalised();
    void deviceResponseEdits();
    void deviceCount();
    void removeDevice();
    void firstHopRole_data();
    void firstHopRole();
    void firstHopDown();
};

namespace {
Scenario with(const std::function<void(Scenario &)> &change)
{
    Scenario s = Scenario::defaultScenario();
    change(s);
    return s;
}
} // namespace

void TestScenarioRules::normalise_data()
{
    QTest::addColumn<Scenario>("input");
    QTest::addColumn<Scenario>("expected");
    QTest::addColumn<QStringList>("fields"); // what normalise() reports, in order

    QTest::newRow("default: nothing") << Scenario::defaultScenario() << Scenario::defaultScenario() << QStringList();
    // RFC 3261 9.1: only an INVITE is cancelled.
    QTest::newRow("MESSAGE clears CANCEL")
        << with([](Scenario &s) { s.method = QStringLiteral("MESSAGE"); s.uac.cancelAfterMs = 300; })
        << with([](Scenario &s) { s.method = QStringLiteral("MESSAGE"); }) << QStringList{QStringLiteral("uac.cancelAfterMs")};
    QTest::newRow("INVITE keeps CANCEL") << with([](Scenario &s) { s.uac.cancelAfterMs = 300; })
                                         << with([](Scenario &s) { s.uac.cancelAfterMs = 300; }) << QStringList();
    // RFC 3261 14: re-INVITE inside an INVITE session.
    QTest::newRow("OPTIONS clears re-INVITE")
        << with([](Scenario &s) { s.method = QStringLiteral("OPTIONS"); s.reInvite = true; })
        << with([](Scenario &s) { s.method = QStringLiteral("OPTIONS"); }) << QStringList{QStringLiteral("reInvite")};
    // RFC 3261 15: the UAS ends only an INVITE session with BYE.
    QTest::newRow("REGISTER: UAS hang-up becomes UAC")
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.hangup = Hangup::Uas; })
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.hangup = Hangup::Uac; })
        << QStringList{QStringLiteral("hangup")};
    QTest::newRow("REGISTER: nobody hangs up stays")
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.hangup = Hangup::None; })
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.hangup = Hangup::None; }) << QStringList();
    // RFC 3261 10.2: update / query / remove are REGISTER requests.
    QTest::newRow("INVITE: register action back to bind")
        << with([](Scenario &s) { s.uac.registerAction = RegisterAction::Query; }) << Scenario::defaultScenario()
        << QStringList{QStringLiteral("uac.register")};
    QTest::newRow("REGISTER keeps register action")
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.uac.registerAction = RegisterAction::Remove; })
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.uac.registerAction = RegisterAction::Remove; })
        << QStringList();
    // RFC 3261 17.1.2.2: T2 is never below T1.
    QTest::newRow("T1 above T2 raises T2") << with([](Scenario &s) { s.network.t1Ms = 6000; })
                                           << with([](Scenario &s) { s.network.t1Ms = 6000; s.network.t2Ms = 6000; })
                                           << QStringList{QStringLiteral("network.t2Ms")};
    QTest::newRow("T1 below T2 keeps T2") << with([](Scenario &s) { s.network.t1Ms = 100; })
                                          << with([](Scenario &s) { s.network.t1Ms = 100; }) << QStringList();
    QTest::newRow("SUBSCRIBE: everything at once")
        << with([](Scenario &s) {
               s.method = QStringLiteral("SUBSCRIBE");
               s.uac.cancelAfterMs = 0;
               s.reInvite = true;
               s.hangup = Hangup::Uas;
               s.uac.registerAction = RegisterAction::Update;
           })
        << with([](Scenario &s) { s.method = QStringLiteral("SUBSCRIBE"); })
        << QStringList{QStringLiteral("uac.cancelAfterMs"), QStringLiteral("reInvite"), QStringLiteral("hangup"),
                       QStringLiteral("uac.register")};
}

void TestScenarioRules::normalise()
{
    QFETCH(Scenario, input);
    QFETCH(Scenario, expected);
    QFETCH(QStringList, fields);
    Scenario s = input;
    const QList<ScenarioRules::Finding> changes = ScenarioRules::normalise(s);
    QCOMPARE(s, expected);
    QStringList reported;
    for (const ScenarioRules::Finding &c : changes) {
        reported.append(c.field);
        QVERIFY2(c.text().startsWith(c.field + QStringLiteral(": ")), qPrintable(c.text()));
        QVERIFY2(c.reason.contains(QStringLiteral("RFC ")), qPrintable(c.text())); // each rule cites its RFC
    }
    QCOMPARE(reported, fields);
    // Idempotent, and what it leaves is valid for the rules it applies.
    QVERIFY(ScenarioRules::normalise(s).isEmpty());
    QCOMPARE(s, expected);
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
}

void TestScenarioRules::validate_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("error"); // the first problem, exactly

    QTest::newRow("default is valid") << Scenario::defaultScenario() << QString();
    QTest::newRow("method") << with([](Scenario &s) { s.method = QStringLiteral("JUMP"); })
                            << "method: \"JUMP\" is not one of INVITE, REGISTER, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY, "
                               "REFER, INFO, UPDATE, PUBLISH";
    QTest::newRow("three proxies") << with([](Scenario &s) { s.proxies.append(ProxySettings()); s.proxies.append(ProxySettings()); })
                                   << "proxies: at most 2 proxies, got 3";
    QTest::newRow("Max-Forwards") << with([](Scenario &s) { s.uac.maxForwards = 300; })
                                  << "uac.maxForwards: 300 is out of range (0-255)";
    QTest::newRow("response code") << with([](Scenario &s) { s.uas.responses = {{180, 0, false}, {999, 0, false}}; })
                                   << "uas.responses[1].code: 999 is not a response code (100-699)";
    QTest::newRow("negative delay") << with([](Scenario &s) { s.uas.responses = {{200, -5, false}}; })
                                    << "uas.responses[0].delayMs: must not be negative";
    QTest::newRow("final not last") << with([](Scenario &s) { s.uas.responses = {{486, 0, false}, {180, 0, false}}; })
                                    << "uas.responses[0].code: the final response 486 must be the last step; nothing "
                                       "follows a final response (RFC 3261 17.2.1)";
    QTest::newRow("100 later") << with([](Scenario &s) { s.uas.retryResponses = {{180, 0, false}, {100, 0, false}}; })
                               << "uas.retryResponses[1].code: 100 Trying is hop by hop and sent by the transaction "
                                  "layer, not a later step";
    QTest::newRow("reliable 200") << with([](Scenario &s) { s.uas.responses = {{200, 0, true}}; })
                                  << "uas.responses[0].reliable: only provisional responses 101-199 can be sent reliably "
                                     "(RFC 3262 3)";
    QTest::newRow("proxy code") << with([](Scenario &s) { s.proxies[0].respondWith = 42; })
                                << "proxies[0].respondWith: 42 is not a response code (100-699, or 0 to forward)";
    QTest::newRow("proxy provisional") << with([](Scenario &s) { s.proxies[0].respondWith = 183; })
                                       << "proxies[0].respondWith: a proxy answering itself must send a final response "
                                          "(200-699), not 183";
    QTest::newRow("answers") << with([](Scenario &s) { s.uas.answers.insert(QStringLiteral("BYE"), 180); })
                             << "uas.answers.BYE: 180 is not a final response code (200-699)";
    QTest::newRow("T1") << with([](Scenario &s) { s.network.t1Ms = 0; }) << "network.t1Ms: must be positive";
    QTest::newRow("T2 below T1") << with([](Scenario &s) { s.network.t2Ms = 100; })
                                 << "network.t2Ms: must not be smaller than network.t1Ms (RFC 3261 17.1.2.2)";
    QTest::newRow("latency") << with([](Scenario &s) { s.network.latencyMs = -1; }) << "network.latencyMs: must not be negative";
    QTest::newRow("drop") << with([](Scenario &s) { s.network.drop = {3, 0}; }) << "network.drop: 0 is not an F-number (1 or more)";
    QTest::newRow("CANCEL of MESSAGE") << with([](Scenario &s) { s.method = QStringLiteral("MESSAGE"); s.uac.cancelAfterMs = 0; })
                                       << "uac.cancelAfterMs: only an INVITE can be cancelled (RFC 3261 9), the method is MESSAGE";
    QTest::newRow("CANCEL before any provisional")
        << with([](Scenario &s) {
               s.setProxyCount(0);
               s.uas.responses = {{486, 0, false}};
               s.uac.cancelAfterMs = 100;
           })
        << "uac.cancelAfterMs: CANCEL needs a provisional response first (RFC 3261 9.1), but the UAS sends its final "
           "response 486 before any provisional one";
    QTest::newRow("CANCEL, 100 Trying from the UAS")
        << with([](Scenario &s) {
               s.setProxyCount(0);
               s.uas.responses = {{486, 200, false}};
               s.uac.cancelAfterMs = 100;
           })
        << QString();
    QTest::newRow("UAS hangs up a MESSAGE") << with([](Scenario &s) { s.method = QStringLiteral("MESSAGE"); s.hangup = Hangup::Uas; })
                                            << "hangup: only an INVITE creates a session the UAS can end with BYE";
    QTest::newRow("register action of INVITE") << with([](Scenario &s) { s.uac.registerAction = RegisterAction::Query; })
                                               << "uac.register: only a REGISTER updates, queries or removes bindings "
                                                  "(RFC 3261 10.2), the method is INVITE";
    QTest::newRow("re-INVITE of OPTIONS") << with([](Scenario &s) { s.method = QStringLiteral("OPTIONS"); s.reInvite = true; })
                                          << "reInvite: a re-INVITE needs an INVITE session, the method is OPTIONS";
}

void TestScenarioRules::validate()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, error);
    QCOMPARE(ScenarioRules::firstProblem(scenario), error);
    QCOMPARE(ScenarioFile::validate(scenario), error); // the file and the CLI use the same text
    const QList<ScenarioRules::Finding> problems = ScenarioRules::validate(scenario);
    QCOMPARE(problems.isEmpty(), error.isEmpty());
}

void TestScenarioRules::validateListsEveryProblem()
{
    Scenario s = Scenario::defaultScenario();
    s.uac.maxForwards = 256;
    s.network.latencyMs = -3;
    s.method = QStringLiteral("INFO");
    s.reInvite = true;
    QStringList fields;
    for (const ScenarioRules::Finding &f : ScenarioRules::validate(s))
        fields.append(f.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("uac.maxForwards"), QStringLiteral("network.latencyMs"), QStringLiteral("reInvite")}));
}

void TestScenarioRules::parseDrop_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("drop");
    QTest::addColumn<QStringList>("rejected");
    QTest::newRow("empty") << QString() << QList<int>() << QStringList();
    QTest::newRow("numbers") << "7, 9" << QList<int>{7, 9} << QStringList();
    QTest::newRow("F-numbers") << "F7,f9 , F12" << QList<int>{7, 9, 12} << QStringList();
    QTest::newRow("empty parts") << "7,, ,9," << QList<int>{7, 9} << QStringList();
    QTest::newRow("rejected") << "7, x, 0, -2, F" << QList<int>{7} << QStringList{"x", "0", "-2", "F"};
}

void TestScenarioRules::parseDrop()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, drop);
    QFETCH(QStringList, rejected);
    QStringList bad;
    QCOMPARE(ScenarioRules::parseDrop(text, &bad), drop);
    QCOMPARE(bad, rejected);
    QCOMPARE(ScenarioRules::parseDrop(ScenarioRules::dropText(drop)), drop);
}

void TestScenarioRules::responseEdits()
{
    Scenario s = Scenario::defaultScenario(); // 180 then 200
    ScenarioRules::setFinalResponse(s, 486, 700);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{180, 100, false}, {486, 1000, false}})); // the delay stays
    ScenarioRules::addProvisional(s, 183);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{180, 100, false}, {183, 100, false}, {486, 1000, false}}));
    ScenarioRules::removeProvisional(s, 2); // the final response is not a provisional one
    QCOMPARE(s.uas.responses.size(), 3);
    ScenarioRules::removeProvisional(s, 0);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{183, 100, false}, {486, 1000, false}}));
    QCOMPARE(ScenarioRules::finalResponse(s)->code, 486);
    ScenarioRules::removeFinalResponse(s);
    QCOMPARE(ScenarioRules::finalResponse(s), nullptr);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{183, 100, false}}));
    ScenarioRules::removeFinalResponse(s); // nothing to remove: the provisional one stays
    QCOMPARE(s.uas.responses.size(), 1);
    ScenarioRules::setFinalResponse(s, 200, 700);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{183, 100, false}, {200, 700, false}}));
    ScenarioRules::addProvisional(s, 180);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{183, 100, false}, {180, 100, false}, {200, 700, false}}));
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
}

void TestScenarioRules::passwordAndAuth()
{
    Scenario s = Scenario::defaultScenario();
    QVERIFY(ScenarioRules::serverAcceptsPassword(s));
    ScenarioRules::setServerAcceptsPassword(s, false);
    QVERIFY(!ScenarioRules::serverAcceptsPassword(s));
    QVERIFY(s.uac.passwordOnServer() != s.uac.password);
    s.uac.password = QStringLiteral("not-the-same");
    ScenarioRules::setServerAcceptsPassword(s, false);
    QVERIFY(!ScenarioRules::serverAcceptsPassword(s)); // still another password than the UAC's
    ScenarioRules::setServerAcceptsPassword(s, true);
    QVERIFY(s.uac.serverPassword.isEmpty());

    ScenarioRules::setAuth(s, AuthAt::Proxy, true);
    QCOMPARE(s.auth, AuthAt::Proxy);
    ScenarioRules::setAuth(s, AuthAt::Uas, false); // the UAS does not challenge: P1 still does
    QCOMPARE(s.auth, AuthAt::Proxy);
    ScenarioRules::setAuth(s, AuthAt::Uas, true);
    QCOMPARE(s.auth, AuthAt::Uas);
    ScenarioRules::setAuth(s, AuthAt::Uas, false);
    QCOMPARE(s.auth, AuthAt::None);
}

void TestScenarioRules::fileIsNormalised()
{
    // The file applies the same rules as the call builder: a MESSAGE with a CANCEL loads without
    // it, and the result says what changed.
    const ScenarioLoadResult r = ScenarioFile::fromJson(
        R"({"format":"siplab-scenario","version":1,"method":"MESSAGE","uac":{"cancelAfterMs":100},"network":{"t1Ms":5000}})");
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.scenario->uac.cancelAfterMs, -1);
    QCOMPARE(r.scenario->network.t2Ms, 5000);
    QCOMPARE(r.normalised.size(), 2);
    QCOMPARE(r.normalised[0].field, QStringLiteral("uac.cancelAfterMs"));
    QCOMPARE(r.normalised[1].field, QStringLiteral("network.t2Ms"));
}

void TestScenarioRules::deviceResponseEdits()
{
    Scenario s = Scenario::defaultScenario();
    ScenarioRules::setDeviceCount(s, 3);
    ScenarioRules::setFinalResponse(s, 486, 300, 1);
    ScenarioRules::addProvisional(s, 183, 2);
    QCOMPARE(s.uas.responses, (QList<ResponseStep>{{180, 100, false}, {200, 1000, false}})); // device 1 untouched
    QCOMPARE(s.forking.devices[0].responses, (QList<ResponseStep>{{180, 100, false}, {486, 1000, false}}));
    QCOMPARE(s.forking.devices[1].responses,
             (QList<ResponseStep>{{180, 100, false}, {183, 100, false}, {200, 1000, false}}));
    QCOMPARE(ScenarioRules::finalResponse(s, 1)->code, 486);
    ScenarioRules::removeFinalResponse(s, 2);
    QCOMPARE(ScenarioRules::finalResponse(s, 2), nullptr);
    ScenarioRules::removeProvisional(s, 0, 2);
    QCOMPARE(s.forking.devices[1].responses, (QList<ResponseStep>{{183, 100, false}}));
    // A device that does not exist is left alone (and nothing crashes).
    const Scenario before = s;
    ScenarioRules::setFinalResponse(s, 603, 0, 3);
    ScenarioRules::addProvisional(s, 180, -1);
    ScenarioRules::removeFinalResponse(s, 7);
    ScenarioRules::removeProvisional(s, 0, 3);
    QCOMPARE(s, before);
    QCOMPARE(ScenarioRules::finalResponse(s, 3), nullptr);
}

void TestScenarioRules::deviceCount()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(0);
    QCOMPARE(ScenarioRules::minimumProxies(s), 0);
    ScenarioRules::setDeviceCount(s, 3);
    // RFC 3261 16.5: forking needs a proxy; the call gets P1.
    QCOMPARE(s.proxies.size(), 1);
    QCOMPARE(ScenarioRules::minimumProxies(s), 1);
    QCOMPARE(s.targetCount(), 3);
    QCOMPARE(s.uas.address.name, QStringLiteral("UAS1"));
    QCOMPARE(s.forking.devices[1].address.name, QStringLiteral("UAS3"));
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    s.proxies.last().next = {QStringLiteral("UAS3"), QStringLiteral("UAS1")};
    ScenarioRules::setDeviceCount(s, 2); // UAS3 is gone: the fork order keeps UAS1 only
    QCOMPARE(s.proxies.last().next, QStringList{QStringLiteral("UAS1")});
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    ScenarioRules::setDeviceCount(s, 1);
    QCOMPARE(s.uas.address.name, QStringLiteral("UAS"));
    QVERIFY(s.proxies.last().next.isEmpty());
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    ScenarioRules::setDeviceCount(s, 9); // clamped
    QCOMPARE(s.targetCount(), Scenario::MaxTargets);
}

void TestScenarioRules::removeDevice()
{
    Scenario s = Scenario::defaultScenario();
    ScenarioRules::setDeviceCount(s, 3);
    ScenarioRules::setFinalResponse(s, 486, 0, 0);
    ScenarioRules::setFinalResponse(s, 603, 0, 2);
    s.proxies.last().next = {QStringLiteral("UAS3"), QStringLiteral("UAS2"), QStringLiteral("UAS1")};
    ScenarioRules::removeDevice(s, 1); // the softphone goes; voicemail becomes UAS2
    QCOMPARE(s.targetCount(), 2);
    QCOMPARE(ScenarioRules::finalResponse(s, 0)->code, 486);
    QCOMPARE(ScenarioRules::finalResponse(s, 1)->code, 603);
    QCOMPARE(s.target(1).address.name, QStringLiteral("UAS2"));
    QCOMPARE(s.target(1).address.host, Scenario::defaultTargetAddress(2, 3).host);
    QCOMPARE(s.proxies.last().next, (QStringList{QStringLiteral("UAS2"), QStringLiteral("UAS1")}));
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    ScenarioRules::removeDevice(s, 0);
    QCOMPARE(s.targetCount(), 1);
    QCOMPARE(s.uas.address.name, QStringLiteral("UAS"));
    QCOMPARE(ScenarioRules::finalResponse(s, 0)->code, 603);
    const Scenario before = s;
    ScenarioRules::removeDevice(s, 0); // the last device stays
    ScenarioRules::removeDevice(s, 5);
    QCOMPARE(s, before);
}

void TestScenarioRules::firstHopRole_data()
{
    QTest::addColumn<int>("devices");
    QTest::addColumn<ProxyRole>("role");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<int>("respondWith");
    QTest::addColumn<bool>("p2RecordRoutes");
    QTest::newRow("redirect, one device: 302") << 1 << ProxyRole::Redirect << "Redirect" << 302 << true;
    QTest::newRow("redirect, three devices: 300") << 3 << ProxyRole::Redirect << "Redirect" << 300 << true;
    QTest::newRow("alg") << 1 << ProxyRole::Alg << "ALG" << 0 << false;
    QTest::newRow("proxy") << 2 << ProxyRole::Proxy << "P1" << 0 << true;
}

void TestScenarioRules::firstHopRole()
{
    QFETCH(int, devices);
    QFETCH(ProxyRole, role);
    QFETCH(QString, lane);
    QFETCH(int, respondWith);
    QFETCH(bool, p2RecordRoutes);
    Scenario s = Scenario::defaultScenario(); // one proxy
    ScenarioRules::setDeviceCount(s, devices);
    ScenarioRules::setFirstHopDown(s, true);
    ScenarioRules::setFirstHopRole(s, role);
    QCOMPARE(s.proxies.size(), 2);
    QCOMPARE(s.proxies[0].role, role);
    QCOMPARE(s.proxies[0].address.name, lane);
    QCOMPARE(s.proxies[0].respondWith, respondWith);
    QCOMPARE(s.proxies[1].recordRoute, p2RecordRoutes);
    QCOMPARE(ScenarioRules::firstHopDown(s), role == ProxyRole::Proxy); // a redirect server or ALG is up
    QCOMPARE(ScenarioRules::minimumProxies(s), 2);
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    // Back to a forwarding P1 with its own name.
    ScenarioRules::setFirstHopDown(s, false);
    ScenarioRules::setFirstHopRole(s, ProxyRole::Proxy);
    QCOMPARE(s.proxies[0].role, ProxyRole::Proxy);
    QCOMPARE(s.proxies[0].address, Scenario::defaultProxyAddress(0));
    QCOMPARE(s.proxies[0].respondWith, 0);
    QCOMPARE(ScenarioRules::minimumProxies(s), devices > 1 ? 1 : 0);
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    // The redirect server's 300/302 follows the number of devices it lists.
    ScenarioRules::setFirstHopRole(s, ProxyRole::Redirect);
    ScenarioRules::setDeviceCount(s, devices > 1 ? 1 : 2);
    QCOMPARE(s.proxies[0].respondWith, devices > 1 ? 302 : 300);
}

void TestScenarioRules::firstHopDown()
{
    Scenario s = Scenario::defaultScenario();
    ScenarioRules::setFirstHopRole(s, ProxyRole::Alg);
    ScenarioRules::setFirstHopDown(s, true); // RFC 3665 3.4: P1 forwards (were it up), the UAC fails over to P2
    QCOMPARE(s.proxies[0].role, ProxyRole::Proxy);
    QVERIFY(s.proxies[0].down);
    QCOMPARE(s.uac.alternateProxy, QStringLiteral("P2"));
    QVERIFY(ScenarioRules::firstHopDown(s));
    QCOMPARE(ScenarioRules::firstProblem(s), QString());
    ScenarioRules::setFirstHopDown(s, false);
    QVERIFY(!s.proxies[0].down);
    QVERIFY(s.uac.alternateProxy.isEmpty());
    QVERIFY(!ScenarioRules::firstHopDown(s));
    Scenario none = Scenario::defaultScenario();
    none.setProxyCount(0);
    ScenarioRules::setFirstHopDown(none, false); // no proxy: nothing to clear, no crash
    QVERIFY(none.proxies.isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioRules)
#include "tst_scenariorules.moc"
