#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace SipLab {

/// One SIP message found on the wire: the bytes of one UDP datagram or one message framed out of
/// a TCP stream, with the frame (1-based packet number) and time at which it was complete.
struct SipPayload
{
    qint64 frame = 0;
    qint64 timeUs = 0;   // capture time, microseconds since the epoch
    QString srcIp;       // "192.0.2.10" or "fd17::1"
    QString dstIp;
    quint16 srcPort = 0;
    quint16 dstPort = 0;
    bool tcp = false;
    QByteArray bytes;
    QString srcAddress() const; // "192.0.2.10:5060", "[fd17::1]:5060"
    QString dstAddress() const;
};

/// Decodes captured frames down to SIP: link layer (Ethernet with VLAN tags, Linux cooked SLL
/// and SLL2, raw IP, BSD loopback/null), IPv4 and IPv6 (extension headers skipped, fragments of
/// both reassembled), UDP datagrams and TCP streams. A TCP stream is framed into messages by
/// Content-Length (RFC 3261 18.3): several messages per segment, one message over several.
/// Payloads that do not start like SIP (RTP, DNS ...) are dropped after a cheap look at their
/// first bytes. Held memory is capped (fragments, TCP bytes per stream and overall).
class PacketDecoder
{
public:
    static constexpr int MaxStreamBytes = 256 * 1024;           // per TCP stream
    static constexpr qint64 MaxHeldBytes = 32ll * 1024 * 1024;   // all TCP streams + fragments
    static constexpr int MaxStreams = 65536;
    static constexpr int MaxFragmentSets = 4096;

    enum class Outcome { NotSip, Sip, Truncated };

    /// Decodes one frame of link type `linkType` (a DLT_ value from pcap_datalink). Appends the
    /// SIP messages it completes to *out. `wireLength` is the frame's original length: when it
    /// exceeds `length` the frame was cut by the snapshot length; Truncated is returned when
    /// that cut a SIP message.
    Outcome decode(int linkType, const uchar *data, int length, int wireLength, qint64 timeUs, qint64 frame,
                   QList<SipPayload> *out);
    /// True when the bytes begin like a SIP start line ("SIP/2.0 200 ..." or "METHOD uri SIP/2.0").
    static bool looksLikeSip(const char *data, int length);
    static bool isSupportedLinkType(int linkType);
    qint64 heldBytes() const { return m_held; }

private:
    struct Packet
    {
        qint64 frame = 0;
        qint64 timeUs = 0;
        bool cut = false;
    };
    struct Fragments
    {
        QMap<int, QByteArray> parts; // offset -> bytes
        int total = -1;              // known once the last fragment arrived
        int nextHeader = -1;         // protocol of the reassembled payload
        qint64 held = 0;
    };
    struct Stream
    {
        bool started = false;
        bool notSip = false;
        quint32 nextSeq = 0;
        QByteArray buffer;
        QMap<quint32, QByteArray> pending; // out-of-order segments, by sequence number
    };

    Outcome ipv4(const uchar *p, int n, const Packet &packet, QList<SipPayload> *out);
    Outcome ipv6(const uchar *p, int n, const Packet &packet, QList<SipPayload> *out);
    Outcome transport(int protocol, const QString &src, const QString &dst, const uchar *p, int n, const Packet &packet,
                      QList<SipPayload> *out);
    Outcome tcp(const QString &src, const QString &dst, const uchar *p, int n, const Packet &packet, QList<SipPayload> *out);
    /// Adds a fragment; returns true with the whole datagram in *whole once every part is in.
    bool addFragment(const QByteArray &key, int offset, bool more, int nextHeader, const uchar *p, int n, QByteArray *whole,
                     int *protocol);
    void frameStream(Stream &s, const SipPayload &pattern, QList<SipPayload> *out);
    void dropStream(const QByteArray &key);

    QHash<QByteArray, Fragments> m_fragments;
    QList<QByteArray> m_fragmentOrder; // oldest first, to evict
    QHash<QByteArray, Stream> m_streams;
    qint64 m_held = 0;
};

} // namespace SipLab
