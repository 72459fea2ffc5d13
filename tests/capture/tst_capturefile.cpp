// CaptureFile: every SIP message tshark's dissector finds in the reference captures and in the
// captures recorded for SIP Lab (tests/data/captures), same order, same method or code; the
// files libpcap cannot read, truncated files and packets cut by the snapshot length.
#include "capturefile.h"
#include "pcapwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace SipLab;

namespace {

/// "frame label" per SIP message, label = method or status code; several messages of one frame
/// (TCP) are sorted, since tshark lists a frame's methods and codes in separate fields.
QStringList tsharkMessages(const QString &path, QString *error)
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty()) {
        *error = QStringLiteral("tshark not found (scripts/deps.sh test installs it)");
        return {};
    }
    QProcess p;
    p.start(tshark, {QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("sip"), QStringLiteral("-T"),
                     QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number"), QStringLiteral("-e"),
                     QStringLiteral("sip.Method"), QStringLiteral("-e"), QStringLiteral("sip.Status-Code")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QStringLiteral("tshark failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }
    QStringList out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> f = line.split('\t');
        QStringList labels;
        for (int i = 1; i < f.size(); ++i) {
            for (const QByteArray &v : f[i].split(',')) {
                if (!v.trimmed().isEmpty())
                    labels.append(QString::fromLatin1(v.trimmed()));
            }
        }
        labels.sort();
        for (const QString &l : std::as_const(labels))
            out.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(f[0]), l));
    }
    return out;
}

QStringList ourMessages(const CaptureReadResult &r)
{
    QStringList out;
    QStringList frame;
    qint64 current = -1;
    auto flush = [&] {
        frame.sort();
        out += frame;
        frame.clear();
    };
    for (const CapturedMessage &m : r.messages) {
        if (m.payload.frame != current)
            flush();
        current = m.payload.frame;
        const QString label = m.message.isRequest() ? m.message.method() : QString::number(m.message.statusCode());
        frame.append(QStringLiteral("%1 %2").arg(m.payload.frame).arg(label));
    }
    flush();
    return out;
}

QString referenceDir()
{
    return QStringLiteral(SIPLAB_PCAP_DIR);
}

} // namespace

class TestCaptureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceFolderExists()
    {
        // The shared reference captures must be there: without them this test proves nothing.
        QVERIFY2(QDir(referenceDir()).exists(QStringLiteral("aaa.pcap")), qPrintable(referenceDir() + " is missing"));
    }

    void sameMessagesAsTshark_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expected"); // messages tshark finds (a check on the check)
        const QString ref = referenceDir();
        QTest::newRow("aaa") << ref + "/aaa.pcap" << 81;
        QTest::newRow("SIP_CALL_RTP_G711") << ref + "/SIP_CALL_RTP_G711.pcap" << 14;
        QTest::newRow("SIP_DTMF2") << ref + "/SIP_DTMF2.cap" << 29;
        QTest::newRow("DTMFsipinfo") << ref + "/DTMFsipinfo.pcap" << 32;
        QTest::newRow("Asterisk_ZFONE_XLITE") << ref + "/Asterisk_ZFONE_XLITE.pcap" << 27;
        QTest::newRow("sip-rtp-g711") << ref + "/sip-rtp-g711.pcap" << 10;
        QTest::newRow("metasploit") << ref + "/metasploit-sip-invite-spoof.pcap" << 2;
        QTest::newRow("ipv6frag (SLL, IPv6 fragments)") << ref + "/ipv6frag.pcap" << 32;
        const QDir recorded(QStringLiteral(SIPLAB_TEST_DATA_DIR "/captures"));
        for (const QString &name : recorded.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << recorded.filePath(name) << -1;
    }

    void sameMessagesAsTshark()
    {
        QFETCH(QString, path);
        QFETCH(int, expected);
        QVERIFY2(QFile::exists(path), qPrintable(path + " is missing"));
        QString error;
        const QStringList theirs = tsharkMessages(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (expected >= 0)
            QCOMPARE(theirs.size(), expected);
        QVERIFY(!theirs.isEmpty());
        const CaptureReadResult r = CaptureFile::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(ourMessages(r), theirs);
    }

    void recordedCapturesCoverPcapAndPcapng()
    {
        const QDir recorded(QStringLiteral(SIPLAB_TEST_DATA_DIR "/captures"));
        QVERIFY(!recorded.entryList({QStringLiteral("*.pcapng")}).isEmpty());
        QVERIFY(!recorded.entryList({QStringLiteral("*.pcap")}).isEmpty());
    }

    void netmonFileIsRefusedWithItsName()
    {
        const QString path = referenceDir() + "/c07-sip-r2.cap";
        QVERIFY(QFile::exists(path));
        const CaptureReadResult r = CaptureFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY(r.messages.isEmpty());
        QVERIFY2(r.error.contains(path) && r.error.contains(QLatin1String("not a capture")), qPrintable(r.error));
    }

    void textFileIsNotACapture()
    {
        const CaptureReadResult r = CaptureFile::readBytes("INVITE sip:bob@biloxi.example SIP/2.0\r\n\r\n", QStringLiteral("notes.txt"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("notes.txt: not a capture")), qPrintable(r.error));
        QVERIFY(!CaptureFile::read(QStringLiteral("/nonexistent/x.pcap")).ok());
    }

    void truncatedFileKeepsWhatCameBefore()
    {
        QFile f(referenceDir() + "/DTMFsipinfo.pcap");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        const CaptureReadResult whole = CaptureFile::readBytes(all, QStringLiteral("DTMFsipinfo.pcap"));
        QVERIFY(whole.ok());
        QCOMPARE(whole.messages.size(), 32);
        // Cut inside the last packet: 31 messages stay, the error names the file and packet 32.
        const CaptureReadResult cut = CaptureFile::readBytes(all.left(all.size() - 20), QStringLiteral("cut.pcap"));
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error.startsWith(QLatin1String("cut.pcap: packet 32: ")), qPrintable(cut.error));
        QCOMPARE(cut.messages.size(), 31);
        QCOMPARE(cut.messages.last().payload.frame, 31);
    }

    void packetCutBySnapLengthIsNamed()
    {
        using namespace TestPcap;
        const QByteArray sip = "OPTIONS sip:bob@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                               "To: <sip:bob@192.0.2.2>\r\nFrom: <sip:a@192.0.2.1>;tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n"
                               "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        const QByteArray frame = ethernet(ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 17, udp(5060, 5060, sip)));
        QList<Frame> frames{{frame, 1000000, -1}, {frame.left(80), 2000000, int(frame.size())}};
        const CaptureReadResult r = CaptureFile::readBytes(write(DLT_EN10MB, frames), QStringLiteral("snap.pcap"));
        QVERIFY(r.ok());
        QCOMPARE(r.messages.size(), 1);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(QLatin1String("snap.pcap: packet 2 was cut by the snapshot length")),
                 qPrintable(r.warnings.first()));
    }

    void unparsableMessageIsKeptLeniently()
    {
        // metasploit: Request-URI "sip:@127.0.0.1" (empty user): shown all the same.
        const CaptureReadResult r = CaptureFile::read(referenceDir() + "/metasploit-sip-invite-spoof.pcap");
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages[0].message.method(), QStringLiteral("INVITE"));
        QCOMPARE(r.messages[1].message.statusCode(), 180);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
