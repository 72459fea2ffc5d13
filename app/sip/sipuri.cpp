#include "sipuri.h"

#include "hostport.h"
#include "textscan.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <utility>

namespace SipLab {

namespace {

bool isSchemeChar(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

/// RFC 3261 25.1: escaped = "%" HEXDIG HEXDIG; anything else after % is malformed.
bool validEscapes(QStringView text)
{
    for (qsizetype i = TextScan::indexOf(text, u'%'); i >= 0; i = TextScan::indexOf(text, u'%', i + 1)) {
        if (i + 2 >= text.size() || !TextScan::isHexDigit(text[i + 1]) || !TextScan::isHexDigit(text[i + 2]))
            return false;
    }
    return true;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

SipUri SipUri::sip(const QString &user, const QString &host, int port)
{
    SipUri uri;
    uri.m_scheme = QStringLiteral("sip");
    uri.m_user = user;
    uri.m_host = host;
    uri.m_port = port;
    return uri;
}

namespace {
/// How many parsed URIs a thread keeps (forgotten all at once when full, so a stream of new
/// URIs costs one insertion each and never grows the memo), and the longest one it keeps (a
/// datagram may carry a URI of tens of kilobytes: at most 256 x 512 characters are kept).
constexpr size_t RememberedUris = 256;
constexpr qsizetype LongestRememberedUri = 512;
} // namespace

SipUri SipUri::parse(QStringView text, QString *error)
{
    // The Request-URI is parsed again at every hop, the same Route, Record-Route and Contact
    // URIs in every request of a dialog and by every element on the path: about 2,600
    // instructions each (its parts become strings, the host is checked), a look-up about 400.
    // Only URIs that parse are kept; a failure is parsed again (with its error message).
    thread_local std::unordered_map<QString, SipUri, TextScan::Hasher, std::equal_to<>> remembered;
    const auto it = remembered.find(text);
    if (it != remembered.end())
        return it->second;
    SipUri uri = parseText(text, error);
    if (uri.isValid() && text.size() <= LongestRememberedUri) {
        if (remembered.size() >= RememberedUris)
            remembered.clear();
        remembered.emplace(text.toString(), uri);
    }
    return uri;
}

SipUri SipUri::parseText(QStringView text, QString *error)
{
    // Read through views: only the parts the URI keeps become strings.
    SipUri uri;
    const qsizetype colon = TextScan::indexOf(text, u':');
    if (colon <= 0) {
        setError(error, QStringLiteral("'%1' is not a URI (no scheme)").arg(text));
        return {};
    }
    static const QString sip = QStringLiteral("sip");
    static const QString sips = QStringLiteral("sips");
    const QStringView rawScheme = text.first(colon);
    QString scheme;
    const bool ascii = std::all_of(rawScheme.cbegin(), rawScheme.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii && rawScheme.compare(sip, Qt::CaseInsensitive) == 0)
        scheme = sip;
    else if (ascii && rawScheme.compare(sips, Qt::CaseInsensitive) == 0)
        scheme = sips;
    else
        scheme = rawScheme.toString().toLower();
    if (!scheme[0].isLetter()) {
        setError(error, QStringLiteral("URI scheme '%1' must start with a letter").arg(rawScheme));
        return {};
    }
    for (QChar c : std::as_const(scheme)) {
        if (!isSchemeChar(c)) {
            setError(error, QStringLiteral("invalid character '%1' in URI scheme '%2'").arg(c).arg(rawScheme));
            return {};
        }
    }
    const QStringView rest = text.sliced(colon + 1);
    for (QChar c : rest) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) { // whitespace and control characters included
            setError(error, QStringLiteral("URI '%1' contains whitespace or a non-ASCII character").arg(text));
            return {};
        }
    }
    if (scheme != sip && scheme != sips) {
        // RFC 3261 19.1 / RFC 4475 3.3.2: other schemes are kept opaque.
        if (rest.isEmpty()) {
            setError(error, QStringLiteral("URI '%1' is empty after the scheme").arg(text));
            return {};
        }
        uri.m_scheme = scheme;
        uri.m_opaque = rest.toString();
        return uri;
    }
    if (!validEscapes(rest)) {
        setError(error, QStringLiteral("URI '%1' has a malformed %-escape").arg(text));
        return {};
    }
    // The user part may hold '?' (RFC 3261 25.1 user-unreserved; RFC 4475 3.1.1.2), so the
    // headers start at the first '?' after the host's '@'.
    QStringView main = rest;
    const qsizetype userEnd = TextScan::lastIndexOf(rest, u'@');
    const qsizetype question = TextScan::indexOf(rest, u'?', userEnd < 0 ? 0 : userEnd);
    if (question >= 0) {
        uri.m_headers = rest.sliced(question + 1).toString();
        main = rest.first(question);
    }
    const qsizetype at = TextScan::lastIndexOf(main, u'@');
    QStringView hostPart = main;
    if (at >= 0) {
        const QStringView userinfo = main.first(at);
        hostPart = main.sliced(at + 1);
        if (userinfo.isEmpty()) {
            setError(error, QStringLiteral("URI '%1' has an empty user part before '@'").arg(text));
            return {};
        }
        const qsizetype pw = TextScan::indexOf(userinfo, u':');
        if (pw >= 0) {
            uri.m_user = userinfo.first(pw).toString();
            uri.m_password = userinfo.sliced(pw + 1).toString();
        } else {
            uri.m_user = userinfo.toString();
        }
    }
    // host[:port] then ;params
    const qsizetype semi = TextScan::indexOf(hostPart, u';');
    const QStringView hostPort = semi >= 0 ? hostPart.first(semi) : hostPart;
    std::optional<HostPort> hp = HostPort::parse(hostPort);
    if (!hp) {
        if (error) // asked again, now naming the URI: the subject is only built on failure
            HostPort::parse(hostPort, QStringLiteral("URI '%1'").arg(text), error);
        return {};
    }
    uri.m_host = std::move(hp->host);
    uri.m_port = hp->port;
    if (semi >= 0) {
        const QStringView params = hostPart.sliced(semi + 1);
        for (qsizetype from = 0; from <= params.size();) {
            qsizetype end = TextScan::indexOf(params, u';', from);
            if (end < 0)
                end = params.size();
            const QStringView p = params.sliced(from, end - from);
            from = end + 1;
            if (p.isEmpty()) {
                setError(error, QStringLiteral("URI '%1' has an empty parameter").arg(text));
                return {};
            }
            const qsizetype eq = TextScan::indexOf(p, u'=');
            uri.m_params.append(eq >= 0 ? p.first(eq).toString() : p.toString(), eq >= 0 ? p.sliced(eq + 1).toString() : QString());
        }
    }
    uri.m_scheme = scheme;
    return uri;
}

QString SipUri::hostPort() const
{
    return HostPort::join(m_host, m_port);
}

QString SipUri::toString() const
{
    if (m_scheme.isEmpty())
        return QString();
    if (!isSipOrSips())
        return m_scheme + QLatin1Char(':') + m_opaque;
    QString text = m_scheme + QLatin1Char(':');
    if (!m_user.isEmpty()) {
        text += m_user;
        if (!m_password.isEmpty())
            text += QLatin1Char(':') + m_password;
        text += QLatin1Char('@');
    }
    text += hostPort();
    text += m_params.toString();
    if (!m_headers.isEmpty())
        text += QLatin1Char('?') + m_headers;
    return text;
}

} // namespace SipLab
