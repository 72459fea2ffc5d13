// Live mode against real tools on 127.0.0.1: siplab-cli serve (proxy, UAS) and call as
// separate processes, SIPp (Debian package sip-tester) on the other side. SIPp exits 0 only
// when every call of its scenario succeeded.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "serveprocess.h"
#include <QUdpSocket>

#include <csignal>
#include <sys/types.h>

namespace {

const QString Cli = QStringLiteral(SIPLAB_CLI);
const QString SippDir = QStringLiteral(SIPLAB_TEST_DATA_DIR "/sipp/");

using SipLabTest::addr;
using SipLabTest::freePort;
using SipLabTest::runTool;
using SipLabTest::Server;


} // namespace

class TestLiveInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sippThroughProxy_data();
    void sippThroughProxy();
    void siplabCallToSippUas();
    void sippForkThroughProxy_data();
    void sippForkThroughProxy();
    void siplabCallExitCodes_data();
    void siplabCallExitCodes();
    void serveUsageErrors_data();
    void serveUsageErrors();
    void servePortInUse();
    void serveStopsOnSignal_data();
    void serveStopsOnSignal();
    void serversForgetFinishedCalls();
    void proxyWithoutNextRoutesByRequestUri();
    void wiresharkSeesTheLadder_data();
    void wiresharkSeesTheLadder();

private:
    QString m_sipp;
    QTemporaryDir m_tmp;
};

void TestLiveInterop::initTestCase()
{
    QVERIFY2(QFileInfo(Cli).isExecutable(), qPrintable(Cli));
    // SIPp is installed by scripts/deps.sh test (package sip-tester): missing it is a failure.
    m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    QVERIFY2(!m_sipp.isEmpty(), "sipp not found: run scripts/deps.sh test (package sip-tester)");
    QVERIFY(m_tmp.isValid());
}

void TestLiveInterop::sippThroughProxy_data()
{
    QTest::addColumn<QStringList>("scenario"); // -sn uac or -sf FILE
    QTest::addColumn<QStringList>("uasArgs");
    QTest::addColumn<QStringList>("proxyArgs");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("rate");
    QTest::addColumn<QStringList>("proxyLines"); // F-line endings the proxy must print, in order

    QTest::newRow("built-in uac, 200 path")
        << QStringList{"-sn", "uac"} << QStringList{} << QStringList{} << 20 << 20
        << QStringList{"-> P1: INVITE", "P1 -> 127.0.0.1:@UAC@: 100 Trying", "-> @UAS@: INVITE", ": 180 Ringing",
                       ": 200 OK", "-> P1: ACK", "P1 -> @UAS@: ACK", "-> P1: BYE", "P1 -> @UAS@: BYE", ": 200 OK"};
    QTest::newRow("486 Busy Here")
        << QStringList{"-sf", SippDir + "uac_486.xml"} << QStringList{"--uas", "486"} << QStringList{} << 5 << 10
        << QStringList{"-> P1: INVITE", "-> P1: 486 Busy Here", "P1 -> @UAS@: ACK", "P1 -> 127.0.0.1:@UAC@: 486 Busy Here",
                       "-> P1: ACK"};
    QTest::newRow("CANCEL then 487")
        << QStringList{"-sf", SippDir + "uac_cancel_487.xml"} << QStringList{"--uas", "180,200", "--answer-after-ms", "5000"}
        << QStringList{} << 5 << 10
        << QStringList{"-> P1: INVITE", "-> P1: 180 Ringing", "-> P1: CANCEL", "P1 -> 127.0.0.1:@UAC@: 200 OK",
                       "P1 -> @UAS@: CANCEL", "-> P1: 487 Request Terminated", "P1 -> @UAS@: ACK",
                       "P1 -> 127.0.0.1:@UAC@: 487 Request Terminated", "-> P1: ACK"};
    QTest::newRow("407 Digest challenge")
        << QStringList{"-sf", SippDir + "uac_407_digest.xml"} << QStringList{} << QStringList{"--proxy", "407"} << 5 << 10
        << QStringList{"-> P1: INVITE", "P1 -> 127.0.0.1:@UAC@: 407 Proxy Authentication Required", "-> P1: ACK",
                       "-> P1: INVITE", "P1 -> @UAS@: INVITE", ": 200 OK", "-> P1: BYE", "P1 -> @UAS@: BYE"};
#ifndef SIPLAB_SANITIZED
    QTest::newRow("load: -r 200 -m 2000, no failed call")
        << QStringList{"-sn", "uac"} << QStringList{"--quiet"} << QStringList{"--quiet"} << 2000 << 200 << QStringList{};
#else
    // The ASan/UBSan build is several times slower; the full load runs in the normal build.
    // Under that slowness Timer A fires before the 1xx arrives and a retransmitted INVITE can
    // reach the UAS after its 200: absorbed since the RFC 6026 Accepted state (before it, the
    // UAS answered it as a new INVITE and SIPp failed the call on the stray 180). Checked:
    // ASan build with two CPU hogs alongside, -r 100 -m 1000, no failed call.
    QTest::newRow("load (sanitizer build): -r 100 -m 1000, no failed call")
        << QStringList{"-sn", "uac"} << QStringList{"--quiet"} << QStringList{"--quiet"} << 1000 << 100 << QStringList{};
#endif
}

