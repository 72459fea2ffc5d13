// Live mode over real UDP on 127.0.0.1: the engine's UAS behind a LiveNetwork, fed hostile
// datagrams (garbage, truncated, oversized, wrongly encoded, malformed, the RFC 4475 torture
// messages). Each gets the answer RFC 3261 18 / 16.3 and the RequestValidator give, or is
// dropped; the node keeps answering (OPTIONS -> 200) and keeps no state for them.
#include "livenetwork.h"
#include "requestvalidator.h"
#include "sipparser.h"

#include <QDir>
#include <QNetworkDatagram>
#include <QStringDecoder>
#include <QTest>
#include <QUdpSocket>

using namespace SipLab;

namespace {

constexpr int LocalLane = 1;

std::unique_ptr<Simulation> uasCall(const SipMessage &request, const QString &peerIp, int peerPort, quint16 localPort)
{
    Scenario s;
    s.method = request.method();
    s.uac.address = {peerIp + QLatin1Char(':') + QString::number(peerPort), QString(), peerIp, peerIp, peerIp, peerPort};
    s.uas.address = {QStringLiteral("UAS"), QStringLiteral("siplab"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), localPort};
    s.uas.responses = {{180, 0, false}, {200, 0, false}};
    s.uas.retryResponses = s.uas.responses;
    return std::make_unique<Simulation>(s, QList<int>{0});
}

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(SIPLAB_TEST_DATA_DIR "/rfc4475/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QByteArray request(const QByteArray &method, int clientPort, const QByteArray &callId, const QByteArray &extra = QByteArray(),
                   const QByteArray &body = QByteArray(), int contentLength = -1)
{
    QByteArray m = method + " sip:siplab@127.0.0.1 SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP 127.0.0.1:" + QByteArray::number(clientPort) + ";branch=z9hG4bK" + callId + "\r\n"
                   "Max-Forwards: 70\r\n"
                   "From: <sip:tester@127.0.0.1>;tag=t1\r\n"
                   "To: <sip:siplab@127.0.0.1>\r\n"
                   "Call-ID: " + callId + "\r\n"
                   "CSeq: 1 " + method + "\r\n" + extra
                   + "Content-Length: " + QByteArray::number(contentLength < 0 ? body.size() : contentLength) + "\r\n\r\n" + body;
    return m;
}

} // namespace

class TestLiveNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hostileDatagram_data();
    void hostileDatagram();
    void torture_data();
    void torture();
    void oversizedCannotBeSent();
    void garbageFloodKeepsNoState();
    void realRequestIsHeldUntilTimerJ_data();
    void realRequestIsHeldUntilTimerJ();
    void heldAnswerEndsWithTimerJ();
    void inviteRetransmittedAfter2xxIsAbsorbed();
    void finishedCallIsFolded_data();
    void finishedCallIsFolded();
    void callsAreNumberedInOrderOfAppearance();
    void responseDestination_data();
    void responseDestination();

private:
    /// Sends `datagram`, then an OPTIONS probe; returns every response that is not the probe's
    /// once the probe's 200 arrived (UDP on loopback keeps order, so anything the node sent for
    /// `datagram` came first).
    QList<SipMessage> exchange(const QByteArray &datagram);

    std::unique_ptr<LiveNetwork> m_network;
    std::unique_ptr<QUdpSocket> m_client;
    quint16 m_port = 0;
    int m_probe = 0;
};

void TestLiveNetwork::init()
{
    m_probe = 0;
    m_network = std::make_unique<LiveNetwork>();
    m_network->setElementRole(ElementRole::Uas);
    QVERIFY2(m_network->bind(LocalLane, QHostAddress::LocalHost, 0), qPrintable(m_network->errorString()));
    m_port = m_network->boundPort(LocalLane);
    const quint16 port = m_port;
    m_network->serve(LocalLane, [port](const SipMessage &r, const QString &ip, int p) { return uasCall(r, ip, p, port); });
    m_client = std::make_unique<QUdpSocket>();
    QVERIFY(m_client->bind(QHostAddress::LocalHost, 0));
}

void TestLiveNetwork::cleanup()
{
    m_client.reset();
    m_network.reset();
}

