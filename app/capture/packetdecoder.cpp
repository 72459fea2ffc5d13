#include "packetdecoder.h"

#include <pcap/dlt.h>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstring>

namespace SipLab {

namespace {

constexpr int ProtoTcp = 6;
constexpr int ProtoUdp = 17;

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString ipText(int family, const uchar *p)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(family, p, text, sizeof text))
        return QString();
    return QString::fromLatin1(text);
}

QString address(const QString &ip, quint16 port)
{
    if (ip.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(ip).arg(port);
    return QStringLiteral("%1:%2").arg(ip).arg(port);
}

bool isTokenChar(char c)
{
    // RFC 3261 25.1 token
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::strchr("-.!%*_+`'~", c);
}

/// Content-Length of a header block (RFC 3261 20.14, compact form "l"); -1 when absent or bad.
qint64 contentLength(const QByteArray &buffer, int headerEnd)
{
    int pos = 0;
    while (pos < headerEnd) {
        int eol = buffer.indexOf('\n', pos);
        if (eol < 0 || eol > headerEnd)
            eol = headerEnd;
        const QByteArray line = buffer.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name != "content-length" && name != "l")
            continue;
        bool ok = false;
        const qint64 v = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok && v >= 0 ? v : -1;
    }
    return -1;
}

} // namespace

QString SipPayload::srcAddress() const
{
    return address(srcIp, srcPort);
}

QString SipPayload::dstAddress() const
{
    return address(dstIp, dstPort);
}

bool PacketDecoder::looksLikeSip(const char *data, int length)
{
    static const char version[] = "SIP/2.0";
    if (length < 12)
        return false;
    if (std::memcmp(data, "SIP/2.0 ", 8) == 0)
        return true;
    // Request-Line = Method SP Request-URI SP SIP-Version CRLF (RFC 3261 7.1)
    int i = 0;
    while (i < length && isTokenChar(data[i]))
        ++i;
    if (i == 0 || i >= length || data[i] != ' ')
        return false;
    ++i;
    const int uriStart = i;
    while (i < length && data[i] != ' ' && data[i] != '\r' && data[i] != '\n')
        ++i;
    if (i == uriStart || i >= length || data[i] != ' ')
        return false;
    ++i;
    return length - i >= 7 && std::memcmp(data + i, version, 7) == 0;
}

bool PacketDecoder::isSupportedLinkType(int linkType)
{
    switch (linkType) {
    case DLT_EN10MB:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_RAW:
    case 14: // DLT_RAW on OpenBSD
    case DLT_IPV4:
    case DLT_IPV6:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
        return true;
    default:
        return false;
    }
}

