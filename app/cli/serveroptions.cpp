#include "serveroptions.h"

#include "language.h"
#include "cliparser.h"
#include "responsecatalog.h"
#include "sipmessage.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

#include <tuple>

namespace SipLab {

namespace {
const QStringList NumberOptions = {QStringLiteral("min-expires"), QStringLiteral("max-expires"),
                                   QStringLiteral("max-bindings")};
} // namespace

ServeServerOptions::ServeServerOptions() = default;

ServeServerOptions::~ServeServerOptions()
{
    delete m_saveTimer;
}

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

bool ServeServerOptions::prepare(bool server, const QHostAddress &listen, quint16 port, bool remote, QString *error)
{
    if (m_settings.maxExpires < m_settings.minExpires) {
        *error = QStringLiteral("--max-expires %1 is below --min-expires %2").arg(m_settings.maxExpires).arg(m_settings.minExpires);
        return false;
    }
    m_settings.defaultExpires = m_settings.maxExpires;
    m_state.location = LocationService(m_settings);
    m_state.routeByLocation = server;
    m_state.port = port;
    m_state.domains = QStringList{listen.toString().toLower()} + m_domains;
    if (listen.isLoopback())
        m_state.domains.append(QStringLiteral("localhost"));
    if (server && remote && m_usersFile.isEmpty()) {
        // Beyond loopback anybody on the network could register any name or ring any phone.
        *error = QStringLiteral("--role server on a non-loopback address needs --users FILE (who may register and call)");
        return false;
    }
    if (!m_usersFile.isEmpty()) {
        QFile f(m_usersFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--users %1: %2").arg(m_usersFile, f.errorString());
            return false;
        }
        QString why;
        if (!ServerState::parseUsers(f.read(1 << 20), &m_state.passwords, &why)) {
            *error = QStringLiteral("--users %1: %2").arg(m_usersFile, why);
            return false;
        }
    }
    if (!m_stateFile.isEmpty()) {
        QFile f(m_stateFile);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("--state %1: %2").arg(m_stateFile, f.errorString());
                return false;
            }
            QString why;
            if (!m_state.location.fromJson(f.read(64 << 20), QDateTime::currentMSecsSinceEpoch(), &why)) {
                *error = QStringLiteral("--state %1: %2").arg(m_stateFile, why);
                return false;
            }
        }
        // Written at most once a second while REGISTERs arrive, and at the end.
        m_saveTimer = new QTimer;
        m_saveTimer->setSingleShot(true);
        m_saveTimer->setInterval(1000);
        QObject::connect(m_saveTimer, &QTimer::timeout, m_saveTimer, [this] {
            QString ignored;
            save(&ignored);
        });
        m_state.bindingsChanged = [this] {
            if (!m_saveTimer->isActive())
                m_saveTimer->start();
        };
    }
    return true;
}

bool ServeServerOptions::save(QString *error)
{
    if (m_stateFile.isEmpty())
        return true;
    QSaveFile f(m_stateFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_state.location.toJson()) < 0 || !f.commit()) {
        *error = QStringLiteral("--state %1: %2").arg(m_stateFile, f.errorString());
        return false;
    }
    return true;
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
