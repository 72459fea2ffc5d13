#include "capturecalls.h"

#include "capturechecker.h"
#include "enginerules.h"

#include <QHash>
#include <QSet>

namespace SipLab {

namespace {

bool isIpLiteral(const QString &host)
{
    if (host.startsWith(QLatin1Char('[')) || host.contains(QLatin1Char(':')))
        return true;
    for (QChar c : host) {
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    }
    return !host.isEmpty();
}

QString userAtHost(const NameAddr &a)
{
    const SipUri uri = a.uri();
    if (!uri.isValid() || uri.user().isEmpty() || uri.host().isEmpty())
        return QString();
    return QStringLiteral("%1@%2").arg(uri.user(), uri.host());
}

QString branchOf(const SipMessage &m, int index)
{
    const QList<Via> vias = m.vias();
    return index < vias.size() ? vias[index].branch() : QString();
}

bool sameCSeq(const SipMessage &a, const SipMessage &b)
{
    const auto x = a.cseq(), y = b.cseq();
    return x && y && *x == *y;
}

} // namespace

QString CapturedCall::firstRequest() const
{
    for (const CapturedMessage &m : messages) {
        if (m.message.isRequest())
            return m.message.method();
    }
    return QString();
}

int CapturedCall::finalStatus() const
{
    const QString method = firstRequest();
    int status = 0;
    for (const CapturedMessage &m : messages) {
        const auto cseq = m.message.cseq();
        if (m.message.isResponse() && m.message.statusCode() >= 200 && cseq && cseq->method == method)
            status = m.message.statusCode();
    }
    return status;
}

bool CapturedCall::hasError() const
{
    for (const CaptureFinding &f : findings) {
        if (f.severity == FindingSeverity::Error)
            return true;
    }
    return false;
}

std::optional<FindingSeverity> CapturedCall::worstFinding(int index) const
{
    // FindingSeverity runs from the most serious (Error) to the least (Note).
    std::optional<FindingSeverity> worst;
    for (const CaptureFinding &f : findings) {
        if (f.fNumber == index + 1 && (!worst || f.severity < *worst))
            worst = f.severity;
    }
    return worst;
}

QList<CapturedCall> CaptureCalls::group(const CaptureReadResult &capture, LaneGrouping lanes)
{
    QList<QList<CapturedMessage>> groups;
    QHash<QString, int> index;
    for (const CapturedMessage &m : capture.messages) {
        const QString id = m.message.callId();
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, int(groups.size()));
            groups.append(QList<CapturedMessage>());
        }
        groups[*it].append(m);
    }
    QList<CapturedCall> calls;
    calls.reserve(groups.size());
    for (const QList<CapturedMessage> &g : std::as_const(groups))
        calls.append(build(g, capture.firstTimeUs, lanes));
    return calls;
}

