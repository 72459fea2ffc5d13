// The catalogue against the source article (docs/source-article-sip-response-codes.md): every
// code and class is there, with the article's own Chinese words, an English text, and an RFC
// note where the article is loose.
#include "languagepack.h"
#include "responsecatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace SipLab;

namespace {
const QList<int> DocumentCodes = {100, 180, 181, 182, 183, 200, 202, 300, 301, 302, 305, 380, 400,
                                  401, 403, 404, 405, 406, 407, 408, 422, 423, 480, 481, 483, 486,
                                  487, 500, 501, 502, 503, 504, 505, 513, 580, 600, 603, 604, 606};
const QList<int> IanaCodes = {199, 204, 410, 412, 413, 414, 415, 416, 417, 420, 421, 425, 428, 429, 430, 433, 436,
                              437, 438, 439, 440, 469, 470, 482, 484, 485, 488, 489, 491, 493, 494, 555, 607, 608};

/// The article's text with formatting removed (markdown bullets, spaces, &nbsp;), for comparing.
QString normalise(QString text)
{
    text.replace(QStringLiteral("&nbsp;"), QString());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    text.remove(QRegularExpression(QStringLiteral("(^|\\n)-")));
    return text;
}

QString article()
{
    QFile f(QStringLiteral(SIPLAB_SOURCE_DIR "/docs/source-article-sip-response-codes.md"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the source article");
    return normalise(QString::fromUtf8(f.readAll()));
}
} // namespace

class TestResponseCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentCode_data();
    void documentCode();
    void ianaCode_data();
    void ianaCode();
    void classes_data();
    void classes();
    void reasonPhrase_data();
    void reasonPhrase();
    void parseCode_data();
    void parseCode();
    void sortedAndUnique();
    void rfcNotes_data();
    void rfcNotes();
};

void TestResponseCatalog::initTestCase()
{
    QVERIFY2(LanguagePack::hasChinese(), "the Chinese translation (siplab_zh_CN.qm) must be embedded");
}

void TestResponseCatalog::documentCode_data()
{
    QTest::addColumn<int>("code");
    for (int code : DocumentCodes)
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TestResponseCatalog::documentCode()
{
    QFETCH(int, code);
    const ResponseCodeInfo *info = ResponseCatalog::find(code);
    QVERIFY(info);
    QVERIFY(info->fromDocument);
    QVERIFY(info->reasonPhrase && *info->reasonPhrase);
    QVERIFY(QByteArray(info->rfcSection).startsWith("RFC "));
    QVERIFY(info->uacAction && info->proxyAction);
    const QString text = article();
    // The Chinese name and every line of the Chinese description are the article's own words.
    const QString nameZh = ResponseCatalog::text(info->name, Language::Chinese);
    const QString descZh = ResponseCatalog::text(info->description, Language::Chinese);
    QVERIFY2(descZh != QLatin1String(info->description), "no Chinese description");
    QVERIFY2(text.contains(normalise(QStringLiteral("%1 %2").arg(code).arg(QLatin1String(info->name))), Qt::CaseInsensitive)
                 || text.contains(normalise(nameZh)),
             qPrintable(nameZh));
    QVERIFY2(text.contains(QStringLiteral("(") + normalise(nameZh) + QStringLiteral(")")) || code == 200, qPrintable(nameZh));
    for (const QString &line : descZh.split(QLatin1Char('\n')))
        QVERIFY2(text.contains(normalise(line)), qPrintable(line));
    // English and Chinese are both there for every field that is set.
    for (const char *field : {info->description, info->uacAction, info->proxyAction, info->rfcNote, info->requiredHeaders}) {
        if (!field)
            continue;
        QVERIFY(!ResponseCatalog::text(field, Language::English).isEmpty());
        QVERIFY2(ResponseCatalog::text(field, Language::Chinese) != QLatin1String(field), field);
    }
}

void TestResponseCatalog::ianaCode_data()
{
    QTest::addColumn<int>("code");
    for (int code : IanaCodes)
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TestResponseCatalog::ianaCode()
{
    QFETCH(int, code);
    const ResponseCodeInfo *info = ResponseCatalog::find(code);
    QVERIFY(info);
    QVERIFY(!info->fromDocument);
    QVERIFY(info->description);
    QVERIFY(ResponseCatalog::text(info->description, Language::Chinese) != QLatin1String(info->description));
}

void TestResponseCatalog::classes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("nameZh");
    QTest::newRow("1xx") << 1 << QStringLiteral("信息");
    QTest::newRow("2xx") << 2 << QStringLiteral("成功");
    QTest::newRow("3xx") << 3 << QStringLiteral("重定向");
    QTest::newRow("4xx") << 4 << QStringLiteral("客户端错误");
    QTest::newRow("5xx") << 5 << QStringLiteral("服务器故障");
    QTest::newRow("6xx") << 6 << QStringLiteral("全局失败");
}

void TestResponseCatalog::classes()
{
    QFETCH(int, index);
    QFETCH(QString, nameZh);
    const ResponseClassInfo &c = ResponseCatalog::classInfo(ResponseClass(index));
    QCOMPARE(QString::fromLatin1(c.range), QStringLiteral("%1xx").arg(index));
    QCOMPARE(ResponseCatalog::text(c.name, Language::Chinese), nameZh);
    const QString text = article();
    QVERIFY(text.contains(normalise(ResponseCatalog::text(c.action, Language::Chinese))));
    QVERIFY(text.contains(normalise(ResponseCatalog::text(c.description, Language::Chinese))));
}

void TestResponseCatalog::reasonPhrase_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("182") << 182 << "Queued";
    QTest::newRow("422") << 422 << "Session Interval Too Small";
    QTest::newRow("481") << 481 << "Call/Transaction Does Not Exist";
    QTest::newRow("504") << 504 << "Server Time-out";
    QTest::newRow("580") << 580 << "Precondition Failure";
    QTest::newRow("unknown 499 -> 400") << 499 << "Bad Request";
    QTest::newRow("unknown 650 -> 600") << 650 << "Busy Everywhere";
}

void TestResponseCatalog::reasonPhrase()
{
    QFETCH(int, code);
    QFETCH(QString, phrase);
    QCOMPARE(ResponseCatalog::reasonPhrase(code), phrase);
}

void TestResponseCatalog::parseCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("486") << "486" << 486;
    QTest::newRow("spaces") << " 486 " << 486;
    QTest::newRow("999") << "999" << 0;
    QTest::newRow("42") << "42" << 0;
    QTest::newRow("abc") << "abc" << 0;
    QTest::newRow("6000") << "6000" << 0;
    QTest::newRow("099") << "099" << 0;
    QTest::newRow("+48") << "+48" << 0;
}

