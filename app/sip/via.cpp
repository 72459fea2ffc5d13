#include "via.h"

#include "hostport.h"
#include "textscan.h"

#include <algorithm>
#include <utility>

namespace SipLab {

const QString Via::MagicCookie = QStringLiteral("z9hG4bK");

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

Via::Via(const QString &transport, const QString &host, int port, const QString &branch)
    : m_transport(transport)
    , m_host(host)
    , m_port(port)
{
    if (!branch.isEmpty())
        m_params.append(QStringLiteral("branch"), branch);
}

Via Via::parse(QStringView input, QString *error)
{
    // sent-protocol LWS sent-by *( SEMI via-params ), LWS allowed around "/" (RFC 3261 20.42, 25.1).
    // Read through views: only the parts kept in the Via become strings.
    const QStringView text = input.trimmed();
    Via via;
    qsizetype pos = 0;
    auto skipSpace = [&] {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    };
    auto token = [&] {
        const qsizetype start = pos;
        while (pos < text.size() && !text[pos].isSpace() && text[pos] != QLatin1Char('/') && text[pos] != QLatin1Char(';'))
            ++pos;
        return text.sliced(start, pos - start);
    };
    QStringView protocol[3];
    for (int part = 0; part < 3; ++part) {
        skipSpace();
        protocol[part] = token();
        if (protocol[part].isEmpty()) {
            setError(error, QStringLiteral("Via '%1' lacks the sent-protocol (SIP/2.0/UDP)").arg(text.toString()));
            return {};
        }
        skipSpace();
        if (part < 2) {
            if (pos >= text.size() || text[pos] != QLatin1Char('/')) {
                setError(error, QStringLiteral("Via '%1' lacks the sent-protocol (SIP/2.0/UDP)").arg(text.toString()));
                return {};
            }
            ++pos;
        }
    }
    static const QString sip20 = QStringLiteral("SIP/2.0");
    if (protocol[0] == QLatin1String("SIP") && protocol[1] == QLatin1String("2.0"))
        via.m_protocol = sip20;
    else
        via.m_protocol = protocol[0].toString() + QLatin1Char('/') + protocol[1].toString();
    static const QString udp = QStringLiteral("UDP");
    static const QString tcp = QStringLiteral("TCP");
    if (protocol[2] == udp)
        via.m_transport = udp;
    else if (protocol[2] == tcp)
        via.m_transport = tcp;
    else
        via.m_transport = protocol[2].toString().toUpper();
    skipSpace();
    const qsizetype sentByStart = pos;
    while (pos < text.size() && text[pos] != QLatin1Char(';') && text[pos] != QLatin1Char('('))
        ++pos;
    // RFC 3261 25.1: sent-by = host [ COLON port ] with COLON = SWS ":" SWS, so whitespace may
    // stand around the ':' only (20.42: "first.example.com: 4000"). Any other whitespace stays
    // and makes the host or port invalid below.
    const QStringView rawSentBy = text.sliced(sentByStart, pos - sentByStart).trimmed();
    QString sentBy;
    const bool hasSpace = std::any_of(rawSentBy.cbegin(), rawSentBy.cend(), [](QChar c) { return c.isSpace(); });
    if (!hasSpace)
        sentBy = rawSentBy.toString();
    for (qsizetype i = 0; hasSpace && i < rawSentBy.size(); ++i) {
        if (rawSentBy[i].isSpace()) {
            qsizetype before = i;
            while (before > 0 && rawSentBy[before - 1].isSpace())
                --before;
            qsizetype after = i;
            while (after < rawSentBy.size() && rawSentBy[after].isSpace())
                ++after;
            if ((before > 0 && rawSentBy[before - 1] == QLatin1Char(':'))
                || (after < rawSentBy.size() && rawSentBy[after] == QLatin1Char(':')))
                continue;
        }
        sentBy += rawSentBy[i];
    }
    if (sentBy.isEmpty()) {
        setError(error, QStringLiteral("Via '%1' has no sent-by host").arg(text.toString()));
        return {};
    }
    std::optional<HostPort> hp = HostPort::parse(sentBy);
    if (!hp) {
        if (error) // asked again, now naming the Via: the subject is only built on failure
            HostPort::parse(sentBy, QStringLiteral("Via '%1'").arg(text), error);
        return {};
    }
    via.m_host = std::move(hp->host);
    via.m_port = hp->port;
    // Parameters; a trailing comment "(...)" is allowed and ignored.
    QStringView rest = text.sliced(pos);
    const qsizetype comment = TextScan::indexOf(rest, u'(');
    if (comment >= 0)
        rest = rest.first(comment);
    rest = rest.trimmed();
    if (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1Char(';'))) {
            setError(error, QStringLiteral("Via '%1': unexpected '%2'").arg(text.toString(), rest.toString()));
            return {};
        }
        rest = rest.sliced(1);
        for (qsizetype from = 0; from <= rest.size();) {
            qsizetype semi = TextScan::indexOf(rest, u';', from);
            if (semi < 0)
                semi = rest.size();
            const QStringView p = rest.sliced(from, semi - from).trimmed();
            from = semi + 1;
            if (p.isEmpty()) {
                setError(error, QStringLiteral("Via '%1' has an empty parameter").arg(text.toString()));
                return {};
            }
            const qsizetype eq = TextScan::indexOf(p, u'=');
            const QStringView name = (eq >= 0 ? p.first(eq) : p).trimmed();
            const QStringView value = eq >= 0 ? p.sliced(eq + 1).trimmed() : QStringView();
            if (name.isEmpty() || TextScan::contains(name, u' ') || (eq >= 0 && value.isEmpty())) {
                setError(error, QStringLiteral("Via '%1' has a malformed parameter '%2'").arg(text.toString(), p.toString()));
                return {};
            }
            via.m_params.append(name.toString(), eq >= 0 ? value.toString() : QString());
        }
    }
    return via;
}

QList<Via> Via::parseList(QStringView text, QString *error)
{
    // Commas inside a quoted string or a comment do not separate values.
    QList<Via> list;
    bool quoted = false;
    int depth = 0;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) -> bool {
        Via v = parse(text.sliced(start, end - start), error);
        if (!v.isValid())
            return false;
        list.append(std::move(v));
        start = end + 1;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && !quoted && depth == 0 && !flush(i))
            return {};
    }
    if (!flush(text.size()))
        return {};
    return list;
}

QString Via::sentBy() const
{
    return HostPort::join(m_host, m_port);
}

bool Via::hasRfc3261Branch() const
{
    const QString b = branch();
    return b.startsWith(MagicCookie) && b.size() > MagicCookie.size();
}

QString Via::toString() const
{
    // One buffer (a node writes its own Via into every request it sends or forwards): room for
    // the sent-protocol, sent-by and the usual ";branch=z9hG4bK..." parameter.
    QString out;
    out.reserve(m_protocol.size() + m_transport.size() + m_host.size() + 48);
    out.append(m_protocol).append(QLatin1Char('/')).append(m_transport).append(QLatin1Char(' '));
    HostPort::appendJoined(out, m_host, m_port);
    m_params.appendTo(out);
    return out;
}

} // namespace SipLab
