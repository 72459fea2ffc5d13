#include "pcapexporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

#include <pcap/pcap.h>

#include <cstdio>
#include <cstdlib>

namespace SipLab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SipLab::PcapExporter)
};

constexpr int EthernetHeader = 14;
constexpr int Ipv4Header = 20;
constexpr int UdpHeader = 8;
constexpr int TcpHeader = 20;
constexpr quint8 ProtoTcp = 6;
constexpr quint8 ProtoUdp = 17;
constexpr quint8 TcpSyn = 0x02, TcpPsh = 0x08, TcpAck = 0x10;

void put16(QByteArray &b, int at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v & 0xff);
}

void put32(QByteArray &b, int at, quint32 v)
{
    put16(b, at, quint16(v >> 16));
    put16(b, at + 2, quint16(v & 0xffff));
}

quint32 sum16(const QByteArray &b, int from, int length, quint32 sum = 0)
{
    for (int i = 0; i + 1 < length; i += 2)
        sum += (quint8(b[from + i]) << 8) | quint8(b[from + i + 1]);
    if (length % 2)
        sum += quint8(b[from + length - 1]) << 8;
    return sum;
}

quint16 fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

/// "192.0.2.10" -> host-order address; false unless four decimal octets 0-255.
bool parseIpv4(const QString &text, quint32 *address)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    quint32 a = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok || v > 255 || p.isEmpty() || p.size() > 3)
            return false;
        a = (a << 8) | v;
    }
    *address = a;
    return true;
}

struct Endpoint
{
    quint32 ip = 0;
    quint16 port = 0;
};

/// Ethernet + IPv4 + (UDP or TCP) + payload, with every length and checksum filled in.
class FrameBuilder
{
public:
    QByteArray frame(const Endpoint &src, const Endpoint &dst, quint8 protocol, const QByteArray &payload,
                     quint32 seq = 0, quint32 ack = 0, quint8 flags = 0)
    {
        const int l4 = protocol == ProtoUdp ? UdpHeader : TcpHeader;
        QByteArray b(EthernetHeader + Ipv4Header + l4, '\0');
        b += payload;
        // Ethernet II: locally administered MACs 02:00:<IPv4 address>.
        auto mac = [&b](int at, quint32 ip) {
            b[at] = 0x02;
            b[at + 1] = 0x00;
            put32(b, at + 2, ip);
        };
        mac(0, dst.ip);
        mac(6, src.ip);
        put16(b, 12, 0x0800);
        // IPv4 (RFC 791).
        const int ip = EthernetHeader;
        b[ip] = 0x45;
        put16(b, ip + 2, quint16(Ipv4Header + l4 + payload.size()));
        put16(b, ip + 4, m_ipId++);
        put16(b, ip + 6, 0x4000); // don't fragment
        b[ip + 8] = 64;           // TTL
        b[ip + 9] = char(protocol);
        put32(b, ip + 12, src.ip);
        put32(b, ip + 16, dst.ip);
        put16(b, ip + 10, fold(sum16(b, ip, Ipv4Header)));
        // Pseudo-header sum shared by UDP (RFC 768) and TCP (RFC 793).
        const int t = ip + Ipv4Header;
        const quint16 segment = quint16(l4 + payload.size());
        quint32 pseudo =
            (src.ip >> 16) + (src.ip & 0xffff) + (dst.ip >> 16) + (dst.ip & 0xffff) + protocol + segment;
        put16(b, t, src.port);
        put16(b, t + 2, dst.port);
        if (protocol == ProtoUdp) {
            put16(b, t + 4, segment);
            quint16 c = fold(sum16(b, t, segment, pseudo));
            put16(b, t + 6, c == 0 ? 0xffff : c); // 0 means "no checksum" in UDP
        } else {
            put32(b, t + 4, seq);
            put32(b, t + 8, ack);
            b[t + 12] = char((TcpHeader / 4) << 4);
            b[t + 13] = char(flags);
            put16(b, t + 14, 65535); // window
            put16(b, t + 16, fold(sum16(b, t, segment, pseudo)));
        }
        return b;
    }

private:
    quint16 m_ipId = 1;
};

/// One TCP connection between two nodes; `a` is the side that opened it.
struct TcpConnection
{
    Endpoint a, b;
    quint32 nextA = 0, nextB = 0; // next sequence number each side sends
};

} // namespace

