#include "sipparams.h"

#include "textscan.h"

namespace SipLab {

int SipParams::indexOf(const QString &name) const
{
    // RFC 3261 19.1.4 (URI parameters) and 7.3.1 (header parameters): names are case-insensitive.
    for (int i = 0; i < m_params.size(); ++i) {
        if (TextScan::equalsIgnoreCase(m_params[i].first, name))
            return i;
    }
    return -1;
}

bool SipParams::has(const QString &name) const
{
    return indexOf(name) >= 0;
}

QString SipParams::value(const QString &name) const
{
    const int i = indexOf(name);
    return i >= 0 ? m_params[i].second : QString();
}

void SipParams::set(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    if (i >= 0)
        m_params[i].second = value;
    else
        append(name, value);
}

void SipParams::remove(const QString &name)
{
    m_params.removeIf([&](const Param &p) { return TextScan::equalsIgnoreCase(p.first, name); });
}

void SipParams::append(const QString &name, const QString &value)
{
    // Room for the few parameters a URI or Via has (branch, rport, received, lr, transport,
    // tag), allocated once rather than grown one by one.
    if (m_params.isEmpty())
        m_params.reserve(4);
    m_params.append(Param(name, value));
}

QString SipParams::toString() const
{
    QString text;
    appendTo(text);
    return text;
}

void SipParams::appendTo(QString &out) const
{
    for (const Param &p : m_params) {
        out += QLatin1Char(';') + p.first;
        if (!p.second.isEmpty())
            out += QLatin1Char('=') + p.second;
    }
}

} // namespace SipLab
