#pragma once

#include "sipmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace SipLab {

/// The location service of a registrar (RFC 3261 10.3) and of the proxy that routes by it
/// (16.5): bindings of contact addresses per address of record, each with its expiry, q-value
/// and the Call-ID/CSeq of the REGISTER that made it. Pure: no sockets, no timers, no real
/// clock; every call takes the time (milliseconds since the epoch) from its caller.
class LocationService
{
public:
    struct Settings
    {
        int minExpires = 60;        // below it: 423 Interval Too Brief (RFC 3261 10.3 step 7)
        int maxExpires = 3600;      // a longer request is shortened to it (10.3 step 7)
        int defaultExpires = 3600;  // no expires parameter and no Expires header (10.2.1.1)
        int maxBindings = 10000;    // all addresses of record together; beyond: 503 (21.5.4)
        int maxContactsPerAor = 10; // one address of record cannot take the whole table
        int retryAfter = 30;        // seconds in the Retry-After of that 503 (20.33)
    };
    struct Binding
    {
        QString uri;        // the contact URI as registered
        qint64 expiresAtMs = 0;
        int q = 1000;       // q-value times 1000 (RFC 3261 20.10: 0 to 1, three decimals)
        QString callId;
        quint32 cseq = 0;
        QString userAgent;  // User-Agent of that REGISTER (RFC 3261 20.41), for a monitor
        bool operator==(const Binding &) const = default;
    };
    /// What the registrar answers (RFC 3261 10.3): 200 with `contacts` (step 8), or an error.
    struct Result
    {
        int status = 200;
        QString reason;          // why, for an error (goes after the reason phrase)
        QStringList contacts;    // Contact values of the 200: every current binding
        int minExpires = 0;      // Min-Expires of a 423 (20.23)
        int retryAfter = 0;      // Retry-After of a 503 (20.33)
    };

    LocationService();
    explicit LocationService(const Settings &settings);

    const Settings &settings() const { return m_settings; }
    /// RFC 3261 10.3 steps 5-8 for one REGISTER received at `nowMs`. Changes are atomic: all of
    /// the request's bindings are made, or none. `aor` overrides the address of record taken
    /// from the To header (a server that knows several names for its domain).
    Result processRegister(const SipMessage &request, qint64 nowMs, const QString &aor = QString());
    /// RFC 3261 10.3 step 5: the canonical address of record of a To URI: "sip:user@host",
    /// scheme and host lower-case, no port, no parameters, no headers.
    static QString addressOfRecord(const SipUri &uri);
    /// The current bindings of `aor`, highest q first (equal q: the most recent first).
    QList<Binding> lookup(const QString &aor, qint64 nowMs) const;
    /// True when `aor` has registered at some time (it may have no binding left: 480, not 404).
    bool knows(const QString &aor) const { return m_known.contains(aor); }
    /// Bindings held right now (expired ones are dropped first).
    int bindingCount(qint64 nowMs);
    /// Drops every expired binding.
    void expire(qint64 nowMs);
    /// All addresses of record with bindings (for a monitor or a state file).
    QStringList addressesOfRecord() const { return m_bindings.keys(); }

    /// The bindings as JSON (absolute expiry times), for a state file.
    QByteArray toJson() const;
    /// Replaces the bindings with those of toJson(); expired ones are skipped. False + *error.
    bool fromJson(const QByteArray &json, qint64 nowMs, QString *error);

private:
    Settings m_settings;
    QHash<QString, QList<Binding>> m_bindings; // by address of record
    QSet<QString> m_known;
    int m_count = 0;
};

} // namespace SipLab
