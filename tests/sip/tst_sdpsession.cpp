// The SDP reader and the answerer's rules of RFC 3264: each row is an offer and what the answer
// must (or must not) contain; an empty answer means 488 Not Acceptable Here.
#include "sdpbody.h"
#include "sdpsession.h"

#include <QTest>

using namespace SipLab;

namespace {
QByteArray offer(const QString &mLine, const QStringList &attributes = {})
{
    QString s = QStringLiteral("v=0\r\no=alice 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n") + mLine
        + QStringLiteral("\r\n");
    for (const QString &a : attributes)
        s += a + QStringLiteral("\r\n");
    return s.toUtf8();
}
} // namespace

class TestSdpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answer_data();
    void answer();
    void plainPcmuOfferKeepsTheOldAnswer();
    void parseErrors_data();
    void parseErrors();
};

void TestSdpSession::answer_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<QStringList>("has");    // lines the answer must contain
    QTest::addColumn<QStringList>("hasNot"); // text it must not contain
    QTest::addColumn<bool>("acceptable");

    // RFC 3264 6.1: formats from the offer: PCMA-only gets PCMA, not PCMU.
    QTest::newRow("PCMA only") << offer("m=audio 4000 RTP/AVP 8", {"a=rtpmap:8 PCMA/8000"})
                               << QStringList{"m=audio 3456 RTP/AVP 8", "a=rtpmap:8 PCMA/8000"} << QStringList{"PCMU"} << true;
    // The first common format of the offer wins (the offerer's preference).
    QTest::newRow("PCMA before PCMU") << offer("m=audio 4000 RTP/AVP 8 0")
                                      << QStringList{"m=audio 3456 RTP/AVP 8"} << QStringList{"PCMU"} << true;
    QTest::newRow("opus first, then PCMU")
        << offer("m=audio 4000 RTP/AVP 96 0 101", {"a=rtpmap:96 opus/48000/2", "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16"})
        << QStringList{"m=audio 3456 RTP/AVP 0 101", "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16"}
        << QStringList{"opus"} << true;
    // No common format: no answer (the UAS says 488).
    QTest::newRow("G729 only") << offer("m=audio 4000 RTP/AVP 18", {"a=rtpmap:18 G729/8000"}) << QStringList{}
                               << QStringList{} << false;
    QTest::newRow("video only") << offer("m=video 4002 RTP/AVP 31") << QStringList{} << QStringList{} << false;
    // RFC 3264 6.1: sendonly -> recvonly, recvonly -> sendonly, inactive -> inactive.
    QTest::newRow("hold: sendonly") << offer("m=audio 4000 RTP/AVP 0", {"a=sendonly"}) << QStringList{"a=recvonly"}
                                    << QStringList{"a=sendonly", "a=sendrecv"} << true;
    QTest::newRow("session-level sendonly")
        << QByteArray("v=0\r\no=a 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\na=sendonly\r\nm=audio 4000 RTP/AVP 0\r\n")
        << QStringList{"a=recvonly"} << QStringList{} << true;
    QTest::newRow("recvonly") << offer("m=audio 4000 RTP/AVP 0", {"a=recvonly"}) << QStringList{"a=sendonly"}
                              << QStringList{"a=recvonly"} << true;
    QTest::newRow("inactive") << offer("m=audio 4000 RTP/AVP 0", {"a=inactive"}) << QStringList{"a=inactive"}
                              << QStringList{"sendonly", "recvonly"} << true;
    // RFC 3264 6: every offered stream is answered, a refused one with port 0, in order.
    QTest::newRow("audio + video") << offer("m=audio 4000 RTP/AVP 0\r\nm=video 4002 RTP/AVP 31")
                                   << QStringList{"m=audio 3456 RTP/AVP 0", "m=video 0 RTP/AVP 31"} << QStringList{} << true;
}

void TestSdpSession::answer()
{
    QFETCH(QByteArray, offer);
    QFETCH(QStringList, has);
    QFETCH(QStringList, hasNot);
    QFETCH(bool, acceptable);
    SdpSession session;
    QString error;
    QVERIFY2(SdpSession::parse(offer, &session, &error), qPrintable(error));
    const QByteArray answer = SdpSession::answer(session, QStringLiteral("bob"), QStringLiteral("10.0.0.2"), 3456, 77, 78);
    QCOMPARE(!answer.isEmpty(), acceptable);
    const QStringList lines = QString::fromUtf8(answer).split(QStringLiteral("\r\n"));
    for (const QString &h : std::as_const(has))
        QVERIFY2(lines.contains(h), answer.constData());
    for (const QString &h : std::as_const(hasNot))
        QVERIFY2(!answer.contains(h.toUtf8()), answer.constData());
    if (acceptable)
        QVERIFY2(lines.contains(QStringLiteral("o=bob 77 78 IN IP4 10.0.0.2")), answer.constData());
}

void TestSdpSession::plainPcmuOfferKeepsTheOldAnswer()
{
    // The simulated UAC offers PCMU only, sendrecv: the answer is byte for byte the body the
    // UAS always sent, so every simulated trace stays the same.
    SdpSession session;
    QString error;
    QVERIFY(SdpSession::parse(SdpBody::forNode(QStringLiteral("alice"), QStringLiteral("192.0.2.10"), 5060, 49170), &session, &error));
    QCOMPARE(SdpSession::answer(session, QStringLiteral("bob"), QStringLiteral("192.0.2.20"), 3456, 2890844526LL + 5060,
                                2890844526LL + 5060),
             SdpBody::forNode(QStringLiteral("bob"), QStringLiteral("192.0.2.20"), 5060, 3456));
}

void TestSdpSession::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no v=") << QByteArray("o=a 1 1 IN IP4 1.2.3.4\r\n") << QStringLiteral("no v=");
    QTest::newRow("no o=") << QByteArray("v=0\r\ns=-\r\n") << QStringLiteral("no o=");
    QTest::newRow("bad line") << QByteArray("v=0\r\nhello\r\n") << QStringLiteral("not an SDP line");
    QTest::newRow("bad m=") << QByteArray("v=0\r\no=a 1 1 IN IP4 1.2.3.4\r\nm=audio x RTP/AVP 0\r\n") << QStringLiteral("m= line");
    QTest::newRow("short o=") << QByteArray("v=0\r\no=a 1\r\n") << QStringLiteral("six fields");
}

void TestSdpSession::parseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);
    SdpSession session;
    QString error;
    QVERIFY(!SdpSession::parse(body, &session, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSdpSession)
#include "tst_sdpsession.moc"
