// The call builder: editing a control reports the scenario the rules make of it (ScenarioRules),
// as one ScenarioCommand on an undo stack (as the main window does); undo restores the scenario
// before, redo the one after; an edit the rules undo makes no command.
#include "callbuilderpanel.h"
#include "codepicker.h"
#include "engine.h"
#include "ladderlayout.h"
#include "scenariocommand.h"
#include "scenariorules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

class TestCallBuilderPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edits_data();
    void edits();
    void ruleUndoesTheEdit();
    void widgetsFollowTheScenario();
    void threeDeviceFork();
    void graphEditsUndoInOrder();
    void deviceWidgetsFollowTheSelection();
    void badRetryListMakesNoEdit();
    void pagesAreBuiltWhenFirstNeeded_data();
    void pagesAreBuiltWhenFirstNeeded();
};

namespace {
Scenario with(const std::function<void(Scenario &)> &change)
{
    Scenario s = Scenario::defaultScenario();
    change(s);
    return s;
}

/// The main window's undo path: each reported edit becomes a ScenarioCommand that hands the
/// scenario back to the panel.
struct Harness
{
    CallBuilderPanel panel;
    QUndoStack stack;
    Harness()
    {
        QObject::connect(&panel, &CallBuilderPanel::scenarioEdited, &panel, [this](const Scenario &s, const QString &text) {
            stack.push(new ScenarioCommand(panel.scenario(), s, text, [this](const Scenario &x) { panel.setScenario(x); }));
        });
    }
};
} // namespace

