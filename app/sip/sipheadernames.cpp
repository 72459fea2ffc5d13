#include "sipheadernames.h"

#include <QHash>
#include <QSet>

#include <array>

namespace SipLab {

namespace {

// The header names of RFC 3261 20 and of the extensions the engine uses, in their usual spelling.
const QStringList &knownNames()
{
    static const QStringList names = {
        QStringLiteral("Accept"), QStringLiteral("Accept-Encoding"), QStringLiteral("Accept-Language"),
        QStringLiteral("Alert-Info"), QStringLiteral("Allow"), QStringLiteral("Allow-Events"),
        QStringLiteral("Authentication-Info"), QStringLiteral("Authorization"), QStringLiteral("Call-ID"),
        QStringLiteral("Call-Info"), QStringLiteral("Contact"), QStringLiteral("Content-Disposition"),
        QStringLiteral("Content-Encoding"), QStringLiteral("Content-Language"), QStringLiteral("Content-Length"),
        QStringLiteral("Content-Type"), QStringLiteral("CSeq"), QStringLiteral("Date"),
        QStringLiteral("Error-Info"), QStringLiteral("Event"), QStringLiteral("Expires"),
        QStringLiteral("From"), QStringLiteral("In-Reply-To"), QStringLiteral("Max-Forwards"),
        QStringLiteral("Min-Expires"), QStringLiteral("Min-SE"), QStringLiteral("MIME-Version"),
        QStringLiteral("Organization"), QStringLiteral("Priority"), QStringLiteral("Proxy-Authenticate"),
        QStringLiteral("Proxy-Authorization"), QStringLiteral("Proxy-Require"), QStringLiteral("RAck"),
        QStringLiteral("Reason"), QStringLiteral("Record-Route"), QStringLiteral("Refer-To"),
        QStringLiteral("Referred-By"), QStringLiteral("Reply-To"), QStringLiteral("Require"),
        QStringLiteral("Retry-After"), QStringLiteral("Route"), QStringLiteral("RSeq"),
        QStringLiteral("Server"), QStringLiteral("Session-Expires"), QStringLiteral("SIP-ETag"),
        QStringLiteral("SIP-If-Match"), QStringLiteral("Subject"), QStringLiteral("Subscription-State"),
        QStringLiteral("Supported"), QStringLiteral("Timestamp"), QStringLiteral("To"),
        QStringLiteral("Unsupported"), QStringLiteral("User-Agent"), QStringLiteral("Via"),
        QStringLiteral("Warning"), QStringLiteral("WWW-Authenticate"),
    };
    return names;
}

// RFC 3261 7.3.3 and the registry of compact forms (RFC 3265 o, RFC 3515 r, RFC 3841 ...).
const QHash<QString, QString> &compactToLong()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("a"), QStringLiteral("Accept-Contact")},
        {QStringLiteral("b"), QStringLiteral("Referred-By")},
        {QStringLiteral("c"), QStringLiteral("Content-Type")},
        {QStringLiteral("e"), QStringLiteral("Content-Encoding")},
        {QStringLiteral("f"), QStringLiteral("From")},
        {QStringLiteral("i"), QStringLiteral("Call-ID")},
        {QStringLiteral("k"), QStringLiteral("Supported")},
        {QStringLiteral("l"), QStringLiteral("Content-Length")},
        {QStringLiteral("m"), QStringLiteral("Contact")},
        {QStringLiteral("o"), QStringLiteral("Event")},
        {QStringLiteral("r"), QStringLiteral("Refer-To")},
        {QStringLiteral("s"), QStringLiteral("Subject")},
        {QStringLiteral("t"), QStringLiteral("To")},
        {QStringLiteral("u"), QStringLiteral("Allow-Events")},
        {QStringLiteral("v"), QStringLiteral("Via")},
        {QStringLiteral("x"), QStringLiteral("Session-Expires")},
    };
    return map;
}

const QHash<QString, QString> &lowerToCanonical()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString &n : knownNames())
            m.insert(n.toLower(), n);
        for (auto it = compactToLong().cbegin(); it != compactToLong().cend(); ++it)
            m.insert(it.value().toLower(), it.value());
        return m;
    }();
    return map;
}