QByteArray PcapExporter::toPcap(const CallTrace &trace, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    QList<Endpoint> endpoints;
    for (const TraceNode &n : trace.nodes) {
        quint32 address = 0;
        if (!parseIpv4(n.address.ip, &address))
            return fail(Tr::tr("Node %1 has no IPv4 address ('%2'); a pcap export needs one for every node")
                            .arg(n.name(), n.address.ip));
        if (n.address.port < 1 || n.address.port > 65535)
            return fail(Tr::tr("Node %1 has port %2, outside 1-65535").arg(n.name()).arg(n.address.port));
        endpoints.append({address, quint16(n.address.port)});
    }

    pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
    if (!dead)
        return fail(Tr::tr("libpcap could not open a capture for writing"));
    char *buffer = nullptr;
    size_t bufferSize = 0;
    FILE *stream = open_memstream(&buffer, &bufferSize);
    pcap_dumper_t *dumper = stream ? pcap_dump_fopen(dead, stream) : nullptr;
    if (!dumper) {
        if (stream)
            fclose(stream);
        free(buffer);
        pcap_close(dead);
        return fail(Tr::tr("libpcap could not open a capture for writing"));
    }

    FrameBuilder builder;
    auto write = [dumper](qint64 timeMs, const QByteArray &frame) {
        pcap_pkthdr header{};
        header.ts.tv_sec = time_t(BaseEpochSeconds + timeMs / 1000);
        header.ts.tv_usec = suseconds_t((timeMs % 1000) * 1000);
        header.caplen = bpf_u_int32(frame.size());
        header.len = bpf_u_int32(frame.size());
        pcap_dump(reinterpret_cast<u_char *>(dumper), &header,
                  reinterpret_cast<const u_char *>(frame.constData()));
    };
    const bool tcp = trace.scenario.network.transport == Transport::Tcp;
    QHash<QString, TcpConnection> connections; // "lowIndex-highIndex"
    for (const TraceMessage &m : trace.messages) {
        if (m.from < 0 || m.from >= endpoints.size() || m.to < 0 || m.to >= endpoints.size())
            continue;
        const Endpoint src = endpoints[m.from], dst = endpoints[m.to];
        const QByteArray payload = m.message.toBytes();
        if (!tcp) {
            write(m.sendTimeMs, builder.frame(src, dst, ProtoUdp, payload));
            continue;
        }
        const QString key = QStringLiteral("%1-%2").arg(qMin(m.from, m.to)).arg(qMax(m.from, m.to));
        auto it = connections.find(key);
        if (it == connections.end()) {
            // Three-way handshake (RFC 793 3.4) just before the first message; the opener
            // is the sender of that message. Initial sequence numbers are fixed for a
            // reproducible file.
            TcpConnection c{src, dst, 1000, 5000};
            write(m.sendTimeMs, builder.frame(c.a, c.b, ProtoTcp, {}, c.nextA, 0, TcpSyn));
            write(m.sendTimeMs, builder.frame(c.b, c.a, ProtoTcp, {}, c.nextB, c.nextA + 1, TcpSyn | TcpAck));
            ++c.nextA;
            ++c.nextB;
            write(m.sendTimeMs, builder.frame(c.a, c.b, ProtoTcp, {}, c.nextA, c.nextB, TcpAck));
            it = connections.insert(key, c);
        }
        TcpConnection &c = *it;
        const bool fromA = src.ip == c.a.ip && src.port == c.a.port;
        quint32 &seq = fromA ? c.nextA : c.nextB;
        const quint32 ack = fromA ? c.nextB : c.nextA;
        write(m.sendTimeMs, builder.frame(src, dst, ProtoTcp, payload, seq, ack, TcpPsh | TcpAck));
        seq += quint32(payload.size());
    }
    pcap_dump_flush(dumper);
    pcap_dump_close(dumper); // closes the memory stream, which sets buffer and bufferSize
    pcap_close(dead);
    QByteArray bytes(buffer, qsizetype(bufferSize));
    free(buffer);
    return bytes;
}

bool PcapExporter::exportTo(const CallTrace &trace, const QString &path, QString *error)
{
    const QByteArray bytes = toPcap(trace, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SipLab
