// Language and ShownLanguages: the names siplab-cli --lang/--notes and the scenario files accept.
#include "language.h"

#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::ShownLanguages)

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownLanguagesFromString_data();
    void shownLanguagesFromString();
    void languagesOf_data();
    void languagesOf();
};

void TestLanguage::shownLanguagesFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ShownLanguages>("languages");
    QTest::newRow("en") << "en" << true << ShownLanguages::English;
    QTest::newRow("zh") << "zh" << true << ShownLanguages::Chinese;
    QTest::newRow("both") << "Both" << true << ShownLanguages::Both;
    QTest::newRow("none") << "none" << true << ShownLanguages::None;
    QTest::newRow("off") << " OFF " << true << ShownLanguages::None;
    QTest::newRow("fr") << "fr" << false << ShownLanguages::Both;
    QTest::newRow("empty") << "" << false << ShownLanguages::Both;
}

void TestLanguage::shownLanguagesFromString()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(ShownLanguages, languages);
    ShownLanguages parsed = ShownLanguages::Both; // left alone on failure
    QCOMPARE(SipLab::shownLanguagesFromString(text, &parsed), ok);
    QCOMPARE(parsed, languages);
}

void TestLanguage::languagesOf_data()
{
    QTest::addColumn<ShownLanguages>("shown");
    QTest::addColumn<QList<Language>>("languages");
    QTest::newRow("none") << ShownLanguages::None << QList<Language>{};
    QTest::newRow("english") << ShownLanguages::English << QList<Language>{Language::English};
    QTest::newRow("chinese") << ShownLanguages::Chinese << QList<Language>{Language::Chinese};
    QTest::newRow("both, English first")
        << ShownLanguages::Both << QList<Language>{Language::English, Language::Chinese};
}

void TestLanguage::languagesOf()
{
    QFETCH(ShownLanguages, shown);
    QFETCH(QList<Language>, languages);
    QCOMPARE(SipLab::languagesOf(shown), languages);
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
