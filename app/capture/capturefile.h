#pragma once

#include "packetdecoder.h"
#include "sipmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SipLab {

/// One SIP message of a capture: where and when it was seen, its bytes and the parsed message.
struct CapturedMessage
{
    SipPayload payload;
    SipMessage message;
    /// Empty when SipParser accepted the bytes; else what it found wrong. The message is then
    /// read leniently (start line and header lines as written) so that it is still shown.
    QString parseError;
};

/// What reading a capture file gave: every SIP message in capture order, and what went wrong.
struct CaptureReadResult
{
    QList<CapturedMessage> messages;
    qint64 packets = 0;        // frames read
    qint64 firstTimeUs = 0;    // time of the first frame (timeUs of the messages counts from the epoch)
    int linkType = -1;
    /// Set when the file could not be read to its end: not a capture, an unsupported link type,
    /// a truncated file. Names the file (and the packet number). The messages read before stay.
    QString error;
    /// Problems that did not stop the reading, e.g. a SIP packet cut by the snapshot length.
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

/// Reads pcap and pcapng files with libpcap (pcap_open_offline) and decodes their SIP messages
/// with PacketDecoder.
class CaptureFile
{
public:
    static CaptureReadResult read(const QString &path);
    /// Reads bytes held in memory (the same as read() on a file with these bytes).
    static CaptureReadResult readBytes(const QByteArray &bytes, const QString &name);
    /// The message from its bytes: SipParser's result, or the lenient reading with *error set.
    static SipMessage parseMessage(const QByteArray &bytes, QString *error);
};

} // namespace SipLab