void TestCallBuilderPanel::edits_data()
{
    QTest::addColumn<Scenario>("before");
    QTest::addColumn<int>("node");       // selected node: 0 UAC, last the UAS
    QTest::addColumn<QString>("control");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Scenario>("after");
    QTest::addColumn<QString>("description");

    const Scenario invite = with([](Scenario &s) {
        s.uac.cancelAfterMs = 300;
        s.reInvite = true;
        s.hangup = Hangup::Uas;
    });
    // RFC 3261 9.1, 14, 15: CANCEL, re-INVITE and the UAS's BYE belong to an INVITE session.
    QTest::newRow("method MESSAGE clears cancel, re-INVITE, UAS hang-up")
        << invite << 0 << "method" << QVariant(QStringLiteral("MESSAGE"))
        << with([](Scenario &s) { s.method = QStringLiteral("MESSAGE"); }) << "Set method to MESSAGE";
    QTest::newRow("method INVITE keeps them") << with([](Scenario &s) { s.method = QStringLiteral("INFO"); }) << 0 << "method"
                                              << QVariant(QStringLiteral("INVITE")) << Scenario::defaultScenario()
                                              << "Set method to INVITE";
    // RFC 3261 10.2: only a REGISTER updates, queries or removes bindings.
    QTest::newRow("method OPTIONS resets the register action")
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.uac.registerAction = RegisterAction::Query; }) << 0
        << "method" << QVariant(QStringLiteral("OPTIONS")) << with([](Scenario &s) { s.method = QStringLiteral("OPTIONS"); })
        << "Set method to OPTIONS";
    QTest::newRow("register action of a REGISTER")
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); }) << 0 << "register" << QVariant(int(RegisterAction::Remove))
        << with([](Scenario &s) { s.method = QStringLiteral("REGISTER"); s.uac.registerAction = RegisterAction::Remove; })
        << "Registration: Remove all bindings";
    // RFC 3261 17.1.2.2: T2 follows T1 up.
    QTest::newRow("T1 above T2 raises T2") << Scenario::defaultScenario() << 0 << "t1" << QVariant(6000)
                                           << with([](Scenario &s) { s.network.t1Ms = 6000; s.network.t2Ms = 6000; })
                                           << "T1 6000 ms";
    QTest::newRow("T1 below T2") << Scenario::defaultScenario() << 0 << "t1" << QVariant(200)
                                 << with([](Scenario &s) { s.network.t1Ms = 200; }) << "T1 200 ms";
    QTest::newRow("drop F-numbers") << Scenario::defaultScenario() << 0 << "drop" << QVariant(QStringLiteral("F7, f9, x"))
                                    << with([](Scenario &s) { s.network.drop = {7, 9}; }) << "Drop messages";
    QTest::newRow("cancel after") << Scenario::defaultScenario() << 0 << "cancel" << QVariant(400)
                                  << with([](Scenario &s) { s.uac.cancelAfterMs = 400; }) << "Cancel after 400 ms";
    QTest::newRow("re-INVITE") << Scenario::defaultScenario() << 0 << "reInvite" << QVariant(true)
                               << with([](Scenario &s) { s.reInvite = true; }) << "re-INVITE";
    QTest::newRow("UAS hangs up") << Scenario::defaultScenario() << 0 << "hangup" << QVariant(int(Hangup::Uas))
                                  << with([](Scenario &s) { s.hangup = Hangup::Uas; }) << "Change who hangs up";
    QTest::newRow("Max-Forwards") << Scenario::defaultScenario() << 0 << "maxForwards" << QVariant(5)
                                  << with([](Scenario &s) { s.uac.maxForwards = 5; }) << "Set Max-Forwards to 5";
    QTest::newRow("server refuses the password") << with([](Scenario &s) { s.auth = AuthAt::Proxy; }) << 0 << "serverAccepts"
                                                 << QVariant(false)
                                                 << with([](Scenario &s) { s.auth = AuthAt::Proxy; s.uac.serverPassword = QStringLiteral("not-the-same"); })
                                                 << "The server refuses the password";
    QTest::newRow("UAS final 486") << Scenario::defaultScenario() << 2 << "uasFinal" << QVariant(486)
                                   << with([](Scenario &s) { s.uas.responses.last().code = 486; }) << "UAS answers 486";
    QTest::newRow("UAS never answers") << Scenario::defaultScenario() << 2 << "uasAnswers" << QVariant(false)
                                       << with([](Scenario &s) { s.uas.responses = {{180, 100, false}}; }) << "UAS never answers";
    QTest::newRow("UAS adds a provisional response")
        << Scenario::defaultScenario() << 2 << "addProvisional" << QVariant()
        << with([](Scenario &s) { s.uas.responses = {{180, 100, false}, {180, 100, false}, {200, 1000, false}}; })
        << "Add a provisional response";
    QTest::newRow("two proxies") << Scenario::defaultScenario() << 0 << "proxies" << QVariant(2)
                                 << with([](Scenario &s) { s.setProxyCount(2); }) << "Use 2 proxies";
    QTest::newRow("use code 603 at the UAS") << Scenario::defaultScenario() << 2 << "useCode" << QVariant(603)
                                             << with([](Scenario &s) { s.uas.responses.last().code = 603; }) << "UAS answers 603";
    QTest::newRow("use code 503 at P1") << Scenario::defaultScenario() << 1 << "useCode" << QVariant(503)
                                        << with([](Scenario &s) { s.proxies[0].respondWith = 503; }) << "P1 answers 503";

    // The graph (issue #14). Nodes: 0 UAC, 1 P1, then the devices (one proxy by default).
    QTest::newRow("three devices") << Scenario::defaultScenario() << 0 << "devices" << QVariant(3)
                                   << with([](Scenario &s) { s.setTargetCount(3); }) << "Use 3 callee devices";
    // RFC 3261 16.5: the devices need a proxy in front of them to fork.
    QTest::newRow("two devices without a proxy get P1")
        << with([](Scenario &s) { s.setProxyCount(0); }) << 0 << "devices" << QVariant(2)
        << with([](Scenario &s) { s.setTargetCount(2); }) << "Use 2 callee devices";
    QTest::newRow("back to one device") << with([](Scenario &s) { s.setTargetCount(3); }) << 0 << "devices" << QVariant(1)
                                        << Scenario::defaultScenario() << "Use 1 callee devices";
    QTest::newRow("sequential forking") << with([](Scenario &s) { s.setTargetCount(2); }) << 0 << "fork" << QVariant(1)
                                        << with([](Scenario &s) { s.setTargetCount(2); s.forking.mode = ForkMode::Sequential; })
                                        << "Fork in sequence";
    QTest::newRow("branch timeout")
        << with([](Scenario &s) { s.setTargetCount(2); s.forking.mode = ForkMode::Sequential; }) << 0 << "branchTimeout"
        << QVariant(3000)
        << with([](Scenario &s) { s.setTargetCount(2); s.forking.mode = ForkMode::Sequential; s.forking.branchTimeoutMs = 3000; })
        << "Branch timeout 3000 ms";
    QTest::newRow("UAS2 answers 486") << with([](Scenario &s) { s.setTargetCount(3); }) << 3 << "uasFinal" << QVariant(486)
                                      << with([](Scenario &s) { s.setTargetCount(3); s.forking.devices[0].responses.last().code = 486; })
                                      << "UAS2 answers 486";
    QTest::newRow("UAS3 never answers") << with([](Scenario &s) { s.setTargetCount(3); }) << 4 << "uasAnswers" << QVariant(false)
                                        << with([](Scenario &s) { s.setTargetCount(3); s.forking.devices[1].responses.removeLast(); })
                                        << "UAS3 never answers";
    QTest::newRow("UAS3 adds a provisional response")
        << with([](Scenario &s) { s.setTargetCount(3); }) << 4 << "addProvisional" << QVariant()
        << with([](Scenario &s) { s.setTargetCount(3); s.forking.devices[1].responses.insert(1, {180, 100, false}); })
        << "Add a provisional response";
    QTest::newRow("UAS2 answers BYE with 481")
        << with([](Scenario &s) { s.setTargetCount(2); }) << 3 << "bye" << QVariant(481)
        << with([](Scenario &s) { s.setTargetCount(2); s.forking.devices[0].answers.insert(QStringLiteral("BYE"), 481); })
        << "UAS2 answers BYE with 481";
    QTest::newRow("UAS1 retried request") << with([](Scenario &s) { s.setTargetCount(2); }) << 2 << "retry"
                                          << QVariant(QStringLiteral("180@100,486@300"))
                                          << with([](Scenario &s) { s.setTargetCount(2); s.uas.retryResponses = {{180, 100}, {486, 200}}; })
                                          << "UAS1's responses to a retried request";
    QTest::newRow("remove UAS1") << with([](Scenario &s) { s.setTargetCount(3); s.uas.responses.last().code = 486; }) << 2
                                 << "removeDevice" << QVariant()
                                 << with([](Scenario &s) {
                                        s.setTargetCount(3);
                                        s.uas = s.forking.devices.takeFirst();
                                        s.setTargetCount(2);
                                    })
                                 << "Remove UAS1";
    // RFC 3665 3.6: P1 as a redirect server of its own, P2 behind it; 300 lists every device.
    QTest::newRow("P1 a redirect server") << with([](Scenario &s) { s.setTargetCount(3); }) << 1 << "firstHopRole"
                                          << QVariant(int(ProxyRole::Redirect))
                                          << with([](Scenario &s) {
                                                 s.setTargetCount(3);
                                                 s.setProxyCount(2);
                                                 s.proxies[0].role = ProxyRole::Redirect;
                                                 s.proxies[0].respondWith = 300;
                                                 s.proxies[0].address.name = QStringLiteral("Redirect");
                                                 s.proxies[0].address.host = s.proxies[0].address.domain =
                                                     QStringLiteral("redirect.atlanta.example");
                                             })
                                          << "P1 is: a redirect server";
    // RFC 3665 3.5: the ALG record-routes, P2 does not.
    QTest::newRow("P1 an ALG") << Scenario::defaultScenario() << 1 << "firstHopRole" << QVariant(int(ProxyRole::Alg))
                               << with([](Scenario &s) {
                                      s.setProxyCount(2);
                                      s.proxies[0].role = ProxyRole::Alg;
                                      s.proxies[0].address.name = QStringLiteral("ALG");
                                      s.proxies[0].address.host = s.proxies[0].address.domain = QStringLiteral("alg.atlanta.example");
                                      s.proxies[1].recordRoute = false;
                                  })
                               << "P1 is: an ALG";
    // RFC 3665 3.4: P1 down, the UAC fails over to P2.
    QTest::newRow("P1 down") << Scenario::defaultScenario() << 1 << "firstHopDown" << QVariant(true)
                             << with([](Scenario &s) {
                                    s.setProxyCount(2);
                                    s.proxies[0].down = true;
                                    s.uac.alternateProxy = QStringLiteral("P2");
                                })
                             << "P1 is down, the caller fails over to P2";
}

