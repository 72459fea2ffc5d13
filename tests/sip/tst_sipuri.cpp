// SipUri: the RFC 3261 19.1.3 examples, escapes (25.1), parameters (19.1.1), headers, other schemes.
#include "sipuri.h"

#include "parsefailure.h"

#include <QTest>

using namespace SipLab;
using namespace SipLab::Test;

class TestSipUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void params_data();
    void params();
    void build_data();
    void build();
    void equality();
    void rememberedParses_data();
    void rememberedParses();
};

void TestSipUri::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("params");  // as SipParams writes them
    QTest::addColumn<QString>("headers"); // escaped, as received
    QTest::addColumn<QString>("written"); // toString()

    // RFC 3261 19.1.3, every example of the section.
    QTest::newRow("19.1.3 alice") << QStringLiteral("sip:alice@atlanta.com") << QStringLiteral("sip")
                                  << QStringLiteral("alice") << QString() << QStringLiteral("atlanta.com") << 0 << QString()
                                  << QString() << QStringLiteral("sip:alice@atlanta.com");
    QTest::newRow("19.1.3 password and transport")
        << QStringLiteral("sip:alice:secretword@atlanta.com;transport=tcp") << QStringLiteral("sip") << QStringLiteral("alice")
        << QStringLiteral("secretword") << QStringLiteral("atlanta.com") << 0 << QStringLiteral(";transport=tcp") << QString()
        << QStringLiteral("sip:alice:secretword@atlanta.com;transport=tcp");
    QTest::newRow("19.1.3 sips with headers")
        << QStringLiteral("sips:alice@atlanta.com?subject=project%20x&priority=urgent") << QStringLiteral("sips")
        << QStringLiteral("alice") << QString() << QStringLiteral("atlanta.com") << 0 << QString()
        << QStringLiteral("subject=project%20x&priority=urgent")
        << QStringLiteral("sips:alice@atlanta.com?subject=project%20x&priority=urgent");
    QTest::newRow("19.1.3 telephone-subscriber")
        << QStringLiteral("sip:+1-212-555-1212:1234@gateway.com;user=phone") << QStringLiteral("sip")
        << QStringLiteral("+1-212-555-1212") << QStringLiteral("1234") << QStringLiteral("gateway.com") << 0
        << QStringLiteral(";user=phone") << QString() << QStringLiteral("sip:+1-212-555-1212:1234@gateway.com;user=phone");
    QTest::newRow("19.1.3 sips number") << QStringLiteral("sips:1212@gateway.com") << QStringLiteral("sips")
                                        << QStringLiteral("1212") << QString() << QStringLiteral("gateway.com") << 0
                                        << QString() << QString() << QStringLiteral("sips:1212@gateway.com");
    QTest::newRow("19.1.3 IPv4 host") << QStringLiteral("sip:alice@192.0.2.4") << QStringLiteral("sip")
                                      << QStringLiteral("alice") << QString() << QStringLiteral("192.0.2.4") << 0 << QString()
                                      << QString() << QStringLiteral("sip:alice@192.0.2.4");
    // No user part; the escaped '@' (%40) in a header does not start a userinfo.
    QTest::newRow("19.1.3 method and escaped header")
        << QStringLiteral("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com") << QStringLiteral("sip") << QString()
        << QString() << QStringLiteral("atlanta.com") << 0 << QStringLiteral(";method=REGISTER")
        << QStringLiteral("to=alice%40atlanta.com") << QStringLiteral("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com");
    // ';' before '@' belongs to the user part (user-unreserved, RFC 3261 25.1).
    QTest::newRow("19.1.3 semicolon in user")
        << QStringLiteral("sip:alice;day=tuesday@atlanta.com") << QStringLiteral("sip") << QStringLiteral("alice;day=tuesday")
        << QString() << QStringLiteral("atlanta.com") << 0 << QString() << QString()
        << QStringLiteral("sip:alice;day=tuesday@atlanta.com");

    // RFC 3261 19.1.1: port, maddr/ttl, lr; 19.1.2: the scheme is case-insensitive (written lower).
    QTest::newRow("port and maddr")
        << QStringLiteral("sip:alice@atlanta.com:5070;maddr=239.255.255.1;ttl=15") << QStringLiteral("sip")
        << QStringLiteral("alice") << QString() << QStringLiteral("atlanta.com") << 5070
        << QStringLiteral(";maddr=239.255.255.1;ttl=15") << QString()
        << QStringLiteral("sip:alice@atlanta.com:5070;maddr=239.255.255.1;ttl=15");
    QTest::newRow("loose route flag") << QStringLiteral("sip:p1.example.com;lr") << QStringLiteral("sip") << QString()
                                      << QString() << QStringLiteral("p1.example.com") << 0 << QStringLiteral(";lr")
                                      << QString() << QStringLiteral("sip:p1.example.com;lr");
    QTest::newRow("upper-case scheme") << QStringLiteral("SIP:bob@biloxi.com") << QStringLiteral("sip")
                                       << QStringLiteral("bob") << QString() << QStringLiteral("biloxi.com") << 0 << QString()
                                       << QString() << QStringLiteral("sip:bob@biloxi.com");
    // RFC 3261 25.1 escaped = "%" HEXDIG HEXDIG: kept as received, not decoded.
    QTest::newRow("escaped user") << QStringLiteral("sip:%61lice@atlanta.com") << QStringLiteral("sip")
                                  << QStringLiteral("%61lice") << QString() << QStringLiteral("atlanta.com") << 0 << QString()
                                  << QString() << QStringLiteral("sip:%61lice@atlanta.com");
    // RFC 4475 3.1.1.2: '?' in the user part (before '@') is not the start of the headers.
    QTest::newRow("question mark in user")
        << QStringLiteral("sip:user?x@example.com?subject=hi") << QStringLiteral("sip") << QStringLiteral("user?x") << QString()
        << QStringLiteral("example.com") << 0 << QString() << QStringLiteral("subject=hi")
        << QStringLiteral("sip:user?x@example.com?subject=hi");
    // RFC 3261 25.1 IPv6reference, with a port after it.
    QTest::newRow("IPv6 reference and port")
        << QStringLiteral("sip:bob@[2001:db8::10]:5070") << QStringLiteral("sip") << QStringLiteral("bob") << QString()
        << QStringLiteral("[2001:db8::10]") << 5070 << QString() << QString()
        << QStringLiteral("sip:bob@[2001:db8::10]:5070");
}

