#pragma once
// Writes small captures for the capture tests with libpcap (pcap_open_dead + pcap_dump): the
// frames are built here byte by byte (Ethernet/IPv4/IPv6/UDP/TCP), checksums left zero.
#include <QByteArray>
#include <QList>
#include <QString>

#include <pcap/pcap.h>

#include <cstdio>

namespace SipLab::TestPcap {

struct Frame
{
    QByteArray bytes;
    qint64 timeUs = 0;
    int wireLength = -1; // > bytes.size(): cut by the snapshot length
};

inline void put16(QByteArray &b, int at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v & 0xff);
}

inline void put32(QByteArray &b, int at, quint32 v)
{
    put16(b, at, quint16(v >> 16));
    put16(b, at + 2, quint16(v));
}

inline QByteArray ipv4(quint32 src, quint32 dst, int protocol, const QByteArray &payload, quint16 id = 1, int fragOffset = 0,
                       bool more = false)
{
    QByteArray h(20, 0);
    h[0] = 0x45;
    put16(h, 2, quint16(20 + payload.size()));
    put16(h, 4, id);
    put16(h, 6, quint16((more ? 0x2000 : 0) | (fragOffset / 8)));
    h[8] = 64;
    h[9] = char(protocol);
    put32(h, 12, src);
    put32(h, 16, dst);
    return h + payload;
}

inline QByteArray udp(quint16 sport, quint16 dport, const QByteArray &payload)
{
    QByteArray h(8, 0);
    put16(h, 0, sport);
    put16(h, 2, dport);
    put16(h, 4, quint16(8 + payload.size()));
    return h + payload;
}

inline QByteArray tcp(quint16 sport, quint16 dport, quint32 seq, quint8 flags, const QByteArray &payload)
{
    QByteArray h(20, 0);
    put16(h, 0, sport);
    put16(h, 2, dport);
    put32(h, 4, seq);
    h[12] = 0x50;
    h[13] = char(flags);
    put16(h, 14, 65535);
    return h + payload;
}

inline QByteArray ethernet(const QByteArray &ip, quint16 type = 0x0800, bool vlan = false)
{
    QByteArray h(vlan ? 18 : 14, 0);
    h[5] = 1;
    h[11] = 2;
    if (vlan) {
        put16(h, 12, 0x8100);
        put16(h, 14, 42);
        put16(h, 16, type);
    } else {
        put16(h, 12, type);
    }
    return h + ip;
}

constexpr quint32 ip(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

/// The capture file's bytes (classic pcap) for these frames of link type `dlt`.
inline QByteArray write(int dlt, const QList<Frame> &frames, int snaplen = 262144)
{
    pcap_t *dead = pcap_open_dead(dlt, snaplen);
    char *buffer = nullptr;
    size_t size = 0;
    FILE *f = open_memstream(&buffer, &size);
    pcap_dumper_t *dumper = pcap_dump_fopen(dead, f);
    for (const Frame &frame : frames) {
        pcap_pkthdr h{};
        h.ts.tv_sec = frame.timeUs / 1000000;
        h.ts.tv_usec = frame.timeUs % 1000000;
        h.caplen = bpf_u_int32(frame.bytes.size());
        h.len = bpf_u_int32(frame.wireLength > 0 ? frame.wireLength : frame.bytes.size());
        pcap_dump(reinterpret_cast<u_char *>(dumper), &h, reinterpret_cast<const u_char *>(frame.bytes.constData()));
    }
    pcap_dump_close(dumper); // closes f
    pcap_close(dead);
    QByteArray out(buffer, qsizetype(size));
    free(buffer);
    return out;
}

} // namespace SipLab::TestPcap
