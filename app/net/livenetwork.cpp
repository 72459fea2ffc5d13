#include "livenetwork.h"

#include "sipnode.h"
#include "sipparser.h"
#include "textscan.h"
#include "udptransport.h"

#include <QMetaMethod>
#include <QStringDecoder>
#include <QTimer>

#include <algorithm>
#include <string_view>

namespace SipLab {

namespace {
/// A call that saw no message for this long is forgotten even with a dialog open (a peer that
/// never sent BYE must not hold memory for ever).
constexpr qint64 MaxCallSilenceMs = 30 * 60 * 1000;
/// A server holds at most this many calls; a new one beyond it gets 503 (RFC 3261 21.5.4).
constexpr size_t MaxCalls = 100000;
/// Seconds in the Retry-After of that 503.
constexpr int OverloadRetryAfterS = 10;
/// How many forgotten calls keep their number for a late request (bounded memory).
constexpr size_t RecentCallNumbers = 10000;

/// The header part of a datagram (before the first empty line), a view into it.
QByteArrayView headerSection(const QByteArray &datagram)
{
    const std::string_view bytes(datagram.constData(), size_t(datagram.size()));
    size_t end = bytes.find("\r\n\r\n");
    if (end == std::string_view::npos)
        end = bytes.find("\n\n");
    return end == std::string_view::npos ? QByteArrayView(datagram) : QByteArrayView(datagram).first(qsizetype(end));
}

/// Keys of LiveNetwork::m_held: a server transaction by the request's top Via branch and
/// sent-by (RFC 3261 17.2.3), a client transaction by its branch and method (17.1.3).
QString serverKey(const QString &branch, const QString &sentBy)
{
    // One allocation; sent-by compares case-insensitively (host names), ASCII lowered in place.
    QString key;
    key.reserve(branch.size() + sentBy.size() + 2);
    key.append(QLatin1Char('S')).append(branch).append(QLatin1Char('\n'));
    TextScan::appendLower(key, sentBy);
    return key;
}

QString clientKey(const QString &branch, const QString &method)
{
    return QLatin1Char('C') + branch + QLatin1Char('\n') + method;
}

bool isValidUtf8(QByteArrayView bytes)
{
    // Nearly every SIP header is plain ASCII, which is valid UTF-8: no need to decode it.
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; }))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}
} // namespace

LiveNetwork::LiveNetwork(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LiveNetwork::onTimer);
}

LiveNetwork::~LiveNetwork() = default;

bool LiveNetwork::bind(int lane, const QHostAddress &address, quint16 port)
{
    UdpTransport *&transport = m_transports[lane];
    if (!transport) {
        transport = new UdpTransport(this);
        connect(transport, &UdpTransport::datagramReceived, this,
                [this, lane](const QByteArray &datagram, const QHostAddress &from, quint16 fromPort) {
                    onDatagram(lane, datagram, from, fromPort);
                });
    }
    if (!transport->bind(address, port)) {
        m_error = transport->errorString();
        return false;
    }
    return true;
}

quint16 LiveNetwork::boundPort(int lane) const
{
    const UdpTransport *t = m_transports.value(lane);
    return t ? t->localPort() : 0;
}

Simulation *LiveNetwork::simulation() const
{
    if (!m_single)
        return nullptr;
    const auto it = m_calls.find(QString());
    return it == m_calls.end() ? nullptr : it->second.simulation.get();
}

int LiveNetwork::transactionCount() const
{
    int count = 0;
    for (const auto &[key, call] : m_calls) {
        for (int i = 0; i < call.simulation->nodeCount(); ++i) {
            if (!call.simulation->isExternal(i))
                count += call.simulation->node(i)->transactionCount();
        }
    }
    return count;
}

void LiveNetwork::start(std::unique_ptr<Simulation> simulation)
{
    stop();
    m_single = true;
    m_clock.start();
    Call &call = m_calls[QString()];
    call.simulation = std::move(simulation);
    attach(call);
    call.simulation->startLive(now());
    touched(QString());
}

void LiveNetwork::serve(int localLane, CallFactory factory)
{
    stop();
    m_single = false;
    m_serveLane = localLane;
    m_factory = std::move(factory);
    m_clock.start();
}