void TestResponseCatalog::parseCode()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(ResponseCatalog::parseCode(text), code);
}

void TestResponseCatalog::sortedAndUnique()
{
    const QList<ResponseCodeInfo> &codes = ResponseCatalog::codes();
    QCOMPARE(codes.size(), DocumentCodes.size() + IanaCodes.size());
    for (int i = 1; i < codes.size(); ++i)
        QVERIFY(codes[i - 1].code < codes[i].code);
}

void TestResponseCatalog::rfcNotes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("408 is not about Expires") << 408 << "21.4.9";
    QTest::newRow("603 is not busy") << 603 << "does not mean busy";
    QTest::newRow("401 is not from proxies") << 401 << "407";
    QTest::newRow("407 uses Proxy-Authorization") << 407 << "Proxy-Authorization";
    QTest::newRow("423 comes from the registrar") << 423 << "registrar";
    QTest::newRow("300 alternatives in Contact") << 300 << "Contact";
}

void TestResponseCatalog::rfcNotes()
{
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const ResponseCodeInfo *info = ResponseCatalog::find(code);
    QVERIFY(info && info->rfcNote);
    QVERIFY(QString::fromLatin1(info->rfcNote).contains(mentions));
}

QTEST_GUILESS_MAIN(TestResponseCatalog)
#include "tst_responsecatalog.moc"