QList<SipMessage> TestLiveNetwork::exchange(const QByteArray &datagram)
{
    const QByteArray probeId = "probe-" + QByteArray::number(++m_probe);
    m_client->writeDatagram(datagram, QHostAddress::LocalHost, m_port);
    m_client->writeDatagram(request("OPTIONS", m_client->localPort(), probeId), QHostAddress::LocalHost, m_port);
    QList<SipMessage> others;
    bool probeAnswered = false;
    QElapsedTimer timer;
    timer.start();
    while (!probeAnswered && timer.elapsed() < 5000) {
        if (!m_client->hasPendingDatagrams()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            m_client->waitForReadyRead(20);
            continue;
        }
        const QNetworkDatagram d = m_client->receiveDatagram();
        const SipParseResult parsed = SipParser::parse(d.data());
        if (!parsed.isValid()) {
            qWarning("unparseable answer: %s", d.data().constData());
            continue;
        }
        if (parsed.message->callId() == QString::fromLatin1(probeId)) {
            probeAnswered = parsed.message->statusCode() == 200;
            continue;
        }
        others.append(*parsed.message);
    }
    if (!probeAnswered)
        qWarning("the node did not answer the OPTIONS probe");
    return probeAnswered ? others : QList<SipMessage>{SipMessage::response(999, QStringLiteral("no probe answer"))};
}

void TestLiveNetwork::hostileDatagram_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("status"); // 0: dropped
    QTest::addColumn<QString>("reason");

    const int port = 0; // replaced in the test by the client's port
    Q_UNUSED(port)
    QTest::newRow("garbage") << QByteArray("hello world, this is no SIP\r\n\r\n") << 0 << QString();
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9) << 0 << QString();
    QTest::newRow("empty keep-alive") << QByteArray("\r\n\r\n") << 0 << QString();
    QTest::newRow("bad start line with Via")
        << QByteArray("GARBAGE LINE\r\nVia: SIP/2.0/UDP 127.0.0.1:@PORT@;branch=z9hG4bKg1\r\nCall-ID: g1\r\n"
                      "From: <sip:a@b>;tag=1\r\nTo: <sip:c@d>\r\nCSeq: 1 OPTIONS\r\n\r\n")
        << 400 << QStringLiteral("Bad Request");
    QTest::newRow("truncated (Content-Length larger than the body)")
        << request("OPTIONS", -1, "trunc1", QByteArray(), "v=0\r\n", 500) << 400 << QStringLiteral("Content-Length");
    QTest::newRow("invalid UTF-8 in a header")
        << request("OPTIONS", -1, "utf1", "Subject: caf\xc3\x28 \xff\xfe\r\n") << 400 << QStringLiteral("UTF-8");
    QTest::newRow("missing Call-ID")
        << QByteArray("OPTIONS sip:siplab@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:@PORT@;branch=z9hG4bKm1\r\n"
                      "Max-Forwards: 70\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:siplab@127.0.0.1>\r\n"
                      "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        << 400 << QStringLiteral("Call-ID");
    QTest::newRow("unknown URI scheme")
        << QByteArray("OPTIONS nope:siplab@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:@PORT@;branch=z9hG4bKu1\r\n"
                      "Max-Forwards: 70\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:siplab@127.0.0.1>\r\n"
                      "Call-ID: u1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        << 416 << QStringLiteral("nope");
    QTest::newRow("malformed response is dropped")
        << QByteArray("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:@PORT@;branch=z9hG4bKr1\r\nCSeq: banana\r\n\r\n")
        << 0 << QString();
    QTest::newRow("response without Via is dropped")
        << QByteArray("SIP/2.0 200 OK\r\nCall-ID: r2\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>\r\nCSeq: 1 OPTIONS\r\n"
                      "Content-Length: 0\r\n\r\n")
        << 0 << QString();
    QTest::newRow("request without Via cannot be answered")
        << QByteArray("OPTIONS sip:siplab@127.0.0.1 SIP/2.0\r\nCall-ID: nv1\r\nFrom: <sip:a@b>;tag=1\r\n"
                      "To: <sip:c@d>\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        << 0 << QString();
    QTest::newRow("malformed ACK is never answered")
        << QByteArray("ACK sip:siplab@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:@PORT@;branch=z9hG4bKa1\r\n"
                      "CSeq: x ACK\r\n\r\n")
        << 0 << QString();
    QTest::newRow("largest UDP datagram with a bad Content-Length")
        << request("OPTIONS", -1, "big1", QByteArray(), QByteArray(65000, 'x'), 70000) << 400
        << QStringLiteral("Content-Length");
}

void TestLiveNetwork::hostileDatagram()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const QByteArray port = QByteArray::number(m_client->localPort());
    datagram.replace("@PORT@", port);
    datagram.replace("127.0.0.1:-1", "127.0.0.1:" + port);
    const QList<SipMessage> answers = exchange(datagram);
    if (status == 0) {
        QVERIFY2(answers.isEmpty(), qPrintable(answers.value(0).startLine()));
    } else {
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().statusCode(), status);
        QVERIFY2(answers.first().reasonPhrase().contains(reason, Qt::CaseInsensitive),
                 qPrintable(answers.first().reasonPhrase()));
        QVERIFY(!answers.first().to().tag().isEmpty()); // RFC 3261 8.2.6.2
    }
    // Only the probes' OPTIONS transactions are held (Timer J), each as its answer alone.
    QCOMPARE(m_network->callCount(), 0);
    QCOMPARE(m_network->heldAnswerCount(), m_probe);
}

