// ExportFormats: the one table of export formats (names, extensions, text or binary, painter).
#include "exportformat.h"

#include <QSet>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::ExportFormat)

class TestExportFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
    void unknown_data();
    void unknown();
    void everyFormatHasOneRow();
    void lists();
};

void TestExportFormat::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<bool>("needsPainter");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("svg") << "svg"
                         << "a/b.SVG" << ExportFormat::Svg << false << true << "image/svg+xml";
    QTest::newRow("png") << "PNG"
                         << "x.png" << ExportFormat::Png << true << true << "image/png";
    QTest::newRow("pdf") << "pdf"
                         << "x.pdf" << ExportFormat::Pdf << true << true << "application/pdf";
    QTest::newRow("text") << "text"
                          << "x.txt" << ExportFormat::Text << false << false << "text/plain";
    QTest::newRow("txt alias") << "txt"
                               << "dir.d/x.TXT" << ExportFormat::Text << false << false << "text/plain";
    QTest::newRow("ladder") << "ladder"
                            << "" << ExportFormat::Ladder << false << false << "text/plain";
    QTest::newRow("mermaid") << "mermaid"
                             << "x.mmd" << ExportFormat::Mermaid << false << false << "text/vnd.mermaid";
    QTest::newRow("mmd alias") << " mmd "
                               << "x.mmd" << ExportFormat::Mermaid << false << false << "text/vnd.mermaid";
    QTest::newRow("plantuml") << "plantuml"
                              << "x.puml" << ExportFormat::PlantUml << false << false << "text/x-plantuml";
    QTest::newRow("pcap") << "pcap"
                          << "x.pcap" << ExportFormat::Pcap << true << false
                          << "application/vnd.tcpdump.pcap";
    QTest::newRow("json") << "json"
                          << "x.json" << ExportFormat::Json << false << false << "application/json";
}

void TestExportFormat::table()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(ExportFormat, format);
    QFETCH(bool, binary);
    QFETCH(bool, needsPainter);
    QFETCH(QString, mimeType);
    QCOMPARE(ExportFormats::fromName(name), std::optional<ExportFormat>(format));
    if (!path.isEmpty())
        QCOMPARE(ExportFormats::fromPath(path), std::optional<ExportFormat>(format));
    const ExportFormatInfo &info = ExportFormats::info(format);
    QCOMPARE(info.format, format);
    QCOMPARE(info.binary, binary);
    QCOMPARE(info.needsPainter, needsPainter);
    QCOMPARE(info.mimeType, mimeType);
    QVERIFY(ExportFormats::extensions().contains(QLatin1Char('.') + info.extension));
}

void TestExportFormat::unknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("gif") << "gif";
    QTest::newRow("docx") << "x.docx";
    QTest::newRow("empty") << "";
    QTest::newRow("no extension") << "ladder";
    QTest::newRow("a --format name is no extension") << "x.text";
    QTest::newRow("mermaid as extension") << "x.mermaid";
}

void TestExportFormat::unknown()
{
    QFETCH(QString, text);
    QVERIFY(!ExportFormats::fromPath(text));
    if (!text.contains(QLatin1Char('.')) && !text.isEmpty() && text != QLatin1String("ladder"))
        QVERIFY(!ExportFormats::fromName(text));
}

void TestExportFormat::everyFormatHasOneRow()
{
    QSet<int> seen;
    QSet<QString> names;
    for (const ExportFormatInfo &f : ExportFormats::all()) {
        QVERIFY2(!seen.contains(int(f.format)), qPrintable(f.name));
        seen.insert(int(f.format));
        QVERIFY(!names.contains(f.name));
        names.insert(f.name);
        for (const QString &alias : f.aliases) {
            QVERIFY(!names.contains(alias));
            names.insert(alias);
        }
        // A painter format needs a QGuiApplication; only SVG and the HTML handout of them are text.
        if (f.needsPainter && f.format != ExportFormat::Svg && f.format != ExportFormat::Html)
            QVERIFY(f.binary);
    }
    QCOMPARE(seen.size(), int(ExportFormat::Html) + 1);
}

void TestExportFormat::lists()
{
    // The --format names and the -o extensions, in the order the CLI's messages print them.
    QCOMPARE(ExportFormats::names().join(QLatin1Char(' ')),
             QStringLiteral("svg png pdf text ladder mermaid plantuml pcap json html"));
    QCOMPARE(ExportFormats::extensions().join(QLatin1Char(' ')),
             QStringLiteral(".svg .png .pdf .txt .mmd .puml .pcap .json .html"));
}

QTEST_GUILESS_MAIN(TestExportFormat)
#include "tst_exportformat.moc"
