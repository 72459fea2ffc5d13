// Live-mode load benchmark: SIPp's built-in uac drives calls through a proxy to the siplab UAS
// on 127.0.0.1. At each rate step the proxy is `siplab-cli serve --role proxy`, then Kamailio (a
// plain transaction-stateful proxy: tm, t_relay, record_route), alternating, so the figures are
// ratios against Kamailio measured on the same machine at nearly the same moment.
//   build/tests/bench/bench_live summary     rate steps up to the first failed call, CPU per call
//   build/tests/bench/bench_live registrations   REGISTER/s: `serve --role server` against
//                                            Kamailio with usrloc + registrar, same steps
//   build/tests/bench/bench_live serverCalls     calls/s through `serve --role server` by address
//                                            of record (a registered SIPp-driven UAS) against
//                                            Kamailio with usrloc + registrar + tm (lookup, t_relay)
// ctest runs it once as a smoke test (SIPLAB_BENCH_SMOKE=1: one short low-rate step each).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <functional>

#include <unistd.h>

namespace {

bool smoke()
{
    return qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
}

quint16 freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

/// Waits until something holds UDP port `port` on 127.0.0.1 (the server bound it).
bool waitBound(quint16 port, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, port))
            return true;
        probe.close();
        QThread::msleep(20);
    }
    return false;
}

/// CPU seconds (user + system) used so far by `pid` and its child processes (Kamailio forks).
double cpuSeconds(qint64 pid)
{
    const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool isPid = false;
        const qint64 p = e.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(p));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // Fields after the ")" of the command name: state ppid ... utime(14) stime(15).
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const qint64 ppid = fields[1].toLongLong();
        if (p != pid && ppid != pid)
            continue;
        total += (fields[11].toLongLong() + fields[12].toLongLong()) / tick;
    }
    return total;
}

class Process
{
public:
    Process(const QString &program, const QStringList &args)
    {
        m_p.setProgram(program);
        m_p.setArguments(args);
        m_p.setProcessChannelMode(QProcess::MergedChannels);
        m_p.start();
        m_p.waitForStarted();
    }
    ~Process()
    {
        m_p.terminate();
        if (!m_p.waitForFinished(5000))
            m_p.kill();
        m_p.waitForFinished();
    }
    qint64 pid() const { return m_p.processId(); }
    bool running() const { return m_p.state() == QProcess::Running; }

private:
    QProcess m_p;
};

struct Step
{
    int rate = 0;
    int calls = 0;
    int failed = -1;
    double proxyCpu = 0;
    bool ok() const { return failed == 0; }
};

/// The two servers side by side: the highest rate each passed with no failure, and both steps
/// at the highest rate both passed (where CPU per call is compared).
struct Comparison
{
    Step siplabBest, kamailioBest, siplabAt, kamailioAt;
};
Comparison compare(const QList<Step> &siplab, const QList<Step> &kamailio)
{
    Comparison c;
    for (const Step &x : siplab)
        c.siplabBest = x.ok() ? x : c.siplabBest;
    for (const Step &y : kamailio)
        c.kamailioBest = y.ok() ? y : c.kamailioBest;
    for (const Step &x : siplab) {
        for (const Step &y : kamailio) {
            if (x.ok() && y.ok() && x.rate == y.rate) {
                c.siplabAt = x;
                c.kamailioAt = y;
            }
        }
    }
    return c;
}

/// Runs `step(kind, rate)` for siplab and for Kamailio in turn at each rate, each until its first
/// failed step. Alternating keeps a drift of the machine during the run (and the load of the
/// shared UAS, which holds every call until its Timer J fires) from weighing on one side only.
QHash<QString, QList<Step>> alternate(const QList<int> &rates, const std::function<Step(const QString &, int)> &step)
{
    QHash<QString, QList<Step>> results;
    for (int rate : rates) {
        for (const QString &kind : {QStringLiteral("siplab"), QStringLiteral("kamailio")}) {
            QList<Step> &done = results[kind];
            if (done.isEmpty() || done.constLast().ok())
                done.append(step(kind, rate));
        }
    }
    return results;
}

} // namespace

class BenchLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summary();
    void registrations();
    void serverCalls();

private:
    /// Runs SIPp's `scenario` (the target and -sn/-sf arguments) for `calls` calls at `rate`: the
    /// failed-call count (-1 when SIPp did not finish) and the CPU the server process used.
    Step runSipp(const QStringList &scenario, qint64 serverPid, int rate, int calls);
    /// Starts the proxy of `kind` ("siplab" or "kamailio") on a free port in front of the UAS.
    std::unique_ptr<Process> startProxy(const QString &kind, quint16 port, quint16 uasPort);
    /// One step of calls through a fresh proxy of `kind` ("siplab" or "kamailio") to the UAS.
    Step proxyStep(const QString &kind, quint16 uasPort, int rate);
    /// Starts the registrar of `kind` ("siplab" serve --role server, or "kamailio" usrloc + registrar);
    /// with `route`, Kamailio also routes other requests by the location service (lookup, t_relay).
    std::unique_ptr<Process> startRegistrar(const QString &kind, quint16 port, bool route = false);
    /// Registers sip:bob at the server with the contact 127.0.0.1:contactPort (one SIPp REGISTER).
    bool registerBob(quint16 serverPort, quint16 contactPort);
    /// One step of REGISTERs (one new address of record each) to a fresh registrar of `kind`.
    Step registerStep(const QString &kind, int rate);
    /// One step of calls to sip:bob by address of record through a fresh server of `kind`.
    Step serverCallStep(const QString &kind, quint16 uasPort, int rate);

    QString m_cli = QStringLiteral(SIPLAB_CLI);
    QString m_sipp;
    QString m_kamailio;
    QTemporaryDir m_tmp;
};

void BenchLive::initTestCase()
{
    m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    m_kamailio = QStandardPaths::findExecutable(QStringLiteral("kamailio"), {"/usr/sbin", "/usr/local/sbin", "/usr/bin"});
    QVERIFY2(!m_sipp.isEmpty(), "sipp not found: scripts/deps.sh test installs sip-tester");
    QVERIFY2(!m_kamailio.isEmpty(), "kamailio not found: scripts/deps.sh test installs kamailio");
    QVERIFY(m_tmp.isValid());
}

std::unique_ptr<Process> BenchLive::startProxy(const QString &kind, quint16 port, quint16 uasPort)
{
    if (kind == QLatin1String("siplab")) {
        return std::make_unique<Process>(m_cli, QStringList{"serve", "--role", "proxy", "--quiet", "--listen",
                                                            QStringLiteral("127.0.0.1:%1").arg(port), "--next",
                                                            QStringLiteral("127.0.0.1:%1").arg(uasPort)});
    }
    // Kamailio as a plain transaction-stateful proxy, one UDP worker like siplab's one thread.
    const QString cfg = m_tmp.filePath(QStringLiteral("kamailio-%1.cfg").arg(port));
    QFile f(cfg);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("#!KAMAILIO\n"
                           "debug=0\nlog_stderror=yes\nchildren=1\nauto_aliases=no\n"
                           "listen=udp:127.0.0.1:%1\n"
                           "mpath=\"/usr/lib/x86_64-linux-gnu/kamailio/modules/\"\n"
                           "loadmodule \"tm.so\"\nloadmodule \"sl.so\"\nloadmodule \"rr.so\"\nloadmodule \"pv.so\"\n"
                           "request_route {\n"
                           "    if (method==\"ACK\" && t_check_trans()) { t_relay(); exit; }\n"
                           "    if (method==\"INVITE\") { record_route(); }\n"
                           "    $du = \"sip:127.0.0.1:%2\";\n"
                           "    if (!t_relay()) { sl_reply_error(); }\n"
                           "}\n")
                .arg(port)
                .arg(uasPort)
                .toUtf8());
    f.close();
    return std::make_unique<Process>(m_kamailio, QStringList{"-f", cfg, "-DD", "-E", "-Y", m_tmp.path(), "-m", "256", "-M", "32"});
}

