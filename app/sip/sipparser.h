#pragma once

#include "sipmessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SipLab {

/// What is wrong with a message that could not be parsed, and where.
struct SipParseError
{
    int line = 0;          // 1-based line of the start line or header; 0 when not tied to a line
    QString header;        // canonical header name, when the error is in a header
    QString message;       // e.g. "CSeq method 'INVITE' does not match request method 'OPTIONS'"
    /// What a server should answer (RFC 3261 / RFC 4475): 400, 505, 501, 513 ...; 0 means
    /// "drop silently" (a malformed response is never answered, RFC 4475 3.1.2.5, 3.1.2.19).
    int suggestedStatus = 400;

    /// "line 4: CSeq method 'INVITE' does not match request method 'OPTIONS'".
    QString toString() const;
};

/// The result of SipParser::parse: either a message or an error.
struct SipParseResult
{
    std::optional<SipMessage> message;
    SipParseError error;
    bool isValid() const { return message.has_value(); }
};

/// Parses SIP messages from bytes (one UDP datagram or one framed stream message) as
/// RFC 3261 7 and 25 describe, with the leniency and the strictness RFC 4475 asks for.
class SipParser
{
public:
    /// Parses one message. Trailing bytes after Content-Length are ignored (RFC 3261 18.3);
    /// without Content-Length the body runs to the end of the datagram.
    static SipParseResult parse(const QByteArray &bytes);
};

} // namespace SipLab
