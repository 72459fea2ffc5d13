// LadderSvgWriter: the SVG written straight from the display list is valid XML for xmllint,
// has one <g id="F7"> per message with a <title> tooltip and CSS classes, and, rendered by
// rsvg-convert, looks like the PNG QPainter paints from the same display list (per-pixel
// comparison). Footnotes wrap inside the picture's width in SVG and PNG alike; --detail
// messages drops the state and timer tags.
#include "engine.h"
#include "ladderdisplaylist.h"
#include "ladderexport.h"
#include "laddersvgwriter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

namespace {
int runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitCode();
}

/// 0: basic call; 1: two proxies, 180 then 486 (long footnotes); 2: lost INVITE (retransmission
/// and a lost cross); 3: 183 reliable then 200 with PRACK.
CallTrace traceFor(int which)
{
    Scenario s = Scenario::defaultScenario();
    switch (which) {
    case 1:
        s.setProxyCount(2);
        s.uas.responses = {{180, 100, false}, {486, 1000, false}};
        break;
    case 2:
        s.network.drop = {1};
        break;
    case 3:
        s.uas.responses = {{183, 100, true}, {200, 1000, false}};
        break;
    default:
        break;
    }
    return Engine::run(s);
}

/// Share of pixels (or of blocks of block x block pixels, compared by their mean colour) whose
/// colour differs by more than `fuzz` (0-255) in any channel.
double differingShare(const QImage &a, const QImage &b, int fuzz, int block = 1)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differ = 0, total = 0;
    for (int top = 0; top + block <= x.height(); top += block) {
        for (int left = 0; left + block <= x.width(); left += block) {
            int sum[2][3] = {};
            for (int row = top; row < top + block; ++row) {
                const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
                const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
                for (int col = left; col < left + block; ++col) {
                    sum[0][0] += qRed(p[col]), sum[0][1] += qGreen(p[col]), sum[0][2] += qBlue(p[col]);
                    sum[1][0] += qRed(q[col]), sum[1][1] += qGreen(q[col]), sum[1][2] += qBlue(q[col]);
                }
            }
            const int n = block * block;
            for (int c = 0; c < 3; ++c) {
                if (qAbs(sum[0][c] - sum[1][c]) > fuzz * n) {
                    ++differ;
                    break;
                }
            }
            ++total;
        }
    }
    return double(differ) / double(qMax<qint64>(1, total));
}

/// Columns right of `x` (from `top` down) that hold anything but the background.
int inkRightOf(const QImage &image, int x, int top)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int ink = 0;
    for (int row = top; row < img.height(); ++row) {
        for (int col = x; col < img.width(); ++col) {
            const QRgb p = img.pixel(col, row);
            if (qRed(p) < 200 || qGreen(p) < 200 || qBlue(p) < 200)
                ++ink;
        }
    }
    return ink;
}
} // namespace

class TestLadderSvgWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structure_data();
    void structure();
    void matchesPng_data();
    void matchesPng();
    void footnotesWrapInsideThePicture_data();
    void footnotesWrapInsideThePicture();
    void detailMessagesDropsTags();

private:
    QTemporaryDir m_dir;
};

void TestLadderSvgWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(runTool(QStringLiteral("rsvg-convert"), {QStringLiteral("--version")}) == 0, "rsvg-convert is needed (librsvg2-bin)");
    QVERIFY2(runTool(QStringLiteral("xmllint"), {QStringLiteral("--version")}) == 0, "xmllint is needed (libxml2-utils)");
}

void TestLadderSvgWriter::structure_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("notes");
    QTest::newRow("basic") << 0 << int(ShownLanguages::None);
    QTest::newRow("busy, notes both") << 1 << int(ShownLanguages::Both);
    QTest::newRow("lost invite, notes zh") << 2 << int(ShownLanguages::Chinese);
    QTest::newRow("prack") << 3 << int(ShownLanguages::English);
}