void TestSipUri::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, scheme);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, params);
    QFETCH(QString, headers);
    QFETCH(QString, written);
    QString error;
    const SipUri uri = SipUri::parse(text, &error);
    QVERIFY2(uri.isValid(), qPrintable(error));
    QVERIFY(uri.isSipOrSips());
    QCOMPARE(uri.scheme(), scheme);
    QCOMPARE(uri.user(), user);
    QCOMPARE(uri.password(), password);
    QCOMPARE(uri.host(), host);
    QCOMPARE(uri.port(), port);
    QCOMPARE(uri.params().toString(), params);
    QCOMPARE(uri.headers(), headers);
    QCOMPARE(uri.toString(), written);
    // What toString() writes parses back to the same URI.
    QCOMPARE(SipUri::parse(written), uri);
}

void TestSipUri::parseInvalid_data()
{
    addParseFailureColumns();
    QTest::newRow("no scheme") << QStringLiteral("alice@atlanta.com") << QStringLiteral("no scheme");
    QTest::newRow("scheme starts with a digit") << QStringLiteral("1sip:alice@atlanta.com") << QStringLiteral("letter");
    QTest::newRow("space") << QStringLiteral("sip:alice@atlanta .com") << QStringLiteral("whitespace");
    QTest::newRow("bad escape") << QStringLiteral("sip:alice%zz@atlanta.com") << QStringLiteral("escape");
    QTest::newRow("truncated escape") << QStringLiteral("sip:alice@atlanta.com;x=%4") << QStringLiteral("escape");
    QTest::newRow("empty user") << QStringLiteral("sip:@atlanta.com") << QStringLiteral("empty user");
    QTest::newRow("port zero") << QStringLiteral("sip:alice@atlanta.com:0") << QStringLiteral("port");
    QTest::newRow("port too large") << QStringLiteral("sip:alice@atlanta.com:65536") << QStringLiteral("port");
    QTest::newRow("port not digits") << QStringLiteral("sip:alice@atlanta.com:50a") << QStringLiteral("port");
    QTest::newRow("unterminated IPv6") << QStringLiteral("sip:[2001:db8::10") << QStringLiteral("IPv6");
    QTest::newRow("empty parameter") << QStringLiteral("sip:alice@atlanta.com;;lr") << QStringLiteral("empty parameter");
    QTest::newRow("underscore in host") << QStringLiteral("sip:alice@atl_anta.com") << QStringLiteral("host");
    QTest::newRow("empty opaque") << QStringLiteral("tel:") << QStringLiteral("empty");
}

