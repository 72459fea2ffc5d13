#include "locationservice.h"

#include "textscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace SipLab {

namespace {

/// RFC 3261 19.1.4: two contact URIs are the same binding when scheme, user, host (any case),
/// port and parameters match; parameters in any order.
QString contactKey(const SipUri &uri)
{
    const QList<SipParams::Param> &list = uri.params().list();
    QString key;
    key.reserve(uri.scheme().size() + uri.user().size() + uri.host().size() + 16);
    TextScan::appendLower(key, uri.scheme());
    key += QLatin1Char(':');
    key += uri.user();
    key += QLatin1Char('@');
    TextScan::appendLower(key, uri.host());
    key += QLatin1Char(':');
    key += QString::number(uri.port());
    key += QLatin1Char(';');
    if (list.isEmpty())
        return key; // most contacts: no parameter, nothing to sort
    QStringList params;
    params.reserve(list.size());
    for (const SipParams::Param &p : list)
        params.append(p.first.toLower() + QLatin1Char('=') + p.second.toLower());
    params.sort();
    return key + params.join(QLatin1Char(';'));
}

/// The bindings of `list` not expired at `nowMs`, highest q first (equal q: in list order,
/// which is the order they were made in).
QList<LocationService::Binding> current(const QList<LocationService::Binding> &list, qint64 nowMs)
{
    QList<LocationService::Binding> out;
    out.reserve(list.size());
    for (const LocationService::Binding &b : list) {
        if (b.expiresAtMs > nowMs)
            out.append(b);
    }
    // RFC 3261 16.6 / 20.10: the higher q-value is tried first.
    std::stable_sort(out.begin(), out.end(),
                     [](const LocationService::Binding &a, const LocationService::Binding &b) { return a.q > b.q; });
    return out;
}

/// RFC 3261 20.10: qvalue = "0" [ "." 0*3DIGIT ] / "1" [ "." 0*3("0") ]; -1 when malformed.
int parseQ(const QString &text)
{
    bool ok = false;
    const double q = text.toDouble(&ok);
    if (!ok || q < 0.0 || q > 1.0 || text.size() > 5)
        return -1;
    return int(q * 1000.0 + 0.5);
}

QString formatQ(int q)
{
    QString s = QString::number(q / 1000.0, 'f', 3);
    while (s.endsWith(QLatin1Char('0')) && !s.endsWith(QLatin1String(".0")))
        s.chop(1);
    return s;
}

struct Change
{
    QString key;
    LocationService::Binding binding;
    bool remove = false;
};

} // namespace

LocationService::LocationService() = default;

LocationService::LocationService(const Settings &settings)
    : m_settings(settings)
{
}

QString LocationService::addressOfRecord(const SipUri &uri)
{
    // RFC 3261 10.3 step 5: the To URI canonicalised: no display name, no parameters, no port;
    // the host compared without regard to case.
    if (!uri.isValid())
        return QString();
    QString aor;
    aor.reserve(uri.scheme().size() + uri.user().size() + uri.host().size() + uri.opaque().size() + 2);
    TextScan::appendLower(aor, uri.scheme());
    aor += QLatin1Char(':');
    if (!uri.isSipOrSips())
        return aor + uri.opaque();
    if (!uri.user().isEmpty()) {
        aor += uri.user();
        aor += QLatin1Char('@');
    }
    TextScan::appendLower(aor, uri.host());
    return aor;
}

void LocationService::expire(qint64 nowMs)
{
    for (auto it = m_bindings.begin(); it != m_bindings.end();) {
        const qsizetype before = it->size();
        it->removeIf([nowMs](const Binding &b) { return b.expiresAtMs <= nowMs; });
        m_count -= int(before - it->size());
        it = it->isEmpty() ? m_bindings.erase(it) : std::next(it);
    }
}

int LocationService::bindingCount(qint64 nowMs)
{
    expire(nowMs);
    return m_count;
}

QList<LocationService::Binding> LocationService::lookup(const QString &aor, qint64 nowMs) const
{
    const auto found = m_bindings.constFind(aor);
    return found == m_bindings.cend() ? QList<Binding>() : current(*found, nowMs);
}

