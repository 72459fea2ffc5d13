// CaptureCallModel: the calls of a real capture (the shared reference pcaps) as sngrep lists
// them: number, Call-ID, first request, final response, messages and findings, sortable by
// number; passes QAbstractItemModelTester.
#include "capturecallfiltermodel.h"
#include "capturecallmodel.h"
#include "capturefile.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SipLab;

namespace {
QList<CapturedCall> callsOf(const char *name)
{
    const CaptureReadResult capture = CaptureFile::read(QStringLiteral(SIPLAB_PCAP_DIR "/") + QLatin1String(name));
    return CaptureCalls::group(capture);
}
} // namespace

class TestCaptureCallModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("final");
        QTest::addColumn<int>("messages");
        // sip-rtp-g711.pcap (README): call 1 INVITE / 100 / 200 / ACK, BYE / 200; call 2 INVITE / 100 / 200 / ACK.
        QTest::newRow("call 1") << 0 << QStringLiteral("INVITE") << QStringLiteral("200 OK") << 6;
        QTest::newRow("call 2") << 1 << QStringLiteral("INVITE") << QStringLiteral("200 OK") << 4;
    }

    void columns()
    {
        QFETCH(int, row);
        QFETCH(QString, request);
        QFETCH(QString, final);
        QFETCH(int, messages);
        CaptureCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<CapturedCall> calls = callsOf("sip-rtp-g711.pcap");
        model.setCalls(calls);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CaptureCallModel::ColumnCount));
        auto cell = [&](int column) { return model.index(row, column).data(); };
        QCOMPARE(cell(CaptureCallModel::NumberColumn).toInt(), row + 1);
        QCOMPARE(cell(CaptureCallModel::CallIdColumn).toString(), calls[row].callId);
        QVERIFY(!calls[row].callId.isEmpty());
        QCOMPARE(cell(CaptureCallModel::RequestColumn).toString(), request);
        QCOMPARE(cell(CaptureCallModel::FinalColumn).toString(), final);
        QCOMPARE(cell(CaptureCallModel::MessagesColumn).toInt(), messages);
        QCOMPARE(cell(CaptureCallModel::FindingsColumn).toInt(), int(calls[row].findings.size()));
        QCOMPARE(model.index(row, CaptureCallModel::FinalColumn).data(CaptureCallModel::SortRole).toInt(), 200);
        QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(calls[row].callId));
        QCOMPARE(model.headerData(CaptureCallModel::CallIdColumn, Qt::Horizontal).toString(), QStringLiteral("Call-ID"));
        QCOMPARE(model.headerData(CaptureCallModel::FindingsColumn, Qt::Horizontal).toString(), QStringLiteral("Findings"));
    }

    void noFinalResponse()
    {
        // metasploit-sip-invite-spoof.pcap (README): an INVITE and the 180 it provoked, no final
        // response: shown as "-", sorted as 0.
        CaptureCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCalls(callsOf("metasploit-sip-invite-spoof.pcap"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaptureCallModel::FinalColumn).data().toString(), QStringLiteral("-"));
        QCOMPARE(model.index(0, CaptureCallModel::FinalColumn).data(CaptureCallModel::SortRole).toInt(), 0);
        QCOMPARE(model.index(0, CaptureCallModel::MessagesColumn).data().toInt(), 2);
        model.setCalls({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByNumberNotText()
    {
        // aaa.pcap: six calls of 26, 18, 8, 14, 7 and 8 messages ("14" < "7" as text).
        CaptureCallModel model;
        model.setCalls(callsOf("aaa.pcap"));
        QCOMPARE(model.rowCount(), 6);
        CaptureCallFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(CaptureCallModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CaptureCallModel::NumberColumn).data().toInt(), 6);
        proxy.sort(CaptureCallModel::MessagesColumn, Qt::AscendingOrder);
        QList<int> counts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            counts.append(proxy.index(row, CaptureCallModel::MessagesColumn).data().toInt());
        QCOMPARE(counts, (QList<int>{7, 8, 8, 14, 18, 26}));
        proxy.sort(CaptureCallModel::FinalColumn, Qt::AscendingOrder); // by code: 200 first, 480 last
        QCOMPARE(proxy.index(0, CaptureCallModel::FinalColumn).data().toString(), QStringLiteral("200 OK"));
        QVERIFY(proxy.index(5, CaptureCallModel::FinalColumn).data().toString().startsWith(QLatin1String("480")));
    }
};

QTEST_MAIN(TestCaptureCallModel)
#include "tst_capturecallmodel.moc"
