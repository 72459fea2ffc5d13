// siplab-cli run -o FILE / --format: the format follows the extension, every format is written
// and checked with the tool that reads it (tshark, rsvg-convert, pdfinfo, plantuml), and the
// errors name what is wrong. Runs the real siplab-cli binary (as a user would, offscreen).
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
using Result = CliRunner::Result;

Result cli(const QStringList &args)
{
    // No display and no QT_QPA_PLATFORM: siplab-cli must draw images offscreen by itself.
    return CliRunner::runProcess(QStringLiteral(SIPLAB_BINARY_DIR "/bin/siplab-cli"),
                   QStringList{QStringLiteral("run")} + args, true);
}
} // namespace

class TestRunExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyExtension_data();
    void everyExtension();
    void pcapMatchesTheTextLadder();
    void plantumlAcceptsTheOutput();
    void textFormatsGoToStandardOutput_data();
    void textFormatsGoToStandardOutput();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
};

void TestRunExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SIPLAB_BINARY_DIR "/bin/siplab-cli")), "siplab-cli must be built");
}

void TestRunExport::everyExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic"); // the file starts with these bytes
    QTest::newRow("svg") << "call.svg" << QStringList{"--title", "Basic call", "--notes", "zh"}
                         << QByteArray("<?xml");
    QTest::newRow("png") << "call.png" << QStringList{"--dpi", "192"} << QByteArray("\x89PNG");
    QTest::newRow("pdf") << "call.pdf" << QStringList{"--page", "Letter", "--landscape"}
                         << QByteArray("%PDF");
    QTest::newRow("txt") << "call.txt" << QStringList{"--times"} << QByteArray("   0 F1 UAC -> P1: INVITE\n");
    QTest::newRow("mmd") << "call.mmd" << QStringList{"--notes", "en"} << QByteArray("sequenceDiagram\n");
    QTest::newRow("puml") << "call.puml" << QStringList{"--notes", "both"} << QByteArray("@startuml\n");
    QTest::newRow("pcap") << "call.pcap" << QStringList() << QByteArray("\xd4\xc3\xb2\xa1", 4);
    QTest::newRow("json") << "call.json" << QStringList() << QByteArray("{");
    QTest::newRow("ladder by --format") << "call.out" << QStringList{"--format", "ladder"} << QByteArray(" ");
    QTest::newRow("html") << "call.html" << QStringList{"--title", "Basic call"} << QByteArray("<!DOCTYPE html>\n");
    QTest::newRow("html by --format") << "call.out.htm" << QStringList{"--format", "html"} << QByteArray("<!DOCTYPE html>\n");
    QTest::newRow("svg, --detail messages") << "slide.svg" << QStringList{"--detail", "messages"} << QByteArray("<?xml");
}

void TestRunExport::everyExtension()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(file);
    const Result r = cli(QStringList{QStringLiteral("-o"), path} + extra);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.startsWith(magic), bytes.left(40).toHex().constData());
    if (file == QLatin1String("slide.svg")) {
        // Arrows only: no transaction-state or timer tags.
        QVERIFY(bytes.contains("<g id=\"F1\" class=\"m req\">"));
        QVERIFY(!bytes.contains("<g class=\"n"));
        QVERIFY(cli({QStringLiteral("--format"), QStringLiteral("svg")}).out.contains(QLatin1String("<g class=\"n txn\">")));
    } else if (file.contains(QLatin1String(".htm"))) {
        QVERIFY(bytes.contains("<g id=\"F1\" class=\"m req\">"));
        QVERIFY(bytes.contains("<script type=\"application/json\" id=\"siplab-data\">"));
        QVERIFY(!bytes.contains(" src="));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<title>Basic call</title>"));
        QCOMPARE(CliRunner::runProcess(QStringLiteral("rsvg-convert"),
                         {path, QStringLiteral("-o"), path + QStringLiteral(".png")})
                     .code,
                 0);
        QVERIFY(!QImage(path + QStringLiteral(".png")).isNull());
    } else if (file.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    } else if (file.endsWith(QLatin1String(".pdf"))) {
        const Result info = CliRunner::runProcess(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(info.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("Page size:\\s+792 x 612 pts \\(letter\\)"))
                     .match(info.out)
                     .hasMatch(),
                 qPrintable(info.out));
    } else if (file.endsWith(QLatin1String(".out"))) {
        QVERIFY(QRegularExpression(QStringLiteral("│─+ F1 INVITE ─+►│"))
                    .match(QString::fromUtf8(bytes))
                    .hasMatch());
    }
}