void TestSipUri::parseInvalid()
{
    verifyParseFails<SipUri>();
}

void TestSipUri::params_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("has");
    QTest::addColumn<QString>("value");
    QTest::newRow("transport") << QStringLiteral("sip:alice@atlanta.com;transport=tcp") << QStringLiteral("transport") << true
                               << QStringLiteral("tcp");
    // RFC 3261 19.1.4: parameter names are case-insensitive.
    QTest::newRow("name case") << QStringLiteral("sip:alice@atlanta.com;Transport=tcp") << QStringLiteral("transport")
                               << true << QStringLiteral("tcp");
    QTest::newRow("flag lr") << QStringLiteral("sip:p1.example.com;lr") << QStringLiteral("lr") << true << QString();
    QTest::newRow("absent") << QStringLiteral("sip:p1.example.com;lr") << QStringLiteral("maddr") << false << QString();
    // The headers part (after '?') holds no URI parameters.
    QTest::newRow("header is not a param") << QStringLiteral("sip:atlanta.com?method=INVITE") << QStringLiteral("method")
                                           << false << QString();
}

void TestSipUri::params()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(bool, has);
    QFETCH(QString, value);
    SipUri uri = SipUri::parse(text);
    QVERIFY(uri.isValid());
    QCOMPARE(uri.hasParam(name), has);
    QCOMPARE(uri.param(name), value);
    // Changing then removing the parameter: the rest of the URI is written unchanged.
    uri.setParam(name, QStringLiteral("v"));
    QCOMPARE(uri.param(name), QStringLiteral("v"));
    uri.removeParam(name);
    QVERIFY(!uri.hasParam(name));
    QVERIFY(!uri.toString().contains(QLatin1Char(';') + name + QLatin1Char('='), Qt::CaseInsensitive));
}

void TestSipUri::build_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("hostPort");
    QTest::addColumn<QString>("written");
    QTest::newRow("no port") << QStringLiteral("bob") << QStringLiteral("biloxi.com") << 0 << QStringLiteral("biloxi.com")
                             << QStringLiteral("sip:bob@biloxi.com");
    QTest::newRow("port") << QStringLiteral("bob") << QStringLiteral("192.0.2.4") << 5062 << QStringLiteral("192.0.2.4:5062")
                          << QStringLiteral("sip:bob@192.0.2.4:5062");
    QTest::newRow("no user") << QString() << QStringLiteral("biloxi.com") << 0 << QStringLiteral("biloxi.com")
                             << QStringLiteral("sip:biloxi.com");
}

void TestSipUri::build()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, hostPort);
    QFETCH(QString, written);
    SipUri uri = SipUri::sip(user, host, port);
    QCOMPARE(uri.hostPort(), hostPort);
    QCOMPARE(uri.toString(), written);
    uri.setParam(QStringLiteral("lr"));
    QCOMPARE(uri.toString(), written + QStringLiteral(";lr"));
}