PacketDecoder::Outcome PacketDecoder::decode(int linkType, const uchar *p, int n, int wireLength, qint64 timeUs, qint64 frame,
                                             QList<SipPayload> *out)
{
    if (!p || n <= 0)
        return Outcome::NotSip;
    Packet packet{frame, timeUs, wireLength > n};
    int etherType = -1;
    switch (linkType) {
    case DLT_EN10MB: {
        if (n < 14)
            return Outcome::NotSip;
        int at = 12;
        etherType = be16(p + at);
        // 802.1Q / 802.1ad / QinQ tags
        while ((etherType == 0x8100 || etherType == 0x88a8 || etherType == 0x9100) && at + 6 <= n) {
            at += 4;
            etherType = be16(p + at);
        }
        at += 2;
        // PPPoE session (RFC 2516): 6-byte header, then the 2-byte PPP protocol.
        if (etherType == 0x8864 && at + 8 <= n) {
            const int ppp = be16(p + at + 6);
            etherType = ppp == 0x0021 ? 0x0800 : ppp == 0x0057 ? 0x86dd : -1;
            at += 8;
        }
        p += at;
        n -= at;
        break;
    }
    case DLT_LINUX_SLL: // 16-byte cooked header, protocol in its last two bytes
        if (n < 16)
            return Outcome::NotSip;
        etherType = be16(p + 14);
        p += 16;
        n -= 16;
        break;
    case DLT_LINUX_SLL2: // 20-byte header, protocol first
        if (n < 20)
            return Outcome::NotSip;
        etherType = be16(p);
        p += 20;
        n -= 20;
        break;
    case DLT_NULL:
    case DLT_LOOP: {
        // The address family, in the writer's byte order (NULL) or network order (LOOP).
        if (n < 4)
            return Outcome::NotSip;
        quint32 family = be32(p);
        if (linkType == DLT_NULL && (family & 0xffff) == 0)
            family = quint32(p[0]) | (quint32(p[1]) << 8);
        p += 4;
        n -= 4;
        if (family == 2)
            etherType = 0x0800;
        else if (family == 10 || family == 24 || family == 28 || family == 30)
            etherType = 0x86dd;
        break;
    }
    case DLT_RAW:
    case 14:
    case DLT_IPV4:
    case DLT_IPV6:
        if (n < 1)
            return Outcome::NotSip;
        etherType = (p[0] >> 4) == 6 ? 0x86dd : 0x0800;
        break;
    default:
        return Outcome::NotSip;
    }
    if (etherType == 0x0800)
        return ipv4(p, n, packet, out);
    if (etherType == 0x86dd)
        return ipv6(p, n, packet, out);
    return Outcome::NotSip;
}

PacketDecoder::Outcome PacketDecoder::ipv4(const uchar *p, int n, const Packet &packet, QList<SipPayload> *out)
{
    if (n < 20 || (p[0] >> 4) != 4)
        return Outcome::NotSip;
    const int headerLength = (p[0] & 0x0f) * 4;
    const int total = be16(p + 2);
    if (headerLength < 20 || total < headerLength || n < headerLength)
        return Outcome::NotSip;
    const bool cut = n < total;
    const int end = cut ? n : total;
    const int protocol = p[9];
    if (protocol != ProtoUdp && protocol != ProtoTcp)
        return Outcome::NotSip;
    const QString src = ipText(AF_INET, p + 12);
    const QString dst = ipText(AF_INET, p + 16);
    const quint16 flags = be16(p + 6);
    const bool more = flags & 0x2000;
    const int offset = (flags & 0x1fff) * 8;
    Packet pk = packet;
    pk.cut = pk.cut || cut;
    if (more || offset) {
        // RFC 791 reassembly: key = source, destination, protocol, identification.
        if (cut)
            return Outcome::NotSip;
        QByteArray key(reinterpret_cast<const char *>(p + 12), 8);
        key.append(char(protocol)).append(reinterpret_cast<const char *>(p + 4), 2).prepend('4');
        QByteArray whole;
        int proto = protocol;
        if (!addFragment(key, offset, more, protocol, p + headerLength, end - headerLength, &whole, &proto))
            return Outcome::NotSip;
        return transport(proto, src, dst, reinterpret_cast<const uchar *>(whole.constData()), int(whole.size()), pk, out);
    }
    return transport(protocol, src, dst, p + headerLength, end - headerLength, pk, out);
}

