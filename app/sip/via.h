#pragma once

#include "sipparams.h"

#include <QList>
#include <QString>

namespace SipLab {

/// One Via value (RFC 3261 20.42, 18.2.1): "SIP/2.0/UDP host:port;branch=z9hG4bK...;received=...".
class Via
{
public:
    static const QString MagicCookie; // "z9hG4bK", RFC 3261 8.1.1.7

    Via() = default;
    Via(const QString &transport, const QString &host, int port, const QString &branch);
    /// Parses one Via value. On failure returns an invalid Via and sets *error.
    static Via parse(QStringView text, QString *error = nullptr);
    /// Parses a comma-separated list of Via values.
    static QList<Via> parseList(QStringView text, QString *error = nullptr);

    bool isValid() const { return !m_host.isEmpty(); }
    QString protocol() const { return m_protocol; } // "SIP/2.0"
    QString transport() const { return m_transport; } // "UDP", "TCP" ...
    QString host() const { return m_host; }
    int port() const { return m_port; } // 0 when absent
    QString sentBy() const;           // host[:port]
    const SipParams &params() const { return m_params; }
    bool hasParam(const QString &name) const { return m_params.has(name); }
    QString param(const QString &name) const { return m_params.value(name); }
    void setParam(const QString &name, const QString &value = QString()) { m_params.set(name, value); }
    void removeParam(const QString &name) { m_params.remove(name); }
    QString branch() const { return param(QStringLiteral("branch")); }
    /// RFC 3261 8.1.1.7: an RFC 3261 branch starts with the magic cookie (and has more after it).
    bool hasRfc3261Branch() const;

    QString toString() const;
    bool operator==(const Via &other) const = default;

private:
    QString m_protocol = QStringLiteral("SIP/2.0");
    QString m_transport = QStringLiteral("UDP");
    QString m_host;
    int m_port = 0;
    SipParams m_params; // via-params (RFC 3261 20.42, RFC 3581 rport)
};

} // namespace SipLab
