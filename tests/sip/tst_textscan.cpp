// TextScan: the parsers' character search must answer what QStringView's own search answers.
#include "textscan.h"

#include <QTest>

using namespace SipLab;

class TestTextScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsQt_data();
    void sameAsQt();
    void characterClasses_data();
    void characterClasses();
};

void TestTextScan::sameAsQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("c");
    QTest::newRow("empty") << QString() << QChar(u';');
    QTest::newRow("absent") << QStringLiteral("sip:bob@biloxi.example.com") << QChar(u';');
    QTest::newRow("first character") << QStringLiteral(";lr") << QChar(u';');
    QTest::newRow("last character") << QStringLiteral("bob@") << QChar(u'@');
    QTest::newRow("several") << QStringLiteral("a;b;c;") << QChar(u';');
    QTest::newRow("user part with @ twice") << QStringLiteral("sip:a@b@c.example.com") << QChar(u'@');
    QTest::newRow("non-ASCII around") << QString::fromUtf8("\xe7\x88\xb1:\xe4\xb8\xbd:") << QChar(u':');
    QTest::newRow("non-ASCII searched") << QString::fromUtf8("ab\xe7\x88\xb1") << QChar(char16_t(0x7231));
}

void TestTextScan::sameAsQt()
{
    QFETCH(QString, text);
    QFETCH(QChar, c);
    const QStringView view(text);
    for (qsizetype from = 0; from <= view.size() + 1; ++from)
        QCOMPARE(TextScan::indexOf(view, c.unicode(), from), view.indexOf(c, from));
    QCOMPARE(TextScan::lastIndexOf(view, c.unicode()), view.lastIndexOf(c));
    QCOMPARE(TextScan::contains(view, c.unicode()), view.contains(c));
}

void TestTextScan::characterClasses_data()
{
    // RFC 3261 25.1: alphanum and HEXDIG are ASCII only; token adds - . ! % * _ + ` ' ~
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("alphanum");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<bool>("token");
    QTest::newRow("digit") << QChar(u'7') << true << true << true;
    QTest::newRow("hex letter") << QChar(u'F') << true << true << true;
    QTest::newRow("letter past f") << QChar(u'g') << true << false << true;
    QTest::newRow("tilde") << QChar(u'~') << false << false << true;
    QTest::newRow("apostrophe") << QChar(u'\'') << false << false << true;
    QTest::newRow("separator ;") << QChar(u';') << false << false << false;
    QTest::newRow("space") << QChar(u' ') << false << false << false;
    QTest::newRow("non-ASCII letter") << QChar(char16_t(0x00e9)) << false << false << false;
    QTest::newRow("full-width digit") << QChar(char16_t(0xff11)) << false << false << false;
}

void TestTextScan::characterClasses()
{
    QFETCH(QChar, c);
    QFETCH(bool, alphanum);
    QFETCH(bool, hex);
    QFETCH(bool, token);
    QCOMPARE(TextScan::isAlphanum(c), alphanum);
    QCOMPARE(TextScan::isHexDigit(c), hex);
    QCOMPARE(TextScan::isTokenChar(c), token);
}

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
