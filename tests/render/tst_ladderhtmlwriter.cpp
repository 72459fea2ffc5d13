// LadderHtmlWriter: the handout is one self-contained file (no network, no external script),
// and a real browser runs it: headless Chromium loads it, the page's "#F7" hook clicks an arrow
// (a real click event on the SVG group), and the dumped DOM shows that message's panel: the
// rule with its RFC section, the source article's Chinese beside its English, the message text.
// A screenshot is taken too.
#include "engine.h"
#include "ladderexport.h"
#include "ladderhtmlwriter.h"
#include "languagepack.h"
#include "responsecatalog.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace SipLab;

namespace {
const QString Chromium = QStringLiteral("/usr/bin/chromium");

/// Runs headless Chromium on `url` with `arguments`; its standard output.
QByteArray chromium(const QStringList &arguments, const QString &profile, int *exitCode)
{
    QProcess p;
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                     QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profile};
    args += arguments;
    p.start(Chromium, args);
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

/// Text as a browser serialises it in the DOM (only &, < and > escaped).
QString domText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;")).replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

int messageWithCode(const CallTrace &trace, int code)
{
    for (const TraceMessage &m : trace.messages) {
        if (m.message.isResponse() && m.message.statusCode() == code)
            return m.fNumber;
    }
    return 0;
}
} // namespace

class TestLadderHtmlWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfContained();
    void chromiumClickShowsThePanel_data();
    void chromiumClickShowsThePanel();
    void chromiumScreenshot();

private:
    QString write(const CallTrace &trace, const QString &name);
    QTemporaryDir m_dir;
    CallTrace m_trace;
};

void TestLadderHtmlWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Chromium), "Chromium is needed (Debian package chromium; scripts/deps.sh test)");
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = {{180, 100, false}, {486, 1000, false}};
    m_trace = Engine::run(s);
}

QString TestLadderHtmlWriter::write(const CallTrace &trace, const QString &name)
{
    const QString path = m_dir.filePath(name);
    LadderImageOptions o;
    o.title = QStringLiteral("Busy <here> & 忙");
    QString error;
    if (!LadderExport::write(trace, path, ExportFormat::Html, o, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestLadderHtmlWriter::selfContained()
{
    QFile f(write(m_trace, QStringLiteral("self.html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<title>Busy &lt;here&gt; &amp; 忙</title>")));
    // Nothing loaded from elsewhere: no src or href attributes, no URL but the SVG namespace.
    QVERIFY(!html.contains(QLatin1String(" src=")));
    QVERIFY(!html.contains(QLatin1String(" href=")));
    QCOMPARE(html.count(QLatin1String("http")), html.count(QLatin1String("xmlns=\"http://www.w3.org/2000/svg\"")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    // The inline ladder: one group per message.
    QCOMPARE(html.count(QLatin1String("<g id=\"F")), m_trace.messages.size());
    // The data block is JSON with every message and both languages of its rule.
    const QRegularExpressionMatch data =
        QRegularExpression(QStringLiteral("<script type=\"application/json\" id=\"siplab-data\">(.*?)</script>"),
                           QRegularExpression::DotMatchesEverythingOption)
            .match(html);
    QVERIFY(data.hasMatch());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.captured(1).toUtf8(), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonArray messages = doc.object().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), m_trace.messages.size());
    const TraceMessage &first = m_trace.messages.first();
    QCOMPARE(messages[0].toObject().value(QLatin1String("why")).toObject().value(QLatin1String("zh")).toString(),
             first.rule.explanation(Language::Chinese));
    QVERIFY(first.rule.explanation(Language::Chinese) != first.rule.explanation(Language::English));
}

void TestLadderHtmlWriter::chromiumClickShowsThePanel_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("lang");
    QTest::newRow("486, both languages") << 486 << "both";
    QTest::newRow("180, Chinese") << 180 << "zh";
}

void TestLadderHtmlWriter::chromiumClickShowsThePanel()
{
    QFETCH(int, code);
    QFETCH(QString, lang);
    const QString path = write(m_trace, QStringLiteral("click.html"));
    const int f = messageWithCode(m_trace, code);
    QVERIFY(f > 0);
    const TraceMessage &m = m_trace.messages[f - 1];
    QCOMPARE(m.fNumber, f);
    const QString url = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("#F%1&lang=%2").arg(f).arg(lang);
    int exitCode = 0;
    const QString dom = QString::fromUtf8(chromium({QStringLiteral("--dump-dom"), url}, m_dir.filePath(QStringLiteral("profile")), &exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY2(dom.contains(QLatin1String("id=\"panel\"")), qPrintable(dom.left(2000)));
    const QString panel = dom.section(QLatin1String("id=\"panel\""), 1).section(QLatin1String("</aside>"), 0, 0);
    // The clicked arrow is marked, the panel explains it.
    QVERIFY(QRegularExpression(QStringLiteral("<g id=\"F%1\" class=\"[^\"]*\\bcur\\b").arg(f)).match(dom).hasMatch());
    QVERIFY2(panel.contains(QStringLiteral("<h2>F%1 ").arg(f)), qPrintable(panel.left(500)));
    QVERIFY(panel.contains(domText(m.rule.explanation(Language::English))));
    QVERIFY(panel.contains(domText(m.rule.explanation(Language::Chinese))));
    QVERIFY(panel.contains(QString::fromLatin1(m.rule.section)));
    const ResponseCodeInfo *info = ResponseCatalog::find(code);
    QVERIFY(info && info->description);
    // The source article's Chinese beside its English.
    QVERIFY(panel.contains(QStringLiteral("<div class=\"zh\">%1</div>")
                               .arg(domText(ResponseCatalog::text(info->description, Language::Chinese)))));
    QVERIFY(panel.contains(QStringLiteral("<div class=\"en\">%1</div>")
                               .arg(domText(ResponseCatalog::text(info->description, Language::English)))));
    QVERIFY(panel.contains(QStringLiteral("SIP/2.0 %1").arg(code)));
    // The language switch took effect.
    QVERIFY(dom.contains(QStringLiteral("class=\"lang-%1\"").arg(lang)));
}

void TestLadderHtmlWriter::chromiumScreenshot()
{
    const QString path = write(m_trace, QStringLiteral("shot.html"));
    const QString url =
        QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("#F%1&lang=en").arg(messageWithCode(m_trace, 486));
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    int exitCode = 0;
    chromium({QStringLiteral("--screenshot=") + png, QStringLiteral("--window-size=1400,900"), QStringLiteral("--hide-scrollbars"),
              url},
             m_dir.filePath(QStringLiteral("profile2")), &exitCode);
    QCOMPARE(exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 900));
    // The highlighted label (the selection colour #fde68a) is on the screen.
    int highlighted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width() * 6 / 10; ++x)
            highlighted += image.pixel(x, y) == qRgb(0xfd, 0xe6, 0x8a);
    QVERIFY(highlighted > 50);
    if (!qEnvironmentVariableIsEmpty("SIPLAB_SCREENSHOT_DIR"))
        QFile::copy(png, qEnvironmentVariable("SIPLAB_SCREENSHOT_DIR") + QStringLiteral("/handout-en.png"));
}

QTEST_MAIN(TestLadderHtmlWriter)
#include "tst_ladderhtmlwriter.moc"
