#pragma once

#include "calltrace.h"

#include <QByteArray>
#include <QString>

namespace SipLab {

/// Writes a trace as a pcap capture with libpcap (LINKTYPE_ETHERNET): one Ethernet/IPv4 frame
/// per message between the nodes' addresses and ports, carrying exactly the bytes of the SIP
/// message, stamped BaseEpochSeconds + the message's virtual send time. Wireshark, tshark and
/// sngrep show the same call as the ladder.
/// - UDP scenarios: UDP datagrams with a correct IPv4 header checksum and UDP checksum.
/// - TCP scenarios: one TCP connection per pair of nodes, opened with a three-way handshake
///   before its first message; each message is one PSH/ACK segment with running sequence
///   numbers and correct checksums (RFC 793; SIP over TCP, RFC 3261 18.3).
/// - A lost message is written all the same: it was sent, so it is on the sender's wire
///   (a capture at the sender shows it; the receiver never answers it).
class PcapExporter
{
public:
    static constexpr qint64 BaseEpochSeconds = 1767225600; // 2026-01-01T00:00:00Z

    /// The capture file's bytes, or an empty array with *error set.
    static QByteArray toPcap(const CallTrace &trace, QString *error = nullptr);
    /// Writes the capture atomically (QSaveFile).
    static bool exportTo(const CallTrace &trace, const QString &path, QString *error = nullptr);
};

} // namespace SipLab
