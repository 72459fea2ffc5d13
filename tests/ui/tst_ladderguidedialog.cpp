// Help > How to read a ladder: one page with every section, in English and, with the Chinese
// translator installed, in Chinese (every heading and paragraph translated, protocol tokens
// kept); it follows a language switch while open.
#include "ladderguidedialog.h"
#include "languagepack.h"

#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace SipLab;

class TestLadderGuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page_data();
    void page();
    void followsLanguageChange();
};

void TestLadderGuideDialog::page_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("English") << false;
    QTest::newRow("Chinese") << true;
}

void TestLadderGuideDialog::page()
{
    QFETCH(bool, chinese);
    QVERIFY(LanguagePack::hasChinese());
    if (chinese)
        QCoreApplication::installTranslator(LanguagePack::chineseTranslator());
    const QString html = LadderGuideDialog::html();
    QCoreApplication::removeTranslator(LanguagePack::chineseTranslator());
    QCOMPARE(html.count(QStringLiteral("<h3>")), 7);
    // Protocol tokens stay as they are in both languages.
    for (const char *token : {"INVITE", "180 Ringing", "RFC 3665", "2xx", "Ctrl+Home"})
        QVERIFY2(html.contains(QLatin1String(token)), token);
    const QStringList englishOnly = {QStringLiteral("How to read a ladder"), QStringLiteral("Lanes"),
                                     QStringLiteral("Each vertical line is one SIP node"), QStringLiteral("The explanation")};
    for (const QString &s : englishOnly)
        QCOMPARE(html.contains(s), !chinese);
}

void TestLadderGuideDialog::followsLanguageChange()
{
    LadderGuideDialog dialog;
    const QString english = dialog.browser()->toPlainText();
    QCoreApplication::installTranslator(LanguagePack::chineseTranslator()); // sends LanguageChange
    QTRY_VERIFY(dialog.browser()->toPlainText() != english);
    QVERIFY(dialog.windowTitle() != QStringLiteral("How to read a ladder"));
    QCoreApplication::removeTranslator(LanguagePack::chineseTranslator());
    QTRY_COMPARE(dialog.browser()->toPlainText(), english);
}

QTEST_MAIN(TestLadderGuideDialog)
#include "tst_ladderguidedialog.moc"
