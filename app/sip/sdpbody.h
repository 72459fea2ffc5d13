#pragma once

#include <QByteArray>
#include <QString>

namespace SipLab {

/// The SDP bodies of the simulated calls (RFC 4566; offer/answer RFC 3264): one audio stream,
/// PCMU, at the node's IP address. Kept as text.
class SdpBody
{
public:
    /// The body a node at `ip` (SIP port `sipPort`, which fixes its session id) offers or answers.
    /// `version` increases for a re-offer (RFC 3264 8); `hold` marks the stream sendonly (RFC 3264 8.4).
    static QByteArray forNode(const QString &user, const QString &ip, int sipPort, int mediaPort,
                              int version = 0, bool hold = false);
    static QString contentType() { return QStringLiteral("application/sdp"); }
};

} // namespace SipLab