void LiveNetwork::stop()
{
    m_timer->stop();
    m_calls.clear();
    m_wakeups.clear();
    m_held.clear();
    m_heldOrder.clear();
    m_heldCount = 0;
    m_recentNumbers.clear();
    m_recentOrder.clear();
    m_callNumber = 0;
}

bool LiveNetwork::messagesObserved() const
{
    static const QMetaMethod traced = QMetaMethod::fromSignal(&LiveNetwork::messageTraced);
    static const QMetaMethod recorded = QMetaMethod::fromSignal(&LiveNetwork::messageRecorded);
    return isSignalConnected(traced) || isSignalConnected(recorded);
}

bool LiveNetwork::canFold() const
{
    return !m_single && !m_recordTraces && !messagesObserved();
}

void LiveNetwork::attach(Call &call)
{
    Simulation *sim = call.simulation.get();
    sim->setRecordTrace(m_single || m_recordTraces);
    sim->setWire([this, sim, c = &call](const TraceMessage &m) { sendOut(sim, m, c); });
    const int number = call.number;
    sim->setMessageHook([this, sim, number](const TraceMessage &m) {
        // A quiet server (nobody prints or keeps the messages) does not pay for the signals.
        if (!messagesObserved()) {
            ++m_number;
            return;
        }
        Q_EMIT messageTraced(++m_number, now(), sim->traceNode(m.from).name(), sim->traceNode(m.to).name(), m.message,
                             m.retransmission, number);
        Q_EMIT messageRecorded(number, m, sim->traceNode(m.from), sim->traceNode(m.to), now());
    });
}

QPair<QString, int> LiveNetwork::responseDestination(const Via &via)
{
    // RFC 3261 18.2.2: to the received address when there is one, else the sent-by host; the
    // sent-by port, else 5060. RFC 3581 4: rport with a value names the source port.
    QString host = via.hasParam(QStringLiteral("received")) ? via.param(QStringLiteral("received")) : via.host();
    bool ok = false;
    int port = via.param(QStringLiteral("rport")).toInt(&ok);
    if (!ok || port <= 0)
        port = via.port() > 0 ? via.port() : 5060;
    return {host, port};
}

void LiveNetwork::sendOut(Simulation *simulation, const TraceMessage &m, Call *call)
{
    QString host;
    int port = 0;
    if (m.message.isResponse()) {
        const std::optional<Via> via = m.message.topVia();
        if (!via) {
            ++m_dropped; // RFC 3261 18.2.2: nowhere to send it
            return;
        }
        std::tie(host, port) = responseDestination(*via);
    } else {
        // The node chose the next hop (Route / Request-URI, RFC 3261 16.6, 8.1.2): its lane.
        const NodeAddress &a = simulation->traceNode(m.to).address;
        host = a.ip.isEmpty() ? a.host : a.ip;
        port = a.port;
    }
    const QByteArray bytes = m.message.toBytes();
    if (m.message.isResponse() && canFold()) {
        auto found = std::find_if(call->sent.begin(), call->sent.end(),
                                  [&m](const Call::Sent &s) { return s.transaction == m.transaction; });
        if (found == call->sent.end())
            found = call->sent.insert(call->sent.end(), {m.transaction, QByteArray(), QString(), 0});
        found->bytes = bytes;
        found->host = host;
        found->port = port;
    }
    sendRaw(m.from, bytes, host, port);
}

