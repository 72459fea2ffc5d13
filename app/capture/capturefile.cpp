#include "capturefile.h"

#include "sipparser.h"

#include <QCoreApplication>
#include <QFile>

#include <pcap/pcap.h>

#include <cstdio>

namespace SipLab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SipLab::CaptureFile)
};

/// Start line and header lines as written, for a message SipParser refuses.
SipMessage lenientMessage(const QByteArray &bytes)
{
    int headerEnd = int(bytes.indexOf("\r\n\r\n"));
    int separator = 4;
    if (headerEnd < 0) {
        headerEnd = int(bytes.indexOf("\n\n"));
        separator = 2;
    }
    const QByteArray head = headerEnd < 0 ? bytes : bytes.left(headerEnd);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    const QString startLine = QString::fromUtf8(lines.value(0));
    SipMessage m;
    if (startLine.startsWith(QLatin1String("SIP/"))) {
        const QString rest = startLine.section(QLatin1Char(' '), 1);
        m = SipMessage::response(rest.section(QLatin1Char(' '), 0, 0).toInt(), rest.section(QLatin1Char(' '), 1));
        m.setSipVersion(startLine.section(QLatin1Char(' '), 0, 0));
    } else {
        m = SipMessage::request(startLine.section(QLatin1Char(' '), 0, 0), startLine.section(QLatin1Char(' '), 1, 1));
        const QString version = startLine.section(QLatin1Char(' '), 2);
        if (!version.isEmpty())
            m.setSipVersion(version);
    }
    QString name, value;
    auto flush = [&] {
        if (!name.isEmpty())
            m.addHeader(name, value.trimmed());
        name.clear();
        value.clear();
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        if (line.isEmpty())
            continue;
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !name.isEmpty()) {
            value += QLatin1Char(' ') + line.trimmed(); // folded line (RFC 3261 7.3.1)
            continue;
        }
        flush();
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        name = line.left(colon).trimmed();
        value = line.mid(colon + 1);
    }
    flush();
    if (headerEnd >= 0)
        m.setRawBody(bytes.mid(headerEnd + separator));
    return m;
}

CaptureReadResult readHandle(pcap_t *handle, const QString &name)
{
    CaptureReadResult result;
    result.linkType = pcap_datalink(handle);
    if (!PacketDecoder::isSupportedLinkType(result.linkType)) {
        const char *dltName = pcap_datalink_val_to_name(result.linkType);
        result.error = Tr::tr("%1: link type %2 (%3) is not supported (Ethernet, Linux cooked SLL/SLL2, raw IP and loopback are)")
                           .arg(name)
                           .arg(result.linkType)
                           .arg(QString::fromLatin1(dltName ? dltName : "unknown"));
        return result;
    }
    PacketDecoder decoder;
    QList<SipPayload> payloads;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (true) {
        const int rc = pcap_next_ex(handle, &header, &data);
        if (rc == PCAP_ERROR_BREAK)
            break;
        if (rc != 1) {
            // RFC-less: libpcap says why (e.g. "truncated dump file; tried to read 1514 captured bytes, only got 200").
            result.error = Tr::tr("%1: packet %2: %3")
                               .arg(name)
                               .arg(result.packets + 1)
                               .arg(QString::fromLocal8Bit(pcap_geterr(handle)));
            break;
        }
        ++result.packets;
        const qint64 timeUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        if (result.packets == 1)
            result.firstTimeUs = timeUs;
        payloads.clear();
        const PacketDecoder::Outcome outcome = decoder.decode(result.linkType, data, int(header->caplen), int(header->len), timeUs,
                                                              result.packets, &payloads);
        if (outcome == PacketDecoder::Outcome::Truncated)
            result.warnings.append(Tr::tr("%1: packet %2 was cut by the snapshot length (%3 of %4 bytes captured): its SIP message is left out")
                                       .arg(name)
                                       .arg(result.packets)
                                       .arg(header->caplen)
                                       .arg(header->len));
        for (const SipPayload &p : std::as_const(payloads)) {
            CapturedMessage m;
            m.payload = p;
            m.message = CaptureFile::parseMessage(p.bytes, &m.parseError);
            result.messages.append(m);
        }
    }
    return result;
}

} // namespace

SipMessage CaptureFile::parseMessage(const QByteArray &bytes, QString *error)
{
    const SipParseResult parsed = SipParser::parse(bytes);
    if (parsed.isValid()) {
        if (error)
            error->clear();
        return *parsed.message;
    }
    if (error)
        *error = parsed.error.toString();
    return lenientMessage(bytes);
}

CaptureReadResult CaptureFile::read(const QString &path)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    QFile file(path);
    if (!file.exists()) {
        CaptureReadResult r;
        r.error = Tr::tr("%1: no such file").arg(path);
        return r;
    }
    pcap_t *handle = pcap_open_offline(QFile::encodeName(path).constData(), errbuf);
    if (!handle) {
        CaptureReadResult r;
        r.error = Tr::tr("%1: not a capture libpcap can read (pcap or pcapng): %2").arg(path, QString::fromLocal8Bit(errbuf));
        return r;
    }
    CaptureReadResult r = readHandle(handle, path);
    pcap_close(handle);
    return r;
}

CaptureReadResult CaptureFile::readBytes(const QByteArray &bytes, const QString &name)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    FILE *f = fmemopen(const_cast<char *>(bytes.constData()), size_t(bytes.size()), "rb");
    if (!f || bytes.isEmpty()) {
        if (f)
            fclose(f);
        CaptureReadResult r;
        r.error = Tr::tr("%1: not a capture libpcap can read (pcap or pcapng): %2").arg(name, Tr::tr("empty"));
        return r;
    }
    pcap_t *handle = pcap_fopen_offline(f, errbuf); // owns f from here
    if (!handle) {
        fclose(f);
        CaptureReadResult r;
        r.error = Tr::tr("%1: not a capture libpcap can read (pcap or pcapng): %2").arg(name, QString::fromLocal8Bit(errbuf));
        return r;
    }
    CaptureReadResult r = readHandle(handle, name);
    pcap_close(handle);
    return r;
}

} // namespace SipLab
