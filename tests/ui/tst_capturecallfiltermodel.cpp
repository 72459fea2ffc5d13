// CaptureCallFilterModel: the filter line of the call list finds calls by a method, a response
// code, a Call-ID, a number or URI, every word having to match, case ignored.
#include "capturecallfiltermodel.h"
#include "capturecallmodel.h"
#include "capturefile.h"
#include "sipuri.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SipLab;

namespace {
QList<CapturedCall> callsOf(const QString &name)
{
    return CaptureCalls::group(CaptureFile::read(QStringLiteral(SIPLAB_PCAP_DIR "/") + name));
}

/// Calls of `calls` that have a request with `method` or a response with `code` (0: any).
int countWith(const QList<CapturedCall> &calls, const QString &method, int code)
{
    int n = 0;
    for (const CapturedCall &c : calls) {
        bool hit = false;
        for (const CapturedMessage &m : c.messages) {
            hit = hit || (!method.isEmpty() && m.message.isRequest() && m.message.method() == method)
                || (code && m.message.isResponse() && m.message.statusCode() == code);
        }
        n += hit;
    }
    return n;
}
} // namespace

class TestCaptureCallFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        // sip-rtp-g711.pcap: two INVITE calls answered 200, only the first has a BYE.
        QTest::newRow("empty shows all") << "sip-rtp-g711.pcap" << "" << 2;
        QTest::newRow("method") << "sip-rtp-g711.pcap" << "invite" << 2;
        QTest::newRow("method, any case") << "sip-rtp-g711.pcap" << "ByE" << 1;
        QTest::newRow("code") << "sip-rtp-g711.pcap" << "200" << 2;
        QTest::newRow("two words, both must match") << "sip-rtp-g711.pcap" << "invite  bye" << 1;
        QTest::newRow("nothing") << "sip-rtp-g711.pcap" << "no-such-thing" << 0;
        QTest::newRow("a word of each but not one call") << "sip-rtp-g711.pcap" << "bye no-such-thing" << 0;
        // aaa.pcap (README): REGISTER with 401 challenges, INVITE with 407, CANCEL, 408.
        const QList<CapturedCall> aaa = callsOf(QStringLiteral("aaa.pcap"));
        QTest::newRow("register") << "aaa.pcap" << "register" << countWith(aaa, QStringLiteral("REGISTER"), 0);
        QTest::newRow("407 and its reason phrase") << "aaa.pcap" << "407 Authentication" << countWith(aaa, QString(), 407);
        QTest::newRow("cancel") << "aaa.pcap" << "CANCEL" << countWith(aaa, QStringLiteral("CANCEL"), 0);
        QTest::newRow("401") << "aaa.pcap" << "401" << countWith(aaa, QString(), 401);
    }

    void filter()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(int, rows);
        CaptureCallModel model;
        model.setCalls(callsOf(file));
        CaptureCallFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), rows);
        if (file == QLatin1String("aaa.pcap"))
            QVERIFY2(rows > 0 && rows < model.rowCount(), "the row must find some calls, not all");
    }

    void callIdAndNumber()
    {
        CaptureCallModel model;
        const QList<CapturedCall> calls = callsOf(QStringLiteral("sip-rtp-g711.pcap"));
        QVERIFY2(calls.size() == 2, "sip-rtp-g711.pcap (the shared reference captures) holds two calls");
        model.setCalls(calls);
        CaptureCallFilterModel proxy;
        proxy.setSourceModel(&model);
        // A piece of the second call's Call-ID finds that call only.
        const QString id = calls[1].callId;
        proxy.setFilterText(id.mid(id.size() / 3, 8));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CaptureCallModel::NumberColumn).data().toInt(), 2);
        // The number dialled (user part of the Request-URI) finds the calls to it.
        const SipUri uri = SipUri::parse(calls[0].messages.first().message.requestUri());
        QVERIFY(!uri.user().isEmpty());
        proxy.setFilterText(uri.user());
        QVERIFY(proxy.rowCount() >= 1);
        QCOMPARE(proxy.index(0, CaptureCallModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(proxy.filterText(), uri.user().toLower());
    }
};

QTEST_MAIN(TestCaptureCallFilterModel)
#include "tst_capturecallfiltermodel.moc"
