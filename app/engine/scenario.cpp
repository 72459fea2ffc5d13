#include "scenario.h"

namespace SipLab {

QString NodeAddress::aor() const
{
    if (user.isEmpty())
        return QStringLiteral("sip:") + domain;
    return QStringLiteral("sip:%1@%2").arg(user, domain);
}

NodeAddress Scenario::defaultUacAddress()
{
    return {QStringLiteral("UAC"), QStringLiteral("alice"), QStringLiteral("atlanta.example"),
            QStringLiteral("pc33.atlanta.example"), QStringLiteral("192.0.2.10"), 5070};
}

NodeAddress Scenario::defaultUasAddress()
{
    return {QStringLiteral("UAS"), QStringLiteral("bob"), QStringLiteral("biloxi.example"),
            QStringLiteral("client.biloxi.example"), QStringLiteral("192.0.2.40"), 5080};
}

NodeAddress Scenario::defaultProxyAddress(int index)
{
    if (index == 0)
        return {QStringLiteral("P1"), QString(), QStringLiteral("proxy.atlanta.example"),
                QStringLiteral("proxy.atlanta.example"), QStringLiteral("192.0.2.20"), 5060};
    return {QStringLiteral("P2"), QString(), QStringLiteral("proxy.biloxi.example"),
            QStringLiteral("proxy.biloxi.example"), QStringLiteral("192.0.2.30"), 5060};
}

void Scenario::setProxyCount(int count)
{
    count = qBound(0, count, 2);
    while (proxies.size() > count)
        proxies.removeLast();
    while (proxies.size() < count) {
        ProxySettings p;
        p.address = defaultProxyAddress(int(proxies.size()));
        proxies.append(p);
    }
}

QStringList Scenario::supportedMethods()
{
    return {QStringLiteral("INVITE"), QStringLiteral("REGISTER"), QStringLiteral("OPTIONS"),
            QStringLiteral("MESSAGE"), QStringLiteral("SUBSCRIBE"), QStringLiteral("NOTIFY"),
            QStringLiteral("REFER"), QStringLiteral("INFO"), QStringLiteral("UPDATE"),
            QStringLiteral("PUBLISH")};
}

Scenario Scenario::defaultScenario()
{
    Scenario s;
    s.title = QStringLiteral("Basic call through one proxy");
    s.uac.address = defaultUacAddress();
    s.uas.address = defaultUasAddress();
    s.setProxyCount(1);
    s.uas.responses = {{180, 100, false}, {200, 1000, false}};
    return s;
}

} // namespace SipLab
