// Via: the RFC 3261 20.42 examples (LWS around '/' and ':'), branch and magic cookie (8.1.1.7),
// received (18.2.1) and rport (RFC 3581 4, 6), sent-by, lists.
#include "via.h"

#include "parsefailure.h"

#include <QTest>

using namespace SipLab;
using namespace SipLab::Test;

class TestVia : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void branch_data();
    void branch();
    void receivedAndRport_data();
    void receivedAndRport();
    void parseList_data();
    void parseList();
    void construct();
};

void TestVia::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("sentBy");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("written");

    // RFC 3261 20.42, the three examples of the section.
    QTest::newRow("20.42 erlang") << QStringLiteral("SIP/2.0/UDP erlang.bell-telephone.com:5060;branch=z9hG4bK87asdks7")
                                  << QStringLiteral("SIP/2.0") << QStringLiteral("UDP")
                                  << QStringLiteral("erlang.bell-telephone.com") << 5060
                                  << QStringLiteral("erlang.bell-telephone.com:5060") << QStringLiteral(";branch=z9hG4bK87asdks7")
                                  << QStringLiteral("SIP/2.0/UDP erlang.bell-telephone.com:5060;branch=z9hG4bK87asdks7");
    QTest::newRow("20.42 received, LWS before ;")
        << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060 ;received=192.0.2.207 ;branch=z9hG4bK77asjd")
        << QStringLiteral("SIP/2.0") << QStringLiteral("UDP") << QStringLiteral("192.0.2.1") << 5060
        << QStringLiteral("192.0.2.1:5060") << QStringLiteral(";received=192.0.2.207;branch=z9hG4bK77asjd")
        << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060;received=192.0.2.207;branch=z9hG4bK77asjd");
    QTest::newRow("20.42 LWS around / and :")
        << QStringLiteral("SIP / 2.0 / UDP first.example.com: 4000;ttl=16 ;maddr=224.2.0.1 ;branch=z9hG4bKa7c6a8dlze.1")
        << QStringLiteral("SIP/2.0") << QStringLiteral("UDP") << QStringLiteral("first.example.com") << 4000
        << QStringLiteral("first.example.com:4000") << QStringLiteral(";ttl=16;maddr=224.2.0.1;branch=z9hG4bKa7c6a8dlze.1")
        << QStringLiteral("SIP/2.0/UDP first.example.com:4000;ttl=16;maddr=224.2.0.1;branch=z9hG4bKa7c6a8dlze.1");
    QTest::newRow("tab before :") << QStringLiteral("SIP/2.0/UDP first.example.com\t: 4000;branch=z9hG4bK2")
                                  << QStringLiteral("SIP/2.0") << QStringLiteral("UDP") << QStringLiteral("first.example.com")
                                  << 4000 << QStringLiteral("first.example.com:4000") << QStringLiteral(";branch=z9hG4bK2")
                                  << QStringLiteral("SIP/2.0/UDP first.example.com:4000;branch=z9hG4bK2");
    // RFC 3261 18.2.2 / 19.1.2: no port in sent-by means the transport's default.
    QTest::newRow("no port") << QStringLiteral("SIP/2.0/TCP client.atlanta.example.com;branch=z9hG4bK74bf9")
                             << QStringLiteral("SIP/2.0") << QStringLiteral("TCP") << QStringLiteral("client.atlanta.example.com")
                             << 0 << QStringLiteral("client.atlanta.example.com") << QStringLiteral(";branch=z9hG4bK74bf9")
                             << QStringLiteral("SIP/2.0/TCP client.atlanta.example.com;branch=z9hG4bK74bf9");
    // The transport token is case-insensitive; it is written upper-case.
    QTest::newRow("lower-case transport") << QStringLiteral("SIP/2.0/tls ss1.example.com;branch=z9hG4bK1")
                                          << QStringLiteral("SIP/2.0") << QStringLiteral("TLS")
                                          << QStringLiteral("ss1.example.com") << 0 << QStringLiteral("ss1.example.com")
                                          << QStringLiteral(";branch=z9hG4bK1")
                                          << QStringLiteral("SIP/2.0/TLS ss1.example.com;branch=z9hG4bK1");
    // RFC 3261 25.1 IPv6reference in sent-by.
    QTest::newRow("IPv6 sent-by") << QStringLiteral("SIP/2.0/UDP [2001:db8::9:1]:5060;branch=z9hG4bKas3-111")
                                  << QStringLiteral("SIP/2.0") << QStringLiteral("UDP") << QStringLiteral("[2001:db8::9:1]")
                                  << 5060 << QStringLiteral("[2001:db8::9:1]:5060") << QStringLiteral(";branch=z9hG4bKas3-111")
                                  << QStringLiteral("SIP/2.0/UDP [2001:db8::9:1]:5060;branch=z9hG4bKas3-111");
    // A comment after the parameters is allowed and dropped.
    QTest::newRow("comment") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds (a comment)")
                             << QStringLiteral("SIP/2.0") << QStringLiteral("UDP") << QStringLiteral("pc33.atlanta.com") << 0
                             << QStringLiteral("pc33.atlanta.com") << QStringLiteral(";branch=z9hG4bK776asdhds")
                             << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds");
}

