#include "serverstate.h"

#include <QRegularExpression>

#include <algorithm>

namespace SipLab {

bool ServerState::isOurDomain(const QString &host, int uriPort) const
{
    return domains.contains(host.toLower()) && (uriPort == 0 || uriPort == port);
}

QString ServerState::addressOfRecord(const SipUri &uri) const
{
    if (!uri.isSipOrSips() || !isOurDomain(uri) || domains.isEmpty())
        return LocationService::addressOfRecord(uri);
    SipUri canonical = uri;
    canonical.setHost(domains.first());
    return LocationService::addressOfRecord(canonical);
}

void ServerState::rememberNonce(const QString &nonce, qint64 nowMs)
{
    if (m_nonces.contains(nonce))
        return;
    while (int(m_nonceOrder.size()) >= std::max(1, maxNonces)) {
        m_nonces.remove(m_nonceOrder.front());
        m_nonceOrder.pop_front();
    }
    m_nonces.insert(nonce, nowMs);
    m_nonceOrder.push_back(nonce);
}

ServerState::NonceState ServerState::nonceState(const QString &nonce, qint64 nowMs) const
{
    const auto found = m_nonces.constFind(nonce);
    if (found == m_nonces.cend())
        return NonceState::Unknown;
    return nowMs - found.value() < nonceLifetimeMs ? NonceState::Fresh : NonceState::Stale;
}

bool ServerState::knows(const SipUri &uri) const
{
    return passwords.contains(uri.user()) || location.knows(addressOfRecord(uri));
}

bool ServerState::parseUsers(const QByteArray &text, QHash<QString, QString> *users, QString *error)
{
    // RFC 3261 25.1 user: unreserved characters, escapes and a few marks; we accept the common ones.
    static const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9_.!~*'()&=+$,;?/%-]+$"));
    users->clear();
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        int split = line.indexOf(QLatin1Char(':'));
        const int space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (split < 0 || (space >= 0 && space < split))
            split = space;
        const QString user = split < 0 ? line : line.left(split).trimmed();
        const QString password = split < 0 ? QString() : line.mid(split + 1).trimmed();
        if (!userPattern.match(user).hasMatch() || password.isEmpty()) {
            *error = QStringLiteral("line %1: expected 'user password' (or user:password), got '%2'").arg(i + 1).arg(line.left(60));
            return false;
        }
        if (users->contains(user)) {
            *error = QStringLiteral("line %1: user '%2' listed twice").arg(i + 1).arg(user);
            return false;
        }
        users->insert(user, password);
    }
    if (users->isEmpty()) {
        *error = QStringLiteral("no user in the file");
        return false;
    }
    return true;
}

} // namespace SipLab
