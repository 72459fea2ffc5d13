// PcapExporter: the capture is read back with tshark, which must find every message of the
// trace (method or status code, Call-ID, CSeq, addresses and ports, time) and no malformed
// packet or error.
#include "exportscenarios.h"
#include "pcapexporter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SipLab::Scenario)

using namespace SipLab;

namespace {
QString run(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("tshark"), arguments);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<tshark did not finish>");
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPcapExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tsharkReadsEveryMessage_data();
    void tsharkReadsEveryMessage();
    void sngrepSeesEveryMessage_data();
    void sngrepSeesEveryMessage();
    void headerChecksums();
    void badAddressIsRefused();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
};

void TestPcapExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int code = -1;
    run({QStringLiteral("--version")}, &code);
    QVERIFY2(code == 0, "tshark is needed (scripts/deps.sh test installs it)");
}

void TestPcapExporter::tsharkReadsEveryMessage_data()
{
    QTest::addColumn<Scenario>("scenario");
    for (const auto &[name, s] : ExportScenarios::all())
        QTest::newRow(qPrintable(name)) << s;
    Scenario tcp = Scenario::defaultScenario();
    tcp.network.transport = Transport::Tcp;
    QTest::newRow("tcp") << tcp;
    Scenario tcpTwo = tcp;
    tcpTwo.setProxyCount(2);
    tcpTwo.uas.responses = {{180, 100, false}, {486, 1000, false}};
    QTest::newRow("tcp two proxies 486") << tcpTwo;
}

void TestPcapExporter::tsharkReadsEveryMessage()
{
    QFETCH(Scenario, scenario);
    const CallTrace trace = Engine::run(scenario);
    QVERIFY(trace.messages.size() >= 3);
    const QString path = m_dir.filePath(
        QStringLiteral("%1.pcap").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QString error;
    QVERIFY2(PcapExporter::exportTo(trace, path, &error), qPrintable(error));

    const QString out = run({QStringLiteral("-r"),
                             path,
                             QStringLiteral("-Y"),
                             QStringLiteral("sip"),
                             QStringLiteral("-T"),
                             QStringLiteral("fields"),
                             QStringLiteral("-E"),
                             QStringLiteral("separator=|"),
                             QStringLiteral("-e"),
                             QStringLiteral("sip.Method"),
                             QStringLiteral("-e"),
                             QStringLiteral("sip.Status-Code"),
                             QStringLiteral("-e"),
                             QStringLiteral("sip.Call-ID"),
                             QStringLiteral("-e"),
                             QStringLiteral("sip.CSeq"),
                             QStringLiteral("-e"),
                             QStringLiteral("ip.src"),
                             QStringLiteral("-e"),
                             QStringLiteral("ip.dst"),
                             QStringLiteral("-e"),
                             QStringLiteral("frame.time_epoch"),
                             QStringLiteral("-e"),
                             scenario.network.transport == Transport::Tcp ? QStringLiteral("tcp.srcport")
                                                                          : QStringLiteral("udp.srcport")});
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), trace.messages.size());
    for (int i = 0; i < lines.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        const QStringList f = lines[i].split(QLatin1Char('|'));
        QCOMPARE(f.size(), 8);
        const QString where = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.label());
        if (m.message.isRequest()) {
            QVERIFY2(f[0] == m.message.method(), qPrintable(where + ": " + lines[i]));
        } else {
            QVERIFY2(f[1] == QString::number(m.message.statusCode()), qPrintable(where + ": " + lines[i]));
        }
        QVERIFY2(f[2] == m.message.header(QStringLiteral("Call-ID")), qPrintable(where + ": " + lines[i]));
        QVERIFY2(f[3] == m.message.header(QStringLiteral("CSeq")), qPrintable(where + ": " + lines[i]));
        QCOMPARE(f[4], trace.nodes[m.from].address.ip);
        QCOMPARE(f[5], trace.nodes[m.to].address.ip);
        QCOMPARE(qint64(qRound64(f[6].toDouble() * 1000)),
                 PcapExporter::BaseEpochSeconds * 1000 + m.sendTimeMs);
        QCOMPARE(f[7].toInt(), trace.nodes[m.from].address.port);
    }
    // No malformed packet and nothing Wireshark calls an error.
    int code = -1;
    const QString bad = run({QStringLiteral("-r"), path, QStringLiteral("-Y"),
                             QStringLiteral("_ws.malformed || _ws.expert.severity == error")},
                            &code);
    QCOMPARE(code, 0); // the filter itself is valid
    QVERIFY2(bad.trimmed().isEmpty(), qPrintable(bad));
}

