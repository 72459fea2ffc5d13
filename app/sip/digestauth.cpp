#include "digestauth.h"

#include <QCryptographicHash>

namespace SipLab {

namespace {
QString md5(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}
} // namespace

QString DigestAuth::challenge(const QString &realm, const QString &nonce, const QString &opaque, bool stale)
{
    QString value = QStringLiteral("Digest realm=\"%1\", qop=\"auth\", nonce=\"%2\"").arg(realm, nonce);
    if (!opaque.isEmpty())
        value += QStringLiteral(", opaque=\"%1\"").arg(opaque);
    if (stale)
        value += QStringLiteral(", stale=true"); // RFC 2617 3.2.1: the token true, unquoted
    value += QStringLiteral(", algorithm=MD5");
    return value;
}

QMap<QString, QString> DigestAuth::parse(const QString &headerValue)
{
    QMap<QString, QString> params;
    QString text = headerValue.trimmed();
    if (!text.startsWith(QLatin1String("Digest"), Qt::CaseInsensitive))
        return params;
    text = text.mid(6);
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && (text[i] == QLatin1Char(',') || text[i].isSpace()))
            ++i;
        int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString name = text.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
            ++i;
        } else {
            while (i < n && text[i] != QLatin1Char(','))
                value += text[i++];
            value = value.trimmed();
        }
        params.insert(name, value);
    }
    return params;
}

QString DigestAuth::response(const QString &username, const QString &realm, const QString &password,
                             const QString &method, const QString &uri, const QString &nonce, const QString &nc,
                             const QString &cnonce, const QString &qop)
{
    // RFC 2617 3.2.2.2 / 3.2.2.3: A1 = user:realm:password, A2 = method:digest-uri.
    const QString ha1 = md5(username + QLatin1Char(':') + realm + QLatin1Char(':') + password);
    const QString ha2 = md5(method + QLatin1Char(':') + uri);
    if (qop.isEmpty())
        return md5(ha1 + QLatin1Char(':') + nonce + QLatin1Char(':') + ha2); // RFC 2069 compatibility
    return md5(ha1 + QLatin1Char(':') + nonce + QLatin1Char(':') + nc + QLatin1Char(':') + cnonce + QLatin1Char(':')
               + qop + QLatin1Char(':') + ha2);
}

QString DigestAuth::credentials(const QString &challengeValue, const QString &username, const QString &password,
                                const QString &method, const QString &uri, const QString &cnonce)
{
    const QMap<QString, QString> c = parse(challengeValue);
    const QString realm = c.value(QStringLiteral("realm"));
    const QString nonce = c.value(QStringLiteral("nonce"));
    // RFC 2617 3.2.1: qop-options is a comma list ("auth,auth-int", LWS allowed); choose auth.
    bool auth = false;
    for (const QString &option : c.value(QStringLiteral("qop")).split(QLatin1Char(',')))
        auth = auth || option.trimmed() == QLatin1String("auth");
    const QString nc = QStringLiteral("00000001");
    const QString digest = response(username, realm, password, method, uri, nonce, nc, cnonce,
                                    auth ? QStringLiteral("auth") : QString());
    QString value = QStringLiteral("Digest username=\"%1\", realm=\"%2\", nonce=\"%3\", uri=\"%4\", response=\"%5\"")
                        .arg(username, realm, nonce, uri, digest);
    value += QStringLiteral(", algorithm=MD5");
    if (auth)
        value += QStringLiteral(", cnonce=\"%1\", qop=auth, nc=%2").arg(cnonce, nc);
    if (c.contains(QStringLiteral("opaque")))
        value += QStringLiteral(", opaque=\"%1\"").arg(c.value(QStringLiteral("opaque")));
    return value;
}

bool DigestAuth::verify(const QString &credentialsValue, const QString &realm, const QString &password,
                        const QString &method)
{
    const QMap<QString, QString> c = parse(credentialsValue);
    if (c.value(QStringLiteral("realm")) != realm)
        return false;
    const QString expected = response(c.value(QStringLiteral("username")), realm, password, method,
                                      c.value(QStringLiteral("uri")), c.value(QStringLiteral("nonce")),
                                      c.value(QStringLiteral("nc")), c.value(QStringLiteral("cnonce")),
                                      c.value(QStringLiteral("qop")));
    return !c.value(QStringLiteral("response")).isEmpty() && expected == c.value(QStringLiteral("response"));
}

} // namespace SipLab