void TestLadderSvgWriter::structure()
{
    QFETCH(int, which);
    QFETCH(int, notes);
    const CallTrace trace = traceFor(which);
    LadderImageOptions o;
    o.title = QStringLiteral("Call <%1> & 呼叫").arg(which);
    o.notes = ShownLanguages(notes);
    const QByteArray svg = LadderSvgWriter::write(trace, o);
    const QString path = m_dir.filePath(QStringLiteral("structure-%1.svg").arg(which));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(svg);
    f.close();
    QByteArray output;
    QVERIFY2(runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path}, &output) == 0, output.constData());
    const QString text = QString::fromUtf8(svg);
    // Written directly: no QSvgGenerator output, one <style> block with the classes.
    QVERIFY(!text.contains(QLatin1String("Qt SVG")));
    QCOMPARE(text.count(QLatin1String("<style>")), 1);
    QVERIFY(text.contains(QLatin1String(".r1xx line{stroke:")));
    QVERIFY(text.contains(QLatin1String(".rt line{stroke-dasharray:")));
    QVERIFY(text.contains(QLatin1String("'Noto Sans CJK SC'")));
    QVERIFY(text.contains(QStringLiteral("<title>Call &lt;%1&gt; &amp; 呼叫</title>").arg(which)));
    // One group per message, with its F-number as id, its kind as class and a tooltip.
    for (const TraceMessage &m : trace.messages) {
        const QRegularExpression group(QStringLiteral("<g id=\"F%1\" class=\"m (req|r[1-6]xx)( rt)?( lost)?\"><title>F%1 ([^<]*)</title>")
                                           .arg(m.fNumber));
        const QRegularExpressionMatch match = group.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("F%1").arg(m.fNumber)));
        QCOMPARE(match.captured(1), QString::fromLatin1(LadderSvgWriter::kindClass(m.message.isRequest() ? ArrowKind::Request
                                                                                    : ArrowKind(m.message.statusCode() / 100))));
        QCOMPARE(!match.captured(2).isEmpty(), m.retransmission);
        QCOMPARE(!match.captured(3).isEmpty(), m.lost);
        if (!m.rule.isNull()) {
            const Language l = ShownLanguages(notes) == ShownLanguages::Chinese ? Language::Chinese : Language::English;
            QVERIFY2(match.captured(4).contains(m.rule.explanation(l).left(20).toHtmlEscaped()), qPrintable(match.captured(4)));
        }
    }
    QCOMPARE(text.count(QLatin1String("<g id=\"F")), trace.messages.size());
    // Notes are groups with their kind as class; Chinese is text.
    QVERIFY(text.contains(QLatin1String("<g class=\"n txn\">")));
    if (ShownLanguages(notes) == ShownLanguages::Both || ShownLanguages(notes) == ShownLanguages::Chinese)
        QVERIFY(QRegularExpression(QStringLiteral("<text class=\"fz\"[^>]*>[^<]*[\\x{4e00}-\\x{9fff}]")).match(text).hasMatch());
}

void TestLadderSvgWriter::matchesPng_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("notes");
    QTest::addColumn<bool>("annotations");
    QTest::addColumn<bool>("markers");
    QTest::newRow("basic") << 0 << int(ShownLanguages::None) << true << false;
    QTest::newRow("busy, notes both") << 1 << int(ShownLanguages::Both) << true << false;
    QTest::newRow("lost invite, messages only") << 2 << int(ShownLanguages::English) << false << false;
    QTest::newRow("basic, finding badges") << 0 << int(ShownLanguages::None) << true << true;
}

void TestLadderSvgWriter::matchesPng()
{
    QFETCH(int, which);
    QFETCH(int, notes);
    QFETCH(bool, annotations);
    QFETCH(bool, markers);
    const CallTrace trace = traceFor(which);
    LadderImageOptions o;
    o.title = QStringLiteral("Ladder 呼叫");
    o.notes = ShownLanguages(notes);
    o.layout.showAnnotations = annotations;
    if (markers) // a capture's findings: an error, a warning and a note badge
        o.layout.markers = {MarkerSeverity::None, MarkerSeverity::Error, MarkerSeverity::Warning, MarkerSeverity::None,
                            MarkerSeverity::Note};
    o.pngScale = 1;
    const QString svgPath = m_dir.filePath(QStringLiteral("match-%1.svg").arg(which));
    const QString rsvgPath = m_dir.filePath(QStringLiteral("match-%1-rsvg.png").arg(which));
    QString error;
    QVERIFY2(LadderExport::write(trace, svgPath, ExportFormat::Svg, o, &error), qPrintable(error));
    QCOMPARE(runTool(QStringLiteral("rsvg-convert"), {svgPath, QStringLiteral("-o"), rsvgPath}), 0);
    const QImage rsvg(rsvgPath);
    const QImage png = LadderImageExporter::png(trace, o);
    QVERIFY(!rsvg.isNull() && !png.isNull());
    QCOMPARE(rsvg.size(), png.size());
    // librsvg (Pango, cairo) and QPainter anti-alias glyph edges differently, so pixel by pixel
    // a few per cent of the text's pixels differ; over blocks of 4 x 4 pixels (mean colour)
    // the two pictures agree almost everywhere. A label or a footnote a line off, text set
    // wider or narrower, a missing arrow or a wrong colour each exceed both bounds many times.
    const double pixels = differingShare(rsvg, png, 64);
    const double blocks = differingShare(rsvg, png, 48, 4);
    qInfo("%s: %.2f%% of the pixels differ by more than 64/255, %.3f%% of the 4x4 blocks by more than 48/255",
          QTest::currentDataTag(), pixels * 100, blocks * 100);
    QVERIFY2(pixels < 0.05, qPrintable(QStringLiteral("%1% of the pixels differ").arg(pixels * 100)));
    QVERIFY2(blocks < 0.005, qPrintable(QStringLiteral("%1% of the blocks differ").arg(blocks * 100)));
    // ... and the comparison can fail: the same ladder without the title (28 units higher)
    // does not match.
    LadderImageOptions shifted = o;
    shifted.title.clear();
    const QImage other = LadderImageExporter::png(trace, shifted).copy(QRect(QPoint(0, 0), rsvg.size()));
    QVERIFY(differingShare(rsvg, other, 48, 4) > 0.02);
}

