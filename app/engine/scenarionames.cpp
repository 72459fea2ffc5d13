#include "scenarionames.h"

namespace SipLab {

const ScenarioNames::Table<Transport> &ScenarioNames::transports()
{
    static const Table<Transport> table = {{QStringLiteral("udp"), Transport::Udp},
                                           {QStringLiteral("tcp"), Transport::Tcp}};
    return table;
}

const ScenarioNames::Table<Hangup> &ScenarioNames::hangups()
{
    static const Table<Hangup> table = {{QStringLiteral("uac"), Hangup::Uac},
                                        {QStringLiteral("uas"), Hangup::Uas},
                                        {QStringLiteral("none"), Hangup::None}};
    return table;
}

const ScenarioNames::Table<AuthAt> &ScenarioNames::auths()
{
    static const Table<AuthAt> table = {{QStringLiteral("none"), AuthAt::None},
                                        {QStringLiteral("proxy"), AuthAt::Proxy},
                                        {QStringLiteral("uas"), AuthAt::Uas}};
    return table;
}

const ScenarioNames::Table<RegisterAction> &ScenarioNames::registerActions()
{
    // RFC 3261 10.2.1 (bind, update), 10.2.3 (query), 10.2.2 (remove); RFC 3665 2.1-2.4.
    static const Table<RegisterAction> table = {{QStringLiteral("bind"), RegisterAction::Bind},
                                                {QStringLiteral("update"), RegisterAction::Update},
                                                {QStringLiteral("query"), RegisterAction::Query},
                                                {QStringLiteral("remove"), RegisterAction::Remove}};
    return table;
}

const ScenarioNames::Table<RegistrarAt> &ScenarioNames::registrars()
{
    static const Table<RegistrarAt> table = {{QStringLiteral("proxy"), RegistrarAt::Proxy},
                                             {QStringLiteral("uas"), RegistrarAt::Uas}};
    return table;
}

const ScenarioNames::Table<ReInviteBy> &ScenarioNames::reInviteBys()
{
    static const Table<ReInviteBy> table = {{QStringLiteral("uac"), ReInviteBy::Uac}, {QStringLiteral("uas"), ReInviteBy::Uas}};
    return table;
}

const ScenarioNames::Table<ProxyRole> &ScenarioNames::proxyRoles()
{
    static const Table<ProxyRole> table = {{QStringLiteral("proxy"), ProxyRole::Proxy},
                                           {QStringLiteral("redirect"), ProxyRole::Redirect},
                                           {QStringLiteral("alg"), ProxyRole::Alg}};
    return table;
}

const ScenarioNames::Table<ForkMode> &ScenarioNames::forkModes()
{
    static const Table<ForkMode> table = {{QStringLiteral("parallel"), ForkMode::Parallel},
                                          {QStringLiteral("sequential"), ForkMode::Sequential}};
    return table;
}

} // namespace SipLab