void TestCallBuilderPanel::edits()
{
    QFETCH(Scenario, before);
    QFETCH(int, node);
    QFETCH(QString, control);
    QFETCH(QVariant, value);
    QFETCH(Scenario, after);
    QFETCH(QString, description);

    Harness h;
    CallBuilderPanel &p = h.panel;
    p.setScenario(before);
    p.selectNode(node);
    QSignalSpy edited(&p, &CallBuilderPanel::scenarioEdited);
    if (control == QLatin1String("method"))
        p.methodCombo()->setCurrentText(value.toString());
    else if (control == QLatin1String("register"))
        p.registerActionCombo()->setCurrentIndex(value.toInt());
    else if (control == QLatin1String("t1"))
        p.t1Spin()->setValue(value.toInt());
    else if (control == QLatin1String("drop")) {
        p.dropEdit()->setText(value.toString());
        Q_EMIT p.dropEdit()->editingFinished();
    } else if (control == QLatin1String("cancel"))
        p.cancelAfterSpin()->setValue(value.toInt());
    else if (control == QLatin1String("reInvite"))
        p.reInviteCheck()->setChecked(value.toBool());
    else if (control == QLatin1String("hangup"))
        p.hangupCombo()->setCurrentIndex(value.toInt());
    else if (control == QLatin1String("maxForwards"))
        p.maxForwardsSpin()->setValue(value.toInt());
    else if (control == QLatin1String("serverAccepts"))
        p.serverAcceptsPasswordCheck()->setChecked(value.toBool());
    else if (control == QLatin1String("uasFinal")) {
        p.uasFinalPicker()->setCurrentCode(value.toInt());
        Q_EMIT p.uasFinalPicker()->activated(p.uasFinalPicker()->currentIndex()); // as a pick in the list does
    }
    else if (control == QLatin1String("uasAnswers"))
        p.uasAnswersCheck()->setChecked(value.toBool());
    else if (control == QLatin1String("addProvisional"))
        QTest::mouseClick(p.addProvisionalButton(), Qt::LeftButton);
    else if (control == QLatin1String("proxies"))
        p.proxyCountSpin()->setValue(value.toInt());
    else if (control == QLatin1String("useCode"))
        p.useCode(value.toInt());
    else if (control == QLatin1String("devices"))
        p.deviceCountSpin()->setValue(value.toInt());
    else if (control == QLatin1String("fork"))
        p.forkModeCombo()->setCurrentIndex(value.toInt());
    else if (control == QLatin1String("branchTimeout"))
        p.branchTimeoutSpin()->setValue(value.toInt());
    else if (control == QLatin1String("firstHopRole"))
        p.firstHopRoleCombo()->setCurrentIndex(value.toInt());
    else if (control == QLatin1String("firstHopDown"))
        p.firstHopDownCheck()->setChecked(value.toBool());
    else if (control == QLatin1String("bye")) {
        p.byeCodePicker()->setCurrentCode(value.toInt());
        Q_EMIT p.byeCodePicker()->activated(p.byeCodePicker()->currentIndex());
    } else if (control == QLatin1String("retry")) {
        p.retryResponsesEdit()->setText(value.toString());
        Q_EMIT p.retryResponsesEdit()->editingFinished();
    } else if (control == QLatin1String("removeDevice"))
        QTest::mouseClick(p.removeDeviceButton(), Qt::LeftButton);
    else
        QFAIL(qPrintable(control));

    QCOMPARE(edited.count(), 1);
    QCOMPARE(h.stack.count(), 1);
    QCOMPARE(h.stack.undoText(), description);
    QCOMPARE(p.scenario(), after);
    // What the builder reports is what the rules make of it: nothing left to normalise, valid.
    Scenario normalised = p.scenario();
    QVERIFY(ScenarioRules::normalise(normalised).isEmpty());
    QCOMPARE(ScenarioRules::firstProblem(p.scenario()), QString());

    h.stack.undo();
    QCOMPARE(p.scenario(), before);
    h.stack.redo();
    QCOMPARE(p.scenario(), after);
    QCOMPARE(edited.count(), 1); // undo and redo set the scenario; they report no edit
}

