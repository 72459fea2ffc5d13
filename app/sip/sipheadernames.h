#pragma once

#include <QString>

namespace SipLab {

/// Canonical spelling of SIP header names, and the compact forms of RFC 3261 7.3.3.
/// Header names are case-insensitive (RFC 3261 7.3.1); the model stores the canonical form.
class SipHeaderNames
{
public:
    /// "v" -> "Via", "CALL-ID" -> "Call-ID", "x-foo" -> "X-Foo" (unknown names: each word capitalised
    /// unless already mixed case, in which case they are kept as written).
    static QString canonical(const QString &name);
    /// The same for a name read from a message: a name already in its canonical spelling
    /// becomes no new string.
    static QString canonical(QStringView name);
    /// True when the header's value is a comma-separated list (RFC 3261 7.3.1), e.g. Via, Route,
    /// Contact, Allow; false for single-valued ones (Call-ID, CSeq, From, To ...) and the
    /// authentication headers, whose values contain commas.
    static bool isListHeader(const QString &canonicalName);
    /// Compact form letter, or an empty string when the header has none.
    static QString compactForm(const QString &canonicalName);
};

} // namespace SipLab
