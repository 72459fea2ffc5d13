#include "sipnode.h"

#include "clienttransaction.h"
#include "digestauth.h"
#include "enginerules.h"
#include "statuscoderegistry.h"
#include "sdpbody.h"
#include "serverstate.h"
#include "servertransaction.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace SipLab {

SipNode::SipNode(Simulation &simulation, int index)
    : m_sim(simulation)
    , m_index(index)
{
}

SipNode::~SipNode() = default;

const NodeAddress &SipNode::address() const
{
    return m_sim.traceNode(m_index).address;
}

QByteArray SipNode::sdpBody(int mediaPort, int version, bool hold) const
{
    const NodeAddress &me = address();
    return SdpBody::forNode(me.user, me.ip, me.port, mediaPort, version, hold);
}

void SipNode::deliver(const SipMessage &message, int from)
{
    const std::optional<Via> via = message.topVia();
    if (!via)
        return; // RFC 3261 18.2.1 / 18.1.2: a message without a usable Via cannot be handled
    if (message.isResponse()) {
        // RFC 3261 17.1.3: match on the top Via branch and the CSeq method.
        const std::optional<CSeq> cseq = message.cseq();
        const QString branch = via->branch();
        for (auto &t : m_clients) {
            if (cseq && !t->isTerminated() && t->matches(branch, cseq->method)) {
                t->receiveResponse(message, from);
                return;
            }
        }
        onStrayResponse(message, from);
        return;
    }
    const QString method = message.method();
    if (ServerTransaction *t = findServerTransaction(via->branch(), via->sentBy(), method)) {
        if (method == QLatin1String("ACK") && t->isAccepted())
            onAck(message, from); // RFC 6026 7.1: in Accepted the ACK (of the 2xx) goes to the TU
        else if (method == QLatin1String("ACK"))
            t->receiveAck(message); // RFC 3261 17.2.1: the ACK for a 3xx-6xx belongs to the transaction
        else
            t->receiveRetransmission(); // RFC 6026 7.1: absorbed in Accepted (no response to resend)
        return;
    }
    if (method == QLatin1String("ACK")) {
        onAck(message, from); // RFC 3261 17.2.3: no match, so it is the ACK for a 2xx, for the TU
        return;
    }
    m_servers.push_back(std::make_unique<ServerTransaction>(*this, message, from));
    onRequest(*m_servers.back(), message, from);
}

ClientTransaction &SipNode::startClientTransaction(const SipMessage &request, int to, const TraceRule &rule)
{
    m_clients.push_back(std::make_unique<ClientTransaction>(*this, request, to));
    ClientTransaction &t = *m_clients.back();
    t.start(rule);
    return t;
}

void SipNode::sendStateless(const SipMessage &message, int to, const TraceRule &rule, bool retransmission)
{
    QString id;
    if (const auto via = message.topVia())
        id = via->branch() + QLatin1Char('/') + (message.cseq() ? message.cseq()->method : QString());
    m_sim.send(m_index, to, message, id, rule, retransmission);
}

ServerTransaction *SipNode::findServerTransaction(const QString &branch, const QString &sentBy,
                                                  const QString &method)
{
    for (auto &t : m_servers) {
        if (t->state() != ServerTransaction::State::Terminated && t->matches(branch, sentBy, method))
            return t.get();
    }
    return nullptr;
}

ServerTransaction *SipNode::findCancelTarget(const QString &branch, const QString &sentBy)
{
    for (auto &t : m_servers) {
        const QString method = t->request().method();
        if (t->state() != ServerTransaction::State::Terminated && method != QLatin1String("CANCEL")
            && method != QLatin1String("ACK") && t->matches(branch, sentBy, method))
            return t.get();
    }
    return nullptr;
}

ClientTransaction *SipNode::findClientTransaction(const QString &branch, const QString &method)
{
    for (auto &t : m_clients) {
        if (t->branch() == branch && t->method() == method)
            return t.get();
    }
    return nullptr;
}