void TestSipUri::equality()
{
    // Other schemes are kept opaque (RFC 3261 19.1, RFC 4475 3.3.2) and written back as read.
    const SipUri tel = SipUri::parse(QStringLiteral("tel:+358-555-1234567;postd=pp22"));
    QVERIFY(tel.isValid());
    QVERIFY(!tel.isSipOrSips());
    QCOMPARE(tel.opaque(), QStringLiteral("+358-555-1234567;postd=pp22"));
    QCOMPARE(tel.toString(), QStringLiteral("tel:+358-555-1234567;postd=pp22"));
    QVERIFY(!tel.hasParam(QStringLiteral("postd")));
    // operator== compares the parsed parts as written: the same text gives equal URIs, a
    // different parameter order does not (this is not RFC 3261 19.1.4 URI equivalence).
    QCOMPARE(SipUri::parse(QStringLiteral("sip:alice@atlanta.com;transport=tcp")),
             SipUri::parse(QStringLiteral("SIP:alice@atlanta.com;transport=tcp")));
    QVERIFY(!(SipUri::parse(QStringLiteral("sip:a@h;x=1;y=2")) == SipUri::parse(QStringLiteral("sip:a@h;y=2;x=1"))));
    QVERIFY(!SipUri().isValid());
}

void TestSipUri::rememberedParses_data()
{
    // How many other URIs are parsed between two parses of the same text: none, some, and
    // more than the thread remembers (its memo is forgotten when full).
    QTest::addColumn<int>("between");
    QTest::newRow("again at once") << 0;
    QTest::newRow("after 10 others") << 10;
    QTest::newRow("after 1,000 others") << 1000;
    QTest::newRow("after 10 of 20,000 characters (not kept)") << -10;
}

void TestSipUri::rememberedParses()
{
    // The thread remembers parsed URIs: a second parse of the same text gives what the first
    // gave, a change to a returned copy does not reach the next parse, and a URI that fails
    // keeps failing with its message (failures are not remembered).
    QFETCH(int, between);
    const QString text = QStringLiteral("sip:carol:secret@[2001:db8::10]:5062;transport=tcp;lr?subject=x");
    const QString bad = QStringLiteral("sip:carol@[2001:db8::10;lr");
    SipUri first = SipUri::parse(text);
    QVERIFY(first.isValid());
    const SipUri expected = first;
    first.setParam(QStringLiteral("maddr"), QStringLiteral("192.0.2.1"));
    first.setUser(QStringLiteral("mallory"));
    QString error;
    QVERIFY(!SipUri::parse(bad, &error).isValid());
    QVERIFY(error.contains(QLatin1String("IPv6")));
    for (int i = 0; i < between; ++i)
        QCOMPARE(SipUri::parse(QStringLiteral("sip:user%1@host%1.example:%2").arg(i).arg(5000 + i % 1000)).user(),
                 QStringLiteral("user%1").arg(i));
    // Long URIs (a hostile datagram's) parse the same, but are not kept.
    for (int i = 0; i < -between; ++i) {
        const QString user = QStringLiteral("u%1").arg(i) + QString(20000, QLatin1Char('x'));
        QCOMPARE(SipUri::parse(QStringLiteral("sip:%1@host.example").arg(user)).user(), user);
    }
    const SipUri again = SipUri::parse(QStringView(text));
    QCOMPARE(again, expected);
    QCOMPARE(again.user(), QStringLiteral("carol"));
    QCOMPARE(again.password(), QStringLiteral("secret"));
    QCOMPARE(again.host(), QStringLiteral("[2001:db8::10]"));
    QCOMPARE(again.port(), 5062);
    QCOMPARE(again.params().toString(), QStringLiteral(";transport=tcp;lr"));
    QCOMPARE(again.headers(), QStringLiteral("subject=x"));
    QVERIFY(!again.hasParam(QStringLiteral("maddr")));
    error.clear();
    QVERIFY(!SipUri::parse(bad, &error).isValid());
    QVERIFY(error.contains(QLatin1String("IPv6")));
}

QTEST_GUILESS_MAIN(TestSipUri)
#include "tst_sipuri.moc"