void TestCallBuilderPanel::ruleUndoesTheEdit()
{
    // The register action of an INVITE goes back to "bind" (RFC 3261 10.2): nothing changes, so
    // no command.
    Harness h;
    QSignalSpy edited(&h.panel, &CallBuilderPanel::scenarioEdited);
    h.panel.registerActionCombo()->setCurrentIndex(int(RegisterAction::Query));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(h.stack.count(), 0);
    QCOMPARE(h.panel.scenario(), Scenario::defaultScenario());
}

void TestCallBuilderPanel::widgetsFollowTheScenario()
{
    CallBuilderPanel p;
    QSignalSpy edited(&p, &CallBuilderPanel::scenarioEdited);
    Scenario s = Scenario::defaultScenario();
    s.method = QStringLiteral("REGISTER");
    s.uac.registerAction = RegisterAction::Update;
    s.network.t1Ms = 700;
    s.network.drop = {3, 8};
    s.uac.maxForwards = 12;
    p.setScenario(s);
    QCOMPARE(edited.count(), 0); // showing a scenario is no edit
    QCOMPARE(p.methodCombo()->currentText(), QStringLiteral("REGISTER"));
    QCOMPARE(p.registerActionCombo()->currentIndex(), int(RegisterAction::Update));
    QCOMPARE(p.t1Spin()->value(), 700);
    QCOMPARE(p.dropEdit()->text(), QStringLiteral("3, 8"));
    QCOMPARE(p.maxForwardsSpin()->value(), 12);
    QVERIFY(!p.cancelAfterSpin()->isEnabled()); // CANCEL belongs to INVITE (RFC 3261 9.1)
    QVERIFY(!p.reInviteCheck()->isEnabled());
}