void TestVia::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, protocol);
    QFETCH(QString, transport);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, sentBy);
    QFETCH(QString, params);
    QFETCH(QString, written);
    QString error;
    const Via via = Via::parse(text, &error);
    QVERIFY2(via.isValid(), qPrintable(error));
    QCOMPARE(via.protocol(), protocol);
    QCOMPARE(via.transport(), transport);
    QCOMPARE(via.host(), host);
    QCOMPARE(via.port(), port);
    QCOMPARE(via.sentBy(), sentBy);
    QCOMPARE(via.params().toString(), params);
    QCOMPARE(via.toString(), written);
    QCOMPARE(Via::parse(written), via);
}

void TestVia::parseInvalid_data()
{
    addParseFailureColumns();
    QTest::newRow("no transport") << QStringLiteral("SIP/2.0 host.example.com") << QStringLiteral("sent-protocol");
    QTest::newRow("empty") << QString() << QStringLiteral("sent-protocol");
    QTest::newRow("no sent-by") << QStringLiteral("SIP/2.0/UDP ;branch=z9hG4bK1") << QStringLiteral("sent-by");
    QTest::newRow("port zero") << QStringLiteral("SIP/2.0/UDP host.example.com:0") << QStringLiteral("port");
    QTest::newRow("port not a number") << QStringLiteral("SIP/2.0/UDP host.example.com:x1") << QStringLiteral("port");
    QTest::newRow("bad host") << QStringLiteral("SIP/2.0/UDP ho$t.example.com") << QStringLiteral("host");
    // RFC 3261 25.1: whitespace only around the ':' of sent-by; two words are not one host.
    QTest::newRow("space inside host") << QStringLiteral("SIP/2.0/UDP pc33 atlanta.com;branch=z9hG4bK1")
                                       << QStringLiteral("invalid host");
    QTest::newRow("space inside port") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com:50 60;branch=z9hG4bK1")
                                       << QStringLiteral("invalid port");
    // Checks shared with SipUri (HostPort, RFC 3261 25.1); Via took these before.
    QTest::newRow("garbage after IPv6") << QStringLiteral("SIP/2.0/UDP [2001:db8::1]x5060;branch=z9hG4bK1")
                                        << QStringLiteral("garbage after the IPv6 reference");
    QTest::newRow("signed port") << QStringLiteral("SIP/2.0/UDP h.example.com:+5060") << QStringLiteral("invalid port");
    QTest::newRow("empty host") << QStringLiteral("SIP/2.0/UDP :5060;branch=z9hG4bK1") << QStringLiteral("invalid host");
    QTest::newRow("unterminated IPv6") << QStringLiteral("SIP/2.0/UDP [2001:db8::1;branch=z9hG4bK1") << QStringLiteral("IPv6");
    QTest::newRow("empty parameter") << QStringLiteral("SIP/2.0/UDP h.example.com;;branch=z9hG4bK1")
                                     << QStringLiteral("empty parameter");
    // RFC 3261 25.1 via-branch = "branch" EQUAL token: '=' needs a value.
    QTest::newRow("param without value") << QStringLiteral("SIP/2.0/UDP h.example.com;branch=")
                                         << QStringLiteral("malformed parameter");
}

