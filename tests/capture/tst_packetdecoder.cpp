// PacketDecoder: link layers, IPv4 fragments, TCP reassembly and framing, the cheap SIP check
// and the caps on what is held.
#include "packetdecoder.h"
#include "pcapwriter.h"

#include <pcap/dlt.h>

#include <QtTest>

using namespace SipLab;
using namespace SipLab::TestPcap;

namespace {

QByteArray sip(const QByteArray &method, const QByteArray &body = {})
{
    return method + " sip:bob@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/TCP 192.0.2.1;branch=z9hG4bK" + method
           + "\r\nTo: <sip:bob@192.0.2.2>\r\nFrom: <sip:a@192.0.2.1>;tag=1\r\nCall-ID: c1\r\nCSeq: 1 " + method
           + "\r\nMax-Forwards: 70\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

int feed(PacketDecoder &d, int dlt, const QByteArray &frame, QList<SipPayload> *out, qint64 number = 1)
{
    const auto before = out->size();
    d.decode(dlt, reinterpret_cast<const uchar *>(frame.constData()), int(frame.size()), int(frame.size()), number * 1000,
             number, out);
    return int(out->size() - before);
}

QByteArray tcpFrame(quint32 seq, const QByteArray &data, quint8 flags = 0x18)
{
    return ethernet(ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 6, tcp(5060, 5060, seq, flags, data)));
}

} // namespace

class TestPacketDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeSip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("sip");
        QTest::newRow("request") << QByteArray("INVITE sip:bob@biloxi.example SIP/2.0\r\n") << true;
        QTest::newRow("response") << QByteArray("SIP/2.0 180 Ringing\r\n") << true;
        QTest::newRow("rtp") << QByteArray("\x80\x08\x00\x01\x00\x00\x00\xa0\x12\x34\x56\x78", 12) << false;
        QTest::newRow("http") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << false;
        QTest::newRow("short") << QByteArray("SIP/2.0") << false;
    }
    void looksLikeSip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, sip);
        QCOMPARE(PacketDecoder::looksLikeSip(bytes.constData(), int(bytes.size())), sip);
    }

    void linkTypes_data()
    {
        QTest::addColumn<int>("dlt");
        QTest::addColumn<QByteArray>("frame");
        const QByteArray ipPacket = ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 17, udp(5060, 5070, sip("OPTIONS")));
        QTest::newRow("ethernet") << int(DLT_EN10MB) << ethernet(ipPacket);
        QTest::newRow("ethernet vlan") << int(DLT_EN10MB) << ethernet(ipPacket, 0x0800, true);
        QByteArray sll(16, 0);
        put16(sll, 14, 0x0800);
        QTest::newRow("sll") << int(DLT_LINUX_SLL) << sll + ipPacket;
        QByteArray sll2(20, 0);
        put16(sll2, 0, 0x0800);
        QTest::newRow("sll2") << int(DLT_LINUX_SLL2) << sll2 + ipPacket;
        QTest::newRow("raw") << int(DLT_RAW) << ipPacket;
        QTest::newRow("null (little-endian AF_INET)") << int(DLT_NULL) << QByteArray("\x02\x00\x00\x00", 4) + ipPacket;
        QTest::newRow("loop (network order)") << int(DLT_LOOP) << QByteArray("\x00\x00\x00\x02", 4) + ipPacket;
    }
    void linkTypes()
    {
        QFETCH(int, dlt);
        QFETCH(QByteArray, frame);
        PacketDecoder d;
        QList<SipPayload> out;
        QCOMPARE(feed(d, dlt, frame, &out), 1);
        QCOMPARE(out[0].srcAddress(), QStringLiteral("192.0.2.1:5060"));
        QCOMPARE(out[0].dstAddress(), QStringLiteral("192.0.2.2:5070"));
        QVERIFY(out[0].bytes.startsWith("OPTIONS sip:"));
    }

    void rtpIsSkipped()
    {
        PacketDecoder d;
        QList<SipPayload> out;
        const QByteArray rtp = QByteArray("\x80\x08\x00\x01", 4) + QByteArray(160, '\xff');
        QCOMPARE(feed(d, DLT_EN10MB, ethernet(ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 17, udp(4000, 4002, rtp))), &out), 0);
    }

    void ipv4FragmentsOutOfOrder()
    {
        const QByteArray datagram = udp(5060, 5060, sip("INVITE", QByteArray(1500, 'v')));
        const QByteArray first = datagram.left(1200), second = datagram.mid(1200);
        PacketDecoder d;
        QList<SipPayload> out;
        QCOMPARE(feed(d, DLT_EN10MB, ethernet(ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 17, second, 7, 1200, false)), &out, 1), 0);
        QVERIFY(d.heldBytes() > 0);
        QCOMPARE(feed(d, DLT_EN10MB, ethernet(ipv4(ip(192, 0, 2, 1), ip(192, 0, 2, 2), 17, first, 7, 0, true)), &out, 2), 1);
        QCOMPARE(out[0].frame, 2);
        QCOMPARE(out[0].bytes, datagram.mid(8));
        QCOMPARE(d.heldBytes(), 0);
    }

    void tcpSeveralMessagesInOneSegment()
    {
        PacketDecoder d;
        QList<SipPayload> out;
        feed(d, DLT_EN10MB, tcpFrame(99, {}, 0x02), &out); // SYN
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(100, sip("INVITE", "v=0\r\n") + "\r\n\r\n" + sip("ACK")), &out, 2), 2);
        QVERIFY(out[0].bytes.endsWith("v=0\r\n"));
        QVERIFY(out[1].bytes.startsWith("ACK "));
        QVERIFY(out[0].tcp);
        QCOMPARE(d.heldBytes(), 0);
    }

    void tcpOneMessageOverSegmentsOutOfOrder()
    {
        const QByteArray m = sip("INVITE", QByteArray(3000, 'b'));
        PacketDecoder d;
        QList<SipPayload> out;
        feed(d, DLT_EN10MB, tcpFrame(999, {}, 0x02), &out);
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(1000, m.left(1000)), &out, 2), 0);
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(3000, m.mid(2000)), &out, 3), 0); // ahead of its turn
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(1000, m.left(1000)), &out, 4), 0); // retransmitted
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(2000, m.mid(1000, 1000)), &out, 5), 1);
        QCOMPARE(out[0].bytes, m);
        QCOMPARE(out[0].frame, 5);
    }

    void tcpNonSipStreamIsIgnored()
    {
        PacketDecoder d;
        QList<SipPayload> out;
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(1, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"), &out), 0);
        QCOMPARE(feed(d, DLT_EN10MB, tcpFrame(28, sip("OPTIONS")), &out), 0); // same stream: not SIP
        QCOMPARE(d.heldBytes(), 0);
    }

    void tcpHeldBytesAreCapped()
    {
        // A "message" whose header never ends: the stream is dropped at MaxStreamBytes.
        PacketDecoder d;
        QList<SipPayload> out;
        QByteArray start = "INVITE sip:bob@192.0.2.2 SIP/2.0\r\nX: ";
        quint32 seq = 1;
        feed(d, DLT_EN10MB, tcpFrame(seq, start), &out);
        seq += quint32(start.size());
        const QByteArray chunk(1400, 'x');
        for (int i = 0; i < 400; ++i) {
            feed(d, DLT_EN10MB, tcpFrame(seq, chunk), &out);
            seq += quint32(chunk.size());
            QVERIFY(d.heldBytes() <= PacketDecoder::MaxStreamBytes);
        }
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPacketDecoder)
#include "tst_packetdecoder.moc"
