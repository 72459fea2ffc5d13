#include "via.h"

#include "hostport.h"

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

Via Via::parse(const QString &input, QString *error)
{
    // sent-protocol LWS sent-by *( SEMI via-params ), LWS allowed around "/" (RFC 3261 20.42, 25.1).
    const QString text = input.trimmed();
    Via via;
    int pos = 0;
    auto skipSpace = [&] {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    };
    auto token = [&] {
        const int start = pos;
        while (pos < text.size() && !text[pos].isSpace() && text[pos] != QLatin1Char('/') && text[pos] != QLatin1Char(';'))
            ++pos;
        return text.mid(start, pos - start);
    };
    QStringList protocol;
    for (int part = 0; part < 3; ++part) {
        skipSpace();
        const QString t = token();
        if (t.isEmpty()) {
            setError(error, QStringLiteral("Via '%1' lacks the sent-protocol (SIP/2.0/UDP)").arg(text));
            return {};
        }
        protocol.append(t);
        skipSpace();
        if (part < 2) {
            if (pos >= text.size() || text[pos] != QLatin1Char('/')) {
                setError(error, QStringLiteral("Via '%1' lacks the sent-protocol (SIP/2.0/UDP)").arg(text));
                return {};
            }
            ++pos;
        }
    }
    via.m_protocol = protocol[0] + QLatin1Char('/') + protocol[1];
    via.m_transport = protocol[2].toUpper();
    skipSpace();
    const int sentByStart = pos;
    while (pos < text.size() && text[pos] != QLatin1Char(';') && text[pos] != QLatin1Char('('))
        ++pos;
    // RFC 3261 25.1: sent-by = host [ COLON port ] with COLON = SWS ":" SWS, so whitespace may
    // stand around the ':' only (20.42: "first.example.com: 4000"). Any other whitespace stays
    // and makes the host or port invalid below.
    const QString rawSentBy = text.mid(sentByStart, pos - sentByStart).trimmed();
    QString sentBy;
    for (int i = 0; i < rawSentBy.size(); ++i) {
        if (rawSentBy[i].isSpace()) {
            int before = i;
            while (before > 0 && rawSentBy[before - 1].isSpace())
                --before;
            int after = i;
            while (after < rawSentBy.size() && rawSentBy[after].isSpace())
                ++after;
            if ((before > 0 && rawSentBy[before - 1] == QLatin1Char(':'))
                || (after < rawSentBy.size() && rawSentBy[after] == QLatin1Char(':')))
                continue;
        }
        sentBy += rawSentBy[i];
    }
    if (sentBy.isEmpty()) {
        setError(error, QStringLiteral("Via '%1' has no sent-by host").arg(text));
        return {};
    }
    const std::optional<HostPort> hp = HostPort::parse(sentBy, QStringLiteral("Via '%1'").arg(text), error);
    if (!hp)
        return {};
    via.m_host = hp->host;
    via.m_port = hp->port;
    // Parameters; a trailing comment "(...)" is allowed and ignored.
    QString rest = text.mid(pos);
    const int comment = rest.indexOf(QLatin1Char('('));
    if (comment >= 0)
        rest = rest.left(comment);
    rest = rest.trimmed();
    if (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1Char(';'))) {
            setError(error, QStringLiteral("Via '%1': unexpected '%2'").arg(text, rest));
            return {};
        }
        for (const QString &raw : rest.mid(1).split(QLatin1Char(';'))) {
            const QString p = raw.trimmed();
            if (p.isEmpty()) {
                setError(error, QStringLiteral("Via '%1' has an empty parameter").arg(text));
                return {};
            }
            const int eq = p.indexOf(QLatin1Char('='));
            const QString name = (eq >= 0 ? p.left(eq) : p).trimmed();
            const QString value = eq >= 0 ? p.mid(eq + 1).trimmed() : QString();
            if (name.isEmpty() || name.contains(QLatin1Char(' ')) || (eq >= 0 && value.isEmpty())) {
                setError(error, QStringLiteral("Via '%1' has a malformed parameter '%2'").arg(text, p));
                return {};
            }
            via.m_params.append(name, value);
        }
    }
    return via;
}

QList<Via> Via::parseList(const QString &text, QString *error)
{
    QList<Via> list;
    QString current;
    bool quoted = false;
    int depth = 0;
    auto flush = [&]() -> bool {
        const Via v = parse(current, error);
        if (!v.isValid())
            return false;
        list.append(v);
        current.clear();
        return true;
    };
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && !quoted && depth == 0) {
            if (!flush())
                return {};
        } else {
            current += c;
        }
    }
    if (!flush())
        return {};
    return list;
}

QString Via::sentBy() const
{
    return m_port > 0 ? QStringLiteral("%1:%2").arg(m_host).arg(m_port) : m_host;
}

bool Via::hasRfc3261Branch() const
{
    const QString b = branch();
    return b.startsWith(MagicCookie) && b.size() > MagicCookie.size();
}

QString Via::toString() const
{
    return QStringLiteral("%1/%2 %3").arg(m_protocol, m_transport, sentBy()) + m_params.toString();
}

} // namespace SipLab
