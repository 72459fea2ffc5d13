#pragma once

#include "scenario.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipLab {

/// The names of Scenario's enums, as the scenario file (docs/scenario-format.md) writes them
/// and as siplab-cli run accepts them (--transport udp, --auth proxy, --register query ...).
class ScenarioNames
{
public:
    template <typename E> using Table = QList<QPair<QString, E>>;

    static const Table<Transport> &transports();           // udp, tcp
    static const Table<Hangup> &hangups();                 // uac, uas, none
    static const Table<AuthAt> &auths();                   // none, proxy, uas
    static const Table<RegisterAction> &registerActions(); // bind, update, query, remove
    static const Table<RegistrarAt> &registrars();         // proxy, uas
    static const Table<ReInviteBy> &reInviteBys();         // uac, uas
    static const Table<ProxyRole> &proxyRoles();           // proxy, redirect, alg
    static const Table<ForkMode> &forkModes();             // parallel, sequential

    template <typename E> static QString name(E value, const Table<E> &table)
    {
        for (const auto &pair : table) {
            if (pair.second == value)
                return pair.first;
        }
        return QString();
    }
    template <typename E> static std::optional<E> value(const QString &name, const Table<E> &table)
    {
        for (const auto &pair : table) {
            if (pair.first == name)
                return pair.second;
        }
        return std::nullopt;
    }
    template <typename E> static QStringList names(const Table<E> &table)
    {
        QStringList out;
        for (const auto &pair : table)
            out.append(pair.first);
        return out;
    }
};

} // namespace SipLab
