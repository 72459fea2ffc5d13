// OpenDrawing: a captured call drawn for `siplab-cli open -o x.svg` carries a badge on each
// arrow whose message has a finding, coloured by its worst severity (the SVG's f-error,
// f-warning, f-note classes), and the other arrows none; PNG and PDF come from the same picture.
#include "capturecalls.h"
#include "capturefile.h"
#include "opendrawing.h"

#include <QRegularExpression>
#include <QTest>

using namespace SipLab;

class TestOpenDrawing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgesFollowTheFindings_data();
    void badgesFollowTheFindings();
    void otherDrawings();
};

void TestOpenDrawing::badgesFollowTheFindings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("call"); // index into CaptureCalls::group()
    QTest::newRow("DTMFsipinfo call 1") << "DTMFsipinfo.pcap" << 0;
    QTest::newRow("SIP_CALL_RTP_G711 call 1") << "SIP_CALL_RTP_G711.pcap" << 0;
    QTest::newRow("Asterisk_ZFONE_XLITE call 1") << "Asterisk_ZFONE_XLITE.pcap" << 0;
}

void TestOpenDrawing::badgesFollowTheFindings()
{
    QFETCH(QString, file);
    QFETCH(int, call);
    const CaptureReadResult capture = CaptureFile::read(QStringLiteral(SIPLAB_PCAP_DIR "/") + file);
    QVERIFY2(capture.ok(), qPrintable(capture.error));
    const QList<CapturedCall> calls = CaptureCalls::group(capture);
    QVERIFY(call < calls.size());
    const CapturedCall &c = calls[call];
    QMap<QString, int> expected;
    for (int k = 0; k < c.messages.size(); ++k) {
        if (const std::optional<FindingSeverity> worst = c.worstFinding(k))
            expected[*worst == FindingSeverity::Error     ? QStringLiteral("f-error")
                     : *worst == FindingSeverity::Warning ? QStringLiteral("f-warning")
                                                          : QStringLiteral("f-note")] += 1;
    }
    QString error;
    const QByteArray svg = OpenDrawing::bytes(c, ExportFormat::Svg, LadderExportOptions(), &error);
    QVERIFY2(svg.contains("<svg"), qPrintable(error));
    QMap<QString, int> drawn;
    static const QRegularExpression badge(QStringLiteral("class=\"m [^\"]*(f-error|f-warning|f-note)\""));
    for (auto it = badge.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        drawn[it.next().captured(1)] += 1;
    QCOMPARE(drawn, expected);
    // The style sheet colours badges only when there are some.
    QCOMPARE(svg.contains(".f-error .mb{"), !expected.isEmpty());
}

void TestOpenDrawing::otherDrawings()
{
    const CaptureReadResult capture = CaptureFile::read(QStringLiteral(SIPLAB_PCAP_DIR "/DTMFsipinfo.pcap"));
    QVERIFY2(capture.ok(), qPrintable(capture.error));
    const CapturedCall c = CaptureCalls::group(capture).value(0);
    LadderExportOptions options;
    options.title = QStringLiteral("DTMF");
    QString error;
    QVERIFY2(OpenDrawing::bytes(c, ExportFormat::Png, options, &error).startsWith("\x89PNG"), qPrintable(error));
    QVERIFY2(OpenDrawing::bytes(c, ExportFormat::Pdf, options, &error).startsWith("%PDF-"), qPrintable(error));
    const QByteArray html = OpenDrawing::bytes(c, ExportFormat::Html, options, &error);
    QVERIFY2(html.contains("<svg") && html.contains("DTMF"), qPrintable(error));
}

QTEST_MAIN(TestOpenDrawing)
#include "tst_opendrawing.moc"
