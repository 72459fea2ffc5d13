// RunDrawing: siplab-cli run's drawing options (RunExportOptions, Qt Core types) reach the
// drawing as the Export dialog's LadderImageOptions would: page size and orientation of the PDF,
// PNG scale and resolution, the clean diagram, the notes, the lanes.
#include "engine.h"
#include "ladderexport.h"
#include "rundrawing.h"
#include "scenario.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>

using namespace SipLab;

namespace {
QSize pngSize(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    return reader.size();
}

/// The first page's /MediaBox of a PDF, in points: "595 842".
QString mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
    if (!m.hasMatch())
        return {};
    return QStringLiteral("%1 %2").arg(qRound(m.captured(1).toDouble())).arg(qRound(m.captured(2).toDouble()));
}
} // namespace

class TestRunDrawing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pages_data();
    void pages();
    void pngScale_data();
    void pngScale();
    void sameAsTheExportOptions();
};

void TestRunDrawing::pages_data()
{
    using Page = RunExportOptions::Page;
    QTest::addColumn<std::optional<Page>>("page"); // nothing: the default
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("box");
    QTest::newRow("default") << std::optional<Page>() << false << "595 842";
    QTest::newRow("a4") << std::optional<Page>(Page::A4) << false << "595 842";
    QTest::newRow("a3") << std::optional<Page>(Page::A3) << false << "842 1191";
    QTest::newRow("letter landscape") << std::optional<Page>(Page::Letter) << true << "792 612";
    QTest::newRow("legal") << std::optional<Page>(Page::Legal) << false << "612 1008";
}

void TestRunDrawing::pages()
{
    QFETCH(std::optional<RunExportOptions::Page>, page);
    QFETCH(bool, landscape);
    QFETCH(QString, box);
    RunExportOptions options;
    if (page)
        options.page = *page;
    options.landscape = landscape;
    QString error;
    const QByteArray pdf = RunDrawing::bytes(Engine::run(Scenario::defaultScenario()), ExportFormat::Pdf, options, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    QCOMPARE(mediaBox(pdf), box);
}

void TestRunDrawing::pngScale_data()
{
    QTest::addColumn<double>("scale"); // 0: unset
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("factor"); // pixels per layout unit
    QTest::newRow("default") << 0.0 << 0 << 2.0;
    QTest::newRow("scale 1") << 1.0 << 0 << 1.0;
    QTest::newRow("scale 3") << 3.0 << 0 << 3.0;
    QTest::newRow("dpi 144") << 0.0 << 144 << 1.5;
}

void TestRunDrawing::pngScale()
{
    QFETCH(double, scale);
    QFETCH(int, dpi);
    QFETCH(double, factor);
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    RunExportOptions options;
    if (scale > 0)
        options.pngScale = scale;
    options.pngDpi = dpi;
    QString error;
    const QSize size = pngSize(RunDrawing::bytes(trace, ExportFormat::Png, options, &error));
    QVERIFY2(size.isValid(), qPrintable(error));
    const QSizeF layout = LadderPicture::build(trace, LadderImageOptions()).size();
    QCOMPARE(size.width(), qCeil(layout.width() * factor));
    QCOMPARE(size.height(), qCeil(layout.height() * factor));
}

void TestRunDrawing::sameAsTheExportOptions()
{
    // Title, notes, hidden lanes, time column and the clean diagram give the SVG LadderExport
    // writes from the same choices made in LadderImageOptions.
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    RunExportOptions run;
    run.title = QStringLiteral("Busy");
    run.notes = ShownLanguages::Both;
    run.hiddenNodes = {2};
    run.showTimes = false;
    run.showAnnotations = false;
    LadderImageOptions image;
    image.title = run.title;
    image.notes = run.notes;
    image.hiddenNodes = run.hiddenNodes;
    image.showTimes = false;
    image.layout.showAnnotations = false;
    QString error;
    const QByteArray fromRun = RunDrawing::bytes(trace, ExportFormat::Svg, run, &error);
    QVERIFY2(fromRun.contains("<svg"), qPrintable(error));
    QCOMPARE(fromRun, LadderExport::bytes(trace, ExportFormat::Svg, image, &error));
    QVERIFY(fromRun != RunDrawing::bytes(trace, ExportFormat::Svg, RunExportOptions(), &error));
}

QTEST_MAIN(TestRunDrawing)
#include "tst_rundrawing.moc"
