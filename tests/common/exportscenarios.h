#pragma once
// Scenarios the exporter tests share: the calls a trainer exports most.
#include "engine.h"
#include "scenario.h"

#include <QList>
#include <QPair>
#include <QString>

namespace SipLab::ExportScenarios {

inline QList<QPair<QString, Scenario>> all()
{
    QList<QPair<QString, Scenario>> out;
    Scenario basic = Scenario::defaultScenario();
    out.append({QStringLiteral("basic"), basic});

    Scenario busy = Scenario::defaultScenario();
    busy.uas.responses = {{180, 100, false}, {486, 1000, false}};
    out.append({QStringLiteral("busy486"), busy});

    Scenario cancel = Scenario::defaultScenario();
    cancel.uas.responses = {{180, 100, false}, {200, 10000, false}};
    cancel.uac.cancelAfterMs = 500;
    out.append({QStringLiteral("cancel487"), cancel});

    Scenario auth = Scenario::defaultScenario();
    auth.auth = AuthAt::Proxy;
    out.append({QStringLiteral("auth407"), auth});

    Scenario twoProxies = Scenario::defaultScenario();
    twoProxies.setProxyCount(2);
    out.append({QStringLiteral("twoProxies"), twoProxies});

    Scenario lost = Scenario::defaultScenario();
    lost.network.drop = {1};
    out.append({QStringLiteral("lostInvite"), lost});
    return out;
}

} // namespace SipLab::ExportScenarios
