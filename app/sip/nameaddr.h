#pragma once

#include "sipuri.h"

namespace SipLab {

/// The value of From, To, Contact, Route, Record-Route, Reply-To (RFC 3261 20.10, 25.1):
/// an optional display name, a URI (with or without <>), then header parameters such as tag,
/// expires and q. Parameters inside <> belong to the URI; those after it to the header
/// (RFC 3261 20: an addr-spec without <> cannot carry URI parameters, RFC 4475 3.3.12).
class NameAddr
{
public:
    NameAddr() = default;
    explicit NameAddr(const SipUri &uri, const QString &displayName = QString());
    /// Parses one value (not a comma-separated list). "*" (Contact: *) parses as a wildcard.
    static NameAddr parse(QStringView text, QString *error = nullptr);
    /// Splits a comma-separated list of values (commas inside quotes or <> do not split).
    static QList<NameAddr> parseList(QStringView text, QString *error = nullptr);
    /// One header parameter ("tag") of a From/To/Contact value without parsing its URI: what
    /// parse(text).param(name) gives for a valid value, for the hot paths that only need the tag.
    static QString headerParameter(const QString &text, const QString &name);

    bool isValid() const { return m_uri.isValid() || m_wildcard; }
    bool isWildcard() const { return m_wildcard; }
    QString displayName() const { return m_displayName; }
    const SipUri &uri() const { return m_uri; }
    SipUri &uri() { return m_uri; }
    const SipParams &params() const { return m_params; }
    bool hasParam(const QString &name) const { return m_params.has(name); }
    QString param(const QString &name) const { return m_params.value(name); }
    void setParam(const QString &name, const QString &value = QString()) { m_params.set(name, value); }
    void removeParam(const QString &name) { m_params.remove(name); }
    QString tag() const { return param(QStringLiteral("tag")); }
    void setTag(const QString &tag) { setParam(QStringLiteral("tag"), tag); }

    /// Always writes the name-addr form with <> (RFC 3261 20.10 recommends it).
    QString toString() const;

    bool operator==(const NameAddr &other) const = default;

private:
    QString m_displayName; // without quotes, unescaped
    SipUri m_uri;
    SipParams m_params; // header parameters (RFC 3261 20.10)
    bool m_wildcard = false;
};

} // namespace SipLab