SipMessage SipNode::makeResponse(const SipMessage &request, int code, const QString &toTag) const
{
    // RFC 3261 8.2.6.2: Via (all values, same order), From, Call-ID and CSeq are copied; To is
    // copied and gets a tag when it had none (the INVITE server transaction SHOULD NOT add one to 100).
    SipMessage response = SipMessage::response(code, StatusCodeRegistry::reasonPhrase(code));
    response.addViasOf(request);
    // The To header is copied as written; only the tag is appended, so the response's To equals
    // the request's (RFC 3261 8.2.6.2, 12.1.1).
    QString to = request.header(QStringLiteral("To"));
    if (code != 100 && !toTag.isEmpty() && request.toTag().isEmpty())
        to += QStringLiteral(";tag=") + toTag;
    response.addHeader(QStringLiteral("From"), request.header(QStringLiteral("From")));
    response.addHeader(QStringLiteral("To"), to);
    response.addHeader(QStringLiteral("Call-ID"), request.callId());
    response.addHeader(QStringLiteral("CSeq"), request.header(QStringLiteral("CSeq")));
    // RFC 3261 8.2.6.1: a Timestamp in the request is copied into 100 Trying.
    if (code == 100 && request.hasHeader(QStringLiteral("Timestamp")))
        response.addHeader(QStringLiteral("Timestamp"), request.header(QStringLiteral("Timestamp")));
    return response;
}

SipMessage SipNode::makeFinalResponse(const SipMessage &request, int code, const QString &toTag, int retryAfter)
{
    SipMessage r = makeResponse(request, code, toTag);
    // The headers a response with this code must carry (RFC 3261 20 Tables 2-3, and the codes' sections).
    switch (code) {
    case 401: // RFC 3261 22.2: WWW-Authenticate MUST
    case 407: // RFC 3261 22.3 (a UAS should not send it, but the learner may ask)
        return makeChallenge(request, code, toTag, false);
    case 405: // RFC 3261 21.4.6: Allow MUST
        r.addHeader(QStringLiteral("Allow"), QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK"));
        break;
    case 415: // RFC 3261 21.4.13: Accept
        r.addHeader(QStringLiteral("Accept"), QStringLiteral("application/sdp"));
        break;
    case 420: // RFC 3261 21.4.15: Unsupported MUST
        r.addHeader(QStringLiteral("Unsupported"), QStringLiteral("foo"));
        break;
    case 421: // RFC 3261 21.4.16: Require MUST
        r.addHeader(QStringLiteral("Require"), QStringLiteral("100rel"));
        break;
    case 422: // RFC 4028 6: Min-SE MUST
        r.addHeader(QStringLiteral("Min-SE"), QString::number(MinSE));
        break;
    case 423: // RFC 3261 10.3 step 7: Min-Expires MUST
        r.addHeader(QStringLiteral("Min-Expires"), QString::number(MinExpires));
        break;
    case 488:
    case 606: // RFC 3261 21.4.26 / 21.6.4: Warning MAY say why
        r.addHeader(QStringLiteral("Warning"),
                    QStringLiteral("305 %1 \"Incompatible media format\"").arg(address().host));
        break;
    default:
        break;
    }
    if (code >= 300 && code < 400) {
        // RFC 3261 21.3: the new location(s) as Contact.
        r.addHeader(QStringLiteral("Contact"), contactValue());
    }
    // RFC 3261 20.33: Retry-After in 404, 413, 480, 486, 500, 503, 600, 603.
    static const QList<int> retryAfterCodes = {404, 413, 480, 486, 500, 503, 600, 603};
    if (retryAfter > 0 && retryAfterCodes.contains(code))
        r.addHeader(QStringLiteral("Retry-After"), QString::number(retryAfter));
    return r;
}

SipMessage SipNode::makeRegisterOk(const SipMessage &request, const QString &toTag) const
{
    SipMessage ok = makeResponse(request, 200, toTag);
    const QString expires = request.header(QStringLiteral("Expires"));
    const RegisterAction action = m_sim.scenario().uac.registerAction;
    if (action == RegisterAction::Remove) {
        // RFC 3261 10.3 step 6: "Contact: *" with Expires: 0 removed every binding; 10.3 step 8:
        // the 200 OK lists the bindings left, so it has no Contact.
    } else {
        if (action == RegisterAction::Update || action == RegisterAction::Query) {
            // The binding of the UA's own contact from the earlier registration (RFC 3665 2.1).
            const NodeAddress &ua = m_sim.scenario().uac.address;
            QString uri = QStringLiteral("sip:%1@%2:%3").arg(ua.user, ua.host).arg(ua.port);
            if (m_sim.isReliableTransport())
                uri += QStringLiteral(";transport=tcp");
            ok.addHeader(QStringLiteral("Contact"), QStringLiteral("<%1>;expires=3600").arg(uri));
        }
        // RFC 3261 10.3 step 8: every current binding with its expiry.
        for (const NameAddr &c : request.nameAddrs(QStringLiteral("Contact"))) {
            NameAddr binding = c;
            if (!binding.hasParam(QStringLiteral("expires")))
                binding.setParam(QStringLiteral("expires"), expires.isEmpty() ? QStringLiteral("3600") : expires);
            ok.addHeader(QStringLiteral("Contact"), binding.toString());
        }
    }
    // RFC 3261 20.17: the time the response is sent; a simulation keeps a fixed date so that
    // its trace is deterministic (wallClockMs), live mode says the real time.
    ok.addHeader(QStringLiteral("Date"), httpDate(m_sim.wallClockMs()));
    ok.setBody(QByteArray());
    return ok;
}

QString SipNode::httpDate(qint64 msSinceEpoch)
{
    // RFC 3261 20.17 / RFC 1123 date, always GMT, English day and month names.
    // Built in UTC from the start: converting from local time reads the time-zone file. The text
    // changes once a second, so a live server formats it once a second, not once per response.
    const qint64 second = msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000;
    static thread_local qint64 lastSecond = std::numeric_limits<qint64>::min();
    static thread_local QString lastText;
    if (second != lastSecond) {
        lastText = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC),
                                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        lastSecond = second;
    }
    return lastText;
}

