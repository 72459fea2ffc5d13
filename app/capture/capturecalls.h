#pragma once

#include "calltrace.h"
#include "capturefile.h"
#include "capturefinding.h"

#include <QList>
#include <QString>

#include <optional>

namespace SipLab {

/// One call of a capture: the messages that share a Call-ID, as an engine CallTrace (so the
/// ladder, the exporters and the explanation panel show it as a simulated call), the captured
/// messages behind it (same order as trace.messages) and what the checker found.
struct CapturedCall
{
    QString callId;
    CallTrace trace;
    QList<CapturedMessage> messages;
    /// For each message: the index of the message this one forwards (a proxy that received it
    /// and sent it on with one Via more or less), or -1.
    QList<int> forwardedFrom;
    QList<CaptureFinding> findings;

    /// Microseconds since the first packet of the file.
    qint64 timeUs(int index, qint64 firstTimeUs) const { return messages.value(index).payload.timeUs - firstTimeUs; }
    QString firstRequest() const;      // "INVITE" (method of the first request), or empty
    int finalStatus() const;           // last final response to the first request's method, or 0
    bool hasError() const;
    /// The most serious finding at message `index` (index into messages), if there is one.
    std::optional<FindingSeverity> worstFinding(int index) const;
};

/// What a lane of a captured call stands for: one address:port (the default), or one host, so
/// that the ports of one machine (a PBX listening on 5060 and 5080, a proxy's two sockets) are
/// one lane and what goes between them is drawn as a loop on it.
enum class LaneGrouping { AddressAndPort, Host };

/// Groups the messages of a capture into calls by Call-ID (capture order of their first
/// message), names the lanes (one per address:port, or per host) and marks retransmissions.
class CaptureCalls
{
public:
    static QList<CapturedCall> group(const CaptureReadResult &capture, LaneGrouping lanes = LaneGrouping::AddressAndPort);
    /// One call from messages already grouped (all with the same Call-ID), checked.
    static CapturedCall build(const QList<CapturedMessage> &messages, qint64 firstTimeUs,
                              LaneGrouping lanes = LaneGrouping::AddressAndPort);
};

} // namespace SipLab