PacketDecoder::Outcome PacketDecoder::ipv6(const uchar *p, int n, const Packet &packet, QList<SipPayload> *out)
{
    if (n < 40 || (p[0] >> 4) != 6)
        return Outcome::NotSip;
    const int payloadLength = be16(p + 4);
    if (payloadLength == 0) // jumbogram (RFC 2675): not SIP
        return Outcome::NotSip;
    const bool cut = n < 40 + payloadLength;
    const int end = cut ? n : 40 + payloadLength;
    const QString src = ipText(AF_INET6, p + 8);
    const QString dst = ipText(AF_INET6, p + 24);
    Packet pk = packet;
    pk.cut = pk.cut || cut;
    int next = p[6];
    int at = 40;
    // Extension headers (RFC 8200 4): hop-by-hop, routing, destination options, fragment, AH.
    for (int guard = 0; guard < 16; ++guard) {
        if (next == 0 || next == 43 || next == 60) {
            if (at + 8 > end)
                return Outcome::NotSip;
            next = p[at];
            at += (p[at + 1] + 1) * 8;
        } else if (next == 51) {
            if (at + 8 > end)
                return Outcome::NotSip;
            next = p[at];
            at += (p[at + 1] + 2) * 4;
        } else if (next == 44) {
            if (at + 8 > end || cut)
                return Outcome::NotSip;
            const int inner = p[at];
            const quint16 offsetFlags = be16(p + at + 2);
            const int offset = (offsetFlags & 0xfff8);
            const bool more = offsetFlags & 1;
            QByteArray key(reinterpret_cast<const char *>(p + 8), 32);
            key.append(reinterpret_cast<const char *>(p + at + 4), 4).prepend('6');
            at += 8;
            if (offset == 0 && !more)
                return inner == ProtoUdp || inner == ProtoTcp ? transport(inner, src, dst, p + at, end - at, pk, out) : Outcome::NotSip;
            QByteArray whole;
            int proto = inner;
            if (!addFragment(key, offset, more, inner, p + at, end - at, &whole, &proto))
                return Outcome::NotSip;
            // The reassembled payload may still begin with extension headers; SIP needs UDP/TCP here.
            return transport(proto, src, dst, reinterpret_cast<const uchar *>(whole.constData()), int(whole.size()), pk, out);
        } else {
            break;
        }
        if (at > end)
            return Outcome::NotSip;
    }
    return transport(next, src, dst, p + at, end - at, pk, out);
}

bool PacketDecoder::addFragment(const QByteArray &key, int offset, bool more, int nextHeader, const uchar *p, int n,
                                QByteArray *whole, int *protocol)
{
    if (n <= 0 || offset + n > 65535)
        return false;
    auto it = m_fragments.find(key);
    if (it == m_fragments.end()) {
        if (m_fragments.size() >= MaxFragmentSets && !m_fragmentOrder.isEmpty()) {
            const QByteArray oldest = m_fragmentOrder.takeFirst();
            m_held -= m_fragments.value(oldest).held;
            m_fragments.remove(oldest);
        }
        it = m_fragments.insert(key, Fragments());
        m_fragmentOrder.append(key);
    }
    Fragments &f = *it;
    if (m_held + n > MaxHeldBytes)
        return false;
    if (!f.parts.contains(offset)) {
        f.parts.insert(offset, QByteArray(reinterpret_cast<const char *>(p), n));
        f.held += n;
        m_held += n;
    }
    if (offset == 0)
        f.nextHeader = nextHeader;
    if (!more)
        f.total = offset + n;
    if (f.total < 0 || f.nextHeader < 0)
        return false;
    // Complete when the parts cover 0..total without a gap (overlaps keep the first copy).
    QByteArray result;
    result.reserve(f.total);
    for (auto part = f.parts.cbegin(); part != f.parts.cend(); ++part) {
        if (part.key() > result.size())
            return false;
        const int skip = int(result.size()) - part.key();
        if (skip < part.value().size())
            result.append(part.value().constData() + skip, part.value().size() - skip);
    }
    if (result.size() < f.total)
        return false;
    result.truncate(f.total);
    *whole = result;
    *protocol = f.nextHeader;
    m_held -= f.held;
    m_fragments.erase(it);
    m_fragmentOrder.removeOne(key);
    return true;
}

