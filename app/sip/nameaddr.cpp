#include "nameaddr.h"

#include "textscan.h"

#include <utility>

namespace SipLab {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

/// Splits "a;b=c;d" into parameters; false when one is empty or malformed.
bool parseParams(QStringView text, SipParams &params)
{
    if (text.trimmed().isEmpty())
        return true;
    // Split on ';' outside quotes.
    bool quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const QChar c = text[i];
            if (c == QLatin1Char('"') && (i == 0 || text[i - 1] != QLatin1Char('\\')))
                quoted = !quoted;
            if (c != QLatin1Char(';') || quoted)
                continue;
        } else if (quoted) {
            return false;
        }
        const QStringView p = text.sliced(from, i - from).trimmed();
        from = i + 1;
        if (p.isEmpty())
            return false;
        const qsizetype eq = TextScan::indexOf(p, u'=');
        const QStringView name = (eq >= 0 ? p.first(eq) : p).trimmed();
        if (name.isEmpty() || TextScan::contains(name, u' '))
            return false;
        params.append(name.toString(), eq >= 0 ? p.sliced(eq + 1).trimmed().toString() : QString());
    }
    return true;
}

} // namespace

NameAddr::NameAddr(const SipUri &uri, const QString &displayName)
    : m_displayName(displayName)
    , m_uri(uri)
{
}

NameAddr NameAddr::parse(QStringView input, QString *error)
{
    // Read through views: only the parts the address keeps become strings.
    const QStringView text = input.trimmed();
    NameAddr result;
    if (text == QLatin1String("*")) {
        result.m_wildcard = true;
        return result;
    }
    if (text.isEmpty()) {
        setError(error, QStringLiteral("empty address"));
        return {};
    }
    qsizetype pos = 0;
    QString display;
    bool angle = false;
    if (text.startsWith(QLatin1Char('"'))) {
        // quoted-string display name (RFC 3261 25.1), with \-escapes.
        qsizetype i = 1;
        for (; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
                display += text[++i];
                continue;
            }
            if (text[i] == QLatin1Char('"'))
                break;
            display += text[i];
        }
        if (i >= text.size()) {
            setError(error, QStringLiteral("unterminated quoted display name in '%1'").arg(text));
            return {};
        }
        pos = i + 1;
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos >= text.size() || text[pos] != QLatin1Char('<')) {
            setError(error, QStringLiteral("a display name must be followed by <URI> in '%1'").arg(text));
            return {};
        }
        angle = true;
    } else {
        const qsizetype lt = TextScan::indexOf(text, u'<');
        if (lt >= 0) {
            const QStringView name = text.first(lt).trimmed();
            // An unquoted display name is *(token LWS) (RFC 3261 25.1, RFC 4475 3.1.2.15).
            for (QChar c : name) {
                if (!TextScan::isTokenChar(c) && !c.isSpace()) {
                    setError(error, QStringLiteral("display name '%1' has the character '%2'; it must be quoted").arg(name, c));
                    return {};
                }
            }
            display = name.toString();
            pos = lt;
            angle = true;
        }
    }
    QStringView uriText;
    QStringView paramText;
    if (angle) {
        const qsizetype gt = TextScan::indexOf(text, u'>', pos);
        if (gt < 0) {
            setError(error, QStringLiteral("missing '>' in '%1'").arg(text));
            return {};
        }
        uriText = text.sliced(pos + 1, gt - pos - 1);
        const QStringView after = text.sliced(gt + 1).trimmed();
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(';'))) {
                setError(error, QStringLiteral("unexpected '%1' after '>'").arg(after));
                return {};
            }
            paramText = after.sliced(1);
        }
    } else {
        // addr-spec: parameters after the URI belong to the header (RFC 3261 20.10).
        const qsizetype semi = TextScan::indexOf(text, u';');
        uriText = semi >= 0 ? text.first(semi) : text;
        paramText = semi >= 0 ? text.sliced(semi + 1) : QStringView();
        if (TextScan::contains(uriText, u'?') || TextScan::contains(uriText, u',')) {
            setError(error, QStringLiteral("an address with '?' or ',' must be enclosed in <> (RFC 3261 20): '%1'").arg(text));
            return {};
        }
    }
    result.m_uri = SipUri::parse(uriText.trimmed(), error);
    if (!result.m_uri.isValid())
        return {};
    if (angle && uriText.size() != uriText.trimmed().size()) {
        setError(error, QStringLiteral("whitespace inside <> around '%1'").arg(uriText.trimmed()));
        return {};
    }
    if (!parseParams(paramText, result.m_params)) {
        setError(error, QStringLiteral("malformed header parameters '%1'").arg(paramText));
        return {};
    }
    result.m_displayName = std::move(display);
    return result;
}

QString NameAddr::headerParameter(const QString &text, const QString &name)
{
    // The header parameters start after the '>' that closes <URI> (name-addr), else at the
    // first ';' (addr-spec: parameters after the URI belong to the header, RFC 3261 20.10).
    qsizetype start = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && (i == 0 || text[i - 1] != QLatin1Char('\\'))) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('<')) {
            const qsizetype gt = TextScan::indexOf(text, u'>', i);
            if (gt < 0)
                return QString();
            start = gt + 1;
            break;
        } else if (!quoted && c == QLatin1Char(';')) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return QString();
    const QStringView params = QStringView(text).sliced(start);
    quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= params.size(); ++i) {
        if (i < params.size()) {
            const QChar c = params[i];
            if (c == QLatin1Char('"') && (i == 0 || params[i - 1] != QLatin1Char('\\')))
                quoted = !quoted;
            if (quoted || c != QLatin1Char(';'))
                continue;
        }
        const QStringView p = params.sliced(from, i - from).trimmed();
        from = i + 1;
        const qsizetype eq = TextScan::indexOf(p, u'=');
        const QStringView key = (eq >= 0 ? p.first(eq) : p).trimmed();
        if (TextScan::equalsIgnoreCase(key, name))
            return eq >= 0 ? p.sliced(eq + 1).trimmed().toString() : QString();
    }
    return QString();
}

QList<NameAddr> NameAddr::parseList(QStringView text, QString *error)
{
    // Commas inside a quoted display name or inside <URI> do not separate values.
    QList<NameAddr> list;
    bool quoted = false;
    bool inAngle = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const QChar c = text[i];
            if (c == QLatin1Char('"') && (i == 0 || text[i - 1] != QLatin1Char('\\')))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char('<'))
                inAngle = true;
            else if (!quoted && c == QLatin1Char('>'))
                inAngle = false;
            if (c != QLatin1Char(',') || quoted || inAngle)
                continue;
        }
        NameAddr a = parse(text.sliced(start, i - start), error);
        if (!a.isValid())
            return {};
        list.append(std::move(a));
        start = i + 1;
    }
    return list;
}

QString NameAddr::toString() const
{
    if (m_wildcard)
        return QStringLiteral("*");
    QString text;
    if (!m_displayName.isEmpty()) {
        QString escaped = m_displayName;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        text += QLatin1Char('"') + escaped + QStringLiteral("\" ");
    }
    text += QLatin1Char('<') + m_uri.toString() + QLatin1Char('>');
    return text + m_params.toString();
}

} // namespace SipLab