void TestLadderSvgWriter::footnotesWrapInsideThePicture_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << int(ExportFormat::Svg);
    QTest::newRow("png") << int(ExportFormat::Png);
}

void TestLadderSvgWriter::footnotesWrapInsideThePicture()
{
    // siplab-cli run --proxies 2 --uas 180,486 --notes both: long English and Chinese notes.
    QFETCH(int, format);
    const CallTrace trace = traceFor(1);
    LadderImageOptions o;
    o.notes = ShownLanguages::Both;
    o.pngScale = 1;
    o.hiddenNodes = {trace.nodeIndex(QStringLiteral("P2"))}; // narrower: more wrapping
    const LadderPicture picture = LadderPicture::build(trace, o);
    // Every wrapped line fits the width as Qt measures it.
    const DisplayGroup notes = LadderDisplayList::footnotes(o.theme, QPointF(16, 0), picture.notesWidth, picture.notes);
    QVERIFY(notes.items.size() > picture.notes.size()); // some lines did wrap
    for (const DisplayItem &line : notes.items) {
        const QFontMetricsF fm(LadderDisplayList::font(o.theme, line.style));
        QVERIFY2(line.rect.left() + fm.horizontalAdvance(line.text) <= 16 + picture.notesWidth + 0.5, qPrintable(line.text));
    }
    QImage image;
    if (ExportFormat(format) == ExportFormat::Svg) {
        const QString svg = m_dir.filePath(QStringLiteral("wrap.svg"));
        const QString png = m_dir.filePath(QStringLiteral("wrap.png"));
        QVERIFY(LadderExport::write(trace, svg, ExportFormat::Svg, o, nullptr));
        QCOMPARE(runTool(QStringLiteral("rsvg-convert"), {svg, QStringLiteral("-o"), png}), 0);
        image = QImage(png);
    } else {
        image = LadderImageExporter::png(trace, o);
    }
    QVERIFY(!image.isNull());
    // Nothing is drawn in the right margin below the ladder: the text stays inside.
    const int footnotesTop = int(picture.titleHeight + picture.layout.size().height());
    QCOMPARE(inkRightOf(image, image.width() - 8, footnotesTop), 0);
    QVERIFY(inkRightOf(image, image.width() / 2, footnotesTop) > 0); // but there is text
}

void TestLadderSvgWriter::detailMessagesDropsTags()
{
    const CallTrace trace = traceFor(1);
    LadderImageOptions o;
    const QString full = QString::fromUtf8(LadderSvgWriter::write(trace, o));
    QVERIFY(full.contains(QLatin1String("<g class=\"n txn\">")));
    QVERIFY(full.contains(QLatin1String("<g class=\"n timer\">")) || full.contains(QLatin1String("<g class=\"n dialog\">")));
    o.layout.showAnnotations = false;
    const QString clean = QString::fromUtf8(LadderSvgWriter::write(trace, o));
    QVERIFY(!clean.contains(QLatin1String("<g class=\"n")));
    QCOMPARE(clean.count(QLatin1String("<g id=\"F")), trace.messages.size());
    QVERIFY(clean.size() < full.size());
}

QTEST_MAIN(TestLadderSvgWriter)
#include "tst_laddersvgwriter.moc"
