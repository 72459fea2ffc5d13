#include "livecontroller.h"

#include "livenetwork.h"

namespace SipLab {

LiveController::LiveController(QObject *parent)
    : QObject(parent)
{
}

LiveController::~LiveController() = default;

Scenario LiveController::liveScenario(const Scenario &scenario, const QHostAddress &address, const QMap<int, Peer> &external)
{
    Scenario s = scenario;
    const QString ip = address.toString();
    QList<NodeAddress *> nodes{&s.uac.address};
    for (ProxySettings &p : s.proxies)
        nodes.append(&p.address);
    nodes.append(&s.uas.address);
    // Live nodes use real addresses in Via, Contact and Record-Route (RFC 3261 18.2.2 routes
    // responses by them); the AOR domains stay, so the Request-URI still names the callee.
    QList<int> used;
    for (int i = 0; i < nodes.size(); ++i) {
        NodeAddress &a = *nodes[i];
        if (external.contains(i)) {
            a.ip = external.value(i).ip;
            a.port = external.value(i).port;
        } else {
            a.ip = ip;
            while (used.contains(a.port))
                a.port += 2;
        }
        a.host = a.ip;
        if (i > 0 && i < nodes.size() - 1)
            a.domain = a.ip; // a proxy's own domain is its address
        used.append(a.port);
    }
    return s;
}

bool LiveController::start(const Scenario &scenario, const QHostAddress &address, const QMap<int, Peer> &external,
                           QString *error)
{
    stop();
    const Scenario s = liveScenario(scenario, address, external);
    auto network = std::make_unique<LiveNetwork>();
    network->setElementRole(ElementRole::Proxy);
    const int count = int(s.proxies.size()) + 2;
    QList<int> externalLanes;
    for (int i = 0; i < count; ++i) {
        if (external.contains(i)) {
            externalLanes.append(i);
            continue;
        }
        const int port = i == 0 ? s.uac.address.port : i == count - 1 ? s.uas.address.port : s.proxies[i - 1].address.port;
        if (!network->bind(i, address, quint16(port))) {
            *error = network->errorString();
            return false;
        }
    }
    connect(network.get(), &LiveNetwork::messageTraced, this, [this] { refresh(); });
    connect(network.get(), &LiveNetwork::callFinished, this, &LiveController::finished);
    connect(network.get(), &LiveNetwork::transportError, this, &LiveController::transportError);
    m_network = std::move(network);
    m_network->start(std::make_unique<Simulation>(s, externalLanes));
    refresh();
    return true;
}

void LiveController::stop()
{
    if (!m_network)
        return;
    m_network->stop();
    m_network.reset();
}

void LiveController::refresh()
{
    if (!m_network || !m_network->simulation())
        return;
    m_trace = m_network->simulation()->trace();
    m_trace.endTimeMs = m_network->now();
    Q_EMIT traceChanged(m_trace);
}

} // namespace SipLab