void TestPcapExporter::sngrepSeesEveryMessage_data()
{
    QTest::addColumn<Scenario>("scenario");
    Scenario twoProxies = Scenario::defaultScenario();
    twoProxies.setProxyCount(2);
    QTest::newRow("udp two proxies") << twoProxies;
    Scenario tcp = twoProxies;
    tcp.network.transport = Transport::Tcp;
    QTest::newRow("tcp two proxies") << tcp;
}

void TestPcapExporter::sngrepSeesEveryMessage()
{
    // sngrep reads the capture and writes back the SIP packets it recognised.
    QFETCH(Scenario, scenario);
    const CallTrace trace = Engine::run(scenario);
    const QString in = m_dir.filePath(QStringLiteral("sngrep-in.pcap"));
    const QString out = m_dir.filePath(QStringLiteral("sngrep-out.pcap"));
    QFile::remove(out);
    QVERIFY(PcapExporter::exportTo(trace, in));
    QProcess p;
    p.start(QStringLiteral("sngrep"), {QStringLiteral("-I"), in, QStringLiteral("-N"), QStringLiteral("-q"),
                                       QStringLiteral("-O"), out});
    QVERIFY2(p.waitForStarted(), "sngrep is needed (scripts/deps.sh test installs it)");
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString methods =
        run({QStringLiteral("-r"), out, QStringLiteral("-Y"), QStringLiteral("sip"), QStringLiteral("-T"),
             QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("sip.CSeq")});
    const QStringList lines = methods.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), trace.messages.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines[i], trace.messages[i].message.header(QStringLiteral("CSeq")));
}

void TestPcapExporter::headerChecksums()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    const QString path = m_dir.filePath(QStringLiteral("checksums.pcap"));
    QVERIFY(PcapExporter::exportTo(trace, path));
    const QString out =
        run({QStringLiteral("-r"), path, QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"),
             QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE"), QStringLiteral("-T"),
             QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("ip.checksum.status"),
             QStringLiteral("-e"), QStringLiteral("udp.checksum.status"), QStringLiteral("-e"),
             QStringLiteral("udp.length"), QStringLiteral("-e"), QStringLiteral("frame.len")});
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), trace.messages.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        QCOMPARE(f[0], QStringLiteral("1")); // 0 bad, 1 good, 2 unverified
        QCOMPARE(f[1], QStringLiteral("1"));
        const int payload = int(trace.messages[i].message.toBytes().size());
        QCOMPARE(f[2].toInt(), payload + 8);
        QCOMPARE(f[3].toInt(), payload + 8 + 20 + 14);
    }
}

void TestPcapExporter::badAddressIsRefused()
{
    Scenario s = Scenario::defaultScenario();
    CallTrace trace = Engine::run(s);
    trace.nodes[1].address.ip = QStringLiteral("proxy.example");
    QString error;
    QVERIFY(PcapExporter::toPcap(trace, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("P1")) && error.contains(QLatin1String("proxy.example")),
             qPrintable(error));
}

void TestPcapExporter::unwritablePath()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    QString error;
    QVERIFY(!PcapExporter::exportTo(trace, QStringLiteral("/nonexistent-dir/x.pcap"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent-dir/x.pcap")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPcapExporter)
#include "tst_pcapexporter.moc"