void TestLiveInterop::sippThroughProxy()
{
    QFETCH(QStringList, scenario);
    QFETCH(QStringList, uasArgs);
    QFETCH(QStringList, proxyArgs);
    QFETCH(int, calls);
    QFETCH(int, rate);
    QFETCH(QStringList, proxyLines);

    const quint16 uasPort = freePort(), proxyPort = freePort(), uacPort = freePort();
    Server uas(QStringList{"--role", "uas", "--listen", addr(uasPort)} + uasArgs);
    Server proxy(QStringList{"--role", "proxy", "--listen", addr(proxyPort), "--next", addr(uasPort)} + proxyArgs);
    QVERIFY2(uas.waitListening(), uas.err().constData());
    QVERIFY2(proxy.waitListening(), proxy.err().constData());

    QByteArray output;
    const QStringList args = scenario
        + QStringList{addr(proxyPort), "-s", "service", "-i", "127.0.0.1", "-p", QString::number(uacPort),
                      "-m", QString::number(calls), "-r", QString::number(rate), "-timeout", "60s", "-nostdin",
                      "-max_recv_loops", "10000", "-trace_err"};
    const int code = runTool(m_sipp, args, 90000, &output, m_tmp.path());
    QCOMPARE(proxy.stop(), 0);
    QCOMPARE(uas.stop(), 0);
    QVERIFY2(code == 0, output.right(3000).constData()); // 0: every call succeeded
    const QRegularExpression failed(QStringLiteral("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)"));
    const auto m = failed.match(QString::fromUtf8(output));
    QVERIFY2(m.hasMatch(), output.right(2000).constData());
    QCOMPARE(m.captured(1).toInt(), 0);
    const QRegularExpression ok(QStringLiteral("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)"));
    QCOMPARE(ok.match(QString::fromUtf8(output)).captured(1).toInt(), calls);

    // Each F-line carries its call's tag (c1, c2, ... in order of first appearance): one tag
    // per SIPp call however the calls interleave, and the lines of c1 are the first call's.
    const QStringList printed = QString::fromUtf8(proxy.out()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QRegularExpression tagged(QStringLiteral("^\\s*\\d+ F\\d+ (c\\d+) \\S+ -> \\S+: .+$"));
    QSet<QString> tags;
    QStringList lines;
    for (const QString &l : printed) {
        const auto m = tagged.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        tags.insert(m.captured(1));
        if (m.captured(1) == QLatin1String("c1"))
            lines.append(l);
    }
    if (!proxyLines.isEmpty())
        QCOMPARE(tags.size(), calls);

    // The proxy printed the ladder of the first call as it happened, in order.
    int at = 0;
    for (QString expected : std::as_const(proxyLines)) {
        expected.replace(QStringLiteral("@UAC@"), QString::number(uacPort)).replace(QStringLiteral("@UAS@"), addr(uasPort));
        while (at < lines.size() && !lines[at].endsWith(expected) && !lines[at].contains(expected + QLatin1Char(' ')))
            ++at;
        QVERIFY2(at < lines.size(), qPrintable(QStringLiteral("missing '%1' in\n%2").arg(expected, QString::fromUtf8(proxy.out().left(3000)))));
        ++at;
    }
}

void TestLiveInterop::sippForkThroughProxy_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("proxyLines"); // F-line endings the proxy must print, in order
    // RFC 3261 16.5-16.7: both branches at once; the 486 is ACKed hop by hop and kept, the 200
    // forwarded at once; ACK and BYE go end to end to the device that answered.
    QTest::newRow("parallel")
        << "parallel"
        << QStringList{"-> P1: INVITE", "P1 -> @A@: INVITE", "P1 -> @B@: INVITE", "@A@ -> P1: 486 Busy Here",
                       "P1 -> @A@: ACK", "@B@ -> P1: 200 OK", "P1 -> 127.0.0.1:@UAC@: 200 OK", "-> P1: ACK", "P1 -> @B@: ACK",
                       "-> P1: BYE", "P1 -> @B@: BYE", "@B@ -> P1: 200 OK"};
    // Sequential search: B gets the INVITE only after A's 486 (16.7 step 4).
    QTest::newRow("sequential")
        << "sequential"
        << QStringList{"-> P1: INVITE", "P1 -> @A@: INVITE", "@A@ -> P1: 486 Busy Here", "P1 -> @A@: ACK",
                       "P1 -> @B@: INVITE", "@B@ -> P1: 180 Ringing", "@B@ -> P1: 200 OK", "P1 -> 127.0.0.1:@UAC@: 200 OK",
                       "P1 -> @B@: ACK", "P1 -> @B@: BYE"};
}