LocationService::Result LocationService::processRegister(const SipMessage &request, qint64 nowMs,
                                                          const QString &aorOverride)
{
    Result result;
    auto fail = [&result](int status, const QString &reason) {
        result.status = status;
        result.reason = reason;
        return result;
    };
    const SipUri to = request.to().uri();
    const QString aor = aorOverride.isEmpty() ? addressOfRecord(to) : aorOverride;
    if (aor.isEmpty() || !to.isSipOrSips())
        return fail(404, QStringLiteral("the To header names no SIP address of record")); // 10.3 step 5
    const std::optional<CSeq> cseq = request.cseq();
    if (!cseq)
        return fail(400, QStringLiteral("no CSeq"));
    const QString callId = request.callId();

    // RFC 3261 10.2.1.1 / 20.19: the Expires header is the default of every contact.
    int defaultExpires = m_settings.defaultExpires;
    if (request.hasHeader(QStringLiteral("Expires"))) {
        bool ok = false;
        const int e = request.header(QStringLiteral("Expires")).trimmed().toInt(&ok);
        if (ok && e >= 0)
            defaultExpires = e;
    }

    const QList<Binding> bound = lookup(aor, nowMs);
    // Each stored binding's key once (RFC 3261 19.1.4 comparison), not once per contact.
    QStringList boundKeys;
    boundKeys.reserve(bound.size());
    for (const Binding &b : bound)
        boundKeys.append(contactKey(SipUri::parse(b.uri)));
    const QList<NameAddr> contacts = request.nameAddrs(QStringLiteral("Contact"));
    QList<Change> changes;
    bool wildcard = false;
    for (const NameAddr &c : contacts)
        wildcard = wildcard || c.isWildcard();
    if (wildcard) {
        // RFC 3261 10.3 step 6: "*" only alone and only with Expires: 0, else 400.
        if (contacts.size() != 1 || !request.hasHeader(QStringLiteral("Expires")) || defaultExpires != 0)
            return fail(400, QStringLiteral("Contact: * needs Expires: 0 and no other Contact"));
        // Removes every binding, unless one was made by this Call-ID with a CSeq not lower.
        for (qsizetype i = 0; i < bound.size(); ++i) {
            const Binding &b = bound[i];
            if (b.callId == callId && cseq->number <= b.cseq)
                return fail(400, QStringLiteral("CSeq %1 is not higher than the binding's %2 (out of order)")
                                     .arg(cseq->number)
                                     .arg(b.cseq));
            changes.append({boundKeys[i], b, true});
        }
    } else {
        for (const NameAddr &c : contacts) {
            if (!c.uri().isValid())
                return fail(400, QStringLiteral("a Contact URI that does not parse"));
            // RFC 3261 10.3 step 7: the expires parameter, else the Expires header, else our default.
            int expires = defaultExpires;
            if (c.hasParam(QStringLiteral("expires"))) {
                bool ok = false;
                const int e = c.param(QStringLiteral("expires")).toInt(&ok);
                expires = ok && e >= 0 ? e : m_settings.defaultExpires;
            }
            if (expires > 0 && expires < m_settings.minExpires) {
                result.minExpires = m_settings.minExpires;
                return fail(423, QStringLiteral("expires %1 is below the minimum %2").arg(expires).arg(m_settings.minExpires));
            }
            expires = std::min(expires, m_settings.maxExpires); // the registrar MAY shorten it
            int q = 1000;
            if (c.hasParam(QStringLiteral("q"))) {
                q = parseQ(c.param(QStringLiteral("q")));
                if (q < 0)
                    return fail(400, QStringLiteral("q=%1 is not a q-value from 0 to 1").arg(c.param(QStringLiteral("q"))));
            }
            const QString key = contactKey(c.uri());
            for (qsizetype i = 0; i < bound.size(); ++i) {
                const Binding &b = bound[i];
                // Same binding and same Call-ID: only a higher CSeq may change it (step 7).
                if (boundKeys[i] == key && b.callId == callId && cseq->number <= b.cseq)
                    return fail(400, QStringLiteral("CSeq %1 is not higher than the binding's %2 (out of order)")
                                         .arg(cseq->number)
                                         .arg(b.cseq));
            }
            Binding nb;
            nb.uri = c.uri().toString();
            nb.expiresAtMs = nowMs + qint64(expires) * 1000;
            nb.q = q;
            nb.callId = callId;
            nb.cseq = cseq->number;
            nb.userAgent = request.header(QStringLiteral("User-Agent")).left(200);
            changes.append({key, nb, expires == 0});
        }
    }

    // Apply to a copy: committed only if every change succeeds (10.3 step 7, last paragraph).
    QList<Binding> next = bound;
    QStringList nextKeys = boundKeys;
    for (const Change &ch : std::as_const(changes)) {
        const qsizetype found = nextKeys.indexOf(ch.key);
        if (ch.remove) {
            if (found >= 0) {
                next.removeAt(found);
                nextKeys.removeAt(found);
            }
        } else if (found >= 0) {
            next[found] = ch.binding;
        } else {
            next.append(ch.binding);
            nextKeys.append(ch.key);
        }
    }
    const int stored = int(m_bindings.value(aor).size());
    const int grows = int(next.size()) - stored;
    if (grows > 0 && (m_count + grows > m_settings.maxBindings || next.size() > m_settings.maxContactsPerAor)) {
        // RFC 3261 21.5.4: temporarily unable; Retry-After says when to come back (20.33).
        expire(nowMs);
        if (m_count + grows > m_settings.maxBindings || next.size() > m_settings.maxContactsPerAor) {
            result.retryAfter = m_settings.retryAfter;
            return fail(503, next.size() > m_settings.maxContactsPerAor
                                 ? QStringLiteral("at most %1 contacts per address of record").arg(m_settings.maxContactsPerAor)
                                 : QStringLiteral("the registrar holds its maximum of %1 bindings").arg(m_settings.maxBindings));
        }
    }
    m_count += int(next.size()) - stored;
    if (next.isEmpty())
        m_bindings.remove(aor);
    else
        m_bindings.insert(aor, next);
    // Remember who registered (480 rather than 404 later), bounded like the bindings.
    if (!changes.isEmpty() && m_known.size() < m_settings.maxBindings)
        m_known.insert(aor);

    // RFC 3261 10.3 step 8: the 200 lists every current binding with its remaining expiry.
    for (const Binding &b : current(next, nowMs)) {
        QString value = QLatin1Char('<') + b.uri + QStringLiteral(">;expires=")
            + QString::number((b.expiresAtMs - nowMs + 999) / 1000);
        if (b.q != 1000)
            value += QStringLiteral(";q=") + formatQ(b.q);
        result.contacts.append(value);
    }
    return result;
}