void TestCallBuilderPanel::threeDeviceFork()
{
    // Bob's desk phone is busy, his softphone answers, voicemail would answer last; the proxy
    // tries them one after another (RFC 3261 16.6 step 1, 16.7). Built only through the panel.
    Harness h;
    CallBuilderPanel &p = h.panel;
    p.deviceCountSpin()->setValue(3);
    p.forkModeCombo()->setCurrentIndex(int(ForkMode::Sequential));
    QCOMPARE(p.nodeCount(), 5);
    QStringList buttons;
    for (QPushButton *b : p.nodeButtons()) {
        if (!b->isHidden())
            buttons.append(b->text());
    }
    QCOMPARE(buttons, (QStringList{"UAC", "P1", "UAS1", "UAS2", "UAS3"}));
    p.selectNode(2);
    QCOMPARE(p.selectedDevice(), 0);
    p.useCode(486);
    p.selectNode(3);
    QCOMPARE(p.selectedDevice(), 1);
    p.useCode(183);
    p.uasDelaySpin()->setValue(600);
    p.selectNode(4);
    p.useCode(480);
    QCOMPARE(h.stack.count(), 6);

    Scenario expected = Scenario::defaultScenario();
    expected.setTargetCount(3);
    expected.forking.mode = ForkMode::Sequential;
    expected.uas.responses = {{180, 100, false}, {486, 1000, false}};
    expected.forking.devices[0].responses = {{180, 100, false}, {183, 100, false}, {200, 600, false}};
    expected.forking.devices[1].responses = {{180, 100, false}, {480, 1000, false}};
    QCOMPARE(p.scenario(), expected);
    QCOMPARE(ScenarioRules::firstProblem(p.scenario()), QString());

    // The ladder has a lane for each device, named UAS1..UAS3 after the proxy; the proxy tries
    // UAS1 (486), then UAS2, which answers 200.
    const CallTrace trace = Engine::run(p.scenario());
    const LadderLayout layout = LadderLayout::build(trace);
    QStringList lanes;
    for (const LadderLane &lane : layout.lanes())
        lanes.append(lane.title);
    QCOMPARE(lanes, (QStringList{"UAC", "P1", "UAS1", "UAS2", "UAS3"}));
    QStringList toUas2;
    for (const TraceMessage &m : trace.messages) {
        if (m.to == 3 && m.message.isRequest())
            toUas2.append(m.message.method());
    }
    QVERIFY2(toUas2.startsWith(QStringLiteral("INVITE")), qPrintable(toUas2.join(QLatin1Char(' '))));
    bool okFromUas2 = false;
    for (const TraceMessage &m : trace.messages)
        okFromUas2 = okFromUas2 || (m.from == 3 && !m.message.isRequest() && m.message.statusCode() == 200);
    QVERIFY(okFromUas2);

    // Undo goes back through every edit to the default call.
    while (h.stack.canUndo())
        h.stack.undo();
    QCOMPARE(p.scenario(), Scenario::defaultScenario());
    QCOMPARE(p.nodeCount(), 3);
    while (h.stack.canRedo())
        h.stack.redo();
    QCOMPARE(p.scenario(), expected);
}