bool LiveNetwork::foldCall(Call &call)
{
    using Kind = Simulation::Lingering::Kind;
    std::vector<Simulation::Lingering> lingering;
    if (!call.simulation->lingeringTransactions(&lingering))
        return false;
    const qint64 expiry = call.simulation->lastEventTime();
    std::vector<std::pair<QString, HeldAnswer>> records;
    records.reserve(lingering.size());
    for (const Simulation::Lingering &l : lingering) {
        HeldAnswer a;
        a.kind = l.kind;
        a.method = l.method;
        a.toTag = l.toTag;
        if (l.kind == Kind::ResendLastResponse) {
            const auto sent = std::find_if(call.sent.cbegin(), call.sent.cend(),
                                           [&l](const Call::Sent &s) { return s.transaction == l.transaction; });
            if (sent == call.sent.cend())
                return false; // its response is not known as sent: keep the call
            a.response = sent->bytes;
            a.host = sent->host;
            a.port = sent->port;
        }
        records.emplace_back(l.kind == Kind::AbsorbResponse ? clientKey(l.branch, l.method) : serverKey(l.branch, l.sentBy),
                             std::move(a));
    }
    for (auto &[key, answer] : records) {
        Held &held = m_held[key];
        if (held.expiry != expiry) {
            m_heldCount -= int(held.answers.size()); // an older record under the same key is replaced
            held.answers.clear();
            held.expiry = expiry;
            m_heldOrder.emplace_back(expiry, key);
        }
        held.answers.push_back(std::move(answer));
        ++m_heldCount;
    }
    if (m_held.size() > MaxCalls) // bounded like the calls: the oldest go first
        expireHeld();
    return true;
}

void LiveNetwork::expireHeld()
{
    const qint64 t = now();
    while (!m_heldOrder.empty() && (m_heldOrder.front().first <= t || m_held.size() > MaxCalls)) {
        const auto found = m_held.find(m_heldOrder.front().second);
        if (found != m_held.end() && found->second.expiry == m_heldOrder.front().first) {
            m_heldCount -= int(found->second.answers.size());
            m_held.erase(found);
        }
        m_heldOrder.pop_front();
    }
}

bool LiveNetwork::answerFromHeld(int lane, const QByteArray &datagram, const SipMessage &request, const Via &via)
{
    using Kind = Simulation::Lingering::Kind;
    expireHeld();
    if (m_held.empty())
        return false;
    const auto found = m_held.find(serverKey(via.branch(), via.sentBy()));
    if (found == m_held.end())
        return false;
    const QString method = request.method();
    // RFC 3261 17.2.3: the same branch and sent-by, and the same method (ACK matches INVITE).
    const QString matched = method == QLatin1String("ACK") ? QStringLiteral("INVITE") : method;
    const HeldAnswer *cancelled = nullptr;
    for (const HeldAnswer &a : found->second.answers) {
        if (a.method == matched) {
            // 17.2.2: a retransmission in Completed gets the last response again; 17.2.1 /
            // RFC 6026 7.1: an INVITE or ACK in Confirmed or Accepted is absorbed.
            if (a.kind == Kind::ResendLastResponse)
                sendRaw(lane, a.response, a.host, a.port);
            return true;
        }
        if (a.method != QLatin1String("CANCEL") && a.method != QLatin1String("ACK"))
            cancelled = &a;
    }
    if (method == QLatin1String("CANCEL") && cancelled) {
        // RFC 3261 9.2: the final response went out, so the CANCEL has no effect; it is
        // answered 200 with the To tag of that response.
        const QByteArray answer = rawErrorResponse(datagram, 200, QStringLiteral("OK"), cancelled->toTag);
        const std::optional<Via> top = request.topVia(); // with received/rport (18.2.2)
        const auto [host, port] = responseDestination(top ? *top : via);
        if (!answer.isEmpty())
            sendRaw(lane, answer, host, port);
        return true;
    }
    return false; // another method with that branch is no retransmission: handled as new
}

bool LiveNetwork::absorbedByHeld(const SipMessage &response, const Via &via)
{
    expireHeld();
    const std::optional<CSeq> cseq = response.cseq();
    return cseq && m_held.count(clientKey(via.branch(), cseq->method)) > 0;
}

void LiveNetwork::sendRaw(int lane, const QByteArray &bytes, const QString &host, int port)
{
    UdpTransport *t = m_transports.value(lane);
    if (!t)
        t = m_transports.value(m_serveLane);
    if (host != m_lastToHost) { // most datagrams go to a few peers: the last address is kept
        m_lastToHost = host;
        m_lastToAddress = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(host);
    }
    const QHostAddress address = m_lastToAddress;
    if (!t || address.isNull() || port <= 0 || port > 65535) {
        ++m_dropped;
        Q_EMIT transportError(tr("cannot send to %1:%2: not an IP address").arg(host).arg(port));
        return;
    }
    if (!t->send(bytes, address, quint16(port)))
        Q_EMIT transportError(t->errorString());
}

