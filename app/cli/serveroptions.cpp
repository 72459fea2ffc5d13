#include "serveroptions.h"

#include "language.h"
#include "liveoptions.h"
#include "responsecatalog.h"
#include "sipmessage.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace SipLab {

namespace {
bool takeNumber(const QStringList &args, int *index, const QString &name, int min, int max, int *target,
                QString *error, bool *matched)
{
    QString value;
    *matched = LiveOptions::takeValue(args, index, name, &value, error);
    if (!*matched || !error->isEmpty())
        return *matched;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        *error = QStringLiteral("%1 needs a number from %2 to %3, not '%4'").arg(name).arg(min).arg(max).arg(value);
    else
        *target = n;
    return true;
}
} // namespace

ServeServerOptions::ServeServerOptions() = default;

ServeServerOptions::~ServeServerOptions()
{
    delete m_saveTimer;
}

QString ServeServerOptions::usage()
{
    return QStringLiteral(
        "  server and registrar (a location service per RFC 3261 10.3):\n"
        "  --users FILE           'user password' per line: Digest for REGISTER (401) and, server,\n"
        "                         INVITE (407); only those users may call other domains\n"
        "  --state FILE           keep the bindings in FILE across restarts (JSON, written atomically)\n"
        "  --domain NAME          another name of this server's domain (repeatable; the listen\n"
        "                         address is always one)\n"
        "  --min-expires N        shortest registration accepted, else 423 (default 60)\n"
        "  --max-expires N        longer registrations are shortened to N seconds (default 3600)\n"
        "  --max-bindings N       bindings held at most, then 503 with Retry-After (default 10000)\n");
}

bool ServeServerOptions::take(const QStringList &args, int *index, QString *error)
{
    QString value;
    if (LiveOptions::takeValue(args, index, QStringLiteral("--users"), &m_usersFile, error)
        || LiveOptions::takeValue(args, index, QStringLiteral("--state"), &m_stateFile, error))
        return true;
    if (LiveOptions::takeValue(args, index, QStringLiteral("--domain"), &value, error)) {
        if (error->isEmpty())
            m_domains.append(value.toLower());
        return true;
    }
    bool matched = false;
    takeNumber(args, index, QStringLiteral("--min-expires"), 1, 86400, &m_settings.minExpires, error, &matched);
    if (matched)
        return true;
    takeNumber(args, index, QStringLiteral("--max-expires"), 1, 7 * 86400, &m_settings.maxExpires, error, &matched);
    if (matched)
        return true;
    takeNumber(args, index, QStringLiteral("--max-bindings"), 1, 10000000, &m_settings.maxBindings, error, &matched);
    return matched;
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