std::unique_ptr<Process> BenchLive::startRegistrar(const QString &kind, quint16 port, bool route)
{
    if (kind == QLatin1String("siplab")) {
        return std::make_unique<Process>(m_cli, QStringList{"serve", "--role", "server", "--quiet", "--max-bindings",
                                                            "1000000", "--listen", QStringLiteral("127.0.0.1:%1").arg(port)});
    }
    // Kamailio's registrar: usrloc in memory (db_mode 0), save("location") answers the REGISTER.
    const QString cfg = m_tmp.filePath(QStringLiteral("kamailio-reg-%1.cfg").arg(port));
    QFile f(cfg);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("#!KAMAILIO\n"
                           "debug=0\nlog_stderror=yes\nchildren=1\nauto_aliases=no\n"
                           "listen=udp:127.0.0.1:%1\n"
                           "mpath=\"/usr/lib/x86_64-linux-gnu/kamailio/modules/\"\n"
                           "loadmodule \"tm.so\"\nloadmodule \"sl.so\"\nloadmodule \"pv.so\"\n"
                           "loadmodule \"usrloc.so\"\nloadmodule \"registrar.so\"\n"
                           "modparam(\"usrloc\", \"db_mode\", 0)\n"
                           "request_route {\n"
                           "    if (method==\"REGISTER\") { if (!save(\"location\")) { sl_reply_error(); } exit; }\n"
                           "%2"
                           "    sl_send_reply(\"404\", \"Not Found\");\n"
                           "}\n")
                .arg(port)
                .arg(route ? QStringLiteral("    if (method==\"ACK\" && t_check_trans()) { t_relay(); exit; }\n"
                                            "    if (lookup(\"location\")) { if (!t_relay()) { sl_reply_error(); } exit; }\n"
                                            "    if (method==\"ACK\") { exit; }\n")
                           : QString())
                .toUtf8());
    f.close();
    return std::make_unique<Process>(m_kamailio, QStringList{"-f", cfg, "-DD", "-E", "-Y", m_tmp.path(), "-m", "256", "-M", "32"});
}

Step BenchLive::registerStep(const QString &kind, int rate)
{
    const quint16 port = freePort();
    auto registrar = startRegistrar(kind, port);
    if (!waitBound(port)) {
        qWarning("live: %s did not bind port %d", qPrintable(kind), port);
        return Step{rate, 0, -1, 0};
    }
    const Step step = runSipp({QStringLiteral("127.0.0.1:%1").arg(port), "-sf",
                               QStringLiteral(SIPLAB_TEST_DATA_DIR "/sipp/register_many.xml")},
                              registrar->pid(), rate, smoke() ? rate : rate * 5);
    qInfo("live: %-8s %5d REGISTER/s, %6d REGISTERs: %d failed, registrar CPU %.3f s", qPrintable(kind), step.rate,
          step.calls, step.failed, step.proxyCpu);
    return step;
}

void BenchLive::registrations()
{
    const QList<int> rates = smoke() ? QList<int>{50} : QList<int>{200, 500, 1000, 2000, 3000, 5000, 8000};
    const QHash<QString, QList<Step>> results
        = alternate(rates, [this](const QString &kind, int rate) { return registerStep(kind, rate); });
    const Comparison c = compare(results.value(QStringLiteral("siplab")), results.value(QStringLiteral("kamailio")));
    const Step &s = c.siplabBest, &k = c.kamailioBest, &sAt = c.siplabAt, &kAt = c.kamailioAt;
    QVERIFY2(s.rate > 0, "siplab registrar failed at the lowest rate");
    QVERIFY2(k.rate > 0, "kamailio registrar failed at the lowest rate");
    const double sCpu = sAt.proxyCpu / qMax(1, sAt.calls) * 1e6;
    const double kCpu = kAt.proxyCpu / qMax(1, kAt.calls) * 1e6;
    qInfo("live: highest REGISTER rate with no failure: siplab %d/s, kamailio %d/s, ratio %.2f", s.rate, k.rate,
          double(s.rate) / k.rate);
    qInfo("live: registrar CPU per REGISTER at %d/s: siplab %.0f us, kamailio %.0f us, ratio %.1f", sAt.rate, sCpu, kCpu,
          kCpu > 0 ? sCpu / kCpu : 0.0);
}