QString LiveNetwork::sanitizeReason(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (c.isPrint())
            out += c;
        else
            out += QLatin1Char('?');
    }
    out = out.simplified();
    if (out.size() > 200)
        out = out.left(200);
    return out.isEmpty() ? QStringLiteral("Bad Request") : out;
}

QByteArray LiveNetwork::rawErrorResponse(const QByteArray &datagram, int status, const QString &reason,
                                         const QString &toTag)
{
    // RFC 3261 8.2.6.1 / 18.2.2: copy Via, From, To, Call-ID and CSeq as they were written (the
    // message did not parse, so the raw lines are all there is). Long and compact names.
    const QList<QByteArray> lines = headerSection(datagram).toByteArray().split('\n');
    QByteArrayList vias;
    QByteArray from, to, callId, cseq;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() || value.size() > 1024)
            continue;
        if (name == "via" || name == "v")
            vias.append(value);
        else if ((name == "from" || name == "f") && from.isEmpty())
            from = value;
        else if ((name == "to" || name == "t") && to.isEmpty())
            to = value;
        else if ((name == "call-id" || name == "i") && callId.isEmpty())
            callId = value;
        else if (name == "cseq" && cseq.isEmpty())
            cseq = value;
    }
    if (vias.isEmpty() || !Via::parse(QString::fromUtf8(vias.first()).section(QLatin1Char(','), 0, 0)).isValid())
        return QByteArray(); // RFC 3261 18.2.1: without a usable Via there is nowhere to answer
    struct Line
    {
        QString name;
        QByteArray value;
    };
    QList<Line> copied;
    for (const QByteArray &v : vias)
        copied.append({QStringLiteral("Via"), v});
    if (!from.isEmpty())
        copied.append({QStringLiteral("From"), from});
    if (!to.isEmpty())
        copied.append({QStringLiteral("To"), to + (to.contains(";tag=") ? QByteArray() : ";tag=" + toTag.toUtf8())});
    if (!callId.isEmpty())
        copied.append({QStringLiteral("Call-ID"), callId});
    if (!cseq.isEmpty())
        copied.append({QStringLiteral("CSeq"), cseq});
    const QByteArray statusLine = "SIP/2.0 " + QByteArray::number(status) + ' ' + sanitizeReason(reason).toUtf8() + "\r\n";
    // The answer itself must parse: a header copied from the bad request that is malformed
    // (the reason we answer 400) is left out rather than echoed back.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QByteArray out = statusLine;
        for (const Line &l : std::as_const(copied))
            out += l.name.toLatin1() + ": " + l.value + "\r\n";
        out += "Content-Length: 0\r\n\r\n";
        const SipParseResult check = SipParser::parse(out);
        if (check.isValid())
            return out;
        const int before = int(copied.size());
        copied.removeIf([&](const Line &l) {
            return l.name.compare(check.error.header, Qt::CaseInsensitive) == 0 && l.name != QLatin1String("Via");
        });
        if (copied.size() == before)
            return QByteArray(); // nothing more we can leave out: do not answer with garbage
    }
    return QByteArray();
}

