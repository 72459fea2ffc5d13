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

NodeAddress Scenario::defaultTargetAddress(int index, int count)
{
    NodeAddress a = defaultUasAddress();
    if (count > 1)
        a.name = QStringLiteral("UAS%1").arg(index + 1);
    if (index == 1) {
        a.host = QStringLiteral("softphone.biloxi.example");
        a.ip = QStringLiteral("192.0.2.41");
    } else if (index == 2) {
        a.host = QStringLiteral("voicemail.biloxi.example");
        a.ip = QStringLiteral("192.0.2.42");
    }
    return a;
}

void Scenario::setTargetCount(int count)
{
    count = qBound(1, count, MaxTargets);
    while (targetCount() > count)
        forking.devices.removeLast();
    while (targetCount() < count) {
        UasSettings d;
        d.address = defaultTargetAddress(targetCount(), count);
        d.responses = {{180, 100, false}, {200, 1000, false}};
        forking.devices.append(d);
    }
    // The lanes are UAS when there is one device, UAS1, UAS2, UAS3 when there are more; names
    // the learner gave are kept.
    for (int i = 0; i < count; ++i) {
        QString &name = target(i).address.name;
        static const QStringList defaults = {QStringLiteral("UAS"), QStringLiteral("UAS1"), QStringLiteral("UAS2"),
                                             QStringLiteral("UAS3")};
        if (name.isEmpty() || defaults.contains(name))
            name = count == 1 ? QStringLiteral("UAS") : QStringLiteral("UAS%1").arg(i + 1);
    }
}

QString Scenario::targetContact(int index) const
{
    const NodeAddress &a = target(index).address;
    return QStringLiteral("sip:%1@%2:%3").arg(a.user, a.host).arg(a.port);
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
