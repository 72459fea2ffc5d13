#include "sipuri.h"

#include "hostport.h"

#include <cctype>

namespace SipLab {

namespace {

bool isSchemeChar(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

/// RFC 3261 25.1: escaped = "%" HEXDIG HEXDIG; anything else after % is malformed.
bool validEscapes(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%')) {
            if (i + 2 >= text.size() || !isxdigit(text[i + 1].toLatin1()) || !isxdigit(text[i + 2].toLatin1()))
                return false;
        }
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

SipUri SipUri::parse(const QString &text, QString *error)
{
    SipUri uri;
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        setError(error, QStringLiteral("'%1' is not a URI (no scheme)").arg(text));
        return {};
    }
    const QString scheme = text.left(colon).toLower();
    if (!scheme[0].isLetter()) {
        setError(error, QStringLiteral("URI scheme '%1' must start with a letter").arg(text.left(colon)));
        return {};
    }
    for (QChar c : scheme) {
        if (!isSchemeChar(c)) {
            setError(error, QStringLiteral("invalid character '%1' in URI scheme '%2'").arg(c).arg(text.left(colon)));
            return {};
        }
    }
    const QString rest = text.mid(colon + 1);
    for (QChar c : rest) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e) {
            setError(error, QStringLiteral("URI '%1' contains whitespace or a non-ASCII character").arg(text));
            return {};
        }
    }
    if (scheme != QLatin1String("sip") && scheme != QLatin1String("sips")) {
        // RFC 3261 19.1 / RFC 4475 3.3.2: other schemes are kept opaque.
        if (rest.isEmpty()) {
            setError(error, QStringLiteral("URI '%1' is empty after the scheme").arg(text));
            return {};
        }
        uri.m_scheme = scheme;
        uri.m_opaque = rest;
        return uri;
    }
    if (!validEscapes(rest)) {
        setError(error, QStringLiteral("URI '%1' has a malformed %-escape").arg(text));
        return {};
    }
    // The user part may hold '?' (RFC 3261 25.1 user-unreserved; RFC 4475 3.1.1.2), so the
    // headers start at the first '?' after the host's '@'.
    QString main = rest;
    const int userEnd = rest.lastIndexOf(QLatin1Char('@'));
    const int question = rest.indexOf(QLatin1Char('?'), userEnd < 0 ? 0 : userEnd);
    if (question >= 0) {
        uri.m_headers = rest.mid(question + 1);
        main = rest.left(question);
    }
    const int at = main.lastIndexOf(QLatin1Char('@'));
    QString hostPart = main;
    if (at >= 0) {
        const QString userinfo = main.left(at);
        hostPart = main.mid(at + 1);
        if (userinfo.isEmpty()) {
            setError(error, QStringLiteral("URI '%1' has an empty user part before '@'").arg(text));
            return {};
        }
        const int pw = userinfo.indexOf(QLatin1Char(':'));
        if (pw >= 0) {
            uri.m_user = userinfo.left(pw);
            uri.m_password = userinfo.mid(pw + 1);
        } else {
            uri.m_user = userinfo;
        }
    }
    // host[:port] then ;params
    const int semi = hostPart.indexOf(QLatin1Char(';'));
    const QString hostPort = semi >= 0 ? hostPart.left(semi) : hostPart;
    const QString params = semi >= 0 ? hostPart.mid(semi + 1) : QString();
    const std::optional<HostPort> hp = HostPort::parse(hostPort, error ? QStringLiteral("URI '%1'").arg(text) : QString(), error);
    if (!hp)
        return {};
    uri.m_host = hp->host;
    uri.m_port = hp->port;
    if (semi >= 0) {
        for (const QString &p : params.split(QLatin1Char(';'))) {
            if (p.isEmpty()) {
                setError(error, QStringLiteral("URI '%1' has an empty parameter").arg(text));
                return {};
            }
            const int eq = p.indexOf(QLatin1Char('='));
            uri.m_params.append(eq >= 0 ? p.left(eq) : p, eq >= 0 ? p.mid(eq + 1) : QString());
        }
    }
    uri.m_scheme = scheme;
    return uri;
}

QString SipUri::hostPort() const
{
    return m_port > 0 ? QStringLiteral("%1:%2").arg(m_host).arg(m_port) : m_host;
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
