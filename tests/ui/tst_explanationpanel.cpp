// The explanation panel: a response shows its code, its class in both languages, the article's
// Chinese text next to the English one, the RFC note and the engine's rule with its section;
// the languages shown follow setLanguages(); the panel's own headings follow the UI language.
#include "engine.h"
#include "explanationpanel.h"
#include "languagepack.h"
#include "responsecatalog.h"

#include <QCoreApplication>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::ShownLanguages)

class TestExplanationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void responseInBothLanguages_data();
    void responseInBothLanguages();
    void languagesShown_data();
    void languagesShown();
    void uiLanguageSwitch();
    void noMessage();

private:
    static int findResponse(const CallTrace &trace, int code);
    static QString flat(const QString &text) { return text.simplified(); }
};

void TestExplanationPanel::initTestCase()
{
    QVERIFY(LanguagePack::hasChinese());
}

int TestExplanationPanel::findResponse(const CallTrace &trace, int code)
{
    for (int i = 0; i < trace.messages.size(); ++i) {
        if (trace.messages[i].message.isResponse() && trace.messages[i].message.statusCode() == code)
            return i;
    }
    return -1;
}

void TestExplanationPanel::responseInBothLanguages_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("180 Ringing") << 180;
    QTest::newRow("486 Busy Here") << 486;
    QTest::newRow("603 Decline") << 603;
}

void TestExplanationPanel::responseInBothLanguages()
{
    QFETCH(int, code);
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = {{180, 100, false}, {code == 180 ? 200 : code, 500, false}};
    const CallTrace trace = Engine::run(s);
    const int index = findResponse(trace, code);
    QVERIFY(index >= 0);
    ExplanationPanel panel;
    panel.setTrace(trace);
    panel.setMessage(index);
    QCOMPARE(panel.message(), index);
    const QString text = flat(panel.plainText());

    const ResponseCodeInfo *info = ResponseCatalog::find(code);
    QVERIFY(info);
    const TraceMessage &m = trace.messages[index];
    QVERIFY2(text.contains(QStringLiteral("F%1").arg(m.fNumber)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("%1 %2").arg(code).arg(m.message.reasonPhrase())));
    // The class, in Chinese and English.
    const ResponseClassInfo &cls = ResponseCatalog::classInfo(ResponseClass(code / 100));
    const QString zhClass = ResponseCatalog::text(cls.name, Language::Chinese);
    QVERIFY(zhClass != ResponseCatalog::text(cls.name, Language::English)); // really translated
    QVERIFY2(text.contains(flat(zhClass)), qPrintable(zhClass));
    QVERIFY(text.contains(flat(ResponseCatalog::text(cls.name, Language::English))));
    // The article's text in Chinese and its English, side by side.
    const QString zh = flat(ResponseCatalog::text(info->description, Language::Chinese));
    const QString en = flat(ResponseCatalog::text(info->description, Language::English));
    QVERIFY(zh != en);
    QVERIFY(text.contains(QStringLiteral("中文")));
    QVERIFY(text.contains(QStringLiteral("English")));
    QVERIFY2(text.contains(zh), qPrintable(zh));
    QVERIFY2(text.contains(en), qPrintable(en));
    QVERIFY(text.indexOf(zh) < text.indexOf(en)); // Chinese first, as in the article
    QVERIFY(text.contains(QString::fromLatin1(info->rfcSection)));
    // The RFC note, in both languages.
    if (info->rfcNote) {
        QVERIFY(text.contains(QStringLiteral("RFC note:")));
        QVERIFY(text.contains(flat(ResponseCatalog::text(info->rfcNote, Language::English))));
        QVERIFY(text.contains(flat(ResponseCatalog::text(info->rfcNote, Language::Chinese))));
    }
    // Why it was sent: the engine's rule and its RFC section.
    QVERIFY(!m.rule.isNull());
    QVERIFY(text.contains(flat(m.rule.explanation(Language::English))));
    QVERIFY(text.contains(flat(m.rule.explanation(Language::Chinese))));
    QVERIFY(text.contains(QString::fromLatin1(m.rule.section)));
    // The message itself.
    QVERIFY(text.contains(flat(m.message.startLine())));
}

void TestExplanationPanel::languagesShown_data()
{
    QTest::addColumn<ShownLanguages>("languages");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("english");
    QTest::newRow("both") << ShownLanguages::Both << true << true;
    QTest::newRow("Chinese") << ShownLanguages::Chinese << true << false;
    QTest::newRow("English") << ShownLanguages::English << false << true;
}

void TestExplanationPanel::languagesShown()
{
    QFETCH(ShownLanguages, languages);
    QFETCH(bool, chinese);
    QFETCH(bool, english);
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = {{486, 500, false}};
    const CallTrace trace = Engine::run(s);
    ExplanationPanel panel;
    panel.setTrace(trace);
    panel.setMessage(findResponse(trace, 486));
    panel.setLanguages(languages);
    QCOMPARE(panel.languages(), languages);
    const QString text = flat(panel.plainText());
    const ResponseCodeInfo *info = ResponseCatalog::find(486);
    QCOMPARE(text.contains(flat(ResponseCatalog::text(info->description, Language::Chinese))), chinese);
    QCOMPARE(text.contains(flat(ResponseCatalog::text(info->description, Language::English))), english);
    const TraceMessage &m = trace.messages[findResponse(trace, 486)];
    QCOMPARE(text.contains(flat(m.rule.explanation(Language::Chinese))), chinese);
    QCOMPARE(text.contains(flat(m.rule.explanation(Language::English))), english);
}

void TestExplanationPanel::uiLanguageSwitch()
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses = {{486, 500, false}};
    const CallTrace trace = Engine::run(s);
    ExplanationPanel panel;
    panel.setTrace(trace);
    panel.setMessage(findResponse(trace, 486));
    const char *context = "SipLab::ExplanationPanel";
    QVERIFY(panel.plainText().contains(QStringLiteral("Response code 486")));

    QVERIFY(QCoreApplication::installTranslator(LanguagePack::chineseTranslator()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString heading = QCoreApplication::translate(context, "Response code %1").arg(486);
    QVERIFY2(heading != QStringLiteral("Response code 486"), qPrintable(heading)); // translated
    QVERIFY2(panel.plainText().contains(heading), qPrintable(panel.plainText()));
    QVERIFY(!panel.plainText().contains(QStringLiteral("Response code 486")));

    QVERIFY(QCoreApplication::removeTranslator(LanguagePack::chineseTranslator()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY(panel.plainText().contains(QStringLiteral("Response code 486")));
    QCOMPARE(panel.message(), findResponse(trace, 486)); // the same message stays selected
}

void TestExplanationPanel::noMessage()
{
    ExplanationPanel panel;
    panel.setTrace(Engine::run(Scenario::defaultScenario()));
    QVERIFY(panel.plainText().contains(QStringLiteral("No message selected")));
    panel.setMessage(2);
    QVERIFY(!panel.plainText().contains(QStringLiteral("No message selected")));
    panel.setMessage(-1);
    QVERIFY(panel.plainText().contains(QStringLiteral("No message selected")));
    panel.setMessage(10000); // out of range: nothing, no crash
    QVERIFY(panel.plainText().contains(QStringLiteral("No message selected")));
}

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanationpanel.moc"
