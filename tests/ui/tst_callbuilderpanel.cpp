// The call builder: editing a control reports the scenario the rules make of it (ScenarioRules),
// as one ScenarioCommand on an undo stack (as the main window does); undo restores the scenario
// before, redo the one after; an edit the rules undo makes no command.
#include "callbuilderpanel.h"
#include "codepicker.h"
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

QTEST_MAIN(TestCallBuilderPanel)
#include "tst_callbuilderpanel.moc"