void TestLiveInterop::sippForkThroughProxy()
{
    // SIPp UAC -> siplab proxy --next A,B --fork MODE -> two SIPp UAS processes: A answers 486,
    // B rings and answers 200. Every SIPp process must report its call as successful.
    QFETCH(QString, mode);
    QFETCH(QStringList, proxyLines);
    const quint16 aPort = freePort(), bPort = freePort(), proxyPort = freePort(), uacPort = freePort();
    QProcess a;
    QProcess b;
    QVERIFY(SipLabTest::startSippDevice(a, m_sipp, SippDir + "uas_486.xml", aPort, m_tmp.path()));
    QVERIFY(SipLabTest::startSippDevice(b, m_sipp, SippDir + "uas_ring_answer.xml", bPort, m_tmp.path()));
    Server proxy({"--role", "proxy", "--listen", addr(proxyPort), "--next", addr(aPort) + QLatin1Char(',') + addr(bPort),
                  "--fork", mode});
    QVERIFY2(proxy.waitListening(), proxy.err().constData());
    QByteArray output;
    const int code = runTool(m_sipp,
                             {"-sf", SippDir + "uac_fork.xml", addr(proxyPort), "-s", "service", "-i", "127.0.0.1", "-p",
                              QString::number(uacPort), "-m", "1", "-timeout", "30s", "-nostdin", "-trace_err"},
                             40000, &output, m_tmp.path());
    QVERIFY2(code == 0, output.right(3000).constData());
    QVERIFY2(a.waitForFinished(40000), a.readAll().constData());
    QVERIFY2(b.waitForFinished(40000), b.readAll().constData());
    QVERIFY2(a.exitCode() == 0, a.readAll().right(2000).constData());
    QVERIFY2(b.exitCode() == 0, b.readAll().right(2000).constData());
    QCOMPARE(proxy.stop(), 0);
    const QStringList lines = QString::fromUtf8(proxy.out()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int at = 0;
    for (QString expected : std::as_const(proxyLines)) {
        expected.replace(QStringLiteral("@UAC@"), QString::number(uacPort))
            .replace(QStringLiteral("@A@"), addr(aPort))
            .replace(QStringLiteral("@B@"), addr(bPort));
        while (at < lines.size() && !lines[at].endsWith(expected))
            ++at;
        QVERIFY2(at < lines.size(), qPrintable(QStringLiteral("missing '%1' in\n%2").arg(expected, QString::fromUtf8(proxy.out()))));
        ++at;
    }
    // A CANCEL never went to B, nor a second INVITE to A.
    QVERIFY(!proxy.out().contains("P1 -> " + addr(bPort).toUtf8() + ": CANCEL"));
}

void TestLiveInterop::siplabCallToSippUas()
{
    // siplab UAC -> siplab proxy -> SIPp's built-in uas. SIPp answers its first peer (the
    // proxy), so the UAC sends every request through its outbound proxy (RFC 3261 8.1.2).
    const quint16 sippPort = freePort(), proxyPort = freePort();
    QProcess sipp;
    sipp.setWorkingDirectory(m_tmp.path());
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    sipp.start(m_sipp, {"-sn", "uas", "-i", "127.0.0.1", "-p", QString::number(sippPort), "-m", "1", "-timeout", "30s",
                        "-nostdin"});
    QVERIFY(sipp.waitForStarted());
    Server proxy({"--role", "proxy", "--listen", addr(proxyPort), "--next", addr(sippPort)});
    QVERIFY2(proxy.waitListening(), proxy.err().constData());
    QByteArray output;
    const int code = runTool(Cli, {"call", "--to", QStringLiteral("sip:service@%1").arg(addr(proxyPort)), "--outbound-proxy",
                                   addr(proxyPort), "--hangup-after-ms", "200"},
                             30000, &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY(output.contains("UAC -> " + addr(proxyPort).toUtf8() + ": INVITE"));
    QVERIFY(output.contains(": 200 OK"));
    QVERIFY(output.contains("BYE"));
    QVERIFY(output.contains("final status 200 OK (expected)"));
    QVERIFY2(sipp.waitForFinished(40000), sipp.readAll().constData());
    QCOMPARE(sipp.exitCode(), 0);
    QCOMPARE(proxy.stop(), 0);
    QVERIFY(proxy.out().contains("P1 -> " + addr(sippPort).toUtf8() + ": BYE"));
}

void TestLiveInterop::siplabCallExitCodes_data()
{
    QTest::addColumn<QStringList>("uasArgs");
    QTest::addColumn<QStringList>("callArgs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("lastFinal");
    QTest::newRow("200 expected") << QStringList{} << QStringList{} << 0 << "200 OK";
    QTest::newRow("486 expected") << QStringList{"--uas", "486"} << QStringList{"--expect", "486"} << 0 << "486 Busy Here";
    QTest::newRow("486 not expected") << QStringList{"--uas", "486"} << QStringList{} << 1 << "486 Busy Here";
    QTest::newRow("CANCEL -> 487") << QStringList{"--uas", "180,200", "--answer-after-ms", "3000"}
                                   << QStringList{"--cancel-after-ms", "100", "--expect", "487"} << 0
                                   << "487 Request Terminated";
    QTest::newRow("OPTIONS") << QStringList{} << QStringList{"--method", "OPTIONS"} << 0 << "200 OK";
    QTest::newRow("bad usage") << QStringList{} << QStringList{"--expect", "banana"} << 2 << QString();
}

void TestLiveInterop::siplabCallExitCodes()
{
    QFETCH(QStringList, uasArgs);
    QFETCH(QStringList, callArgs);
    QFETCH(int, exitCode);
    QFETCH(QString, lastFinal);
    const quint16 uasPort = freePort();
    Server uas(QStringList{"--role", "uas", "--listen", addr(uasPort)} + uasArgs);
    QVERIFY2(uas.waitListening(), uas.err().constData());
    QByteArray output;
    const int code = runTool(Cli, QStringList{"call", "--to", QStringLiteral("sip:bob@%1").arg(addr(uasPort))} + callArgs,
                             30000, &output);
    QVERIFY2(code == exitCode, output.constData());
    if (!lastFinal.isEmpty())
        QVERIFY2(output.contains(addr(uasPort).toUtf8() + " -> UAC: " + lastFinal.toUtf8()), output.constData());
    QCOMPARE(uas.stop(), 0);
}

void TestLiveInterop::serveUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no role") << QStringList{} << "--role";
    QTest::newRow("bad role") << QStringList{"--role", "gateway"} << "proxy, uas, registrar or server";
    QTest::newRow("bad listen") << QStringList{"--role", "uas", "--listen", "nowhere"} << "HOST:PORT";
    QTest::newRow("bad port") << QStringList{"--role", "uas", "--listen", "127.0.0.1:99999"} << "port";
    QTest::newRow("host name") << QStringList{"--role", "uas", "--listen", "example.com:5060"} << "IP address";
    QTest::newRow("not loopback") << QStringList{"--role", "uas", "--listen", "0.0.0.0:5090"} << "--allow-remote";
    QTest::newRow("bad uas codes") << QStringList{"--role", "uas", "--uas", "180"} << "final response";
    QTest::newRow("bad proxy code") << QStringList{"--role", "proxy", "--proxy", "200"} << "--proxy";
}

void TestLiveInterop::serveUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QByteArray output;
    QCOMPARE(runTool(Cli, QStringList{"serve"} + args, 10000, &output), 2);
    QVERIFY2(output.contains(message.toUtf8()), output.constData());
}

void TestLiveInterop::servePortInUse()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    QByteArray output;
    QCOMPARE(runTool(Cli, {"serve", "--role", "uas", "--listen", addr(holder.localPort())}, 10000, &output), 1);
    QVERIFY2(output.contains("cannot bind 127.0.0.1:" + QByteArray::number(holder.localPort())), output.constData());
}