void LiveNetwork::onDatagram(int lane, const QByteArray &datagram, const QHostAddress &fromAddress, quint16 fromPort)
{
    ++m_received;
    // Most datagrams come from a few peers: the text of the last address is kept.
    if (fromAddress != m_lastFromAddress || fromAddress.scopeId() != m_lastFromAddress.scopeId()) {
        m_lastFromAddress = fromAddress;
        m_lastFromText = fromAddress.toString();
    }
    const QString fromIp = m_lastFromText;
    const bool looksLikeResponse = datagram.startsWith("SIP/");
    auto reject = [&](int status, const QString &reason) {
        // RFC 3261 18.1.2: a bad response is dropped; a bad request gets 400 (or what the parser
        // or validator names) if it has a Via to answer to; ACK is never answered (17.2.1).
        ++m_rejected;
        const QString peer = fromIp + QLatin1Char(':') + QString::number(fromPort);
        Q_EMIT datagramRejected(peer, looksLikeResponse ? 0 : status, reason);
        if (looksLikeResponse || status == 0 || datagram.startsWith("ACK "))
            return;
        QByteArray answer = rawErrorResponse(datagram, status, reason);
        if (answer.isEmpty())
            return;
        if (status == 503) // RFC 3261 21.5.4 / 20.33: say when to come back
            answer.replace("Content-Length: 0\r\n", QByteArray("Retry-After: " + QByteArray::number(OverloadRetryAfterS) + "\r\nContent-Length: 0\r\n"));
        // Answer the source (RFC 3261 18.2.2 with received/rport: the address it came from).
        const Via via = Via::parse(QString::fromUtf8(answer.mid(answer.indexOf("Via: ") + 5).split('\r').first())
                                       .section(QLatin1Char(','), 0, 0));
        const int port = via.hasParam(QStringLiteral("rport")) || via.port() == 0 ? fromPort : via.port();
        sendRaw(lane, answer, fromIp, via.host() == fromIp ? port : fromPort);
    };
    if (datagram.size() >= UdpTransport::MaxDatagramSize) {
        // RFC 3261 18.1.1: nothing this big travels over UDP; the kernel truncated it.
        reject(513, QStringLiteral("Message Too Large (over 64 KiB, truncated)"));
        return;
    }
    if (datagram.trimmed().isEmpty()) {
        ++m_dropped; // RFC 5626 keep-alive (CRLF) or nothing: no answer
        return;
    }
    if (!isValidUtf8(headerSection(datagram))) {
        // RFC 3261 25.1: the header part is UTF-8 text.
        reject(400, QStringLiteral("Bad Request (invalid UTF-8 in the header)"));
        return;
    }
    const SipParseResult parsed = SipParser::parse(datagram);
    if (!parsed.isValid()) {
        reject(parsed.error.suggestedStatus, QStringLiteral("Bad Request (%1)").arg(parsed.error.toString()));
        return;
    }
    SipMessage message = *parsed.message;
    std::optional<Via> via = message.topVia();
    if (!via || !via->isValid()) {
        reject(looksLikeResponse ? 0 : 400, QStringLiteral("Bad Request (no usable Via)"));
        return;
    }
    if (message.isRequest()) {
        // RFC 3261 18.2.1: received= when sent-by is not the source address; RFC 3581 4: rport.
        Via top = *via;
        bool changed = false;
        if (top.host() != fromIp) {
            top.setParam(QStringLiteral("received"), fromIp);
            changed = true;
        }
        if (top.hasParam(QStringLiteral("rport")) && top.param(QStringLiteral("rport")).isEmpty()) {
            top.setParam(QStringLiteral("rport"), QString::number(fromPort));
            top.setParam(QStringLiteral("received"), fromIp);
            changed = true;
        }
        if (changed)
            message.replaceTopVia(top);
        if (message.method() != QLatin1String("ACK")) {
            const Verdict verdict = RequestValidator::check(message, m_role);
            if (!verdict.accepted()) {
                reject(verdict.status, verdict.reason);
                return;
            }
        }
    }

    if (!m_single && message.isRequest() && !m_held.empty() && answerFromHeld(lane, datagram, message, *via))
        return;

    const QString key = m_single ? QString() : message.callId();
    auto it = m_calls.find(key);
    if (it == m_calls.end()) {
        if (m_single || !m_factory)
            return;
        if (message.isResponse()) {
            // RFC 3261 17.1.2.2: a held client transaction in Completed absorbs a retransmitted
            // final response; any other goes on statelessly (16.7, 16.11).
            if (m_held.empty() || !absorbedByHeld(message, *via))
                forwardStrayResponse(lane, message);
            return;
        }
        if (m_calls.size() >= MaxCalls) {
            // Overload: refuse new calls rather than grow without bound.
            reject(503, QStringLiteral("Service Unavailable (too many calls)"));
            return;
        }
        std::unique_ptr<Simulation> sim = m_factory(message, fromIp, fromPort);
        if (!sim) {
            ++m_dropped;
            return;
        }
        Call call;
        call.simulation = std::move(sim);
        call.number = callNumberFor(key);
        it = m_calls.emplace(key, std::move(call)).first;
        attach(it->second);
        it->second.simulation->startLive(now());
    }
    Call &call = it->second;
    call.lastActivity = now();
    Simulation *sim = call.simulation.get();
    const int fromLane = sim->laneFor(fromIp, fromPort);
    sim->receive(m_single ? lane : m_serveLane, fromLane, message, now());
    touched(key);
}

