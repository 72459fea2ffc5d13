// NameAddr: the From/To/Contact examples of RFC 3261 20.10, 20.20, 20.39; URI versus header
// parameters (RFC 3261 20.10); display-name quoting (25.1); lists (7.3.1).
#include "nameaddr.h"

#include "parsefailure.h"

#include <QTest>

using namespace SipLab;
using namespace SipLab::Test;

class TestNameAddr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseList_data();
    void parseList();
    void tagAndParams();
};

void TestNameAddr::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("params");  // header parameters as SipParams writes them
    QTest::addColumn<QString>("written"); // toString(): always name-addr with <>

    // RFC 3261 20.10 Contact examples.
    QTest::newRow("20.10 quoted name, q and expires")
        << QStringLiteral("\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7; expires=3600")
        << QStringLiteral("Mr. Watson") << QStringLiteral("sip:watson@worcester.bell-telephone.com")
        << QStringLiteral(";q=0.7;expires=3600")
        << QStringLiteral("\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7;expires=3600");
    QTest::newRow("20.10 mailto, space before ;")
        << QStringLiteral("\"Mr. Watson\" <mailto:watson@bell-telephone.com> ;q=0.1") << QStringLiteral("Mr. Watson")
        << QStringLiteral("mailto:watson@bell-telephone.com") << QStringLiteral(";q=0.1")
        << QStringLiteral("\"Mr. Watson\" <mailto:watson@bell-telephone.com>;q=0.1");
    // RFC 3261 20.20 From examples.
    QTest::newRow("20.20 quoted name and tag")
        << QStringLiteral("\"A. G. Bell\" <sip:agb@bell-telephone.com> ;tag=a48s") << QStringLiteral("A. G. Bell")
        << QStringLiteral("sip:agb@bell-telephone.com") << QStringLiteral(";tag=a48s")
        << QStringLiteral("\"A. G. Bell\" <sip:agb@bell-telephone.com>;tag=a48s");
    // addr-spec without <>: the parameters after it are header parameters (RFC 3261 20.10).
    QTest::newRow("20.20 addr-spec with tag")
        << QStringLiteral("sip:+12125551212@server.phone2net.com;tag=887s") << QString()
        << QStringLiteral("sip:+12125551212@server.phone2net.com") << QStringLiteral(";tag=887s")
        << QStringLiteral("<sip:+12125551212@server.phone2net.com>;tag=887s");
    QTest::newRow("20.20 token display name")
        << QStringLiteral("Anonymous <sip:c8oqz84zk7z@privacy.org>;tag=hyh8") << QStringLiteral("Anonymous")
        << QStringLiteral("sip:c8oqz84zk7z@privacy.org") << QStringLiteral(";tag=hyh8")
        << QStringLiteral("\"Anonymous\" <sip:c8oqz84zk7z@privacy.org>;tag=hyh8");
    // RFC 3261 20.39 To examples.
    QTest::newRow("20.39 two-token display name")
        << QStringLiteral("The Operator <sip:operator@cs.columbia.edu>;tag=287447") << QStringLiteral("The Operator")
        << QStringLiteral("sip:operator@cs.columbia.edu") << QStringLiteral(";tag=287447")
        << QStringLiteral("\"The Operator\" <sip:operator@cs.columbia.edu>;tag=287447");
    QTest::newRow("20.39 bare addr-spec") << QStringLiteral("sip:+12125551212@server.phone2net.com") << QString()
                                          << QStringLiteral("sip:+12125551212@server.phone2net.com") << QString()
                                          << QStringLiteral("<sip:+12125551212@server.phone2net.com>");
    // Inside <> the ';' parameters belong to the URI, after '>' to the header.
    QTest::newRow("uri and header params")
        << QStringLiteral("<sip:alice@pc33.atlanta.com;transport=tcp>;expires=60") << QString()
        << QStringLiteral("sip:alice@pc33.atlanta.com;transport=tcp") << QStringLiteral(";expires=60")
        << QStringLiteral("<sip:alice@pc33.atlanta.com;transport=tcp>;expires=60");
    // RFC 3261 25.1 quoted-pair: \" and \\ in a display name; written escaped again.
    QTest::newRow("escaped quote in display name")
        << QStringLiteral("\"Alice \\\"Al\\\" Smith\" <sip:alice@atlanta.com>") << QStringLiteral("Alice \"Al\" Smith")
        << QStringLiteral("sip:alice@atlanta.com") << QString()
        << QStringLiteral("\"Alice \\\"Al\\\" Smith\" <sip:alice@atlanta.com>");
    // A quoted header parameter value keeps its ';' (RFC 3261 25.1 gen-value = quoted-string).
    QTest::newRow("quoted param with semicolon")
        << QStringLiteral("<sip:bob@biloxi.com>;+sip.instance=\"<urn:a;b>\"") << QString()
        << QStringLiteral("sip:bob@biloxi.com") << QStringLiteral(";+sip.instance=\"<urn:a;b>\"")
        << QStringLiteral("<sip:bob@biloxi.com>;+sip.instance=\"<urn:a;b>\"");
}

void TestNameAddr::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, displayName);
    QFETCH(QString, uri);
    QFETCH(QString, params);
    QFETCH(QString, written);
    QString error;
    const NameAddr a = NameAddr::parse(text, &error);
    QVERIFY2(a.isValid(), qPrintable(error));
    QVERIFY(!a.isWildcard());
    QCOMPARE(a.displayName(), displayName);
    QCOMPARE(a.uri().toString(), uri);
    QCOMPARE(a.params().toString(), params);
    QCOMPARE(a.toString(), written);
    QCOMPARE(NameAddr::parse(written), a);
}