void TestLiveNetwork::torture_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(SIPLAB_TEST_DATA_DIR "/rfc4475")).entryList({QStringLiteral("*.dat")});
    QVERIFY(files.size() >= 50);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestLiveNetwork::torture()
{
    QFETCH(QString, file);
    const QByteArray bytes = readData(file);
    QVERIFY(!bytes.isEmpty());
    // What the parser and the validator say about it, computed here from them directly.
    int expected = -1; // -1: accepted (the UAS processes it)
    QString reason;
    const bool isResponse = bytes.startsWith("SIP/");
    const int headerEnd = bytes.indexOf("\r\n\r\n");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString header = utf8.decode(headerEnd < 0 ? bytes : bytes.left(headerEnd));
    const SipParseResult parsed = SipParser::parse(bytes);
    if (utf8.hasError()) {
        expected = 400;
        reason = QStringLiteral("UTF-8");
    } else if (!parsed.isValid()) {
        expected = parsed.error.suggestedStatus;
    } else if (parsed.message->isRequest() && parsed.message->method() != QLatin1String("ACK")) {
        const Verdict v = RequestValidator::check(*parsed.message, ElementRole::Uas);
        if (!v.accepted()) {
            expected = v.status;
            reason = v.reason;
        }
    }
    const bool ack = bytes.startsWith("ACK ");
    if (expected > 0 && (isResponse || ack || LiveNetwork::rawErrorResponse(bytes, expected, reason).isEmpty()))
        expected = 0; // RFC 3261 18.1.2 / 17.2.1 / 18.2.1: dropped, never answered
    Q_UNUSED(header)

    const QList<SipMessage> answers = exchange(bytes);
    QVERIFY2(answers.isEmpty() || answers.first().statusCode() != 999, "the node stopped answering");
    if (expected == 0) {
        QVERIFY2(answers.isEmpty(), qPrintable(answers.value(0).startLine()));
    } else if (expected > 0) {
        QVERIFY2(!answers.isEmpty(), qPrintable(QStringLiteral("expected %1").arg(expected)));
        QCOMPARE(answers.first().statusCode(), expected);
        if (!reason.isEmpty())
            QVERIFY2(answers.first().reasonPhrase().contains(reason), qPrintable(answers.first().reasonPhrase()));
    } else {
        // Accepted: whatever the UAS answers, it is not an error the parser or validator gave.
        for (const SipMessage &a : answers)
            QVERIFY2(a.statusCode() < 400 || a.statusCode() == 481, qPrintable(a.startLine()));
    }
}

void TestLiveNetwork::oversizedCannotBeSent()
{
    // RFC 3261 18.1.1: UDP carries at most 65,507 payload bytes over IPv4; a bigger datagram
    // never reaches the node (the sender's kernel refuses it), and the node keeps answering.
    const QByteArray huge = request("OPTIONS", m_client->localPort(), "huge1", QByteArray(), QByteArray(70 * 1024, 'x'));
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(sender.writeDatagram(huge, QHostAddress::LocalHost, m_port), qint64(-1));
    QVERIFY(exchange(QByteArray("\r\n\r\n")).isEmpty());
}