void TestVia::parseInvalid()
{
    verifyParseFails<Via>();
}

void TestVia::branch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<bool>("rfc3261");
    // RFC 3261 8.1.1.7: an RFC 3261 branch starts with the magic cookie "z9hG4bK".
    QTest::newRow("cookie") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds")
                            << QStringLiteral("z9hG4bK776asdhds") << true;
    // RFC 3261 17.2.3: a request from an RFC 2543 element: no cookie, matched the old way.
    QTest::newRow("RFC 2543 branch") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=776asdhds")
                                     << QStringLiteral("776asdhds") << false;
    QTest::newRow("cookie alone") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK")
                                  << QStringLiteral("z9hG4bK") << false;
    // The cookie is compared case-sensitively (RFC 3261 8.1.1.7 gives its exact spelling).
    QTest::newRow("cookie case") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=Z9HG4BK776asdhds")
                                 << QStringLiteral("Z9HG4BK776asdhds") << false;
    QTest::newRow("no branch") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com") << QString() << false;
    // Parameter names are case-insensitive (RFC 3261 7.3.1).
    QTest::newRow("BRANCH name") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;BRANCH=z9hG4bK9")
                                 << QStringLiteral("z9hG4bK9") << true;
}

void TestVia::branch()
{
    QFETCH(QString, text);
    QFETCH(QString, branch);
    QFETCH(bool, rfc3261);
    const Via via = Via::parse(text);
    QVERIFY(via.isValid());
    QCOMPARE(via.branch(), branch);
    QCOMPARE(via.hasRfc3261Branch(), rfc3261);
}

void TestVia::receivedAndRport_data()
{
    QTest::addColumn<QString>("sent");      // what the client wrote
    QTest::addColumn<QString>("sourceIp");  // where the request came from
    QTest::addColumn<int>("sourcePort");
    QTest::addColumn<QString>("stamped");   // after the server's RFC 3261 18.2.1 / RFC 3581 4 rules
    // RFC 3581 6: behind a NAT; "rport" asks for the source port; received is added as well.
    QTest::newRow("RFC 3581 6") << QStringLiteral("SIP/2.0/UDP 10.1.1.1:4540;rport;branch=z9hG4bKkjshdyff")
                                << QStringLiteral("192.0.2.1") << 9988
                                << QStringLiteral("SIP/2.0/UDP 10.1.1.1:4540;rport=9988;branch=z9hG4bKkjshdyff;received=192.0.2.1");
    // RFC 3261 18.2.1: received only when the sent-by host differs from the source address.
    QTest::newRow("RFC 3261 20.42 multi-homed") << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77asjd")
                                                << QStringLiteral("192.0.2.207") << 5060
                                                << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77asjd;received=192.0.2.207");
    QTest::newRow("same address, no rport") << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77asjd")
                                            << QStringLiteral("192.0.2.1") << 5060
                                            << QStringLiteral("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77asjd");
}