bool BenchLive::registerBob(quint16 serverPort, quint16 contactPort)
{
    QProcess sipp;
    sipp.setWorkingDirectory(m_tmp.path());
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    sipp.start(m_sipp, {QStringLiteral("127.0.0.1:%1").arg(serverPort), "-sf", QStringLiteral(SIPLAB_TEST_DATA_DIR "/sipp/register.xml"),
                        "-s", "bob", "-key", "contact_port", QString::number(contactPort), "-key", "expires", "3600", "-i",
                        "127.0.0.1", "-p", QString::number(freePort()), "-m", "1", "-timeout", "20s", "-nostdin"});
    return sipp.waitForFinished(30000) && sipp.exitCode() == 0;
}

void BenchLive::serverCalls()
{
    // RFC 3261 16.5: both servers route the call by the binding of sip:bob (usrloc lookup vs the
    // LocationService); the same siplab UAS answers behind both, and SIPp's uac calls bob.
    const quint16 uasPort = freePort();
    Process uas(m_cli, {"serve", "--role", "uas", "--quiet", "--uas", "180,200", "--answer-after-ms", "0", "--listen",
                        QStringLiteral("127.0.0.1:%1").arg(uasPort)});
    QVERIFY(waitBound(uasPort));
    const QList<int> rates = smoke() ? QList<int>{20} : QList<int>{100, 200, 400, 600, 800, 1000, 1500, 2000};
    const QHash<QString, QList<Step>> results
        = alternate(rates, [this, uasPort](const QString &kind, int rate) { return serverCallStep(kind, uasPort, rate); });
    const Comparison c = compare(results.value(QStringLiteral("siplab")), results.value(QStringLiteral("kamailio")));
    const Step &s = c.siplabBest, &k = c.kamailioBest, &sAt = c.siplabAt, &kAt = c.kamailioAt;
    QVERIFY2(s.rate > 0, "siplab server failed at the lowest rate");
    QVERIFY2(k.rate > 0, "kamailio failed at the lowest rate");
    const double sCpu = sAt.proxyCpu / qMax(1, sAt.calls) * 1e6;
    const double kCpu = kAt.proxyCpu / qMax(1, kAt.calls) * 1e6;
    qInfo("live: highest call rate by AOR with no failure: siplab server %d calls/s, kamailio %d calls/s, ratio %.2f", s.rate,
          k.rate, double(s.rate) / k.rate);
    qInfo("live: server CPU per call at %d calls/s: siplab %.0f us, kamailio %.0f us, ratio %.1f", sAt.rate, sCpu, kCpu,
          kCpu > 0 ? sCpu / kCpu : 0.0);
}

Step BenchLive::serverCallStep(const QString &kind, quint16 uasPort, int rate)
{
    const quint16 port = freePort();
    auto server = startRegistrar(kind, port, true);
    if (!waitBound(port)) {
        qWarning("live: %s did not bind port %d", qPrintable(kind), port);
        return Step{rate, 0, -1, 0};
    }
    if (!registerBob(port, uasPort)) {
        qWarning("live: %s: the REGISTER of bob failed", qPrintable(kind));
        return Step{rate, 0, -1, 0};
    }
    const Step step = runSipp({"-sn", "uac", QStringLiteral("127.0.0.1:%1").arg(port), "-s", "bob"}, server->pid(), rate,
                              smoke() ? rate : rate * 5);
    qInfo("live: %-8s server %5d calls/s by AOR, %5d calls: %d failed, server CPU %.3f s", qPrintable(kind), step.rate,
          step.calls, step.failed, step.proxyCpu);
    return step;
}