void TestRunExport::pcapMatchesTheTextLadder()
{
    const QStringList scenario{QStringLiteral("--proxies"), QStringLiteral("2"), QStringLiteral("--uas"),
                               QStringLiteral("180,486")};
    const QString path = m_dir.filePath(QStringLiteral("busy.pcap"));
    QCOMPARE(cli(scenario + QStringList{QStringLiteral("-o"), path}).code, 0);
    const Result text = cli(scenario);
    QCOMPARE(text.code, 0);
    const Result tshark = CliRunner::runProcess(QStringLiteral("tshark"),
                                  {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                                   QStringLiteral("-e"), QStringLiteral("sip.Method"), QStringLiteral("-e"),
                                   QStringLiteral("sip.Status-Code")});
    QCOMPARE(tshark.code, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList frames = tshark.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(frames.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString what =
            lines[i].section(QStringLiteral(": "), 1).section(QLatin1Char(' '), 0, 0); // "INVITE" or "486"
        QVERIFY2(frames[i].trimmed() == what, qPrintable(lines[i] + QStringLiteral(" vs ") + frames[i]));
    }
}

void TestRunExport::plantumlAcceptsTheOutput()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.puml"));
    QCOMPARE(cli({QStringLiteral("--uas"), QStringLiteral("180,200"), QStringLiteral("--uac-cancel-after-ms"),
                  QStringLiteral("300"), QStringLiteral("--notes"), QStringLiteral("both"),
                  QStringLiteral("-o"), path})
                 .code,
             0);
    const Result r =
        CliRunner::runProcess(QStringLiteral("plantuml"), {QStringLiteral("-tsvg"), QStringLiteral("-failfast2"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("cancel.svg"))));
}

void TestRunExport::textFormatsGoToStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("starts");
    QTest::newRow("text") << "text"
                          << "F1 UAC -> P1: INVITE\n";
    QTest::newRow("mermaid") << "mermaid"
                             << "sequenceDiagram\n";
    QTest::newRow("plantuml") << "plantuml"
                              << "@startuml\n";
    QTest::newRow("ladder") << "ladder"
                            << " ";
    QTest::newRow("json") << "json"
                          << "{";
    QTest::newRow("svg") << "svg" << "<?xml";
}

void TestRunExport::textFormatsGoToStandardOutput()
{
    QFETCH(QString, format);
    QFETCH(QString, starts);
    const Result r = cli({QStringLiteral("--format"), format});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(starts), qPrintable(r.out.left(80)));
}

void TestRunExport::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown extension")
        << QStringList{"-o", "x.docx"}
        << "unsupported output format '.docx' (use .svg .png .pdf .txt .mmd .puml .pcap .json";
    QTest::newRow("unknown format")
        << QStringList{"--format", "gif"}
        << "--format must be one of svg, png, pdf, text, ladder, mermaid, plantuml, pcap, json, html, not 'gif'";
    QTest::newRow("bad detail") << QStringList{"--detail", "some", "-o", "x.svg"}
                                << "--detail must be full or messages, not 'some'";
    QTest::newRow("binary to stdout")
        << QStringList{"--format", "png"} << "png is binary: write it to a file with -o FILE.png";
    QTest::newRow("bad notes") << QStringList{"--notes", "fr", "--format", "mermaid"}
                               << "--notes must be en, zh, both or none, not 'fr'";
    QTest::newRow("bad lanes") << QStringList{"--lanes", "UAC,P9"}
                               << "--lanes: no lane 'P9' in this call (lanes: UAC,P1,UAS)";
    QTest::newRow("one lane") << QStringList{"--lanes", "UAC"} << "--lanes needs at least two lanes";
    QTest::newRow("bad page") << QStringList{"--page", "B5", "-o", "x.pdf"}
                              << "--page must be A4, A3, Letter or Legal, not 'B5'";
    QTest::newRow("bad dpi") << QStringList{"--dpi", "5", "-o", "x.png"} << "--dpi must be 24-1200, not '5'";
    QTest::newRow("bad scale") << QStringList{"--scale", "abc", "-o", "x.png"}
                               << "--scale must be a number from 0.25 to 8, not 'abc'";
    QTest::newRow("unwritable") << QStringList{"-o", "/nonexistent-dir/x.svg"}
                                << "/nonexistent-dir/x.svg: cannot write";
}

void TestRunExport::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRunExport)
#include "tst_runexport.moc"