/// Every canonical spelling: the known names and the long forms of the compact ones.
const QSet<QString> &canonicalNames()
{
    static const QSet<QString> set = [] {
        QSet<QString> names(knownNames().cbegin(), knownNames().cend());
        for (const QString &n : compactToLong())
            names.insert(n);
        return names;
    }();
    return set;
}

} // namespace

namespace {
/// The bucket of a non-empty name: its length and its first and last letters, case-folded.
quint8 bucketOf(QStringView name)
{
    return quint8((size_t(name.size()) * 31u + (name.front().unicode() | 0x20u) * 7u + (name.back().unicode() | 0x20u)) & 0xffu);
}

/// The canonical spelling equal to `name` (case-sensitively), or nullptr. The names are
/// bucketed by bucketOf(), so a name the engine writes ("Via", "Call-ID") is found with one or
/// two comparisons instead of hashing it (a message is built with a dozen look-ups).
const QString *findCanonical(QStringView name)
{
    static const auto buckets = [] {
        std::array<QList<QString>, 256> b;
        for (const QString &n : canonicalNames())
            b[bucketOf(n)].append(n);
        return b;
    }();
    if (name.isEmpty())
        return nullptr;
    for (const QString &n : buckets[bucketOf(name)]) {
        if (n.size() == name.size() && n == name)
            return &n;
    }
    return nullptr;
}
} // namespace

QString SipHeaderNames::canonical(QStringView name)
{
    // The names of a message mostly arrive in their canonical spelling ("Via", "Call-ID"):
    // found by their bucket, they share the kept string.
    if (const QString *known = findCanonical(name))
        return *known;
    return canonical(name.toString());
}

QString SipHeaderNames::canonical(const QString &name)
{
    // Most names arrive already in their canonical spelling ("Via", "Call-ID"): no lowering.
    if (findCanonical(name))
        return name;
    const QString lower = name.trimmed().toLower();
    if (lower.size() == 1) {
        const auto it = compactToLong().constFind(lower);
        if (it != compactToLong().cend())
            return it.value();
    }
    const auto it = lowerToCanonical().constFind(lower);
    if (it != lowerToCanonical().cend())
        return it.value();
    // Unknown extension header: keep a mixed-case spelling as written, else capitalise each word.
    const QString trimmed = name.trimmed();
    if (trimmed != trimmed.toLower() && trimmed != trimmed.toUpper())
        return trimmed;
    QString result = lower;
    bool start = true;
    for (QChar &c : result) {
        if (start)
            c = c.toUpper();
        start = (c == QLatin1Char('-'));
    }
    return result;
}

bool SipHeaderNames::isListHeader(const QString &canonicalName)
{
    // RFC 3261 7.3.1: headers whose grammar is a comma-separated list. The authentication
    // headers, Date, Call-ID, CSeq, From, To ... are not (their values may contain commas).
    static const QStringList lists = {
        QStringLiteral("Via"), QStringLiteral("Route"), QStringLiteral("Record-Route"),
        QStringLiteral("Contact"), QStringLiteral("Allow"), QStringLiteral("Supported"),
        QStringLiteral("Require"), QStringLiteral("Proxy-Require"), QStringLiteral("Unsupported"),
        QStringLiteral("Accept"), QStringLiteral("Accept-Encoding"), QStringLiteral("Accept-Language"),
        QStringLiteral("Allow-Events"), QStringLiteral("Content-Encoding"), QStringLiteral("Content-Language"),
        QStringLiteral("In-Reply-To"), QStringLiteral("Warning"), QStringLiteral("Alert-Info"),
        QStringLiteral("Call-Info"), QStringLiteral("Error-Info"),
    };
    return lists.contains(canonicalName);
}

QString SipHeaderNames::compactForm(const QString &canonicalName)
{
    for (auto it = compactToLong().cbegin(); it != compactToLong().cend(); ++it) {
        if (it.value() == canonicalName)
            return it.key();
    }
    return QString();
}

} // namespace SipLab