void TestLiveNetwork::garbageFloodKeepsNoState()
{
    // 10,000 hostile datagrams of every kind: the node answers or drops each, keeps no call or
    // transaction for them, and answers OPTIONS afterwards.
    const QByteArray port = QByteArray::number(m_client->localPort());
    const QList<QByteArray> kinds = {
        QByteArray("garbage garbage garbage\r\n\r\n"),
        request("OPTIONS", m_client->localPort(), "flood-trunc", QByteArray(), "abc", 999),
        QByteArray("INVITE sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bKf\r\n\r\n"),
        QByteArray("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:" + port + "\r\n\r\n"),
        QByteArray(1200, '\xff'),
    };
    for (int i = 0; i < 10000; ++i) {
        m_client->writeDatagram(kinds[i % kinds.size()], QHostAddress::LocalHost, m_port);
        if (i % 20 == 0) {
            // Let the node read (loopback drops what overflows its socket buffer).
            QTRY_VERIFY_WITH_TIMEOUT(m_network->datagramsReceived() >= i - 100, 5000);
            while (m_client->hasPendingDatagrams())
                m_client->receiveDatagram();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_network->datagramsReceived() >= 9900, 10000);
    while (m_client->hasPendingDatagrams())
        m_client->receiveDatagram();
    const QList<SipMessage> late = exchange(QByteArray("\r\n\r\n"));
    Q_UNUSED(late)
    // Only the OPTIONS probes are held (each in its Timer J); none of the 10,000 left state.
    QCOMPARE(m_network->callCount(), 0);
    QCOMPARE(m_network->transactionCount(), 0);
    QCOMPARE(m_network->heldAnswerCount(), m_probe);
    QVERIFY(m_network->datagramsRejected() + m_network->datagramsDropped() >= 9000);
}

void TestLiveNetwork::realRequestIsHeldUntilTimerJ()
{
    // A real OPTIONS transaction is held in Completed for Timer J (64*T1 = 32 s, RFC 3261
    // 17.2.2) to absorb retransmissions. A quiet server keeps only its answer; a server whose
    // messages are shown keeps the call (one call and one transaction per request, no more).
    QFETCH(bool, observed);
    int shown = 0;
    if (observed)
        connect(m_network.get(), &LiveNetwork::messageTraced, this, [&shown] { ++shown; });
    const QByteArray options = request("OPTIONS", m_client->localPort(), "real1");
    const QList<SipMessage> answers = exchange(options);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().statusCode(), 200);
    QCOMPARE(m_network->callCount(), observed ? 2 : 0); // real1 and the probe, both in Timer J
    QCOMPARE(m_network->transactionCount(), observed ? 2 : 0);
    QCOMPARE(m_network->heldAnswerCount(), observed ? 0 : 2);

    // RFC 3261 17.2.2: the retransmission gets the same final response again, nothing new.
    const QList<SipMessage> again = exchange(options);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().toBytes(), answers.first().toBytes());

    // RFC 3261 9.2: a CANCEL for it (same branch) has no effect and is answered 200, with the
    // To tag of the final response.
    QByteArray cancel = options;
    cancel.replace("OPTIONS sip:", "CANCEL sip:").replace("CSeq: 1 OPTIONS", "CSeq: 1 CANCEL");
    const QList<SipMessage> cancelled = exchange(cancel);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().statusCode(), 200);
    QCOMPARE(cancelled.first().cseq()->method, QStringLiteral("CANCEL"));
    QCOMPARE(cancelled.first().to().tag(), answers.first().to().tag());
    QCOMPARE(cancelled.first().topVia()->branch(), QStringLiteral("z9hG4bKreal1"));
    QCOMPARE(shown > 0, observed);
}

void TestLiveNetwork::realRequestIsHeldUntilTimerJ_data()
{
    QTest::addColumn<bool>("observed");
    QTest::newRow("quiet server: the answer alone") << false;
    QTest::newRow("messages shown: the whole call") << true;
}

