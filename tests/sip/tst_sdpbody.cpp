// SdpBody: the audio part of the RFC 3264 10.1 offer/answer example, version increase on a
// re-offer (RFC 3264 8), hold (8.4), the RFC 4566 5 line order and CRLF line ends.
#include "sdpbody.h"

#include <QTest>

using namespace SipLab;

class TestSdpBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forNode_data();
    void forNode();
    void contentType();
};

void TestSdpBody::forNode_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("sipPort"); // fixes the session id: 2890844526 + port
    QTest::addColumn<int>("mediaPort");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("hold");
    QTest::addColumn<QStringList>("lines");
    // RFC 3264 10.1, Alice's offer (its audio stream; SIP Lab writes "s=-", RFC 4566 5.3).
    QTest::newRow("RFC 3264 10.1 offer") << QStringLiteral("alice") << QStringLiteral("host.anywhere.com") << 0 << 49170 << 0
                                         << false
                                         << QStringList{QStringLiteral("v=0"),
                                                        QStringLiteral("o=alice 2890844526 2890844526 IN IP4 host.anywhere.com"),
                                                        QStringLiteral("s=-"), QStringLiteral("c=IN IP4 host.anywhere.com"),
                                                        QStringLiteral("t=0 0"), QStringLiteral("m=audio 49170 RTP/AVP 0"),
                                                        QStringLiteral("a=rtpmap:0 PCMU/8000")};
    QTest::newRow("RFC 3264 10.1 answer") << QStringLiteral("bob") << QStringLiteral("host.example.com") << 204 << 49920 << 0
                                          << false
                                          << QStringList{QStringLiteral("v=0"),
                                                         QStringLiteral("o=bob 2890844730 2890844730 IN IP4 host.example.com"),
                                                         QStringLiteral("s=-"), QStringLiteral("c=IN IP4 host.example.com"),
                                                         QStringLiteral("t=0 0"), QStringLiteral("m=audio 49920 RTP/AVP 0"),
                                                         QStringLiteral("a=rtpmap:0 PCMU/8000")};
    // RFC 3264 8 / 10.1: Bob's new offer keeps the session id and raises the version by one.
    QTest::newRow("RFC 3264 10.1 re-offer") << QStringLiteral("bob") << QStringLiteral("host.example.com") << 204 << 65422 << 1
                                            << false
                                            << QStringList{QStringLiteral("v=0"),
                                                           QStringLiteral("o=bob 2890844730 2890844731 IN IP4 host.example.com"),
                                                           QStringLiteral("s=-"), QStringLiteral("c=IN IP4 host.example.com"),
                                                           QStringLiteral("t=0 0"), QStringLiteral("m=audio 65422 RTP/AVP 0"),
                                                           QStringLiteral("a=rtpmap:0 PCMU/8000")};
    // RFC 3264 8.4: putting the stream on hold marks it sendonly.
    QTest::newRow("hold") << QStringLiteral("alice") << QStringLiteral("192.0.2.101") << 5060 << 49170 << 2 << true
                          << QStringList{QStringLiteral("v=0"),
                                         QStringLiteral("o=alice 2890849586 2890849588 IN IP4 192.0.2.101"),
                                         QStringLiteral("s=-"), QStringLiteral("c=IN IP4 192.0.2.101"), QStringLiteral("t=0 0"),
                                         QStringLiteral("m=audio 49170 RTP/AVP 0"), QStringLiteral("a=rtpmap:0 PCMU/8000"),
                                         QStringLiteral("a=sendonly")};
    // RFC 4566 5.2: "-" when there is no user name (a proxy lane).
    QTest::newRow("no user") << QString() << QStringLiteral("192.0.2.4") << 5060 << 3456 << 0 << false
                             << QStringList{QStringLiteral("v=0"), QStringLiteral("o=- 2890849586 2890849586 IN IP4 192.0.2.4"),
                                            QStringLiteral("s=-"), QStringLiteral("c=IN IP4 192.0.2.4"), QStringLiteral("t=0 0"),
                                            QStringLiteral("m=audio 3456 RTP/AVP 0"), QStringLiteral("a=rtpmap:0 PCMU/8000")};
    // RFC 4566 5.7: an IPv6 address has the address type IP6.
    QTest::newRow("IPv6") << QStringLiteral("bob") << QStringLiteral("2001:db8::10") << 5060 << 3456 << 0 << false
                          << QStringList{QStringLiteral("v=0"), QStringLiteral("o=bob 2890849586 2890849586 IN IP6 2001:db8::10"),
                                         QStringLiteral("s=-"), QStringLiteral("c=IN IP6 2001:db8::10"), QStringLiteral("t=0 0"),
                                         QStringLiteral("m=audio 3456 RTP/AVP 0"), QStringLiteral("a=rtpmap:0 PCMU/8000")};
}

void TestSdpBody::forNode()
{
    QFETCH(QString, user);
    QFETCH(QString, ip);
    QFETCH(int, sipPort);
    QFETCH(int, mediaPort);
    QFETCH(int, version);
    QFETCH(bool, hold);
    QFETCH(QStringList, lines);
    const QByteArray body = SdpBody::forNode(user, ip, sipPort, mediaPort, version, hold);
    // RFC 4566 5: every line ends with CRLF, in the order v o s c t m a.
    QCOMPARE(body, (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    // The same node gives the same body (the engine is deterministic).
    QCOMPARE(SdpBody::forNode(user, ip, sipPort, mediaPort, version, hold), body);
}

void TestSdpBody::contentType()
{
    QCOMPARE(SdpBody::contentType(), QStringLiteral("application/sdp")); // RFC 3261 13.2.1, RFC 4566 8
}

QTEST_GUILESS_MAIN(TestSdpBody)
#include "tst_sdpbody.moc"
