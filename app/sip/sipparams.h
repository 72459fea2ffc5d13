#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace SipLab {

/// The ordered ";name=value" parameters of a SIP URI (RFC 3261 19.1.1 uri-parameters), of a
/// name-addr header value (RFC 3261 20.10 tag, expires, q ...) and of a Via (RFC 3261 20.42
/// branch, received; RFC 3581 rport). Names compare case-insensitively (RFC 3261 19.1.4, 7.3.1);
/// order and spelling are kept as written. A flag parameter ("lr", "rport") has an empty value.
/// Each owner parses its own grammar and fills this list; lookup, change and serialisation live
/// here once.
class SipParams
{
public:
    using Param = QPair<QString, QString>;

    SipParams() = default;

    bool isEmpty() const { return m_params.isEmpty(); }
    int size() const { return int(m_params.size()); }
    const QList<Param> &list() const { return m_params; }

    bool has(const QString &name) const;
    /// The value of the first parameter with this name; empty when absent or a flag.
    QString value(const QString &name) const;
    /// Changes the first parameter with this name (keeping its place and spelling), or appends it.
    void set(const QString &name, const QString &value = QString());
    /// Removes every parameter with this name.
    void remove(const QString &name);
    /// Appends without looking for an existing one (a parser keeps what it read).
    void append(const QString &name, const QString &value = QString());

    /// ";name=value;flag..." in order, or an empty string when there is none.
    QString toString() const;
    /// toString() written at the end of `out`.
    void appendTo(QString &out) const;

    bool operator==(const SipParams &other) const = default;

private:
    int indexOf(const QString &name) const;

    QList<Param> m_params;
};

} // namespace SipLab
