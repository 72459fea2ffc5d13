// siplab-cli open: the call list, the text and JSON output (findings marked with "!" on the
// line of their message), --check and its exit codes, --merge-hosts, an export of one call, and
// the errors (exit 2).
#include "clicommands.h"
#include "engine.h"
#include "pcapexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
struct Result
{
    int code = 0;
    QString out;
    QString err;
};

Result runCli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CliCommands::run(QStringList{QStringLiteral("siplab-cli"), QStringLiteral("open")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

/// The engine's basic call with a proxy that keeps Max-Forwards (F3: RFC 3261 16.6 step 3).
CallTrace keptMaxForwards()
{
    CallTrace trace = Engine::run(Scenario::defaultScenario());
    for (TraceMessage &m : trace.messages) {
        if (m.message.isRequest() && m.message.maxForwards() == 69) {
            m.message.setHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
            break;
        }
    }
    return trace;
}

QString ref(const char *name)
{
    return QStringLiteral(SIPLAB_PCAP_DIR "/") + QLatin1String(name);
}
} // namespace

class TestOpenCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list()
    {
        const Result r = runCli({ref("sip-rtp-g711.pcap"), QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + 2 calls
        QVERIFY(lines[1].contains(QLatin1String("INVITE")) && lines[1].contains(QLatin1String("200 OK")));
    }

    void textShowsEveryCallInOrder()
    {
        const Result r = runCli({ref("sip-rtp-g711.pcap")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Call 1: ")));
        QVERIFY(r.out.contains(QLatin1String("\nCall 2: ")));
        QVERIFY2(QRegularExpression(QStringLiteral("\nF1 \\S+ -> \\S+: INVITE\n")).match(r.out).hasMatch(), qPrintable(r.out));
        const Result one = runCli({ref("sip-rtp-g711.pcap"), QStringLiteral("--call"), QStringLiteral("2")});
        QCOMPARE(one.code, 0);
        QCOMPARE(one.out.count(QLatin1Char('\n')), 4); // INVITE, 100, 200, ACK
    }

    void json()
    {
        const Result r = runCli({ref("sip-rtp-g711.pcap"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 10);
        const QJsonObject first = a.first().toObject();
        for (const char *key : {"f", "from", "to", "fromAddress", "toAddress", "timeUs", "label", "callId", "retransmission",
                                "message", "findings"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("timeUs")).toInteger(), 0);
        QCOMPARE(first.value(QLatin1String("label")).toString(), QStringLiteral("INVITE"));
        QVERIFY(first.value(QLatin1String("message")).toString().startsWith(QLatin1String("INVITE sip:")));
        QVERIFY(first.value(QLatin1String("fromAddress")).toString().contains(QLatin1Char(':')));
    }

    void checkClean()
    {
        const Result r = runCli({QStringLiteral(SIPLAB_TEST_DATA_DIR "/captures/siplab-proxy-uas.pcapng"), QStringLiteral("--check")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("no findings\n"));
    }

    void checkError()
    {
        // The engine's call with a proxy that keeps Max-Forwards: one error, exit 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mf.pcap"));
        QVERIFY(PcapExporter::exportTo(keptMaxForwards(), path));
        const Result r = runCli({path, QStringLiteral("--check"), QStringLiteral("--lang"), QStringLiteral("both")});
        QCOMPARE(r.code, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^F3 error: .+ / .+ \\(RFC 3261 16\\.6 step 3\\)\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
    }

    void textMarksFindings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("  ! error: The proxy forwarded [^/]+ \\(RFC 3261 16\\.6 step 3\\)$");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("  ! error: .*[\\x{4e00}-\\x{9fff}].* \\(RFC 3261 16\\.6 step 3\\)$");
        QTest::newRow("both") << QStringLiteral("both") << QStringLiteral("  ! error: .+ / .*[\\x{4e00}-\\x{9fff}].* \\(RFC 3261 16\\.6 step 3\\)$");
    }
    void textMarksFindings()
    {
        // A finding is marked on the line of its message; the other lines are as `run` prints them.
        QFETCH(QString, lang);
        QFETCH(QString, pattern);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mf.pcap"));
        QVERIFY(PcapExporter::exportTo(keptMaxForwards(), path));
        const Result r = runCli({path, QStringLiteral("--lang"), lang});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 5);
        int marked = 0;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("F3 "))) {
                QVERIFY2(QRegularExpression(pattern).match(line).hasMatch(), qPrintable(line));
                ++marked;
            } else {
                QVERIFY2(!line.contains(QLatin1String(" ! ")), qPrintable(line));
                QVERIFY2(QRegularExpression(QStringLiteral("^F\\d+ \\S+ -> \\S+: [^!]+$")).match(line).hasMatch(), qPrintable(line));
            }
        }
        QCOMPARE(marked, 1);
    }

    void cleanCaptureHasNoMarks()
    {
        const Result r = runCli({QStringLiteral(SIPLAB_TEST_DATA_DIR "/captures/siplab-proxy-uas.pcapng")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("F1 ")));
        QVERIFY2(!r.out.contains(QLatin1String(" ! ")), qPrintable(r.out));
    }

    void mergeHosts_data()
    {
        QTest::addColumn<bool>("merge");
        QTest::addColumn<int>("lanes");
        QTest::newRow("one lane per address:port") << false << 3;
        QTest::newRow("--merge-hosts") << true << 2;
    }
    void mergeHosts()
    {
        // The UAS on the UAC's host (another port): with --merge-hosts they share a lane, and the
        // addresses still say which port sent what.
        QFETCH(bool, merge);
        QFETCH(int, lanes);
        Scenario s = Scenario::defaultScenario();
        s.uas.address.ip = s.uac.address.ip;
        s.uas.address.port = s.uac.address.port + 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("onehost.pcap"));
        QVERIFY(PcapExporter::exportTo(Engine::run(s), path));
        QStringList args{path, QStringLiteral("--format"), QStringLiteral("json")};
        if (merge)
            args << QStringLiteral("--merge-hosts");
        const Result r = runCli(args);
        QCOMPARE(r.code, 0);
        QSet<QString> names, addresses;
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!a.isEmpty());
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            names << o.value(QLatin1String("from")).toString() << o.value(QLatin1String("to")).toString();
            addresses << o.value(QLatin1String("fromAddress")).toString() << o.value(QLatin1String("toAddress")).toString();
        }
        QCOMPARE(names.size(), lanes);
        QCOMPARE(addresses.size(), 3);
        QVERIFY(addresses.contains(QStringLiteral("%1:%2").arg(s.uac.address.ip).arg(s.uas.address.port)));
        QVERIFY(addresses.contains(QStringLiteral("%1:%2").arg(s.uac.address.ip).arg(s.uac.address.port)));
        // The findings do not depend on the lanes: none either way.
        QCOMPARE(runCli(QStringList{path, QStringLiteral("--check")} + (merge ? QStringList{QStringLiteral("--merge-hosts")} : QStringList{})).out,
                 QStringLiteral("no findings\n"));
    }

    void svgOfOneCall()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("call.svg"));
        QCOMPARE(runCli({ref("sip-rtp-g711.pcap"), QStringLiteral("-o"), svg}).code, 2); // two calls: which one?
        const Result r = runCli({ref("sip-rtp-g711.pcap"), QStringLiteral("--call"), QStringLiteral("1"), QStringLiteral("-o"), svg});
        QCOMPARE(r.code, 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("netmon") << QStringList{ref("c07-sip-r2.cap")} << QStringLiteral("not a capture");
        QTest::newRow("missing") << QStringList{QStringLiteral("/nonexistent.pcap")} << QStringLiteral("no such file");
        QTest::newRow("no file") << QStringList{} << QStringLiteral("which capture?");
        QTest::newRow("call out of range") << QStringList{ref("aaa.pcap"), QStringLiteral("--call"), QStringLiteral("999")}
                                           << QStringLiteral("--call must be");
        QTest::newRow("unknown call-id") << QStringList{ref("aaa.pcap"), QStringLiteral("--call-id"), QStringLiteral("nope")}
                                         << QStringLiteral("no call with Call-ID");
        QTest::newRow("bad format") << QStringList{ref("aaa.pcap"), QStringLiteral("--format"), QStringLiteral("pcap")}
                                    << QStringLiteral("--format must be");
        QTest::newRow("bad lang") << QStringList{ref("aaa.pcap"), QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << QStringLiteral("--lang must be");
        QTest::newRow("unknown option") << QStringList{ref("aaa.pcap"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_MAIN(TestOpenCommand)
#include "tst_opencommand.moc"