void TestLiveNetwork::heldAnswerEndsWithTimerJ()
{
    // With T1 = 10 ms, Timer J is 640 ms: after it the transaction is gone (RFC 3261 17.2.2,
    // Terminated), so the same request again is a new request with a new To tag.
    m_network->stop();
    const quint16 port = m_port;
    m_network->serve(LocalLane, [port](const SipMessage &r, const QString &ip, int p) {
        auto sim = uasCall(r, ip, p, port);
        Scenario s = sim->trace().scenario;
        s.network.t1Ms = 10;
        return std::make_unique<Simulation>(s, QList<int>{0});
    });
    const QByteArray options = request("OPTIONS", m_client->localPort(), "timerj1");
    const QList<SipMessage> first = exchange(options);
    QCOMPARE(first.size(), 1);
    const QList<SipMessage> retransmitted = exchange(options);
    QCOMPARE(retransmitted.size(), 1);
    QCOMPARE(retransmitted.first().to().tag(), first.first().to().tag());
    QTest::qWait(700);
    const QList<SipMessage> late = exchange(options);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().statusCode(), 200);
    QVERIFY(late.first().to().tag() != first.first().to().tag());
}

void TestLiveNetwork::inviteRetransmittedAfter2xxIsAbsorbed()
{
    // Seen under load (SIPp -r 400 through serve proxy + uas): the proxy's Timer A fired
    // before the UAS's 180 reached it, and the retransmitted INVITE reached the UAS after its
    // 200. Under RFC 3261 17.2.1 the transaction was gone, so the UAS took it for a new INVITE
    // and answered 180/200 with a NEW To tag, which the proxy passed on to a caller already
    // in its BYE. RFC 6026 7.1: the transaction waits in Accepted (Timer L) and absorbs it.
    const QByteArray invite = request("INVITE", m_client->localPort(), "late-retransmission",
                                      "Contact: <sip:tester@127.0.0.1>\r\n");
    m_client->writeDatagram(invite, QHostAddress::LocalHost, m_port);
    QString toTag;
    QElapsedTimer timer;
    timer.start();
    while (toTag.isEmpty() && timer.elapsed() < 5000) {
        if (!m_client->hasPendingDatagrams()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            m_client->waitForReadyRead(20);
            continue;
        }
        const SipParseResult parsed = SipParser::parse(m_client->receiveDatagram().data());
        QVERIFY(parsed.isValid());
        if (parsed.message->statusCode() == 200)
            toTag = parsed.message->to().tag();
    }
    QVERIFY2(!toTag.isEmpty(), "no 200 OK for the INVITE");
    // The same INVITE again (same branch): nothing new may come of it; at most the UAS core's
    // own 2xx retransmission (RFC 3261 13.3.1.4), with the dialog's To tag.
    const QList<SipMessage> answers = exchange(invite);
    for (const SipMessage &m : answers) {
        QVERIFY2(m.statusCode() == 200, qPrintable(m.summary()));
        QCOMPARE(m.to().tag(), toTag);
    }
    // One INVITE server transaction (in Accepted) and the probe's answer; not a second INVITE one.
    QCOMPARE(m_network->transactionCount(), 1);
    QCOMPARE(m_network->heldAnswerCount(), 1);
}

void TestLiveNetwork::finishedCallIsFolded_data()
{
    QTest::addColumn<bool>("observed");
    QTest::newRow("quiet server: the answers alone") << false;
    QTest::newRow("messages shown: the whole call") << true;
}

