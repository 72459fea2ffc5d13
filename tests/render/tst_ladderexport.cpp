// LadderExport and LadderImageExporter: SVG, PNG and PDF files are checked with the real tools
// (rsvg-convert renders the SVG, pdftoppm renders every PDF page); the SVG has its <title> and
// its text as text, Chinese included; footnotes, lanes, DPI and the size cap.
#include "engine.h"
#include "ladderexport.h"
#include "textladderexporter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace SipLab;

namespace {
int runTool(const QString &program, const QStringList &arguments, QByteArray *stdOut = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return -1;
    if (stdOut)
        *stdOut = p.readAllStandardOutput();
    return p.exitCode();
}

CallTrace longTrace(int provisional)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses.clear();
    for (int i = 0; i < provisional; ++i)
        s.uas.responses.append({180, 10, false});
    s.uas.responses.append({200, 10, false});
    return Engine::run(s);
}
} // namespace

class TestLadderExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void svgRendersWithTitleAndChineseText();
    void pngResolutionAndSize();
    void pdfPagesRender_data();
    void pdfPagesRender();
    void footnotesMakeTheImageTaller();
    void hiddenLanesNarrowTheImage();
    void tooLargePngIsRefused();
    void tooManyMessagesForAnImage();
    void writeIsAtomicAndReportsErrors();

private:
    QTemporaryDir m_dir;
};

void TestLadderExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(runTool(QStringLiteral("rsvg-convert"), {QStringLiteral("--version")}) == 0,
             "rsvg-convert is needed (librsvg2-bin)");
    QVERIFY2(runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}) == 0,
             "pdfinfo is needed (poppler-utils)");
}

void TestLadderExport::formats_data()
{
    QTest::addColumn<int>("format");
    for (const ExportFormatInfo &f : ExportFormats::all())
        QTest::newRow(qPrintable(f.name)) << int(f.format);
}

void TestLadderExport::formats()
{
    QFETCH(int, format);
    // Every format of the table gives bytes for a basic call.
    QString error;
    const QByteArray bytes = LadderExport::bytes(Engine::run(Scenario::defaultScenario()),
                                                 ExportFormat(format), {}, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
}

void TestLadderExport::svgRendersWithTitleAndChineseText()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    LadderImageOptions o;
    o.title = QStringLiteral("Basic call <&> 基本呼叫");
    o.notes = ShownLanguages::Both;
    const QString path = m_dir.filePath(QStringLiteral("call.svg"));
    QString error;
    QVERIFY2(LadderExport::write(trace, path, ExportFormat::Svg, o, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    QVERIFY(svg.contains(QStringLiteral("<title>Basic call &lt;&amp;&gt; 基本呼叫</title>")));
    // Well-formed XML (rsvg-convert below would refuse anything else, too).
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Text is text: the labels, and the Chinese footnotes, are <text> elements.
    QVERIFY(QRegularExpression(QStringLiteral("<text[^>]*>\\s*F1 INVITE \\[1\\]\\s*</text>"))
                .match(svg)
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("<text[^>]*>[^<]*主叫[^<]*</text>")).match(svg).hasMatch());
    const QString png = m_dir.filePath(QStringLiteral("call-rsvg.png"));
    QCOMPARE(runTool(QStringLiteral("rsvg-convert"), {path, QStringLiteral("-o"), png}), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    const LadderLayout layout = LadderLayout::build(trace);
    QVERIFY(image.width() >= int(layout.size().width()) - 1);
    QVERIFY(image.height() > int(layout.size().height())); // the title and the footnotes below
}

void TestLadderExport::pngResolutionAndSize()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    LadderImageOptions o;
    o.pngDpi = 300;
    const QImage image = LadderImageExporter::png(trace, o);
    const LadderLayout layout = LadderLayout::build(trace);
    QCOMPARE(image.width(), qRound(layout.size().width() * 300 / 96.0));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    o.pngDpi = 0;
    o.pngScale = 1;
    const QImage small = LadderImageExporter::png(trace, o);
    QCOMPARE(small.width(), qRound(layout.size().width()));
    QCOMPARE(qRound(small.dotsPerMeterX() * 0.0254), 96);
    // The PNG file round-trips through the encoder.
    const QString path = m_dir.filePath(QStringLiteral("call.png"));
    QVERIFY(LadderExport::write(trace, path, ExportFormat::Png, o, nullptr));
    QCOMPARE(QImageReader(path).size(), small.size());
}

void TestLadderExport::pdfPagesRender_data()
{
    QTest::addColumn<int>("provisional");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("notes");
    QTest::newRow("short") << 0 << false << int(ShownLanguages::None);
    QTest::newRow("short with notes") << 0 << false << int(ShownLanguages::Both);
    QTest::newRow("long portrait") << 80 << false << int(ShownLanguages::None);
    QTest::newRow("long landscape notes") << 80 << true << int(ShownLanguages::English);
}

void TestLadderExport::pdfPagesRender()
{
    QFETCH(int, provisional);
    QFETCH(bool, landscape);
    QFETCH(int, notes);
    const CallTrace trace = longTrace(provisional);
    LadderImageOptions o;
    o.title = QStringLiteral("Ladder");
    o.notes = ShownLanguages(notes);
    o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    int pages = 0;
    const QByteArray pdf = LadderImageExporter::pdf(trace, o, &pages);
    QVERIFY(pages >= 1);
    if (provisional > 0)
        QVERIFY(pages > 1);
    const QString path = m_dir.filePath(
        QStringLiteral("%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QByteArray info;
    QCOMPARE(runTool(QStringLiteral("pdfinfo"), {path}, &info), 0);
    const QRegularExpressionMatch pagesLine =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info));
    QVERIFY2(pagesLine.hasMatch(), info.constData());
    QCOMPARE(pagesLine.captured(1).toInt(), pages);
    // pdftoppm renders every page.
    const QString prefix = path.chopped(4);
    QCOMPARE(runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path, prefix}),
             0);
    const QStringList rendered =
        QDir(m_dir.path()).entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")});
    QCOMPARE(rendered.size(), pages);
    for (const QString &page : rendered) {
        const QImage image(m_dir.filePath(page));
        QVERIFY(!image.isNull());
        QCOMPARE(image.width() > image.height(), landscape);
    }
}