void TestCallBuilderPanel::graphEditsUndoInOrder()
{
    // Each graph edit is one command; undoing them one by one walks back through each scenario.
    Harness h;
    CallBuilderPanel &p = h.panel;
    QList<Scenario> seen = {p.scenario()};
    p.deviceCountSpin()->setValue(2);
    seen.append(p.scenario());
    p.selectNode(1);
    p.firstHopRoleCombo()->setCurrentIndex(int(ProxyRole::Redirect));
    seen.append(p.scenario());
    QCOMPARE(p.proxyCountSpin()->minimum(), 2); // a redirect server needs P2 behind it
    p.firstHopRoleCombo()->setCurrentIndex(int(ProxyRole::Proxy));
    seen.append(p.scenario());
    QCOMPARE(p.proxyCountSpin()->minimum(), 1); // forking needs a proxy
    p.firstHopDownCheck()->setChecked(true);
    seen.append(p.scenario());
    p.deviceCountSpin()->setValue(3);
    seen.append(p.scenario());
    QCOMPARE(h.stack.count(), 5);
    for (int i = int(seen.size()) - 2; i >= 0; --i) {
        h.stack.undo();
        QCOMPARE(p.scenario(), seen[i]);
        QCOMPARE(p.deviceCountSpin()->value(), seen[i].targetCount());
        QCOMPARE(p.proxyCountSpin()->value(), int(seen[i].proxies.size()));
    }
    for (int i = 1; i < seen.size(); ++i) {
        h.stack.redo();
        QCOMPARE(p.scenario(), seen[i]);
    }
}

void TestCallBuilderPanel::deviceWidgetsFollowTheSelection()
{
    CallBuilderPanel p;
    Scenario s = Scenario::defaultScenario();
    s.setTargetCount(3);
    s.forking.devices[1].responses = {{183, 50, false}, {603, 400, false}};
    s.forking.devices[1].retryResponses = {{200, 0, false}};
    p.setScenario(s);
    QVERIFY(!p.forkModeCombo()->isHidden());
    p.selectNode(4);
    QCOMPARE(p.uasFinalPicker()->currentCode(), 603);
    QCOMPARE(p.uasDelaySpin()->value(), 400);
    QCOMPARE(p.retryResponsesEdit()->text(), QStringLiteral("200@0"));
    QVERIFY(!p.removeDeviceButton()->isHidden());
    p.selectNode(2);
    QCOMPARE(p.uasFinalPicker()->currentCode(), 200);
    QCOMPARE(p.retryResponsesEdit()->text(), QString());
    // One device: no fork settings, no remove button.
    p.setScenario(Scenario::defaultScenario());
    QCOMPARE(p.selectedNode(), 2);
    QVERIFY(p.forkModeCombo()->isHidden());
    QVERIFY(p.removeDeviceButton()->isHidden());
}

