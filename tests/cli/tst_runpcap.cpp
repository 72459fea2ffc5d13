// RunPcap: in the capture module, `siplab-cli run -o call.pcap` writes the trace as a capture
// (one packet per message, read back by the capture layer as the same ladder); any other
// format is refused with a message saying which module writes it.
#include "capturecalls.h"
#include "capturefile.h"
#include "engine.h"
#include "runpcap.h"
#include "scenario.h"

#include <QTest>

using namespace SipLab;

class TestRunPcap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
};

void TestRunPcap::formats_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("error"); // empty: written
    QTest::newRow("pcap") << ExportFormat::Pcap << QString();
    QTest::newRow("svg") << ExportFormat::Svg << "svg is written by the commands module";
    QTest::newRow("html") << ExportFormat::Html << "html is written by the commands module";
    QTest::newRow("text") << ExportFormat::Text << "text is written by the commands module";
}

void TestRunPcap::formats()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, error);
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    QString message;
    const QByteArray bytes = RunPcap::bytes(trace, format, RunExportOptions(), &message);
    if (!error.isEmpty()) {
        QVERIFY(bytes.isEmpty());
        QVERIFY2(message.startsWith(error), qPrintable(message));
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    const CaptureReadResult capture = CaptureFile::readBytes(bytes, QStringLiteral("call.pcap"));
    QVERIFY2(capture.ok(), qPrintable(capture.error));
    QCOMPARE(capture.messages.size(), trace.messages.size());
    const QList<CapturedCall> calls = CaptureCalls::group(capture);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].trace.messages.size(), trace.messages.size());
    for (int i = 0; i < trace.messages.size(); ++i)
        QCOMPARE(calls[0].trace.messages[i].label(), trace.messages[i].label());
}

QTEST_GUILESS_MAIN(TestRunPcap)
#include "tst_runpcap.moc"
