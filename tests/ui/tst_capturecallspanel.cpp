// CaptureCallsPanel: captures are told from scenarios by their first bytes, a capture opens
// with its first call chosen, a bad file gives an error naming it (and keeps what was open),
// choosing a call and a finding tells the window, merging the lanes of one host regroups, and
// the findings follow the interface language.
#include "capturecallfiltermodel.h"
#include "capturecallmodel.h"
#include "capturecallspanel.h"
#include "capturefindingmodel.h"
#include "engine.h"
#include "pcapexporter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace SipLab;

namespace {
QString ref(const char *name)
{
    return QStringLiteral(SIPLAB_PCAP_DIR "/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

/// The basic call with a proxy that keeps Max-Forwards (one error at F3) and the UAS on the
/// UAC's host, as a pcap file.
QString faultyCapture(const QTemporaryDir &dir)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.address.ip = s.uac.address.ip;
    s.uas.address.port = s.uac.address.port + 20;
    CallTrace trace = Engine::run(s);
    for (TraceMessage &m : trace.messages) {
        if (m.message.isRequest() && m.message.maxForwards() == 69) {
            m.message.setHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
            break;
        }
    }
    const QString path = dir.filePath(QStringLiteral("faulty.pcap"));
    return PcapExporter::exportTo(trace, path) ? path : QString();
}
} // namespace

class TestCaptureCallsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isCaptureFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("capture");
        QTest::newRow("pcap, little endian") << "a.bin" << QByteArray::fromHex("d4c3b2a102000400") << true;
        QTest::newRow("pcap, big endian") << "a" << QByteArray::fromHex("a1b2c3d400020004") << true;
        QTest::newRow("pcap, nanoseconds") << "a.dat" << QByteArray::fromHex("4d3cb2a102000400") << true;
        QTest::newRow("pcapng") << "trace" << QByteArray::fromHex("0a0d0d0a1c000000") << true;
        QTest::newRow("NetMon 2 (refused later, with a reason)") << "x.bin" << QByteArray("GMBU\x00\x02") << true;
        QTest::newRow("damaged .pcap") << "cut.pcap" << QByteArray("xx") << true;
        QTest::newRow("damaged .pcapng, any case") << "cut.PCAPNG" << QByteArray() << true;
        QTest::newRow("scenario") << "call.json" << QByteArray("{\"format\": \"siplab-scenario\"}") << false;
        QTest::newRow("scenario without extension") << "call" << QByteArray("{}") << false;
        QTest::newRow("text") << "notes.txt" << QByteArray("INVITE sip:bob@biloxi.example SIP/2.0") << false;
    }
    void isCaptureFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, capture);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, bytes);
        QVERIFY(!path.isEmpty());
        QCOMPARE(CaptureCallsPanel::isCaptureFile(path), capture);
    }

    void opensWithFirstCall()
    {
        CaptureCallsPanel panel;
        QSignalSpy chosen(&panel, &CaptureCallsPanel::callChosen);
        QString error;
        QVERIFY2(panel.open(ref("sip-rtp-g711.pcap"), &error), qPrintable(error));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(panel.calls().size(), 2);
        QCOMPARE(panel.currentCall(), 0);
        QCOMPARE(chosen.first().first().value<CapturedCall>().callId, panel.calls().first().callId);
        QCOMPARE(panel.callView()->currentIndex().row(), 0);
        // Picking the second row in the list shows the second call.
        panel.callView()->setCurrentIndex(panel.filterModel()->index(1, CaptureCallModel::CallIdColumn));
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(panel.currentCall(), 1);
        QCOMPARE(chosen.last().first().value<CapturedCall>().messages.size(), 4);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("NetMon file") << ref("c07-sip-r2.cap") << QStringLiteral("not a capture");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/call.pcap") << QStringLiteral("no such file");
        QTest::newRow("no SIP") << QStringLiteral(":empty") << QStringLiteral("holds no SIP messages");
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        if (path == QLatin1String(":empty")) // a valid pcap with no packet
            path = writeFile(dir, QStringLiteral("empty.pcap"), QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff000001000000"));
        CaptureCallsPanel panel;
        QString error;
        QVERIFY(panel.open(ref("sip-rtp-g711.pcap"), &error));
        QSignalSpy chosen(&panel, &CaptureCallsPanel::callChosen);
        QVERIFY(!panel.open(path, &error));
        QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error)); // names the file
        // What was open stays.
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(panel.calls().size(), 2);
        QVERIFY(panel.path().endsWith(QLatin1String("sip-rtp-g711.pcap")));
    }

    void findingsAndMarkers()
    {
        QTemporaryDir dir;
        const QString path = faultyCapture(dir);
        QVERIFY(!path.isEmpty());
        CaptureCallsPanel panel;
        QAbstractItemModelTester tester(panel.findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(panel.open(path, &error), qPrintable(error));
        CaptureFindingModel *findings = panel.findingModel();
        QCOMPARE(findings->rowCount(), 1);
        QCOMPARE(findings->index(0, CaptureFindingModel::MessageColumn).data().toString(), QStringLiteral("F3"));
        QCOMPARE(findings->index(0, CaptureFindingModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(findings->index(0, CaptureFindingModel::SectionColumn).data().toString(), QStringLiteral("RFC 3261 16.6 step 3"));
        const QString english = findings->index(0, CaptureFindingModel::TextColumn).data().toString();
        QVERIFY2(english.contains(QLatin1String("Max-Forwards 70")), qPrintable(english));
        // The markers of the ladder: the error on F3 only.
        const QList<MarkerSeverity> markers = CaptureCallsPanel::markers(panel.calls().first());
        QCOMPARE(markers.size(), panel.calls().first().messages.size());
        for (int i = 0; i < markers.size(); ++i)
            QCOMPARE(markers[i], i == 2 ? MarkerSeverity::Error : MarkerSeverity::None);
        // Clicking the finding asks for its message; selecting that message on the ladder selects it.
        QSignalSpy activated(&panel, &CaptureCallsPanel::findingActivated);
        const QModelIndex cell = findings->index(0, CaptureFindingModel::TextColumn);
        panel.findingView()->show();
        QTest::mouseClick(panel.findingView()->viewport(), Qt::LeftButton, {}, panel.findingView()->visualRect(cell).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), 2);
        panel.showMessage(0);
        QVERIFY(!panel.findingView()->selectionModel()->hasSelection());
        panel.showMessage(2);
        QCOMPARE(panel.findingView()->selectionModel()->selectedRows().value(0).row(), 0);
        QCOMPARE(activated.count(), 1); // no loop back
        // In Chinese: the text of the .ts file, with the same numbers.
        panel.setLanguage(Language::Chinese);
        const QString chinese = findings->index(0, CaptureFindingModel::TextColumn).data().toString();
        QVERIFY(chinese != english);
        QVERIFY(chinese.contains(QLatin1String("70")));
        QVERIFY(std::any_of(chinese.cbegin(), chinese.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
    }

    void mergeHosts()
    {
        QTemporaryDir dir;
        const QString path = faultyCapture(dir);
        CaptureCallsPanel panel;
        QString error;
        QVERIFY(panel.open(path, &error));
        QCOMPARE(panel.calls().first().trace.nodes.size(), 3); // UAC, proxy, UAS on the UAC's host
        QSignalSpy chosen(&panel, &CaptureCallsPanel::callChosen);
        panel.setMergeHosts(true);
        QVERIFY(panel.mergeHosts());
        QCOMPARE(chosen.count(), 1);
        const CapturedCall merged = chosen.first().first().value<CapturedCall>();
        QCOMPARE(merged.trace.nodes.size(), 2);
        QCOMPARE(merged.trace.messages.size(), panel.calls().first().trace.messages.size());
        QCOMPARE(merged.findings.size(), 1); // the check does not depend on the lanes
        panel.setMergeHosts(false);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().first().value<CapturedCall>().trace.nodes.size(), 3);
    }

    void filterLine()
    {
        CaptureCallsPanel panel;
        QString error;
        QVERIFY(panel.open(ref("sip-rtp-g711.pcap"), &error));
        panel.setFilterText(QStringLiteral("bye"));
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        // Opening another capture clears the filter.
        QVERIFY(panel.open(ref("aaa.pcap"), &error));
        QCOMPARE(panel.filterModel()->rowCount(), panel.callModel()->rowCount());
    }
};

QTEST_MAIN(TestCaptureCallsPanel)
#include "tst_capturecallspanel.moc"
