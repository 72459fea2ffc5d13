#include "classroomserver.h"

#include "hostport.h"
#include "livenetwork.h"
#include "sipuri.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace SipLab {

namespace {

constexpr int LocalLane = 1;

NodeAddress nodeAddress(const QString &name, const QString &ip, int port, const QString &user)
{
    NodeAddress a;
    a.name = name;
    a.user = user;
    a.ip = ip;
    a.host = ip;
    a.domain = ip;
    a.port = port;
    return a;
}

NodeAddress peerAddress(const QString &ip, int port, const QString &user = QString())
{
    return nodeAddress(HostPort::join(ip, port), ip, port, user);
}

} // namespace

ClassroomServer::ClassroomServer(QObject *parent)
    : QObject(parent)
{
}

ClassroomServer::~ClassroomServer()
{
    stop();
}

bool ClassroomServer::prepare(const Config &config, QString *error)
{
    stop();
    m_config = config;
    LocationService::Settings settings = config.location;
    if (settings.maxExpires < settings.minExpires) {
        *error = QStringLiteral("the longest registration (%1 s) is below the shortest (%2 s)")
                     .arg(settings.maxExpires)
                     .arg(settings.minExpires);
        return false;
    }
    if (!config.address.isLoopback() && !config.allowRemote) {
        *error = QStringLiteral("%1 is not a loopback address: other machines could reach this server")
                     .arg(config.address.toString());
        return false;
    }
    settings.defaultExpires = settings.maxExpires;
    m_state = ServerState();
    m_state.location = LocationService(settings);
    m_state.routeByLocation = config.mode == Mode::Server;
    m_state.port = config.port;
    m_state.domains = QStringList{config.address.toString().toLower()};
    for (const QString &d : config.domains) {
        if (!d.trimmed().isEmpty() && !m_state.domains.contains(d.trimmed().toLower()))
            m_state.domains.append(d.trimmed().toLower());
    }
    if (config.address.isLoopback() && !m_state.domains.contains(QStringLiteral("localhost")))
        m_state.domains.append(QStringLiteral("localhost"));
    if (config.mode == Mode::Server && !config.address.isLoopback() && config.usersFile.isEmpty()) {
        // Beyond loopback anybody on the network could register any name or ring any phone.
        *error = QStringLiteral("a server on the non-loopback address %1 needs a users file (who may register and call)")
                     .arg(config.address.toString());
        return false;
    }
    if (!config.usersFile.isEmpty()) {
        QFile f(config.usersFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1 %2: %3").arg(config.usersLabel, config.usersFile, f.errorString());
            return false;
        }
        QString why;
        if (!ServerState::parseUsers(f.read(1 << 20), &m_state.passwords, &why)) {
            *error = QStringLiteral("%1 %2: %3").arg(config.usersLabel, config.usersFile, why);
            return false;
        }
    }
    if (!config.stateFile.isEmpty()) {
        QFile f(config.stateFile);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1 %2: %3").arg(config.stateLabel, config.stateFile, f.errorString());
                return false;
            }
            QString why;
            if (!m_state.location.fromJson(f.read(64 << 20), QDateTime::currentMSecsSinceEpoch(), &why)) {
                *error = QStringLiteral("%1 %2: %3").arg(config.stateLabel, config.stateFile, why);
                return false;
            }
        }
        // Written at most once a second while REGISTERs arrive, and at the end.
        if (!m_saveTimer) {
            m_saveTimer = new QTimer(this);
            m_saveTimer->setSingleShot(true);
            m_saveTimer->setInterval(1000);
            connect(m_saveTimer, &QTimer::timeout, this, [this] {
                QString ignored;
                saveState(&ignored);
            });
        }
    }
    m_state.bindingsChanged = [this] {
        if (m_saveTimer && !m_config.stateFile.isEmpty() && !m_saveTimer->isActive())
            m_saveTimer->start();
        Q_EMIT bindingsChanged();
    };
    return true;
}

