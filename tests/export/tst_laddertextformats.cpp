// LadderTextFormats: the five formats written with Qt Core alone (what siplab-cli run writes
// without its commands module) are exactly the table's formats that are neither drawn nor HTML
// nor pcap, and each is the writer's own output with the options given.
#include "engine.h"
#include "exportformat.h"
#include "laddertextformats.h"
#include "mermaidexporter.h"
#include "plantumlexporter.h"
#include "scenario.h"
#include "textladderexporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SipLab;

class TestLadderTextFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFormat_data();
    void everyFormat();
};

void TestLadderTextFormats::everyFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("written");
    QTest::addColumn<QString>("start"); // what the file begins with
    QTest::newRow("text") << ExportFormat::Text << true << "T\n\n   0 F1 UAC -> P1: INVITE";
    QTest::newRow("ladder") << ExportFormat::Ladder << true << "T\n";
    QTest::newRow("mermaid") << ExportFormat::Mermaid << true << "sequenceDiagram";
    QTest::newRow("plantuml") << ExportFormat::PlantUml << true << "@startuml";
    QTest::newRow("json") << ExportFormat::Json << true << "{";
    QTest::newRow("svg") << ExportFormat::Svg << false << "";
    QTest::newRow("png") << ExportFormat::Png << false << "";
    QTest::newRow("pdf") << ExportFormat::Pdf << false << "";
    QTest::newRow("html") << ExportFormat::Html << false << "";
    QTest::newRow("pcap") << ExportFormat::Pcap << false << "";
}

void TestLadderTextFormats::everyFormat()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, written);
    QFETCH(QString, start);
    QCOMPARE(LadderTextFormats::writes(format), written);
    // Every format of the table is in one of the two parts: written here, or drawn, HTML or pcap.
    const ExportFormatInfo &info = ExportFormats::info(format);
    QCOMPARE(written, !info.needsPainter && !info.binary && format != ExportFormat::Html);

    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    LadderExportOptions options;
    options.title = QStringLiteral("T");
    options.notes = ShownLanguages::Both;
    const QByteArray bytes = LadderTextFormats::bytes(trace, format, options);
    if (!written) {
        QVERIFY(bytes.isEmpty());
        return;
    }
    QVERIFY2(bytes.startsWith(start.toUtf8()), bytes.left(120).constData());
    switch (format) {
    case ExportFormat::Text:
        QCOMPARE(bytes, TextLadderExporter::list(trace, options).toUtf8());
        QVERIFY(bytes.contains("180 Ringing")); // the notes asked for
        break;
    case ExportFormat::Ladder:
        QCOMPARE(bytes, TextLadderExporter::drawing(trace, options).toUtf8());
        break;
    case ExportFormat::Mermaid:
        QCOMPARE(bytes, MermaidExporter::toMermaid(trace, options).toUtf8());
        break;
    case ExportFormat::PlantUml:
        QCOMPARE(bytes, PlantUmlExporter::toPlantUml(trace, options).toUtf8());
        break;
    case ExportFormat::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(bytes, trace.toJson());
        break;
    }
    default:
        QFAIL("a format this class does not write");
    }
}

QTEST_GUILESS_MAIN(TestLadderTextFormats)
#include "tst_laddertextformats.moc"