void TestLiveNetwork::finishedCallIsFolded()
{
    // INVITE / 180 / 200 / ACK / BYE / 200. After the BYE's 200 the call only waits for Timer
    // L (the INVITE's Accepted state, RFC 6026) and Timer J (the BYE's Completed state, RFC
    // 3261 17.2.2). A quiet server keeps just what those do; what the peer sees is the same.
    QFETCH(bool, observed);
    if (observed)
        connect(m_network.get(), &LiveNetwork::messageTraced, this, [] {});
    const QByteArray port = QByteArray::number(m_client->localPort());
    const QByteArray invite = request("INVITE", m_client->localPort(), "fold1", "Contact: <sip:tester@127.0.0.1>\r\n");
    const QList<SipMessage> answered = exchange(invite);
    QCOMPARE(answered.size(), 2); // 180, 200
    QCOMPARE(answered.last().statusCode(), 200);
    const QByteArray toTag = answered.last().to().tag().toUtf8();
    auto inDialog = [&](const QByteArray &method, const QByteArray &branch, int cseq) {
        return method + " sip:siplab@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK" + branch
            + "\r\nMax-Forwards: 70\r\nFrom: <sip:tester@127.0.0.1>;tag=t1\r\nTo: <sip:siplab@127.0.0.1>;tag=" + toTag
            + "\r\nCall-ID: fold1\r\nCSeq: " + QByteArray::number(cseq) + ' ' + method + "\r\nContent-Length: 0\r\n\r\n";
    };
    QCOMPARE(exchange(inDialog("ACK", "fold1ack", 1)).size(), 0);
    const QByteArray bye = inDialog("BYE", "fold1bye", 2);
    const QList<SipMessage> byeAnswer = exchange(bye);
    QCOMPARE(byeAnswer.size(), 1);
    QCOMPARE(byeAnswer.first().statusCode(), 200);
    // The probes' OPTIONS transactions are folded or held the same way.
    QCOMPARE(m_network->callCount(), observed ? 1 + m_probe : 0);
    QCOMPARE(m_network->heldAnswerCount(), observed ? 0 : 2 + m_probe);

    // RFC 3261 17.2.2: the BYE again gets the same 200 again.
    const QList<SipMessage> byeAgain = exchange(bye);
    QCOMPARE(byeAgain.size(), 1);
    QCOMPARE(byeAgain.first().toBytes(), byeAnswer.first().toBytes());
    // RFC 6026 7.1: the INVITE again is absorbed: no new 180/200, no new To tag.
    QCOMPARE(exchange(invite).size(), 0);
    // RFC 3261 9.2: a late CANCEL of the INVITE changes nothing and gets 200 with its To tag.
    QByteArray cancel = invite;
    cancel.replace("INVITE sip:", "CANCEL sip:").replace("CSeq: 1 INVITE", "CSeq: 1 CANCEL");
    const QList<SipMessage> cancelled = exchange(cancel);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().statusCode(), 200);
    QCOMPARE(cancelled.first().to().tag().toUtf8(), toTag);
}

void TestLiveNetwork::callsAreNumberedInOrderOfAppearance()
{
    // serve's F-lines tag each message with its call (c1, c2, ...): every message of a Call-ID,
    // a retransmitted request and its answers too, carries the number its first message got.
    QHash<QString, QSet<int>> numbers;
    connect(m_network.get(), &LiveNetwork::messageTraced, this,
            [&](int, qint64, const QString &, const QString &, const SipMessage &m, bool, int call) {
                numbers[m.callId()].insert(call);
            });
    QCOMPARE(exchange(request("OPTIONS", m_client->localPort(), "first")).size(), 1);
    QCOMPARE(exchange(request("OPTIONS", m_client->localPort(), "second")).size(), 1);
    QCOMPARE(exchange(request("OPTIONS", m_client->localPort(), "first")).size(), 1); // retransmission
    QCOMPARE(numbers.value(QStringLiteral("first")), QSet<int>{1});
    QCOMPARE(numbers.value(QStringLiteral("probe-1")), QSet<int>{2});
    QCOMPARE(numbers.value(QStringLiteral("second")), QSet<int>{3});
    QCOMPARE(numbers.value(QStringLiteral("probe-2")), QSet<int>{4});
    QCOMPARE(numbers.value(QStringLiteral("probe-3")), QSet<int>{5});
}

void TestLiveNetwork::responseDestination_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("sent-by") << "SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1" << "10.0.0.1" << 5070;
    QTest::newRow("default port") << "SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1" << "10.0.0.1" << 5060;
    QTest::newRow("received (RFC 3261 18.2.2)") << "SIP/2.0/UDP pc.example:5070;branch=z9hG4bK1;received=10.0.0.9"
                                                << "10.0.0.9" << 5070;
    QTest::newRow("rport (RFC 3581 4)") << "SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1;rport=40000;received=10.0.0.2"
                                        << "10.0.0.2" << 40000;
}

void TestLiveNetwork::responseDestination()
{
    QFETCH(QString, via);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto [h, p] = LiveNetwork::responseDestination(Via::parse(via));
    QCOMPARE(h, host);
    QCOMPARE(p, port);
}

QTEST_GUILESS_MAIN(TestLiveNetwork)
#include "tst_livenetwork.moc"
