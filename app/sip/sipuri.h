#pragma once

#include "sipparams.h"

#include <QString>

namespace SipLab {

/// A SIP or SIPS URI (RFC 3261 19.1): scheme, user, password, host, port, uri-parameters and
/// headers. Other schemes (tel:, http:, unknown ones) are kept as opaque text so that a request
/// with such a URI still parses (RFC 4475 3.3.2).
class SipUri
{
public:
    SipUri() = default;
    /// Parses a URI. On failure returns an invalid URI and sets *error (when given). The last
    /// URIs parsed on this thread are remembered (see sipuri.cpp): parsing is a pure function
    /// of the text, and a call parses the same few URIs again at every hop.
    static SipUri parse(QStringView text, QString *error = nullptr);
    static SipUri sip(const QString &user, const QString &host, int port = 0);

    bool isValid() const { return !m_scheme.isEmpty(); }
    bool isSipOrSips() const { return m_scheme == QLatin1String("sip") || m_scheme == QLatin1String("sips"); }

    QString scheme() const { return m_scheme; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // 0 when absent
    QString headers() const { return m_headers; } // text after '?', escaped as received
    QString opaque() const { return m_opaque; }   // for non-SIP schemes: everything after ':'

    const SipParams &params() const { return m_params; }
    bool hasParam(const QString &name) const { return m_params.has(name); }
    QString param(const QString &name) const { return m_params.value(name); }
    void setParam(const QString &name, const QString &value = QString()) { m_params.set(name, value); }
    void removeParam(const QString &name) { m_params.remove(name); }
    void setUser(const QString &user) { m_user = user; }
    void setHost(const QString &host) { m_host = host; }
    void setPort(int port) { m_port = port; }
    void setScheme(const QString &scheme) { m_scheme = scheme; }

    /// host[:port], the form used in Via sent-by and in addresses.
    QString hostPort() const;
    QString toString() const;

    bool operator==(const SipUri &other) const = default;

private:
    static SipUri parseText(QStringView text, QString *error);

    QString m_scheme;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 0;
    SipParams m_params; // uri-parameters (RFC 3261 19.1.1)
    QString m_headers;
    QString m_opaque;
};

} // namespace SipLab