void TestVia::receivedAndRport()
{
    QFETCH(QString, sent);
    QFETCH(QString, sourceIp);
    QFETCH(int, sourcePort);
    QFETCH(QString, stamped);
    Via via = Via::parse(sent);
    QVERIFY(via.isValid());
    // The server's steps (as LiveNetwork applies them): an empty rport is filled in place and
    // received follows it (RFC 3581 4); otherwise received when the host differs (RFC 3261 18.2.1).
    if (via.hasParam(QStringLiteral("rport")) && via.param(QStringLiteral("rport")).isEmpty()) {
        via.setParam(QStringLiteral("rport"), QString::number(sourcePort));
        via.setParam(QStringLiteral("received"), sourceIp);
    } else if (via.host() != sourceIp) {
        via.setParam(QStringLiteral("received"), sourceIp);
    }
    QCOMPARE(via.toString(), stamped);
    // The response goes back to received:rport when present (RFC 3581 4, RFC 3261 18.2.2).
    const Via back = Via::parse(stamped);
    QCOMPARE(back.hasParam(QStringLiteral("received")) ? back.param(QStringLiteral("received")) : back.host(), sourceIp);
    if (back.hasParam(QStringLiteral("rport")))
        QCOMPARE(back.param(QStringLiteral("rport")).toInt(), sourcePort);
    // The RFC 3581 6 proxied form (received before rport, LWS before ;branch) parses the same way.
    const Via proxied = Via::parse(QStringLiteral("SIP/2.0/UDP 10.1.1.1:4540;received=192.0.2.1;rport=9988 ;branch=z9hG4bKkjshdyff"));
    QCOMPARE(proxied.param(QStringLiteral("rport")), QStringLiteral("9988"));
    QCOMPARE(proxied.param(QStringLiteral("received")), QStringLiteral("192.0.2.1"));
    QCOMPARE(proxied.branch(), QStringLiteral("z9hG4bKkjshdyff"));
}

void TestVia::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("branches");
    // RFC 3261 4, the 200 OK (F9) as Bob sends it: three Via values, LWS before ';'.
    QTest::newRow("RFC 3261 4 F9") << QStringLiteral("SIP/2.0/UDP server10.biloxi.com ;branch=z9hG4bKnashds8;received=192.0.2.3, "
                                                     "SIP/2.0/UDP bigbox3.site3.atlanta.com ;branch=z9hG4bK77ef4c2312983.1;received=192.0.2.2, "
                                                     "SIP/2.0/UDP pc33.atlanta.com ;branch=z9hG4bK776asdhds ;received=192.0.2.1")
                                   << QStringList{QStringLiteral("z9hG4bKnashds8"), QStringLiteral("z9hG4bK77ef4c2312983.1"),
                                                  QStringLiteral("z9hG4bK776asdhds")};
    QTest::newRow("comma in comment") << QStringLiteral("SIP/2.0/UDP a.example.com;branch=z9hG4bK1 (x, y)")
                                      << QStringList{QStringLiteral("z9hG4bK1")};
    QTest::newRow("one bad value") << QStringLiteral("SIP/2.0/UDP a.example.com;branch=z9hG4bK1, SIP/2.0 b") << QStringList{};
}

void TestVia::parseList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, branches);
    QStringList got;
    for (const Via &v : Via::parseList(text))
        got << v.branch();
    QCOMPARE(got, branches);
}

void TestVia::construct()
{
    const Via via(QStringLiteral("UDP"), QStringLiteral("pc33.atlanta.com"), 5060, QStringLiteral("z9hG4bK776asdhds"));
    QCOMPARE(via.toString(), QStringLiteral("SIP/2.0/UDP pc33.atlanta.com:5060;branch=z9hG4bK776asdhds"));
    QVERIFY(via.hasRfc3261Branch());
    QCOMPARE(Via::MagicCookie, QStringLiteral("z9hG4bK"));
    // No branch given: no parameter written.
    Via bare(QStringLiteral("TCP"), QStringLiteral("192.0.2.4"), 0, QString());
    QCOMPARE(bare.toString(), QStringLiteral("SIP/2.0/TCP 192.0.2.4"));
    bare.setParam(QStringLiteral("rport"));
    bare.setParam(QStringLiteral("branch"), QStringLiteral("z9hG4bK1"));
    QCOMPARE(bare.toString(), QStringLiteral("SIP/2.0/TCP 192.0.2.4;rport;branch=z9hG4bK1"));
    bare.removeParam(QStringLiteral("rport"));
    QCOMPARE(bare.toString(), QStringLiteral("SIP/2.0/TCP 192.0.2.4;branch=z9hG4bK1"));
}

QTEST_GUILESS_MAIN(TestVia)
#include "tst_via.moc"