void TestLadderExport::footnotesMakeTheImageTaller()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    LadderImageOptions o;
    o.pngScale = 1;
    const int plain = LadderImageExporter::png(trace, o).height();
    o.notes = ShownLanguages::English;
    const int english = LadderImageExporter::png(trace, o).height();
    o.notes = ShownLanguages::Both;
    const int both = LadderImageExporter::png(trace, o).height();
    QVERIFY(english > plain);
    QVERIFY(both > english);
}

void TestLadderExport::hiddenLanesNarrowTheImage()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    const CallTrace trace = Engine::run(s);
    LadderImageOptions o;
    o.pngScale = 1;
    const int all = LadderImageExporter::png(trace, o).width();
    o.hiddenNodes = {trace.nodeIndex(QStringLiteral("P2"))};
    const int three = LadderImageExporter::png(trace, o).width();
    QCOMPARE(all - three, int(o.layout.laneWidth));
    o.showTimes = false;
    const int noTime = LadderImageExporter::png(trace, o).width();
    QCOMPARE(three - noTime, int(o.layout.timeColumnWidth));
}

void TestLadderExport::tooLargePngIsRefused()
{
    const CallTrace trace = longTrace(1000);
    LadderImageOptions o;
    o.pngScale = 8;
    QString error;
    QVERIFY(LadderExport::bytes(trace, ExportFormat::Png, o, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("too large")) && error.contains(QLatin1String("SVG or PDF")),
             qPrintable(error));
}

void TestLadderExport::tooManyMessagesForAnImage()
{
    CallTrace trace = Engine::run(Scenario::defaultScenario());
    const QList<TraceMessage> one = trace.messages;
    while (trace.messages.size() <= LadderImageExporter::MaxMessagesForImages)
        trace.messages += one;
    for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf}) {
        QString error;
        QVERIFY(LadderExport::bytes(trace, f, {}, &error).isEmpty());
        QVERIFY2(error.contains(QString::number(LadderImageExporter::MaxMessagesForImages)) && error.contains(QLatin1String("text or pcap")),
                 qPrintable(error));
    }
    // Text formats have no such cap.
    QVERIFY(!LadderExport::bytes(trace, ExportFormat::Text, {}, nullptr).isEmpty());
}

void TestLadderExport::writeIsAtomicAndReportsErrors()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    QString error;
    QVERIFY(!LadderExport::write(trace, QStringLiteral("/nonexistent-dir/x.svg"), ExportFormat::Svg,
                                 {}, &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent-dir/x.svg")), qPrintable(error));
    // An existing file is replaced whole.
    const QString path = m_dir.filePath(QStringLiteral("replace.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100000, 'x'));
    f.close();
    QVERIFY(LadderExport::write(trace, path, ExportFormat::Text, {}, &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), TextLadderExporter::list(trace, true));
}

QTEST_MAIN(TestLadderExport)
#include "tst_ladderexport.moc"