PacketDecoder::Outcome PacketDecoder::transport(int protocol, const QString &src, const QString &dst, const uchar *p, int n,
                                                const Packet &packet, QList<SipPayload> *out)
{
    if (n <= 0)
        return Outcome::NotSip;
    if (protocol == ProtoTcp)
        return tcp(src, dst, p, n, packet, out);
    if (protocol != ProtoUdp || n < 8)
        return Outcome::NotSip;
    const int udpLength = be16(p + 4);
    int length = n - 8;
    if (udpLength >= 8 && udpLength - 8 < length)
        length = udpLength - 8;
    const char *payload = reinterpret_cast<const char *>(p + 8);
    if (!looksLikeSip(payload, length))
        return Outcome::NotSip;
    if (packet.cut)
        return Outcome::Truncated;
    SipPayload m;
    m.frame = packet.frame;
    m.timeUs = packet.timeUs;
    m.srcIp = src;
    m.dstIp = dst;
    m.srcPort = be16(p);
    m.dstPort = be16(p + 2);
    m.bytes = QByteArray(payload, length);
    out->append(m);
    return Outcome::Sip;
}

PacketDecoder::Outcome PacketDecoder::tcp(const QString &src, const QString &dst, const uchar *p, int n, const Packet &packet,
                                          QList<SipPayload> *out)
{
    if (n < 20)
        return Outcome::NotSip;
    const int headerLength = (p[12] >> 4) * 4;
    if (headerLength < 20 || headerLength > n)
        return Outcome::NotSip;
    const quint8 flags = p[13];
    const bool syn = flags & 0x02, fin = flags & 0x01, rst = flags & 0x04;
    const quint32 seq = be32(p + 4);
    SipPayload pattern;
    pattern.frame = packet.frame;
    pattern.timeUs = packet.timeUs;
    pattern.srcIp = src;
    pattern.dstIp = dst;
    pattern.srcPort = be16(p);
    pattern.dstPort = be16(p + 2);
    pattern.tcp = true;
    const QByteArray key = pattern.srcAddress().toLatin1() + '>' + pattern.dstAddress().toLatin1();
    const uchar *data = p + headerLength;
    int length = n - headerLength;

    auto it = m_streams.find(key);
    if (it == m_streams.end()) {
        if (length == 0 && !syn)
            return Outcome::NotSip;
        if (m_streams.size() >= MaxStreams) {
            for (const Stream &old : std::as_const(m_streams)) {
                m_held -= old.buffer.size();
                for (const QByteArray &b : old.pending)
                    m_held -= b.size();
            }
            m_streams.clear();
        }
        // A stream whose first data does not look like SIP is remembered as not SIP (cheap skip).
        if (!syn && !looksLikeSip(reinterpret_cast<const char *>(data), length)) {
            bool onlyCrlf = length > 0;
            for (int i = 0; i < length && onlyCrlf; ++i)
                onlyCrlf = data[i] == '\r' || data[i] == '\n';
            if (!onlyCrlf) {
                m_streams.insert(key, Stream{true, true, 0, {}, {}});
                return Outcome::NotSip;
            }
        }
        it = m_streams.insert(key, Stream());
    }
    Stream &s = *it;
    if (s.notSip) {
        if (fin || rst)
            m_streams.erase(it);
        return Outcome::NotSip;
    }
    if (syn) {
        m_held -= s.buffer.size();
        for (const QByteArray &b : std::as_const(s.pending))
            m_held -= b.size();
        s = Stream();
        s.started = true;
        s.nextSeq = seq + 1;
        return Outcome::NotSip;
    }
    if (packet.cut && length > 0) {
        // Bytes of the stream are missing: what is held cannot be framed any more.
        dropStream(key);
        return Outcome::Truncated;
    }
    if (length > 0) {
        if (!s.started) {
            s.started = true;
            s.nextSeq = seq;
        }
        qint32 diff = qint32(seq - s.nextSeq);
        if (diff < 0) { // retransmitted or overlapping bytes: keep only the new ones
            if (-diff >= length)
                length = 0;
            else {
                data += -diff;
                length += diff;
            }
            diff = 0;
        }
        if (length > 0 && diff > 0) {
            if (m_held + length <= MaxHeldBytes && s.pending.size() < 64 && !s.pending.contains(seq)) {
                s.pending.insert(seq, QByteArray(reinterpret_cast<const char *>(data), length));
                m_held += length;
            }
            length = 0;
        }
        if (length > 0) {
            if (s.buffer.size() + length > MaxStreamBytes || m_held + length > MaxHeldBytes) {
                dropStream(key);
                return Outcome::NotSip;
            }
            s.buffer.append(reinterpret_cast<const char *>(data), length);
            m_held += length;
            s.nextSeq += quint32(length);
            // Out-of-order segments that now follow on.
            while (!s.pending.isEmpty()) {
                auto first = s.pending.begin();
                const qint32 d = qint32(first.key() - s.nextSeq);
                if (d > 0)
                    break;
                QByteArray bytes = first.value();
                m_held -= bytes.size();
                s.pending.erase(first);
                if (-d < bytes.size()) {
                    bytes.remove(0, -d);
                    if (s.buffer.size() + bytes.size() > MaxStreamBytes) {
                        dropStream(key);
                        return Outcome::NotSip;
                    }
                    s.buffer.append(bytes);
                    m_held += bytes.size();
                    s.nextSeq += quint32(bytes.size());
                }
            }
            const int before = int(out->size());
            frameStream(s, pattern, out);
            it = m_streams.find(key);
            if (it != m_streams.end() && it->notSip) {
                m_held -= it->buffer.size();
                it->buffer.clear();
            }
            if (fin || rst)
                dropStream(key);
            return out->size() > before ? Outcome::Sip : Outcome::NotSip;
        }
    }
    if (fin || rst)
        dropStream(key);
    return Outcome::NotSip;
}