CapturedCall CaptureCalls::build(const QList<CapturedMessage> &messages, qint64 firstTimeUs, LaneGrouping grouping)
{
    CapturedCall call;
    call.messages = messages;
    call.callId = messages.isEmpty() ? QString() : messages.first().message.callId();
    CallTrace &trace = call.trace;
    trace.scenario = Scenario::defaultScenario();
    trace.scenario.network.transport = !messages.isEmpty() && messages.first().payload.tcp ? Transport::Tcp : Transport::Udp;
    trace.scenario.proxies.clear();

    // One lane per address:port (or per host), in the order they first appear. A lane of a
    // host is named by its IP and keeps the first port seen.
    QHash<QString, int> lanes;
    auto lane = [&](QString address, const QString &ip, quint16 port) {
        if (grouping == LaneGrouping::Host)
            address = ip;
        auto it = lanes.find(address);
        if (it != lanes.end())
            return *it;
        TraceNode node;
        node.role = NodeRole::Uas;
        node.address.name = address;
        node.address.ip = ip;
        node.address.host = ip;
        node.address.port = port;
        trace.nodes.append(node);
        return *lanes.insert(address, int(trace.nodes.size()) - 1);
    };
    QSet<QByteArray> seen; // sender, receiver and bytes: the same bytes again = a retransmission
    for (int i = 0; i < messages.size(); ++i) {
        const CapturedMessage &cm = messages[i];
        TraceMessage tm;
        tm.fNumber = i + 1;
        tm.sendTimeMs = (cm.payload.timeUs - firstTimeUs) / 1000;
        tm.receiveTimeMs = tm.sendTimeMs;
        tm.from = lane(cm.payload.srcAddress(), cm.payload.srcIp, cm.payload.srcPort);
        tm.to = lane(cm.payload.dstAddress(), cm.payload.dstIp, cm.payload.dstPort);
        tm.message = cm.message;
        const auto cseq = cm.message.cseq();
        tm.transaction = QStringLiteral("%1/%2").arg(branchOf(cm.message, 0), cseq ? cseq->method : QString());
        const QByteArray key = cm.payload.srcAddress().toLatin1() + '>' + cm.payload.dstAddress().toLatin1() + '\n' + cm.payload.bytes;
        tm.retransmission = seen.contains(key);
        seen.insert(key);
        trace.messages.append(tm);
        if (i == 0 || tm.sendTimeMs > trace.endTimeMs)
            trace.endTimeMs = tm.sendTimeMs;
    }

    // Which messages a proxy forwards: received by the lane, then sent on with its own Via on
    // top (requests, RFC 3261 16.6 step 8) or with its Via removed (responses, 16.7 step 3).
    call.forwardedFrom.fill(-1, messages.size());
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &out = trace.messages[i];
        const QList<Via> outVias = out.message.vias();
        for (int j = i - 1; j >= 0; --j) {
            const TraceMessage &in = trace.messages[j];
            if (in.to != out.from || in.message.isRequest() != out.message.isRequest() || !sameCSeq(in.message, out.message))
                continue;
            const QList<Via> inVias = in.message.vias();
            if (out.message.isRequest()) {
                if (outVias.size() == inVias.size() + 1 && !inVias.isEmpty() && outVias[1].branch() == inVias[0].branch()) {
                    call.forwardedFrom[i] = j;
                    break;
                }
            } else if (out.message.statusCode() == in.message.statusCode() && outVias.size() + 1 == inVias.size()
                       && !outVias.isEmpty() && inVias[1].branch() == outVias[0].branch()) {
                call.forwardedFrom[i] = j;
                break;
            }
        }
    }

    // Roles and names (RFC 3261 6: UAC, UAS, proxy) from what each lane does.
    QList<QString> names(trace.nodes.size());
    QList<bool> proxy(trace.nodes.size(), false);
    for (int i = 0; i < trace.messages.size(); ++i) {
        if (call.forwardedFrom[i] < 0)
            continue;
        const TraceMessage &m = trace.messages[i];
        proxy[m.from] = true;
        if (names[m.from].isEmpty() && m.message.isRequest()) {
            const auto top = m.message.topVia();
            if (top && !isIpLiteral(top->host()))
                names[m.from] = top->host();
        }
    }
    bool firstRequestSeen = false;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (proxy[m.from] || call.forwardedFrom[i] >= 0 || m.retransmission)
            continue;
        if (m.message.isRequest()) {
            if (!firstRequestSeen) {
                trace.nodes[m.from].role = NodeRole::Uac;
                firstRequestSeen = true;
            }
            if (names[m.from].isEmpty() && m.message.vias().size() == 1)
                names[m.from] = userAtHost(m.message.from());
        } else {
            const auto cseq = m.message.cseq();
            const int code = m.message.statusCode();
            // The UAS of an INVITE names itself in To and gives its Contact (RFC 3261 12.1.1).
            if (names[m.from].isEmpty() && cseq && cseq->method == QLatin1String("INVITE") && code > 100 && code < 300
                && m.message.hasHeader(QStringLiteral("Contact")))
                names[m.from] = userAtHost(m.message.to());
        }
    }
    QSet<QString> used;
    for (int n = 0; n < trace.nodes.size(); ++n) {
        if (proxy[n])
            trace.nodes[n].role = NodeRole::Proxy;
        const QString name = names[n];
        if (!name.isEmpty() && !used.contains(name) && !lanes.contains(name)) {
            trace.nodes[n].address.name = name;
            trace.nodes[n].address.host = name.section(QLatin1Char('@'), -1);
            trace.nodes[n].address.domain = trace.nodes[n].address.host; // the lane's header: user@domain
            trace.nodes[n].address.user = name.contains(QLatin1Char('@')) ? name.section(QLatin1Char('@'), 0, 0) : QString();
        }
        used.insert(trace.nodes[n].address.name);
    }

    // Why each message was sent, where the capture shows it (the engine's own rules).
    QList<bool> challenged(trace.nodes.size(), false);
    for (int i = 0; i < trace.messages.size(); ++i) {
        TraceMessage &m = trace.messages[i];
        const SipMessage &msg = m.message;
        const auto cseq = msg.cseq();
        const QString method = msg.isRequest() ? msg.method() : (cseq ? cseq->method : QString());
        const int code = msg.statusCode();
        if (m.retransmission) {
            if (msg.isRequest())
                m.rule = method == QLatin1String("INVITE") ? Rules::RetransmitA
                         : method == QLatin1String("ACK")  ? Rules::AckNon2xxAgain
                                                           : Rules::RetransmitE;
            else if (method == QLatin1String("INVITE") && code >= 200 && code < 300)
                m.rule = Rules::Retransmit2xx;
            else
                m.rule = Rules::ResendLastResponse;
            continue;
        }
        if (msg.isResponse() && (code == 401 || code == 407))
            challenged[m.to] = true;
        if (call.forwardedFrom[i] >= 0) {
            if (msg.isRequest())
                m.rule = method == QLatin1String("ACK") ? Rules::ProxyForwardAck2xx
                         : msg.to().tag().isEmpty()     ? Rules::ProxyForward
                                                        : Rules::ProxyForwardInDialog;
            else if (code >= 200 && code < 300)
                m.rule = Rules::ProxyForward2xx;
            else if (code > 100 && code < 200)
                m.rule = Rules::ProxyForwardProvisional;
            else if (code >= 300)
                m.rule = Rules::ProxyBestResponse;
            continue;
        }
        if (msg.isResponse()) {
            if (code == 100 && method == QLatin1String("INVITE"))
                m.rule = Rules::Trying;
            continue;
        }
        if (method == QLatin1String("CANCEL"))
            m.rule = Rules::UacCancel;
        else if (method == QLatin1String("PRACK"))
            m.rule = Rules::UacPrack;
        else if (challenged[m.from]
                 && (msg.hasHeader(QStringLiteral("Authorization")) || msg.hasHeader(QStringLiteral("Proxy-Authorization"))))
            m.rule = Rules::UacAuthRetry;
        else if (method == QLatin1String("ACK")) {
            // The final response this ACK answers: 2xx (end to end, 13.2.2.4) or not (17.1.1.3).
            int finalCode = 0;
            for (int j = i - 1; j >= 0 && !finalCode; --j) {
                const SipMessage &r = trace.messages[j].message;
                const auto rc = r.cseq();
                if (r.isResponse() && r.statusCode() >= 200 && rc && cseq && rc->number == cseq->number
                    && rc->method == QLatin1String("INVITE"))
                    finalCode = r.statusCode();
            }
            m.rule = finalCode >= 300 ? Rules::AckNon2xx : Rules::UacAck2xx;
        } else if (method == QLatin1String("INVITE") && msg.to().tag().isEmpty())
            m.rule = Rules::UacInvite;
        else if (method == QLatin1String("REGISTER"))
            m.rule = Rules::UacRegister;
    }
    call.findings = CaptureChecker::check(call);
    return call;
}

} // namespace SipLab
