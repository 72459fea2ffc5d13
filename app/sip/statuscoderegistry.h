#pragma once

#include <QList>
#include <QString>

namespace SipLab {

/// The SIP response codes and their reason phrases as registered with IANA (RFC 3261 21 and the
/// RFCs after it). Protocol tokens only: the explanations of each code are teaching content
/// (ResponseCatalog).
class StatusCodeRegistry
{
public:
    /// The registered reason phrase ("Busy Here"), or nullptr for an unregistered code.
    static const char *phrase(int code);
    static bool isRegistered(int code) { return phrase(code) != nullptr; }
    /// Every registered code, ascending.
    static QList<int> codes();
    /// The reason phrase to put on the wire: the registered phrase, else that of the class's x00
    /// code (RFC 3261 8.1.3.2 treats an unknown code as x00), else "Unknown".
    static QString reasonPhrase(int code);
    /// Parses "486", " 486 " into 486; returns 0 for anything that is not a three-digit code
    /// 100-699 (so "999", "42" and "abc" give 0).
    static int parseCode(const QString &text);
};

} // namespace SipLab
