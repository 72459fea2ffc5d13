#pragma once

#include "scenario.h"

#include <QByteArray>

namespace SipLab {

/// The SDP bodies of the simulated calls (RFC 4566; offer/answer RFC 3264): one audio stream,
/// PCMU, at the node's IP address. Kept as text.
class SdpBody
{
public:
    /// `version` increases for a re-offer (RFC 3264 8); `hold` marks the stream sendonly (RFC 3264 8.4).
    static QByteArray forNode(const NodeAddress &node, int mediaPort, int version = 0, bool hold = false);
    static QString contentType() { return QStringLiteral("application/sdp"); }
};

} // namespace SipLab