bool ClassroomServer::listen(QString *error)
{
    auto network = std::make_unique<LiveNetwork>();
    network->setElementRole(m_config.mode == Mode::Server ? ElementRole::Proxy : ElementRole::Registrar);
    if (!network->bind(LocalLane, m_config.address, m_config.port)) {
        *error = network->errorString();
        return false;
    }
    m_network = std::move(network);
    if (!m_calls.empty()) { // the call tags start again at 1
        const int dropped = int(m_calls.size());
        m_calls.clear();
        Q_EMIT callsDropped(dropped);
    }
    const quint16 bound = m_network->boundPort(LocalLane);
    m_state.port = bound;
    const Config config = m_config;
    const NodeAddress local = nodeAddress(nodeName(), config.address.toString(), bound,
                                          config.mode == Mode::Server ? QString() : QStringLiteral("siplab"));
    ServerState *state = &m_state;
    m_network->serve(LocalLane, [config, local, state](const SipMessage &request, const QString &peerIp, int peerPort) {
        Scenario s;
        s.title = QStringLiteral("serve");
        s.method = request.method();
        s.uac.address = peerAddress(peerIp, peerPort);
        s.uac.password = config.password;
        s.hangup = Hangup::Uac; // the peer hangs up; our nodes never start a BYE on their own
        // RFC 3261 17.1.1.1: T1 may be configured; T2 and T4 keep their default ratios to it.
        s.network.t1Ms = config.t1Ms;
        s.network.t2Ms = 8 * config.t1Ms;
        s.network.t4Ms = 10 * config.t1Ms;
        QList<int> external = {0};
        if (config.mode == Mode::Server) {
            // Registrar and proxy in one (RFC 3261 10.3, 16.5): the location service decides
            // where requests for our domain go; others go where their Request-URI points.
            ProxySettings p;
            p.address = local;
            s.proxies.append(p);
            s.registrar = RegistrarAt::Proxy;
            const SipUri uri = request.parsedRequestUri();
            s.uas.address = peerAddress(uri.host(), uri.port() > 0 ? uri.port() : 5060, uri.user());
            external.append(2);
        } else {
            s.registrar = RegistrarAt::Uas;
            s.uas.address = local;
            const QList<ResponseStep> steps
                = config.registrarSteps.isEmpty() ? QList<ResponseStep>{ResponseStep{200, 0}} : config.registrarSteps;
            s.uas.responses = steps;
            s.uas.retryResponses = steps;
        }
        auto simulation = std::make_unique<Simulation>(s, external);
        simulation->setServerState(state);
        return simulation;
    });
    connectRecording();
    m_running = true;
    return true;
}

void ClassroomServer::setKeepCalls(bool keep)
{
    m_keepCalls = keep;
    connectRecording();
}

void ClassroomServer::connectRecording()
{
    disconnect(m_recording);
    m_recording = {};
    if (m_keepCalls && m_network)
        m_recording = connect(m_network.get(), &LiveNetwork::messageRecorded, this, &ClassroomServer::record);
}

bool ClassroomServer::start(const Config &config, QString *error)
{
    return prepare(config, error) && listen(error);
}

void ClassroomServer::stop()
{
    if (m_network) {
        m_network->stop();
        m_network.reset();
    }
    if (m_running) {
        QString ignored;
        saveState(&ignored);
    }
    if (m_saveTimer)
        m_saveTimer->stop();
    m_running = false;
}

quint16 ClassroomServer::port() const
{
    return m_network ? m_network->boundPort(LocalLane) : 0;
}

QString ClassroomServer::nodeName() const
{
    return m_config.mode == Mode::Server ? QStringLiteral("Server") : QStringLiteral("Registrar");
}

bool ClassroomServer::saveState(QString *error)
{
    if (m_config.stateFile.isEmpty())
        return true;
    QSaveFile f(m_config.stateFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_state.location.toJson()) < 0 || !f.commit()) {
        *error = QStringLiteral("%1 %2: %3").arg(m_config.stateLabel, m_config.stateFile, f.errorString());
        return false;
    }
    return true;
}

const ClassroomServer::CallRecord *ClassroomServer::call(int number) const
{
    for (const CallRecord &c : m_calls) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

void ClassroomServer::record(int call, const TraceMessage &message, const TraceNode &from, const TraceNode &to,
                             qint64 timeMs)
{
    if (!m_keepCalls || call <= 0)
        return;
    CallRecord *record = nullptr;
    // The newest calls are at the back; a message nearly always belongs to a recent one.
    for (auto it = m_calls.rbegin(); it != m_calls.rend(); ++it) {
        if (it->number == call) {
            record = &*it;
            break;
        }
    }
    if (!record) {
        if (!message.message.isRequest())
            return; // a stray response of a call already dropped
        if (int(m_calls.size()) >= MaxCalls) {
            m_calls.pop_front();
            Q_EMIT callsDropped(1);
        }
        CallRecord fresh;
        fresh.number = call;
        fresh.callId = message.message.callId();
        fresh.method = message.message.method();
        fresh.from = LocationService::addressOfRecord(message.message.from().uri());
        fresh.to = message.message.requestUri();
        fresh.trace.scenario.title = fresh.method + QLatin1Char(' ') + fresh.to;
        fresh.trace.scenario.method = fresh.method;
        m_calls.push_back(std::move(fresh));
        record = &m_calls.back();
    }
    CallTrace &trace = record->trace;
    if (trace.messages.size() >= MaxMessagesPerCall)
        return;
    auto laneOf = [&trace](const TraceNode &node) {
        const int found = trace.nodeIndex(node.name());
        if (found >= 0)
            return found;
        trace.nodes.append(node);
        return int(trace.nodes.size()) - 1;
    };
    TraceMessage m = message;
    m.from = laneOf(from);
    m.to = laneOf(to);
    m.fNumber = int(trace.messages.size()) + 1;
    m.sendTimeMs = timeMs;
    m.receiveTimeMs = timeMs;
    trace.messages.append(m);
    trace.endTimeMs = timeMs;
    if (m.message.isResponse() && m.message.cseq() && m.message.cseq()->method == record->method) {
        record->lastStatus = m.message.statusCode();
        if (m.message.statusCode() >= 200)
            trace.finalStatus = m.message.statusCode();
    }
    Q_EMIT callChanged(call);
}

} // namespace SipLab