void PacketDecoder::frameStream(Stream &s, const SipPayload &pattern, QList<SipPayload> *out)
{
    // RFC 3261 18.3: on a stream the Content-Length gives where a message ends; CRLFs between
    // messages are keep-alives (RFC 5626 4.4.1).
    int start = 0;
    while (true) {
        while (start < s.buffer.size() && (s.buffer[start] == '\r' || s.buffer[start] == '\n'))
            ++start;
        const int available = int(s.buffer.size()) - start;
        if (available <= 0)
            break;
        const char *begin = s.buffer.constData() + start;
        const int lineEnd = int(s.buffer.indexOf('\n', start));
        if (lineEnd >= 0 || available >= 12) {
            const int probe = lineEnd >= 0 ? lineEnd - start + 1 : available;
            if (!looksLikeSip(begin, qMax(probe, qMin(available, 12)))) {
                s.notSip = true; // not SIP, or bytes of the stream were lost: stop looking
                break;
            }
        }
        int headerEnd = int(s.buffer.indexOf("\r\n\r\n", start));
        int separator = 4;
        const int lfOnly = int(s.buffer.indexOf("\n\n", start));
        if (lfOnly >= 0 && (headerEnd < 0 || lfOnly < headerEnd)) {
            headerEnd = lfOnly;
            separator = 2;
        }
        if (headerEnd < 0)
            break;
        const QByteArray head = s.buffer.mid(start, headerEnd - start);
        qint64 length = contentLength(head, int(head.size()));
        if (length < 0)
            length = 0; // RFC 3261 18.3: MUST be present on streams; without it, no body
        const qint64 end = qint64(headerEnd) + separator + length;
        if (end - start > MaxStreamBytes) {
            s.notSip = true;
            break;
        }
        if (end > s.buffer.size())
            break;
        SipPayload m = pattern;
        m.bytes = s.buffer.mid(start, int(end - start));
        out->append(m);
        start = int(end);
    }
    if (start > 0) {
        m_held -= qMin<qint64>(start, s.buffer.size());
        s.buffer.remove(0, start);
    }
}

void PacketDecoder::dropStream(const QByteArray &key)
{
    auto it = m_streams.find(key);
    if (it == m_streams.end())
        return;
    m_held -= it->buffer.size();
    for (const QByteArray &b : std::as_const(it->pending))
        m_held -= b.size();
    m_streams.erase(it);
}

} // namespace SipLab