void TestCallBuilderPanel::badRetryListMakesNoEdit()
{
    Harness h;
    h.panel.selectNode(2);
    QSignalSpy edited(&h.panel, &CallBuilderPanel::scenarioEdited);
    QVERIFY(!h.panel.setRetryResponses(QStringLiteral("180,999")));
    QCOMPARE(edited.count(), 0);
    QVERIFY(h.panel.retryResponsesEdit()->toolTip().contains(QStringLiteral("999")));
    QVERIFY(h.panel.setRetryResponses(QStringLiteral("401")));
    QCOMPARE(h.panel.scenario().uas.retryResponses, (QList<ResponseStep>{{401, 1000, false}}));
    QVERIFY(h.panel.setRetryResponses(QString()));
    QVERIFY(h.panel.scenario().uas.retryResponses.isEmpty());
}

void TestCallBuilderPanel::pagesAreBuiltWhenFirstNeeded_data()
{
    // The proxy and device pages are made the first time one of their nodes is selected (the
    // window's first frame does not wait for them), each once, with its texts set.
    QTest::addColumn<QList<int>>("selections"); // nodes selected in turn (0 UAC, 1 P1, 2 UAS)
    QTest::addColumn<int>("pickers");           // code pickers made by then
    QTest::addColumn<int>("pagesBuilt");        // pageBuilt() signals
    QTest::newRow("UAC only") << QList<int>{0} << 0 << 0;
    QTest::newRow("P1") << QList<int>{1} << 1 << 1;                       // what P1 answers
    QTest::newRow("UAS") << QList<int>{2} << 3 << 1;                      // final, BYE, the 180's row
    QTest::newRow("P1, UAS, P1, UAS") << QList<int>{1, 2, 1, 2} << 4 << 2; // each page once
}

void TestCallBuilderPanel::pagesAreBuiltWhenFirstNeeded()
{
    QFETCH(QList<int>, selections);
    QFETCH(int, pickers);
    QFETCH(int, pagesBuilt);
    CallBuilderPanel p;
    QSignalSpy built(&p, &CallBuilderPanel::pageBuilt);
    QCOMPARE(p.findChildren<CodePicker *>().size(), 0);
    for (int node : selections) {
        p.selectNode(node);
        QCOMPARE(p.selectedNode(), node);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the step rows' old pickers
    QCOMPARE(p.findChildren<CodePicker *>().size(), pickers);
    QCOMPARE(built.count(), pagesBuilt);
    if (selections.contains(1))
        QCOMPARE(p.firstHopDownCheck()->text(), QStringLiteral("P1 is down, the caller fails over to P2"));
    if (selections.contains(2)) {
        QCOMPARE(p.uasAnswersCheck()->text(), QStringLiteral("Sends a final response"));
        QCOMPARE(p.uasFinalPicker()->currentCode(), 200);
        QCOMPARE(p.uasDelaySpin()->value(), 1000);
    }
    // Tab goes from the topology into the page shown, then to the network box, as when every
    // page was made with the panel (a widget parented late joins the end of the focus chain).
    QWidget *field = selections.last() == 0 ? static_cast<QWidget *>(p.maxForwardsSpin())
        : selections.last() == 1            ? static_cast<QWidget *>(p.firstHopRoleCombo())
                                            : static_cast<QWidget *>(p.uasAnswersCheck());
    QList<QWidget *> chain;
    for (QWidget *w = p.nodeButtons().constLast()->nextInFocusChain(); w != p.nodeButtons().constLast(); w = w->nextInFocusChain())
        chain.append(w);
    QVERIFY(chain.contains(field));
    QVERIFY(chain.contains(p.t1Spin()));
    QVERIFY2(chain.indexOf(field) < chain.indexOf(p.t1Spin()), "the page's fields come before the network box's");
    // Asking for a page's widget builds it too (the main window and tests do).
    QVERIFY(p.byeCodePicker() != nullptr);
    QCOMPARE(built.count(), selections.contains(2) ? pagesBuilt : pagesBuilt + 1);
}

QTEST_MAIN(TestCallBuilderPanel)
#include "tst_callbuilderpanel.moc"