void TestLiveInterop::serveStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestLiveInterop::serveStopsOnSignal()
{
    QFETCH(int, signalNumber);
    QProcess serve;
    serve.start(Cli, {"serve", "--role", "uas", "--listen", addr(freePort())});
    QVERIFY(serve.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += serve.readAllStandardError()).contains("listening"), 10000);
    QCOMPARE(::kill(pid_t(serve.processId()), signalNumber), 0);
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    err += serve.readAllStandardError();
    QVERIFY2(err.contains("stopped; 0 datagrams received"), err.constData());
}

void TestLiveInterop::serversForgetFinishedCalls()
{
    // Memory stays bounded in a long serve: once Timers D/H/I/J/K have fired (T1 = 50 ms here,
    // so Timer J = 64*T1 = 3.2 s) and no dialog is open, a call's state is dropped.
#ifndef SIPLAB_SANITIZED
    const QString t1 = QStringLiteral("50"), calls = QStringLiteral("50"), rate = QStringLiteral("50");
#else
    // Several times slower under ASan/UBSan. The 12 of 50 calls SIPp once failed here with
    // T1 = 50 ms were mostly the late INVITE retransmission answered as a new call (a 180 with a
    // new To tag after the BYE), fixed by the RFC 6026 Accepted state (tst_livenetwork
    // inviteRetransmittedAfter2xxIsAbsorbed). What remains is slowness: with T1 = 50 ms the
    // slow processes still retransmit (Timer A/E fire before the answer is read), which the
    // exact datagram counts below do not allow, and at high rates Timer B (64*T1 = 3.2 s)
    // expires (408). T1 = 100 ms keeps every call free of retransmissions here (checked with
    // two CPU hogs alongside: exactly 3 and 6 datagrams per call).
    const QString t1 = QStringLiteral("100"), calls = QStringLiteral("50"), rate = QStringLiteral("25");
#endif
    const quint16 uasPort = freePort(), proxyPort = freePort();
    QProcess uas, proxy;
    uas.start(Cli, {"serve", "--role", "uas", "--quiet", "--t1-ms", t1, "--max-time-ms", "12000", "--listen", addr(uasPort)});
    proxy.start(Cli, {"serve", "--role", "proxy", "--quiet", "--t1-ms", t1, "--max-time-ms", "12000", "--listen",
                      addr(proxyPort), "--next", addr(uasPort)});
    QVERIFY(uas.waitForStarted() && proxy.waitForStarted());
    QByteArray uasErr, proxyErr;
    QTRY_VERIFY_WITH_TIMEOUT((uasErr += uas.readAllStandardError()).contains("listening")
                                 && (proxyErr += proxy.readAllStandardError()).contains("listening"),
                             10000);
    QByteArray output;
    QCOMPARE(runTool(m_sipp, {"-sn", "uac", addr(proxyPort), "-s", "service", "-i", "127.0.0.1", "-p",
                              QString::number(freePort()), "-m", calls, "-r", rate, "-timeout", "20s", "-nostdin"},
                     30000, &output, m_tmp.path()),
             0);
    QVERIFY(uas.waitForFinished(15000));
    QVERIFY(proxy.waitForFinished(15000));
    QCOMPARE(uas.exitCode(), 0);
    QCOMPARE(proxy.exitCode(), 0);
    uasErr += uas.readAllStandardError();
    proxyErr += proxy.readAllStandardError();
    // Per call INVITE, ACK, BYE at the UAS; those and the UAS's responses at the proxy.
    const QByteArray n = calls.toUtf8();
    QVERIFY2(uasErr.contains(QByteArray::number(3 * n.toInt()) + " datagrams received, 0 rejected, 0 calls still open"),
             uasErr.constData());
    QVERIFY2(proxyErr.contains(QByteArray::number(6 * n.toInt()) + " datagrams received, 0 rejected, 0 calls still open"),
             proxyErr.constData());
}