QString SipNode::warningValue(const QString &text) const
{
    QString clean = text;
    clean.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral("399 %1 \"%2\"").arg(routeHost(), clean);
}

SipMessage SipNode::registerWithLocation(const SipMessage &request, const QString &toTag, TraceRule *rule)
{
    ServerState *server = m_sim.serverState();
    const qint64 now = m_sim.wallClockMs();
    const LocationService::Result result
        = server->location.processRegister(request, now, server->addressOfRecord(request.to().uri()));
    SipMessage r = makeResponse(request, result.status, toTag);
    *rule = Rules::RegistrarAnswer;
    switch (result.status) {
    case 200:
        // RFC 3261 10.3 step 8: every current binding with its expires parameter.
        for (const QString &c : result.contacts)
            r.addHeader(QStringLiteral("Contact"), c);
        r.addHeader(QStringLiteral("Date"), httpDate(now));
        if (server->bindingsChanged)
            server->bindingsChanged();
        break;
    case 423: // RFC 3261 10.3 step 7 / 20.23: Min-Expires MUST
        r.addHeader(QStringLiteral("Min-Expires"), QString::number(result.minExpires));
        *rule = Rules::RegistrarTooBrief;
        break;
    case 503: // RFC 3261 21.5.4: Retry-After says when to come back
        r.addHeader(QStringLiteral("Retry-After"), QString::number(result.retryAfter));
        r.addHeader(QStringLiteral("Warning"), warningValue(result.reason));
        *rule = Rules::RegistrarFull;
        break;
    default: // 400 (10.3 steps 6-7), 404 (step 5)
        r.addHeader(QStringLiteral("Warning"), warningValue(result.reason));
        *rule = Rules::RegistrarRefuses;
        break;
    }
    r.setBody(QByteArray());
    return r;
}

SipMessage SipNode::makeChallenge(const SipMessage &request, int code, const QString &toTag, bool stale)
{
    SipMessage r = makeResponse(request, code, toTag);
    const QString nonce = m_sim.newHex(16);
    // RFC 3261 22.4 / RFC 2617 3.2.1: a live server remembers the nonces it hands out, so that
    // credentials built on a nonce it never issued, or on an old one, are refused.
    if (ServerState *server = m_sim.serverState())
        server->rememberNonce(nonce, m_sim.wallClockMs());
    r.addHeader(code == 401 ? QStringLiteral("WWW-Authenticate") : QStringLiteral("Proxy-Authenticate"),
                DigestAuth::challenge(address().domain, nonce, QString(), stale));
    return r;
}

