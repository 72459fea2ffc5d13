// Capture benchmark (issue #15): a generated capture of about a million packets (RTP mostly, a
// few thousand SIP calls) opened by CaptureFile + CaptureCalls (QBENCHMARK), and `summary`:
// `siplab-cli open FILE --list` timed side by side with `tshark -r FILE -Y sip` on the same file
// in the same run, with the peak memory of each (getrusage of the child processes).
// SIPLAB_BENCH_SMOKE=1 (the ctest smoke run) makes a small capture and skips tshark.
#include "capturecalls.h"
#include "capturefile.h"
#include "engine.h"
#include "pcapwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace SipLab;
using namespace SipLab::TestPcap;

namespace {

bool smoke()
{
    return qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
}

/// calls x (the default call's 13 SIP messages + rtpPerCall RTP packets), written with libpcap.
qint64 writeCapture(const QString &path, int calls, int rtpPerCall)
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    pcap_t *dead = pcap_open_dead(DLT_EN10MB, 262144);
    pcap_dumper_t *dumper = pcap_dump_open(dead, QFile::encodeName(path).constData());
    qint64 packets = 0;
    qint64 timeUs = 1767225600ll * 1000000;
    auto dump = [&](const QByteArray &frame) {
        pcap_pkthdr h{};
        timeUs += 100;
        h.ts.tv_sec = timeUs / 1000000;
        h.ts.tv_usec = timeUs % 1000000;
        h.caplen = h.len = bpf_u_int32(frame.size());
        pcap_dump(reinterpret_cast<u_char *>(dumper), &h, reinterpret_cast<const u_char *>(frame.constData()));
        ++packets;
    };
    const QByteArray rtp = QByteArray("\x80\x08\x00\x01\x00\x00\x00\xa0\x12\x34\x56\x78", 12) + QByteArray(160, '\xd5');
    const QByteArray callId = trace.messages.first().message.callId().toUtf8();
    for (int c = 0; c < calls; ++c) {
        const QByteArray id = "bench" + QByteArray::number(c) + "-" + callId;
        const quint32 base = ip(10, c / 250, c % 250, 0);
        for (int i = 0; i < trace.messages.size(); ++i) {
            const TraceMessage &m = trace.messages[i];
            QByteArray bytes = m.message.toBytes();
            bytes.replace(callId, id);
            dump(ethernet(ipv4(base + quint32(m.from) + 1, base + quint32(m.to) + 1, 17,
                               udp(quint16(trace.nodes[m.from].address.port), quint16(trace.nodes[m.to].address.port), bytes))));
            if (i == 8) { // after the ACK: the media
                for (int r = 0; r < rtpPerCall; ++r)
                    dump(ethernet(ipv4(base + 1, base + 3, 17, udp(40000, 40002, rtp))));
            }
        }
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
    return packets;
}

struct Run
{
    double ms = 0;
    long maxRssKb = 0;
    bool ok = false;
};

Run runTool(const QString &program, const QStringList &args)
{
    Run r;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    r.ok = p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit;
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    r.maxRssKb = u.ru_maxrss; // the largest child so far
    return r;
}

} // namespace

class BenchCapture : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_packets = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("million.pcap"));
        const int calls = smoke() ? 20 : 3000;
        m_packets = writeCapture(m_path, calls, smoke() ? 20 : 320);
        qInfo("capture: %lld packets, %d calls, %lld MB", m_packets, calls, QFileInfo(m_path).size() >> 20);
    }

    void openCapture()
    {
        int calls = 0;
        QBENCHMARK {
            const CaptureReadResult r = CaptureFile::read(m_path);
            calls = int(CaptureCalls::group(r).size());
        }
        QCOMPARE(calls, smoke() ? 20 : 3000);
    }

    void summary()
    {
        if (smoke())
            QSKIP("smoke run: no tshark comparison");
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark not installed (scripts/deps.sh test)");
        // Ours first: RUSAGE_CHILDREN's peak is then ours; after tshark it is the larger of the two.
        const Run ours = runTool(QStringLiteral(SIPLAB_CLI), {QStringLiteral("open"), m_path, QStringLiteral("--list")});
        QVERIFY(ours.ok);
        const Run theirs = runTool(tshark, {QStringLiteral("-r"), m_path, QStringLiteral("-Y"), QStringLiteral("sip")});
        QVERIFY(theirs.ok);
        qInfo("packets %lld", m_packets);
        qInfo("siplab-cli open --list: %.0f ms, peak %ld MB", ours.ms, ours.maxRssKb / 1024);
        qInfo("tshark -r -Y sip:       %.0f ms, peak %s MB", theirs.ms,
              theirs.maxRssKb > ours.maxRssKb ? qPrintable(QString::number(theirs.maxRssKb / 1024))
                                              : qPrintable(QStringLiteral("<= %1").arg(ours.maxRssKb / 1024)));
        qInfo("time ratio tshark / siplab: %.1f", theirs.ms / ours.ms);
        if (theirs.maxRssKb > ours.maxRssKb)
            qInfo("memory ratio tshark / siplab: %.1f", double(theirs.maxRssKb) / double(ours.maxRssKb));
    }
};

QTEST_GUILESS_MAIN(BenchCapture)
#include "bench_capture.moc"
