#include "hostport.h"

#include "textscan.h"

#include <algorithm>

namespace SipLab {

namespace {
std::optional<HostPort> fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}
} // namespace

bool HostPort::isValidHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    if (host.startsWith(QLatin1Char('['))) {
        if (!host.endsWith(QLatin1Char(']')) || host.size() < 4)
            return false;
        for (QChar c : host.sliced(1, host.size() - 2)) {
            if (!(TextScan::isHexDigit(c) || c == QLatin1Char(':') || c == QLatin1Char('.')))
                return false;
        }
        return true;
    }
    // hostname / IPv4address (RFC 3261 25.1): alphanumerics, '-', '.'.
    for (QChar c : host) {
        if (!(TextScan::isAlphanum(c) || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

QString HostPort::join(const QString &host, int port)
{
    if (port <= 0)
        return host;
    QString out;
    out.reserve(host.size() + 6);
    appendJoined(out, host, port);
    return out;
}

void HostPort::appendJoined(QString &out, const QString &host, int port)
{
    out.append(host);
    if (port <= 0)
        return;
    char text[12]; // ":" and the digits, written from the end
    int start = int(sizeof text);
    for (unsigned p = unsigned(port); p > 0; p /= 10)
        text[--start] = char('0' + p % 10);
    text[--start] = ':';
    out.append(QLatin1StringView(text + start, qsizetype(sizeof text) - start));
}

std::optional<HostPort> HostPort::parse(QStringView text, const QString &subject, QString *error)
{
    HostPort result;
    QStringView host = text;
    qsizetype portColon = -1;
    if (text.startsWith(QLatin1Char('['))) {
        // IPv6reference = "[" IPv6address "]": the port colon can only follow the ']'.
        const qsizetype close = TextScan::indexOf(text, u']');
        if (close < 0)
            return fail(error, QStringLiteral("%1 has an unterminated IPv6 reference").arg(subject));
        if (close + 1 < text.size()) {
            if (text[close + 1] != QLatin1Char(':'))
                return fail(error, QStringLiteral("%1 has garbage after the IPv6 reference").arg(subject));
            portColon = close + 1;
        }
    } else {
        portColon = TextScan::indexOf(text, u':');
    }
    if (portColon >= 0) {
        host = text.first(portColon);
        // port = 1*DIGIT (RFC 3261 25.1), here within 1..65535.
        const QStringView portText = text.sliced(portColon + 1);
        int port = 0;
        bool ok = !portText.isEmpty();
        for (QChar c : portText) {
            if (!ok || c.unicode() < u'0' || c.unicode() > u'9') {
                ok = false;
                break;
            }
            port = std::min(port * 10 + (c.unicode() - u'0'), 100000); // leading zeros allowed
        }
        if (!ok || port < 1 || port > 65535)
            return fail(error, QStringLiteral("%1 has an invalid port '%2'").arg(subject, portText));
        result.port = port;
    }
    if (!isValidHost(host))
        return fail(error, QStringLiteral("%1 has an invalid host '%2'").arg(subject, host));
    result.host = host.toString();
    return result;
}

} // namespace SipLab
