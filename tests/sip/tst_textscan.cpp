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

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