void LiveNetwork::forwardStrayResponse(int lane, SipMessage response)
{
    // RFC 3261 16.7 / 16.11: a response no call knows (a 2xx retransmitted after the call was
    // forgotten): if the top Via is ours, pop it and send it on statelessly; else drop it.
    const std::optional<Via> top = response.topVia();
    UdpTransport *t = m_transports.value(lane);
    if (!top || !t || top->port() != t->localPort()) {
        ++m_dropped;
        return;
    }
    response.removeFirstValue(QStringLiteral("Via"));
    const std::optional<Via> next = response.topVia();
    if (!next) {
        ++m_dropped;
        return;
    }
    const auto [host, port] = responseDestination(*next);
    sendRaw(lane, response.toBytes(), host, port);
}

void LiveNetwork::touched(const QString &key)
{
    auto it = m_calls.find(key);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    Simulation *sim = call.simulation.get();
    if (m_single) {
        if (!call.finishedSignalled && !sim->trace().outcome.isNull()) {
            call.finishedSignalled = true;
            Q_EMIT callFinished(sim->trace().finalStatus);
        }
    } else if (sim->isIdle() || now() - call.lastActivity > MaxCallSilenceMs) {
        // Nothing pending and no dialog: the call is over for this element; forget it.
        forget(it);
        armTimer();
        return;
    } else if (canFold() && foldCall(call)) {
        // A quiet server's finished call or REGISTER/OPTIONS: only last timers are left (see HeldAnswer).
        forget(it);
        armTimer();
        return;
    }
    const qint64 next = sim->nextEventTime();
    if (next >= 0 && (call.wake < 0 || next < call.wake)) {
        call.wake = next;
        m_wakeups.emplace(next, key);
    }
    armTimer();
}

int LiveNetwork::callNumberFor(const QString &key)
{
    const int recent = m_recentNumbers.take(key);
    return recent > 0 ? recent : ++m_callNumber;
}

void LiveNetwork::forget(std::unordered_map<QString, Call>::iterator it)
{
    if (!messagesObserved()) { // the numbers only name calls in what is printed or shown
        m_calls.erase(it);
        return;
    }
    m_recentNumbers.insert(it->first, it->second.number);
    m_recentOrder.emplace_back(it->first, it->second.number);
    if (m_recentOrder.size() > RecentCallNumbers) {
        const auto &[oldKey, oldNumber] = m_recentOrder.front();
        const auto found = m_recentNumbers.constFind(oldKey);
        if (found != m_recentNumbers.cend() && found.value() == oldNumber)
            m_recentNumbers.erase(found);
        m_recentOrder.pop_front();
    }
    m_calls.erase(it);
}

void LiveNetwork::armTimer()
{
    if (m_wakeups.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_wakeups.begin()->first - now());
    m_timer->start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void LiveNetwork::onTimer()
{
    const qint64 t = now();
    QStringList due;
    while (!m_wakeups.empty() && m_wakeups.begin()->first <= t) {
        const auto [time, key] = *m_wakeups.begin();
        m_wakeups.erase(m_wakeups.begin());
        auto it = m_calls.find(key);
        if (it == m_calls.end() || it->second.wake != time)
            continue; // stale: the call is gone or has an earlier wake-up queued
        it->second.wake = -1;
        due.append(key);
    }
    for (const QString &key : std::as_const(due)) {
        auto it = m_calls.find(key);
        if (it == m_calls.end())
            continue;
        it->second.simulation->advanceTo(t);
        touched(key);
    }
    armTimer();
}

} // namespace SipLab