void TestLiveInterop::proxyWithoutNextRoutesByRequestUri()
{
    // Without --next the proxy forwards to the Request-URI's address (RFC 3261 16.5, 16.6);
    // a request for the proxy's own address has nowhere to go: 404 (21.4.4).
    const quint16 uasPort = freePort(), proxyPort = freePort();
    Server uas({"--role", "uas", "--listen", addr(uasPort)});
    Server proxy({"--role", "proxy", "--listen", addr(proxyPort)});
    QVERIFY(uas.waitListening() && proxy.waitListening());
    QByteArray output;
    QCOMPARE(runTool(Cli, {"call", "--to", QStringLiteral("sip:bob@%1").arg(addr(uasPort)), "--outbound-proxy", addr(proxyPort),
                           "--hangup-after-ms", "100"},
                     30000, &output),
             0);
    QVERIFY2(output.contains("UAC -> " + addr(proxyPort).toUtf8() + ": INVITE"), output.constData());
    QVERIFY2(output.contains("UAC -> " + addr(proxyPort).toUtf8() + ": BYE"), output.constData());
    QCOMPARE(runTool(Cli, {"call", "--to", QStringLiteral("sip:bob@%1").arg(addr(proxyPort)), "--expect", "404"}, 30000, &output),
             0);
    QVERIFY2(output.contains(addr(proxyPort).toUtf8() + " -> UAC: 404 Not Found"), output.constData());
    QCOMPARE(proxy.stop(), 0);
    QVERIFY(proxy.out().contains("P1 -> " + addr(uasPort).toUtf8() + ": INVITE"));
    QCOMPARE(uas.stop(), 0);
}