int SipNode::checkUserCredentials(const SipMessage &request, const QString &header, QString *user, bool *stale) const
{
    const ServerState *server = m_sim.serverState();
    const int challenge = header == QLatin1String("Authorization") ? 401 : 407;
    if (!server)
        return challenge;
    for (const QString &c : request.headerLines(header)) {
        const QMap<QString, QString> params = DigestAuth::parse(c);
        const QString name = params.value(QStringLiteral("username"));
        const auto found = server->passwords.constFind(name);
        if (found == server->passwords.cend() || !DigestAuth::verify(c, address().domain, found.value(), request.method()))
            continue;
        // RFC 3261 22.4 / RFC 2617 3.2.1: the nonce must be one we issued and still fresh; a
        // right digest on an expired nonce of ours gets a new challenge with stale=true.
        switch (server->nonceState(params.value(QStringLiteral("nonce")), m_sim.wallClockMs())) {
        case ServerState::NonceState::Fresh:
            *user = name;
            return 0;
        case ServerState::NonceState::Stale:
            if (stale)
                *stale = true;
            break;
        case ServerState::NonceState::Unknown:
            break;
        }
    }
    return challenge;
}

Via SipNode::ownVia(const QString &branch) const
{
    return Via(m_sim.isReliableTransport() ? QStringLiteral("TCP") : QStringLiteral("UDP"), address().host, address().port, branch);
}

void SipNode::addOwnVia(SipMessage &message, const QString &branch) const
{
    message.addVia(ownVia(branch));
}

void SipNode::prependOwnVia(SipMessage &message, const QString &branch) const
{
    message.prependVia(ownVia(branch));
}

QString SipNode::contactValue() const
{
    if (!m_contact.isEmpty())
        return m_contact; // a node's address and the transport stay the same for a whole run
    const NodeAddress &a = address();
    QString uri = QStringLiteral("sip:");
    if (!a.user.isEmpty())
        uri += a.user + QLatin1Char('@');
    uri += a.host + QLatin1Char(':') + QString::number(a.port);
    if (m_sim.isReliableTransport())
        uri += QStringLiteral(";transport=tcp");
    m_contact = QLatin1Char('<') + uri + QLatin1Char('>');
    return m_contact;
}

int SipNode::nextHopByRoute(const SipMessage &request) const
{
    // RFC 3261 16.12 / 8.1.2: the first Route value if any (loose routing), else the Request-URI.
    const QString route = request.firstValue(QStringLiteral("Route"));
    const SipUri uri = route.isEmpty() ? request.parsedRequestUri() : NameAddr::parse(route).uri();
    return m_sim.laneFor(uri.host(), uri.port());
}

QString SipNode::routeHost() const
{
    if (!m_sim.isLive())
        return address().host;
    return address().host + QLatin1Char(':') + QString::number(address().port);
}

int SipNode::nodeOfTopVia(const SipMessage &response) const
{
    const std::optional<Via> via = response.topVia();
    if (!via)
        return -1;
    return m_sim.laneFor(via->host(), via->port());
}

bool SipNode::isOwnUri(const SipUri &uri) const
{
    return m_sim.nodeForHost(uri.host(), uri.port()) == m_index;
}

bool SipNode::collectLingering(std::vector<Simulation::Lingering> *out) const
{
    using Kind = Simulation::Lingering::Kind;
    if (hasActiveDialog())
        return false;
    for (const auto &t : m_clients) {
        if (t->isTerminated())
            continue;
        if (t->isInvite() || t->state() != ClientTransaction::State::Completed)
            return false;
        out->push_back({Kind::AbsorbResponse, t->branch(), QString(), t->method(), t->id(), QString()});
    }
    for (const auto &t : m_servers) {
        using State = ServerTransaction::State;
        const State state = t->state();
        if (state == State::Terminated)
            continue;
        Kind kind;
        if (!t->isInvite() && state == State::Completed)
            kind = Kind::ResendLastResponse;
        else if (t->isInvite() && (state == State::Accepted || state == State::Confirmed))
            kind = Kind::AbsorbRequest;
        else
            return false;
        out->push_back({kind, t->branch(), t->sentBy(), t->request().method(), t->id(), t->lastResponse().toTag()});
    }
    return true;
}

} // namespace SipLab
