// The GUI's live mode: the window's scenario run over real UDP on 127.0.0.1 gives the same
// ladder as the simulation (the same node logic), with real times, as the messages arrive.
#include "engine.h"
#include "livecontroller.h"
#include "livenetwork.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace SipLab;

namespace {
int freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

QStringList ladder(const CallTrace &trace)
{
    QStringList lines;
    for (const TraceMessage &m : trace.messages)
        lines << QStringLiteral("%1 -> %2: %3").arg(trace.nodes[m.from].name(), trace.nodes[m.to].name(), m.label());
    return lines;
}
} // namespace

class TestLiveController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameLadderAsTheSimulation_data();
    void sameLadderAsTheSimulation();
    void externalUasPlayedByAnotherElement();
    void liveScenarioUsesRealAddresses();
    void mainWindowLiveToggle();
    void portInUseIsReported();
};

void TestLiveController::sameLadderAsTheSimulation_data()
{
    QTest::addColumn<int>("proxies");
    QTest::addColumn<QList<int>>("uas");
    QTest::addColumn<int>("finalStatus");
    QTest::newRow("basic call, one proxy") << 1 << QList<int>{180, 200} << 200;
    QTest::newRow("busy, one proxy") << 1 << QList<int>{180, 486} << 486;
    QTest::newRow("two proxies") << 2 << QList<int>{180, 200} << 200;
    QTest::newRow("no proxy") << 0 << QList<int>{200} << 200;
}

void TestLiveController::sameLadderAsTheSimulation()
{
    QFETCH(int, proxies);
    QFETCH(QList<int>, uas);
    QFETCH(int, finalStatus);
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(proxies);
    s.uas.responses.clear();
    for (int code : uas)
        s.uas.responses.append({code, code < 200 ? 20 : 100, false});
    s.hangupAfterMs = 100;
    s.uac.address.port = freePort();
    for (ProxySettings &p : s.proxies)
        p.address.port = freePort();
    s.uas.address.port = freePort();

    LiveController live;
    QSignalSpy finished(&live, &LiveController::finished);
    QSignalSpy changed(&live, &LiveController::traceChanged);
    QString error;
    QVERIFY2(live.start(s, QHostAddress(QHostAddress::LocalHost), {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().first().toInt(), finalStatus);
    // Let the last messages (200 to BYE, or ACK of the 486) go out.
    const CallTrace simulated = Engine::run(s);
    QTRY_COMPARE_WITH_TIMEOUT(live.trace().messages.size(), simulated.messages.size(), 5000);
    QCOMPARE(ladder(live.trace()), ladder(simulated));
    QVERIFY(changed.size() >= simulated.messages.size()); // one update per message, as it happens
    // Real addresses in Via (RFC 3261 18.2.2), real times.
    QVERIFY(live.trace().messages.first().message.header(QStringLiteral("Via")).startsWith(
        QStringLiteral("SIP/2.0/UDP 127.0.0.1:%1;").arg(s.uac.address.port)));
    QVERIFY(live.trace().messages.last().sendTimeMs >= 100); // the hang-up (or answer) delay
    live.stop();
}

void TestLiveController::externalUasPlayedByAnotherElement()
{
    // The UAS is external: another live element (as `siplab-cli serve --role uas` would be)
    // answers on its own socket. The ladder shows it as a lane at its address, and the call
    // is the same one the simulation draws.
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = {{180, 20, false}, {200, 100, false}};
    s.hangupAfterMs = 100;
    s.uac.address.port = freePort();
    s.proxies[0].address.port = freePort();
    const quint16 uasPort = quint16(freePort());

    LiveNetwork uas;
    uas.setElementRole(ElementRole::Uas);
    QVERIFY(uas.bind(1, QHostAddress::LocalHost, uasPort));
    const Scenario base = s;
    uas.serve(1, [base, uasPort](const SipMessage &request, const QString &ip, int port) {
        Scenario call = base;
        call.method = request.method();
        call.proxies.clear();
        call.uac.address = {ip + QLatin1Char(':') + QString::number(port), QString(), ip, ip, ip, port};
        call.uas.address.ip = call.uas.address.host = QStringLiteral("127.0.0.1");
        call.uas.address.port = uasPort;
        return std::make_unique<Simulation>(call, QList<int>{0});
    });

    LiveController live;
    QSignalSpy finished(&live, &LiveController::finished);
    QString error;
    QVERIFY2(live.start(s, QHostAddress(QHostAddress::LocalHost),
                        {{2, LiveController::Peer{QStringLiteral("127.0.0.1"), uasPort}}}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().first().toInt(), 200);
    const CallTrace simulated = Engine::run(s);
    QTRY_COMPARE_WITH_TIMEOUT(live.trace().messages.size(), simulated.messages.size(), 5000);
    QCOMPARE(ladder(live.trace()), ladder(simulated));
    const NodeAddress &lane = live.trace().nodes[2].address;
    QCOMPARE(lane.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(lane.port, int(uasPort));
    // What the external UAS sent was recorded as it arrived, with the rule saying so.
    for (const TraceMessage &m : live.trace().messages) {
        if (m.from == 2)
            QCOMPARE(QString::fromLatin1(m.rule.section), QStringLiteral("RFC 3261 18.2.1"));
    }
    live.stop();
}

void TestLiveController::liveScenarioUsesRealAddresses()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2); // P1 and P2 both default to port 5060
    const Scenario live = LiveController::liveScenario(s, QHostAddress(QHostAddress::LocalHost),
                                                       {{3, LiveController::Peer{QStringLiteral("127.0.0.1"), 6080}}});
    QCOMPARE(live.uac.address.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(live.uac.address.port, 5070);
    QCOMPARE(live.proxies[0].address.port, 5060);
    QCOMPARE(live.proxies[1].address.port, 5062); // distinct ports on one address
    QCOMPARE(live.uas.address.port, 6080);        // the external UAS
    QCOMPARE(live.uas.address.domain, s.uas.address.domain); // the callee's AOR is kept
}

void TestLiveController::portInUseIsReported()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    Scenario s = Scenario::defaultScenario();
    s.uac.address.port = holder.localPort();
    LiveController live;
    QString error;
    QVERIFY(!live.start(s, QHostAddress(QHostAddress::LocalHost), {}, &error));
    QVERIFY2(error.contains(QString::number(holder.localPort())), qPrintable(error));
    QVERIFY(!live.isRunning());
}

void TestLiveController::mainWindowLiveToggle()
{
    // Simulation > Live through the window: the ladder shows the live trace (real addresses)
    // and unticking it brings the simulated ladder back.
    MainWindow window;
    window.setInteractive(false); // no dialog: 127.0.0.1, no external node
    Scenario s = window.scenario();
    s.hangupAfterMs = 100;
    s.uac.address.port = freePort();
    s.proxies[0].address.port = freePort();
    s.uas.address.port = freePort();
    window.editScenario(s, QStringLiteral("ports"));
    const CallTrace simulated = window.trace();
    auto *live = window.findChild<QAction *>(QStringLiteral("LiveAction"));
    QVERIFY(live && live->isCheckable());
    live->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(window.trace().messages.size(), simulated.messages.size(), 15000);
    QCOMPARE(ladder(window.trace()), ladder(simulated));
    QCOMPARE(window.trace().nodes[1].address.host, QStringLiteral("127.0.0.1"));
    live->setChecked(false);
    QCOMPARE(window.trace().nodes[1].address.host, simulated.nodes[1].address.host);
    QCOMPARE(ladder(window.trace()), ladder(simulated));
}

QTEST_MAIN(TestLiveController)
#include "tst_livecontroller.moc"