void TestLiveInterop::wiresharkSeesTheLadder_data()
{
    QTest::addColumn<int>("wantedPort"); // the proxy's; 0: any free port
    QTest::newRow("free ports") << 0;
    // A port Wireshark gives to another protocol by number (EtherNet/IP): random ports hit such
    // ones now and then.
    QTest::newRow("proxy on 44818 (EtherNet/IP)") << 44818;
}

void TestLiveInterop::wiresharkSeesTheLadder()
{
    QFETCH(int, wantedPort);
    // What the proxy prints as its ladder is what Wireshark's dissector (tshark) sees on the
    // loopback interface: the same messages between the same ports, none malformed.
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    QVERIFY2(!tshark.isEmpty(), "tshark not found: scripts/deps.sh test installs it");
    const quint16 uasPort = freePort();
    quint16 proxyPort = freePort();
    if (wantedPort > 0) {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, quint16(wantedPort)))
            QSKIP("another program has this UDP port on 127.0.0.1; the row needs it free");
        proxyPort = quint16(wantedPort);
    }
    const QString pcap = m_tmp.filePath(QStringLiteral("live%1.pcap").arg(wantedPort));
    QProcess capture;
    capture.setProcessChannelMode(QProcess::MergedChannels);
    capture.start(tshark, {"-i", "lo", "-f", QStringLiteral("udp port %1").arg(proxyPort), "-w", pcap, "-a", "duration:120"});
    QVERIFY(capture.waitForStarted());
    QByteArray captureOut;
    QTRY_VERIFY_WITH_TIMEOUT((captureOut += capture.readAll()).contains("Capturing on")
                                 || capture.state() == QProcess::NotRunning,
                             20000);
    if (capture.state() == QProcess::NotRunning) {
        // Capturing needs root or the wireshark group (dumpcap's capabilities); without them
        // this check cannot run at all, which is not a failure of SIP Lab.
        QSKIP(qPrintable(QStringLiteral("tshark cannot capture on lo here: ") + QString::fromUtf8(captureOut)));
    }
    Server uas({"--role", "uas", "--listen", addr(uasPort)});
    Server proxy({"--role", "proxy", "--listen", addr(proxyPort), "--next", addr(uasPort)});
    QVERIFY(uas.waitListening() && proxy.waitListening());
    QByteArray output;
    QCOMPARE(runTool(Cli, {"call", "--to", QStringLiteral("sip:bob@%1").arg(addr(proxyPort)), "--hangup-after-ms", "100"},
                     30000, &output),
             0);
    QCOMPARE(proxy.stop(), 0);

    // The proxy's F-lines as (from port, to port, label).
    QStringList printed;
    const QRegularExpression line(QStringLiteral("^\\s*\\d+ F\\d+ c1 (\\S+) -> (\\S+): (.+)$"));
    auto port = [&](const QString &name) { return name == QLatin1String("P1") ? QString::number(proxyPort) : name.section(QLatin1Char(':'), 1); };
    for (const QString &l : QString::fromUtf8(proxy.out()).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (m.hasMatch())
            printed << QStringLiteral("%1>%2 %3").arg(port(m.captured(1)), port(m.captured(2)), m.captured(3));
    }
    QVERIFY(printed.size() >= 13);
    // dumpcap hands packets over in blocks; wait until the file holds them all, then stop it.
    // Each look reads the file with tshark (most of a second), so the wait is bounded by the
    // clock, not by a count of tries as QTRY_* does; a datagram that is not SIP goes to the
    // proxy's (closed) port before each look so that a half-filled capture block is handed over.
    // If the file never holds them all, the comparison below names what is missing.
    auto packetsInFile = [&] {
        QByteArray listing;
        runTool(tshark, {"-o", "udp.try_heuristic_first:TRUE", "-r", pcap, "-Y", "sip"}, 30000, &listing);
        return int(listing.count('\n'));
    };
    QUdpSocket nudge;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        nudge.writeDatagram(QByteArrayLiteral("not sip"), QHostAddress::LocalHost, proxyPort);
        QTest::qWait(200);
        if (packetsInFile() >= printed.size())
            break;
    }
    ::kill(pid_t(capture.processId()), SIGINT);
    QVERIFY(capture.waitForFinished(20000));

    // The same from the capture, through Wireshark's SIP dissector. The ports are random, and
    // Wireshark gives some UDP ports to other protocols by number (44818 is EtherNet/IP, 47808
    // BACnet): its SIP heuristic must look at each datagram first, else a proxy or UAS that got
    // such a port is shown as that protocol, malformed (-Y sip misses those datagrams, which is
    // the likely reason the wait above once ran until CI's timeout).
    QCOMPARE(runTool(tshark, {"-o", "udp.try_heuristic_first:TRUE", "-r", pcap, "-Y", "sip", "-T", "fields", "-E", "separator=|", "-e", "udp.srcport", "-e",
                              "udp.dstport", "-e", "sip.Method", "-e", "sip.Status-Line", "-e", "_ws.malformed"},
                     30000, &output),
             0);
    QStringList seen;
    for (const QString &l : QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = l.split(QLatin1Char('|'));
        if (f.size() < 5)
            continue;
        QVERIFY2(f[4].isEmpty(), qPrintable(QStringLiteral("malformed: ") + l));
        const QString label = f[3].isEmpty() ? f[2] : f[3].section(QLatin1Char(' '), 1);
        seen << QStringLiteral("%1>%2 %3").arg(f[0], f[1], label);
    }
    printed.sort();
    seen.sort();
    if (seen != printed)
        qWarning("tshark saw:\n%s\nthe proxy printed:\n%s", qPrintable(seen.join(QLatin1Char('\n'))),
                 qPrintable(printed.join(QLatin1Char('\n'))));
    QCOMPARE(seen, printed);
}

QTEST_GUILESS_MAIN(TestLiveInterop)
#include "tst_liveinterop.moc"