QByteArray LocationService::toJson() const
{
    QJsonObject root;
    QJsonObject aors;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        QJsonArray list;
        for (const Binding &b : it.value()) {
            QJsonObject o{{QStringLiteral("uri"), b.uri},
                          {QStringLiteral("expiresAtMs"), double(b.expiresAtMs)},
                          {QStringLiteral("q"), b.q},
                          {QStringLiteral("callId"), b.callId},
                          {QStringLiteral("cseq"), double(b.cseq)}};
            if (!b.userAgent.isEmpty())
                o.insert(QStringLiteral("userAgent"), b.userAgent);
            list.append(o);
        }
        aors.insert(it.key(), list);
    }
    root.insert(QStringLiteral("bindings"), aors);
    QJsonArray known;
    for (const QString &k : m_known)
        known.append(k);
    root.insert(QStringLiteral("known"), known);
    return QJsonDocument(root).toJson();
}

bool LocationService::fromJson(const QByteArray &json, qint64 nowMs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
            : QStringLiteral("not a JSON object");
        return false;
    }
    QHash<QString, QList<Binding>> bindings;
    QSet<QString> known;
    int count = 0;
    const QJsonObject aors = doc.object().value(QStringLiteral("bindings")).toObject();
    for (auto it = aors.begin(); it != aors.end(); ++it) {
        if (!it.value().isArray()) {
            *error = QStringLiteral("bindings of %1: not a list").arg(it.key());
            return false;
        }
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            Binding b;
            b.uri = o.value(QStringLiteral("uri")).toString();
            b.expiresAtMs = qint64(o.value(QStringLiteral("expiresAtMs")).toDouble());
            b.q = std::clamp(o.value(QStringLiteral("q")).toInt(1000), 0, 1000);
            b.callId = o.value(QStringLiteral("callId")).toString();
            b.cseq = quint32(o.value(QStringLiteral("cseq")).toDouble());
            b.userAgent = o.value(QStringLiteral("userAgent")).toString().left(200);
            if (!SipUri::parse(b.uri).isValid()) {
                *error = QStringLiteral("bindings of %1: '%2' is not a URI").arg(it.key(), b.uri);
                return false;
            }
            if (b.expiresAtMs <= nowMs || count >= m_settings.maxBindings)
                continue;
            bindings[it.key()].append(b);
            ++count;
        }
        known.insert(it.key());
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("known")).toArray()) {
        if (known.size() < m_settings.maxBindings && v.isString())
            known.insert(v.toString());
    }
    m_bindings = bindings;
    m_known = known;
    m_count = count;
    return true;
}

} // namespace SipLab