Step BenchLive::runSipp(const QStringList &scenario, qint64 serverPid, int rate, int calls)
{
    Step step;
    step.rate = rate;
    step.calls = calls;
    const double cpuBefore = cpuSeconds(serverPid);
    QProcess sipp;
    sipp.setWorkingDirectory(m_tmp.path());
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    sipp.start(m_sipp, scenario
                           + QStringList{"-i", "127.0.0.1", "-p", QString::number(freePort()), "-m", QString::number(calls),
                                         "-r", QString::number(rate), "-timeout", "60s", "-nostdin", "-max_recv_loops", "10000"});
    if (!sipp.waitForFinished(120000)) {
        sipp.kill();
        sipp.waitForFinished();
        return step;
    }
    const QString out = QString::fromUtf8(sipp.readAll());
    const auto m = QRegularExpression(QStringLiteral("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)")).match(out);
    const auto s = QRegularExpression(QStringLiteral("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)")).match(out);
    if (m.hasMatch() && s.hasMatch())
        step.failed = sipp.exitCode() == 0 && s.captured(1).toInt() == calls ? m.captured(1).toInt() : qMax(1, m.captured(1).toInt());
    step.proxyCpu = cpuSeconds(serverPid) - cpuBefore;
    return step;
}

Step BenchLive::proxyStep(const QString &kind, quint16 uasPort, int rate)
{
    // A fresh proxy for each step so no state carries over; 5 s of traffic per step.
    const quint16 port = freePort();
    auto proxy = startProxy(kind, port, uasPort);
    if (!waitBound(port)) {
        qWarning("live: %s did not bind port %d", qPrintable(kind), port);
        return Step{rate, 0, -1, 0};
    }
    const Step step = runSipp({"-sn", "uac", QStringLiteral("127.0.0.1:%1").arg(port), "-s", "service"}, proxy->pid(), rate,
                              smoke() ? rate : rate * 5);
    qInfo("live: %-8s %5d calls/s, %5d calls: %d failed, proxy CPU %.3f s",
          qPrintable(kind), step.rate, step.calls, step.failed, step.proxyCpu);
    return step;
}

void BenchLive::summary()
{
    const quint16 uasPort = freePort();
    Process uas(m_cli, {"serve", "--role", "uas", "--quiet", "--uas", "180,200", "--answer-after-ms", "0", "--listen",
                        QStringLiteral("127.0.0.1:%1").arg(uasPort)});
    QVERIFY(waitBound(uasPort));
    QVERIFY(uas.running());
    const QList<int> rates = smoke() ? QList<int>{50} : QList<int>{100, 200, 400, 600, 800, 1000, 1500, 2000, 3000};

    const QHash<QString, QList<Step>> results
        = alternate(rates, [this, uasPort](const QString &kind, int rate) { return proxyStep(kind, uasPort, rate); });
    // CPU per call at the same rate for both: the highest rate both passed without a failure.
    const Comparison c = compare(results.value(QStringLiteral("siplab")), results.value(QStringLiteral("kamailio")));
    const Step &s = c.siplabBest, &k = c.kamailioBest, &sAt = c.siplabAt, &kAt = c.kamailioAt;
    QVERIFY2(s.rate > 0, "siplab proxy failed at the lowest rate");
    QVERIFY2(k.rate > 0, "kamailio failed at the lowest rate");
    QVERIFY(sAt.rate > 0);
    const double sCpu = sAt.proxyCpu / qMax(1, sAt.calls) * 1e6;
    const double kCpu = kAt.proxyCpu / qMax(1, kAt.calls) * 1e6;
    qInfo("live: highest rate with no failed call: siplab %d calls/s, kamailio %d calls/s (%s), ratio %.2f",
          s.rate, k.rate, rates.last() == k.rate ? "the top step" : "first failure above", double(s.rate) / k.rate);
    qInfo("live: proxy CPU per call at %d calls/s: siplab %.0f us, kamailio %.0f us, ratio %.1f",
          sAt.rate, sCpu, kCpu, kCpu > 0 ? sCpu / kCpu : 0.0);
}

QTEST_GUILESS_MAIN(BenchLive)
#include "bench_live.moc"
