#include "nameaddr.h"

namespace SipLab {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

/// Splits "a;b=c;d" into parameters; false when one is empty or malformed.
bool parseParams(const QString &text, SipParams &params)
{
    if (text.trimmed().isEmpty())
        return true;
    // Split on ';' outside quotes.
    QStringList parts;
    QString current;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && (i == 0 || text[i - 1] != QLatin1Char('\\')))
            quoted = !quoted;
        if (c == QLatin1Char(';') && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted)
        return false;
    parts.append(current);
    for (const QString &raw : parts) {
        const QString p = raw.trimmed();
        if (p.isEmpty())
            return false;
        const int eq = p.indexOf(QLatin1Char('='));
        const QString name = (eq >= 0 ? p.left(eq) : p).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')))
            return false;
        params.append(name, eq >= 0 ? p.mid(eq + 1).trimmed() : QString());
    }
    return true;
}

} // namespace

NameAddr::NameAddr(const SipUri &uri, const QString &displayName)
    : m_displayName(displayName)
    , m_uri(uri)
{
}

NameAddr NameAddr::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    NameAddr result;
    if (text == QLatin1String("*")) {
        result.m_wildcard = true;
        return result;
    }
    if (text.isEmpty()) {
        setError(error, QStringLiteral("empty address"));
        return {};
    }
    int pos = 0;
    QString display;
    bool angle = false;
    if (text.startsWith(QLatin1Char('"'))) {
        // quoted-string display name (RFC 3261 25.1), with \-escapes.
        int i = 1;
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
        const int lt = text.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            display = text.left(lt).trimmed();
            // An unquoted display name is *(token LWS) (RFC 3261 25.1, RFC 4475 3.1.2.15).
            for (QChar c : display) {
                const bool tokenChar = (c.unicode() < 128 && c.isLetterOrNumber()) || QStringLiteral("-.!%*_+`'~").contains(c);
                if (!tokenChar && !c.isSpace()) {
                    setError(error, QStringLiteral("display name '%1' has the character '%2'; it must be quoted").arg(display, c));
                    return {};
                }
            }
            pos = lt;
            angle = true;
        }
    }
    QString uriText;
    QString paramText;
    if (angle) {
        const int gt = text.indexOf(QLatin1Char('>'), pos);
        if (gt < 0) {
            setError(error, QStringLiteral("missing '>' in '%1'").arg(text));
            return {};
        }
        uriText = text.mid(pos + 1, gt - pos - 1);
        QString after = text.mid(gt + 1).trimmed();
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(';'))) {
                setError(error, QStringLiteral("unexpected '%1' after '>'").arg(after));
                return {};
            }
            paramText = after.mid(1);
        }
    } else {
        // addr-spec: parameters after the URI belong to the header (RFC 3261 20.10).
        const int semi = text.indexOf(QLatin1Char(';'));
        uriText = semi >= 0 ? text.left(semi) : text;
        paramText = semi >= 0 ? text.mid(semi + 1) : QString();
        if (uriText.contains(QLatin1Char('?')) || uriText.contains(QLatin1Char(','))) {
            setError(error, QStringLiteral("an address with '?' or ',' must be enclosed in <> (RFC 3261 20): '%1'").arg(text));
            return {};
        }
    }
    QString uriError;
    result.m_uri = SipUri::parse(uriText.trimmed(), &uriError);
    if (!result.m_uri.isValid()) {
        setError(error, uriError);
        return {};
    }
    if (angle && uriText != uriText.trimmed()) {
        setError(error, QStringLiteral("whitespace inside <> around '%1'").arg(uriText.trimmed()));
        return {};
    }
    if (!parseParams(paramText, result.m_params)) {
        setError(error, QStringLiteral("malformed header parameters '%1'").arg(paramText));
        return {};
    }
    result.m_displayName = display;
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
            const qsizetype gt = text.indexOf(QLatin1Char('>'), i);
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
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QStringView key = (eq >= 0 ? p.first(eq) : p).trimmed();
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return eq >= 0 ? p.sliced(eq + 1).trimmed().toString() : QString();
    }
    return QString();
}

QList<NameAddr> NameAddr::parseList(const QString &text, QString *error)
{
    QList<NameAddr> list;
    QString current;
    bool quoted = false;
    bool inAngle = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && (i == 0 || text[i - 1] != QLatin1Char('\\')))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            inAngle = true;
        else if (!quoted && c == QLatin1Char('>'))
            inAngle = false;
        if (c == QLatin1Char(',') && !quoted && !inAngle) {
            const NameAddr a = parse(current, error);
            if (!a.isValid())
                return {};
            list.append(a);
            current.clear();
        } else {
            current += c;
        }
    }
    const NameAddr a = parse(current, error);
    if (!a.isValid())
        return {};
    list.append(a);
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