void TestNameAddr::parseInvalid_data()
{
    addParseFailureColumns();
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("unterminated quote") << QStringLiteral("\"Alice <sip:alice@atlanta.com>") << QStringLiteral("unterminated");
    QTest::newRow("quoted name without <>") << QStringLiteral("\"Alice\" sip:alice@atlanta.com") << QStringLiteral("<URI>");
    QTest::newRow("missing >") << QStringLiteral("<sip:alice@atlanta.com") << QStringLiteral("'>'");
    QTest::newRow("garbage after >") << QStringLiteral("<sip:alice@atlanta.com> x") << QStringLiteral("unexpected");
    // RFC 3261 20: an addr-spec with '?' or ',' must be in <> (RFC 4475 3.3.12).
    QTest::newRow("headers need <>") << QStringLiteral("sip:alice@atlanta.com?subject=x") << QStringLiteral("enclosed");
    // RFC 4475 3.1.2.15: an unquoted display name is tokens only.
    QTest::newRow("unquoted @ in display name") << QStringLiteral("Alice@Home <sip:alice@atlanta.com>")
                                                << QStringLiteral("quoted");
    QTest::newRow("space inside <>") << QStringLiteral("< sip:alice@atlanta.com>") << QStringLiteral("whitespace");
    QTest::newRow("empty header param") << QStringLiteral("<sip:alice@atlanta.com>;;tag=1") << QStringLiteral("parameters");
    QTest::newRow("bad uri") << QStringLiteral("<sip:alice@atlanta.com:99999>") << QStringLiteral("port");
}

void TestNameAddr::parseInvalid()
{
    verifyParseFails<NameAddr>();
}

void TestNameAddr::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("written");
    // RFC 3261 20.10: both Contact examples in one header, comma-separated (7.3.1).
    QTest::newRow("20.10 contact list")
        << QStringLiteral("\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7; expires=3600, "
                          "\"Mr. Watson\" <mailto:watson@bell-telephone.com> ;q=0.1")
        << QStringList{QStringLiteral("\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7;expires=3600"),
                       QStringLiteral("\"Mr. Watson\" <mailto:watson@bell-telephone.com>;q=0.1")};
    QTest::newRow("comma in quotes does not split")
        << QStringLiteral("\"Doe, John\" <sip:jd@example.com>, <sip:p2.example.com;lr>")
        << QStringList{QStringLiteral("\"Doe, John\" <sip:jd@example.com>"), QStringLiteral("<sip:p2.example.com;lr>")};
    // RFC 3261 20.30 Record-Route example.
    QTest::newRow("20.30 record-route")
        << QStringLiteral("<sip:server10.biloxi.com;lr>, <sip:bigbox3.site3.atlanta.com;lr>")
        << QStringList{QStringLiteral("<sip:server10.biloxi.com;lr>"), QStringLiteral("<sip:bigbox3.site3.atlanta.com;lr>")};
    QTest::newRow("wildcard") << QStringLiteral("*") << QStringList{QStringLiteral("*")};
    QTest::newRow("one bad element fails all") << QStringLiteral("<sip:a@example.com>, <sip:b@example.com") << QStringList{};
}

void TestNameAddr::parseList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, written);
    QString error;
    const QList<NameAddr> list = NameAddr::parseList(text, &error);
    QStringList got;
    for (const NameAddr &a : list)
        got << a.toString();
    QCOMPARE(got, written);
    QCOMPARE(error.isEmpty(), !written.isEmpty());
}

void TestNameAddr::tagAndParams()
{
    // RFC 3261 8.2.6.2: the UAS adds a To tag; RFC 3261 10.3: a registrar adds expires.
    NameAddr to = NameAddr::parse(QStringLiteral("Bob <sip:bob@biloxi.com>"));
    QVERIFY(to.tag().isEmpty());
    to.setTag(QStringLiteral("a6c85cf"));
    QCOMPARE(to.toString(), QStringLiteral("\"Bob\" <sip:bob@biloxi.com>;tag=a6c85cf"));
    QCOMPARE(to.param(QStringLiteral("TAG")), QStringLiteral("a6c85cf")); // RFC 3261 7.3.1: names case-insensitive
    to.setParam(QStringLiteral("expires"), QStringLiteral("3600"));
    to.setTag(QStringLiteral("b7"));
    QCOMPARE(to.toString(), QStringLiteral("\"Bob\" <sip:bob@biloxi.com>;tag=b7;expires=3600"));
    to.removeParam(QStringLiteral("tag"));
    QVERIFY(!to.hasParam(QStringLiteral("tag")));
    QCOMPARE(to.toString(), QStringLiteral("\"Bob\" <sip:bob@biloxi.com>;expires=3600"));
    // URI parameters and header parameters stay apart.
    to.uri().setParam(QStringLiteral("transport"), QStringLiteral("tcp"));
    QCOMPARE(to.toString(), QStringLiteral("\"Bob\" <sip:bob@biloxi.com;transport=tcp>;expires=3600"));
    QVERIFY(!to.hasParam(QStringLiteral("transport")));
    // The constructor form used by the engine.
    const NameAddr built(SipUri::sip(QStringLiteral("alice"), QStringLiteral("atlanta.com")), QStringLiteral("Alice"));
    QCOMPARE(built.toString(), QStringLiteral("\"Alice\" <sip:alice@atlanta.com>"));
    // Contact: * (RFC 3261 10.2.2).
    const NameAddr star = NameAddr::parse(QStringLiteral(" * "));
    QVERIFY(star.isValid());
    QVERIFY(star.isWildcard());
    QCOMPARE(star.toString(), QStringLiteral("*"));
}

QTEST_GUILESS_MAIN(TestNameAddr)
#include "tst_nameaddr.moc"
