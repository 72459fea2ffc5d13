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
    void equalsIgnoreCaseAsQt_data();
    void equalsIgnoreCaseAsQt();
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

void TestTextScan::equalsIgnoreCaseAsQt_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("same") << QStringLiteral("branch") << QStringLiteral("branch");
    QTest::newRow("case differs") << QStringLiteral("Branch") << QStringLiteral("bRANCH");
    QTest::newRow("host names") << QStringLiteral("Proxy.Atlanta.EXAMPLE") << QStringLiteral("proxy.atlanta.example");
    QTest::newRow("one letter differs") << QStringLiteral("received") << QStringLiteral("receivex");
    QTest::newRow("lengths differ") << QStringLiteral("lr") << QStringLiteral("lrx");
    QTest::newRow("prefix") << QStringLiteral("ttl") << QStringLiteral("tt");
    QTest::newRow("both empty") << QString() << QString();
    QTest::newRow("empty and not") << QString() << QStringLiteral("a");
    QTest::newRow("letters next to A-Z: @ and [") << QStringLiteral("@[") << QStringLiteral("`{");
    QTest::newRow("digits and punctuation") << QStringLiteral("a-1.b_2") << QStringLiteral("A-1.B_2");
    QTest::newRow("accented, case differs") << QString::fromUtf8("h\xc3\xb4te") << QString::fromUtf8("H\xc3\x94TE");
    QTest::newRow("accented against plain") << QString::fromUtf8("h\xc3\xb4te") << QStringLiteral("hote");
    QTest::newRow("Greek sigma forms") << QString::fromUtf8("\xcf\x83") << QString::fromUtf8("\xcf\x82");
    QTest::newRow("Kelvin sign and k") << QString::fromUtf8("\xe2\x84\xaa") << QStringLiteral("k");
    QTest::newRow("Deseret, case differs") << QString::fromUtf8("\xf0\x90\x90\x80") << QString::fromUtf8("\xf0\x90\x90\xa8");
    QTest::newRow("Chinese") << QString::fromUtf8("\xe4\xb8\xad") << QString::fromUtf8("\xe4\xb8\xad");
}

void TestTextScan::equalsIgnoreCaseAsQt()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const bool qt = a.compare(b, Qt::CaseInsensitive) == 0;
    QCOMPARE(TextScan::equalsIgnoreCase(a, b), qt);
    QCOMPARE(TextScan::equalsIgnoreCase(b, a), qt);
}

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
