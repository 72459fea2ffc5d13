#include "hostport.h"

#include <cctype>

namespace SipLab {

namespace {
std::optional<HostPort> fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}
} // namespace

bool HostPort::isValidHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (host.startsWith(QLatin1Char('['))) {
        if (!host.endsWith(QLatin1Char(']')) || host.size() < 4)
            return false;
        for (QChar c : host.mid(1, host.size() - 2)) {
            if (!(isxdigit(c.toLatin1()) || c == QLatin1Char(':') || c == QLatin1Char('.')))
                return false;
        }
        return true;
    }
    // hostname / IPv4address (RFC 3261 25.1): alphanumerics, '-', '.'.
    for (QChar c : host) {
        if (!((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

std::optional<HostPort> HostPort::parse(const QString &text, const QString &subject, QString *error)
{
    HostPort result;
    result.host = text;
    int portColon = -1;
    if (text.startsWith(QLatin1Char('['))) {
        // IPv6reference = "[" IPv6address "]": the port colon can only follow the ']'.
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(error, QStringLiteral("%1 has an unterminated IPv6 reference").arg(subject));
        if (close + 1 < text.size()) {
            if (text[close + 1] != QLatin1Char(':'))
                return fail(error, QStringLiteral("%1 has garbage after the IPv6 reference").arg(subject));
            portColon = close + 1;
        }
    } else {
        portColon = text.indexOf(QLatin1Char(':'));
    }
    if (portColon >= 0) {
        result.host = text.left(portColon);
        const QString portText = text.mid(portColon + 1);
        bool ok = false;
        const int port = portText.toInt(&ok);
        bool digits = !portText.isEmpty();
        for (QChar c : portText)
            digits = digits && c.isDigit();
        if (!ok || !digits || port < 1 || port > 65535)
            return fail(error, QStringLiteral("%1 has an invalid port '%2'").arg(subject, portText));
        result.port = port;
    }
    if (!isValidHost(result.host))
        return fail(error, QStringLiteral("%1 has an invalid host '%2'").arg(subject, result.host));
    return result;
}

} // namespace SipLab
