#include "serveroptions.h"

#include "language.h"
#include "cliparser.h"
#include "responsecatalog.h"
#include "sipmessage.h"

#include <tuple>

namespace SipLab {

namespace {
const QStringList NumberOptions = {QStringLiteral("min-expires"), QStringLiteral("max-expires"),
                                   QStringLiteral("max-bindings")};
} // namespace

void ServeServerOptions::addOptions(CliParser &p)
{
    p.addSection(QStringLiteral("server and registrar (a location service per RFC 3261 10.3):"));
    p.addOption({QStringLiteral("users")}, QStringLiteral("FILE"),
                QStringLiteral("'user password' per line: Digest for REGISTER (401) and, server,\n"
                               "INVITE (407); only those users may call other domains"));
    p.addOption({QStringLiteral("state")}, QStringLiteral("FILE"),
                QStringLiteral("keep the bindings in FILE across restarts (JSON, written atomically)"));
    p.addOption({QStringLiteral("domain")}, QStringLiteral("NAME"),
                QStringLiteral("another name of this server's domain (repeatable; the listen\n"
                               "address is always one)"));
    p.addOption({QStringLiteral("min-expires")}, QStringLiteral("N"),
                QStringLiteral("shortest registration accepted, else 423 (default 60)"));
    p.addOption({QStringLiteral("max-expires")}, QStringLiteral("N"),
                QStringLiteral("longer registrations are shortened to N seconds (default 3600)"));
    p.addOption({QStringLiteral("max-bindings")}, QStringLiteral("N"),
                QStringLiteral("bindings held at most, then 503 with Retry-After (default 10000)"));
}

bool ServeServerOptions::anySet(const CliParser &p)
{
    for (const QString &name : QStringList{QStringLiteral("users"), QStringLiteral("state"), QStringLiteral("domain")} + NumberOptions) {
        if (p.isSet(name))
            return true;
    }
    return false;
}

QString ServeServerOptions::read(const CliParser &p)
{
    m_usersFile = p.value(QStringLiteral("users"));
    m_stateFile = p.value(QStringLiteral("state"));
    for (const QString &domain : p.values(QStringLiteral("domain")))
        m_domains.append(domain.toLower());
    const QList<std::tuple<QString, int, int, int *>> numbers = {
        {QStringLiteral("min-expires"), 1, 86400, &m_settings.minExpires},
        {QStringLiteral("max-expires"), 1, 7 * 86400, &m_settings.maxExpires},
        {QStringLiteral("max-bindings"), 1, 10000000, &m_settings.maxBindings}};
    for (const auto &[name, min, max, target] : numbers) {
        if (!p.intValue(name, min, max, target))
            return QStringLiteral("--%1 needs a number from %2 to %3, not '%4'").arg(name).arg(min).arg(max).arg(p.value(name));
    }
    return {};
}

QString ServeServerOptions::configure(bool server, const QHostAddress &listen, quint16 port, bool remote,
                                      ClassroomServer::Config *config) const
{
    if (m_settings.maxExpires < m_settings.minExpires)
        return QStringLiteral("--max-expires %1 is below --min-expires %2").arg(m_settings.maxExpires).arg(m_settings.minExpires);
    if (server && remote && m_usersFile.isEmpty()) {
        // Beyond loopback anybody on the network could register any name or ring any phone.
        return QStringLiteral("--role server on a non-loopback address needs --users FILE (who may register and call)");
    }
    config->mode = server ? ClassroomServer::Mode::Server : ClassroomServer::Mode::Registrar;
    config->address = listen;
    config->port = port;
    config->allowRemote = remote;
    config->domains = m_domains;
    config->usersFile = m_usersFile;
    config->stateFile = m_stateFile;
    config->location = m_settings;
    config->usersLabel = QStringLiteral("--users");
    config->stateLabel = QStringLiteral("--state");
    return {};
}

QString ServeServerOptions::explanation(const SipMessage &message)
{
    if (!message.isResponse() || message.statusCode() < 300)
        return QString();
    const ResponseCodeInfo *info = ResponseCatalog::find(message.statusCode());
    if (!info || !info->description)
        return QString();
    QString text = ResponseCatalog::text(info->description, Language::English).simplified();
    if (info->rfcSection)
        text += QStringLiteral(" (") + QString::fromLatin1(info->rfcSection) + QLatin1Char(')');
    return text;
}

} // namespace SipLab
