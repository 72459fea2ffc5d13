#include "uasnode.h"

#include "clienttransaction.h"
#include "digestauth.h"
#include "enginerules.h"
#include "sdpbody.h"
#include "sdpsession.h"
#include "serverstate.h"
#include "servertransaction.h"
#include "textscan.h"

#include <QHash>

#include <unordered_map>

namespace SipLab {

namespace {
constexpr int UasMediaPort = 3456;

/// What the UAS sends at one o= version: the answer to an offer (RFC 3264 6), or its own offer
/// when the request had none (5); and the same without its o= line, to tell a changed session
/// from an unchanged one (8). Empty when the offer does not parse.
struct UasSdp
{
    QByteArray sdp;
    QByteArray withoutOrigin;
};

UasSdp buildUasSdp(bool hasOffer, const QByteArray &offerBody, const NodeAddress &me, int version)
{
    UasSdp built;
    const qint64 sessionId = 2890844526LL + me.port; // as SdpBody::forNode
    if (hasOffer) {
        SdpSession offer;
        QString error;
        if (!SdpSession::parse(offerBody, &offer, &error))
            return built;
        built.sdp = SdpSession::answer(offer, me.user, me.ip, UasMediaPort, sessionId, sessionId + version);
    } else {
        built.sdp = SdpBody::forNode(me.user, me.ip, me.port, UasMediaPort, version);
    }
    QList<QByteArray> lines = built.sdp.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("o="); });
    built.withoutOrigin = lines.join('\n');
    return built;
}

/// buildUasSdp() remembered per thread: a pure function of its inputs, and every simulation of
/// a scenario offers the same SDP to the same UAS (parsing the offer and answering it was about
/// an eighth of a basic call's instructions). Live offers differ per call; at most 64 are kept.
const UasSdp &uasSdp(bool hasOffer, const QByteArray &offerBody, const NodeAddress &me, int version)
{
    thread_local std::unordered_map<QByteArray, UasSdp, TextScan::Hasher> memo; // not QHash: see TextScan::hash
    QByteArray key = offerBody;
    key += '\0';
    key += me.user.toUtf8();
    key += '\0';
    key += me.ip.toUtf8();
    key += '\0';
    key += QByteArray::number(me.port);
    key += hasOffer ? "\0a" : "\0o";
    key += QByteArray::number(version);
    const auto it = memo.find(key);
    if (it != memo.end())
        return it->second;
    if (memo.size() >= 64)
        memo.clear();
    return memo.emplace(key, buildUasSdp(hasOffer, offerBody, me, version)).first->second;
}
} // namespace

UasNode::UasNode(Simulation &simulation, int index, const UasSettings &settings)
    : SipNode(simulation, index)
    , m_settings(settings)
{
}

UasNode::InviteState *UasNode::stateFor(ServerTransaction *transaction)
{
    for (InviteState &s : m_invites) {
        if (s.transaction == transaction)
            return &s;
    }
    return nullptr;
}

SipMessage UasNode::buildResponse(const SipMessage &request, int code, const QString &toTag)
{
    return makeFinalResponse(request, code, toTag, m_settings.retryAfter);
}

QByteArray UasNode::sdpFor(const SipMessage &request)
{
    const NodeAddress &me = address();
    const bool hasOffer = !request.body().isEmpty()
        && request.header(QStringLiteral("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed().compare(
               SdpBody::contentType(), Qt::CaseInsensitive) == 0;
    // The same offer at the same version gives the same body (every 1xx/2xx of a call carries
    // it): uasSdp() builds it once per thread.
    const UasSdp *built = &uasSdp(hasOffer, request.body(), me, m_sdpVersion);
    if (built->sdp.isEmpty())
        return QByteArray();
    // RFC 3264 8: a changed session description gets the next version number in o=.
    if (m_sdpSent && built->withoutOrigin != m_lastSdp)
        built = &uasSdp(hasOffer, request.body(), me, ++m_sdpVersion);
    m_sdpSent = true;
    m_lastSdp = built->withoutOrigin;
    return built->sdp;
}

void UasNode::onRequest(ServerTransaction &transaction, const SipMessage &request, int from)
{
    Q_UNUSED(from)
    const QString method = request.method();
    const bool hasToTag = !request.toTag().isEmpty();

    if (method == QLatin1String("CANCEL")) {
        // RFC 3261 9.2: find the INVITE's transaction (same branch, sent-by); 200 for the CANCEL,
        // then 487 for the INVITE if it has no final response yet.
        const auto via = request.topVia();
        ServerTransaction *target = via ? findCancelTarget(via->branch(), via->sentBy()) : nullptr;
        ServerTransaction *invite = target && target->isInvite() ? target : nullptr;
        const auto answered = invite || !via ? m_answeredInvites.end()
                                             : m_answeredInvites.find(via->branch() + QLatin1Char(' ') + via->sentBy());
        if (answered != m_answeredInvites.end()) {
            // RFC 3261 9.2: the INVITE already has its final response (a 2xx, whose transaction is
            // gone): the CANCEL has no effect on it; the UAS answers the CANCEL itself with 200.
            transaction.respond(makeResponse(request, 200, answered->second), Rules::UasCancelAfterFinal);
            return;
        }
        if (target && !invite) {
            // RFC 3261 9.2: it matches a request of another method (a CANCEL SHOULD NOT be sent
            // for one, 9.1): nothing to cancel there; the CANCEL itself is answered 200.
            transaction.respond(makeResponse(request, 200, target->lastResponse().toTag()), Rules::UasCancelNonInvite);
            return;
        }
        if (!invite) {
            transaction.respond(buildResponse(request, 481, m_sim.newTag()), Rules::UasCancelNoMatch);
            return;
        }
        InviteState *state = stateFor(invite);
        transaction.respond(makeResponse(request, 200, state ? state->toTag : QString()), Rules::UasCancelOk);
        if (!invite->hasFinalResponse() && state) {
            state->cancelled = true;
            for (Simulation::TimerId t : state->timers)
                m_sim.cancel(t);
            m_sim.cancel(state->reliableTimer);
            invite->respond(buildResponse(invite->request(), 487, state->toTag), Rules::UasRequestTerminated);
        }
        return;
    }

    if (hasToTag) {
        // In-dialog requests (RFC 3261 12.2.2).
        const bool dialogMatches = m_confirmed && !m_terminated && request.callId() == m_callId
            && request.toTag() == m_localTag && request.fromTag() == m_remoteTag;
        const bool earlyMatches = request.callId() == m_callId || [&] {
            for (const InviteState &s : m_invites) {
                if (s.transaction->request().callId() == request.callId() && s.toTag == request.toTag())
                    return true;
            }
            return false;
        }();
        if (m_settings.answers.contains(method)) {
            transaction.respond(buildResponse(request, m_settings.answers.value(method), QString()), Rules::UasAnswerChosen);
            return;
        }
        if (method == QLatin1String("BYE")) {
            if (!dialogMatches) {
                transaction.respond(makeResponse(request, 481), Rules::UasByeNoDialog);
                return;
            }
            // RFC 3261 15.1.2: end the session, answer 2xx; pending requests get 487.
            m_terminated = true;
            m_sim.cancel(m_2xxTimer);
            transaction.respond(makeResponse(request, 200), Rules::UasByeOk);
            m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId, QStringLiteral("Terminated"),
                           Rules::DialogTerminated);
            return;
        }
        if (method == QLatin1String("PRACK")) {
            // RFC 3262 3: the PRACK's RAck must match an unacknowledged reliable provisional.
            const QStringList rack = request.header(QStringLiteral("RAck")).simplified().split(QLatin1Char(' '));
            for (InviteState &s : m_invites) {
                if (s.awaitingPrack && rack.size() == 3 && rack[0].toUInt() == s.rseq
                    && rack[1].toUInt() == s.transaction->request().cseq()->number) {
                    s.awaitingPrack = false;
                    m_sim.cancel(s.reliableTimer);
                    transaction.respond(makeResponse(request, 200), Rules::UasPrackOk);
                    if (!s.cancelled)
                        scheduleNextStep(s);
                    return;
                }
            }
            transaction.respond(makeResponse(request, 481), Rules::UasByeNoDialog);
            return;
        }
        if (method == QLatin1String("INVITE") && dialogMatches) {
            // RFC 3261 14.2: a re-INVITE; accept it with a new SDP answer.
            const QByteArray answer = sdpFor(request);
            if (answer.isEmpty()) {
                // RFC 3261 14.2 / RFC 3264 6: an offer we cannot accept: 488, the session unchanged.
                transaction.respond(buildResponse(request, 488, QString()), Rules::UasNotAcceptable);
                return;
            }
            m_remoteTarget = NameAddr::parse(request.firstValue(QStringLiteral("Contact"))).uri().toString();
            SipMessage ok = makeResponse(request, 200);
            for (const QString &rr : request.headerLines(QStringLiteral("Record-Route")))
                ok.addHeader(QStringLiteral("Record-Route"), rr);
            ok.addHeader(QStringLiteral("Contact"), contactValue());
            ok.setBody(answer, SdpBody::contentType());
            transaction.respond(ok, Rules::UasReInviteOk);
            InviteState state;
            state.transaction = &transaction;
            state.toTag = m_localTag;
            m_invites.append(state);
            send2xx(m_invites.last(), ok);
            return;
        }
        if (dialogMatches || earlyMatches) {
            transaction.respond(makeResponse(request, 200), Rules::UasAnswerRequest);
            return;
        }
        transaction.respond(makeResponse(request, 481), Rules::UasByeNoDialog);
        return;
    }

    if (request.callId() == m_callId && m_settings.answers.contains(method) && m_initialRequests > 0) {
        transaction.respond(buildResponse(request, m_settings.answers.value(method), m_sim.newTag()),
                            Rules::UasAnswerChosen);
        return;
    }
    if (method == QLatin1String("INVITE"))
        handleInitialInvite(transaction, request);
    else if (method == QLatin1String("REGISTER"))
        handleRegister(transaction, request);
    else
        handleNonInvite(transaction, request);
}

bool UasNode::authorized(const SipMessage &request)
{
    // RFC 3261 22.2: a UAS that wants credentials challenges with 401 until it gets valid ones.
    const Scenario &s = m_sim.scenario();
    if (s.auth != AuthAt::Uas)
        return true;
    for (const QString &c : request.headerLines(QStringLiteral("Authorization"))) {
        if (DigestAuth::verify(c, address().domain, s.uac.passwordOnServer(), request.method()))
            return true;
    }
    return false;
}

QList<ResponseStep> UasNode::stepsFor(bool firstRequest, bool invite) const
{
    if (firstRequest)
        return m_settings.responses;
    if (!m_settings.retryResponses.isEmpty())
        return m_settings.retryResponses;
    // A retried request (after 3xx, 401/407, 422, 423, 503) that the learner gave no script for
    // is the corrected request: it succeeds (180 then 200 for INVITE).
    if (invite)
        return {{180, 100, false}, {200, 1000, false}};
    return {{200, 100, false}};
}

void UasNode::handleInitialInvite(ServerTransaction &transaction, const SipMessage &request)
{
    m_callId = request.callId();
    if (!authorized(request)) {
        transaction.respond(buildResponse(request, 401, m_sim.newTag()), Rules::UasChallenge);
        return;
    }
    InviteState state;
    state.sdp = sdpFor(request);
    if (state.sdp.isEmpty()) {
        // RFC 3264 6 / RFC 3261 13.3.1.3: no common media format: 488 with a Warning.
        transaction.respond(buildResponse(request, 488, m_sim.newTag()), Rules::UasNotAcceptable);
        return;
    }
    const bool first = m_initialRequests++ == 0;
    state.transaction = &transaction;
    state.toTag = m_sim.newTag();
    state.steps = stepsFor(first, true);
    if (state.steps.isEmpty())
        return; // the UAS never answers: not even 100 Trying (the learner's "no answer")
    m_invites.append(state);
    InviteState &st = m_invites.last();
    // RFC 3261 17.2.1: 100 Trying unless the TU answers within 200 ms.
    if (st.steps.first().delayMs > 200)
        transaction.sendTryingAfter(200, Rules::Trying);
    scheduleNextStep(st);
}

void UasNode::scheduleNextStep(InviteState &state, int extraDelayMs)
{
    if (state.nextStep >= state.steps.size())
        return;
    const int delay = state.steps[state.nextStep].delayMs + extraDelayMs;
    ServerTransaction *t = state.transaction;
    state.timers.append(m_sim.schedule(delay, [this, t] {
        if (InviteState *s = stateFor(t))
            sendStep(*s);
    }));
}

void UasNode::sendStep(InviteState &state)
{
    if (state.cancelled || state.transaction->hasFinalResponse() || state.nextStep >= state.steps.size())
        return;
    const ResponseStep step = state.steps[state.nextStep++];
    const SipMessage &request = state.transaction->request();
    SipMessage r = buildResponse(request, step.code, state.toTag);
    const bool dialogResponse = step.code > 100 && step.code < 300;
    if (dialogResponse) {
        // RFC 3261 12.1.1: Record-Route copied in order and a Contact in 18x and 2xx.
        for (const QString &rr : request.headerLines(QStringLiteral("Record-Route")))
            r.addHeader(QStringLiteral("Record-Route"), rr);
        r.addHeader(QStringLiteral("Contact"), contactValue());
    }
    if (step.code < 200) {
        TraceRule rule = Rules::UasProvisional;
        bool reliable = false;
        if (step.reliable) {
            const bool offered = request.hasOptionTag(QStringLiteral("Supported"), QStringLiteral("100rel"))
                || request.hasOptionTag(QStringLiteral("Require"), QStringLiteral("100rel"));
            if (offered) {
                // RFC 3262 3: Require: 100rel and RSeq; retransmitted until the PRACK.
                reliable = true;
                state.rseq = state.rseq == 0 ? 1 : state.rseq + 1;
                r.addHeader(QStringLiteral("Require"), QStringLiteral("100rel"));
                r.addHeader(QStringLiteral("RSeq"), QString::number(state.rseq));
                rule = Rules::UasReliableProvisional;
            } else {
                m_sim.annotate(AnnotationKind::Note, m_index, QString::number(step.code), QString(),
                               Rules::NoteUnreliableProvisional);
            }
        }
        if (step.code == 183) {
            // Early media: the SDP answer in 183 Session Progress (RFC 3261 21.1.5; RFC 3262 for reliability).
            r.setBody(state.sdp, SdpBody::contentType());
            state.answerSent = state.answerSent || reliable;
        } else {
            r.setBody(QByteArray());
        }
        state.transaction->respond(r, rule);
        if (reliable) {
            state.awaitingPrack = true;
            state.reliableResponse = r;
            state.reliableInterval = m_sim.t1();
            state.reliableStarted = m_sim.now();
            scheduleReliable(state, state.reliableStarted + 64 * qint64(m_sim.t1()));
            return; // RFC 3262 3: the next response waits for the PRACK
        }
        scheduleNextStep(state);
        return;
    }
    if (step.code < 300) {
        if (request.method() == QLatin1String("INVITE")) {
            r.addHeader(QStringLiteral("Allow"), QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE"));
            if (request.hasHeader(QStringLiteral("Session-Expires"))) {
                // RFC 4028 9: the 2xx says the interval and who refreshes.
                r.addHeader(QStringLiteral("Require"), QStringLiteral("timer"));
                r.addHeader(QStringLiteral("Session-Expires"),
                            request.header(QStringLiteral("Session-Expires")).section(QLatin1Char(';'), 0, 0).trimmed()
                                + QStringLiteral(";refresher=uac"));
            }
            if (!state.answerSent)
                r.setBody(state.sdp, SdpBody::contentType());
            else
                r.setBody(QByteArray());
            state.transaction->respond(r, Rules::UasAccept);
            // RFC 3261 12.1.1: the UAS's dialog: route set = Record-Route in order, remote target = Contact.
            m_confirmed = true;
            m_localTag = state.toTag;
            m_remoteTag = request.fromTag();
            m_remoteTarget = NameAddr::parse(request.firstValue(QStringLiteral("Contact"))).uri().toString();
            m_routeSet = request.headerValues(QStringLiteral("Record-Route"));
            m_localUri = r.header(QStringLiteral("To"));
            m_remoteUri = request.header(QStringLiteral("From"));
            m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId + QLatin1Char(';') + m_localTag,
                           QStringLiteral("Confirmed"), Rules::DialogConfirmed);
            if (const auto via = request.topVia())
                m_answeredInvites.insert_or_assign(via->branch() + QLatin1Char(' ') + via->sentBy(), state.toTag);
            send2xx(state, r);
            return;
        }
    }
    r.setBody(QByteArray());
    state.transaction->respond(r, step.code < 300 ? Rules::UasAccept
                                  : step.code == 401 ? Rules::UasChallenge
                                  : step.code == 422 ? Rules::UasSessionTooSmall
                                  : step.code == 503 && m_settings.retryAfter > 0 ? Rules::UasUnavailableRetryAfter
                                                                               : Rules::UasFinal);
}

void UasNode::retransmitReliable(InviteState &state)
{
    if (!state.awaitingPrack || state.cancelled || state.transaction->hasFinalResponse())
        return;
    // RFC 3262 3: retransmit every T1, doubling, without the T2 cap; "If a reliable provisional
    // response is retransmitted for 64*T1 seconds without reception of a corresponding PRACK,
    // the UAS SHOULD reject the original request with a 5xx response": the give-up instant is
    // 64*T1 after the first transmission, not the next doubled tick after it.
    const qint64 deadline = state.reliableStarted + 64 * qint64(m_sim.t1());
    if (m_sim.now() >= deadline) {
        state.awaitingPrack = false;
        state.transaction->respond(buildResponse(state.transaction->request(), 500, state.toTag), Rules::UasPrackTimeout);
        return;
    }
    m_sim.send(m_index, state.transaction->source(), state.reliableResponse, state.transaction->id(),
               Rules::RetransmitReliable1xx, true);
    state.reliableInterval *= 2;
    scheduleReliable(state, deadline);
}

void UasNode::scheduleReliable(InviteState &state, qint64 deadline)
{
    // The next retransmission, or the give-up at the deadline when that comes first.
    const qint64 wait = std::min<qint64>(state.reliableInterval, deadline - m_sim.now());
    ServerTransaction *t = state.transaction;
    state.reliableTimer = m_sim.schedule(wait, [this, t] {
        if (InviteState *s = stateFor(t))
            retransmitReliable(*s);
    });
}

void UasNode::send2xx(InviteState &state, const SipMessage &response)
{
    // RFC 3261 13.3.1.4: the UAS core retransmits the 2xx, T1 doubling up to T2, until the ACK.
    m_2xx = response;
    m_ackReceived = false;
    m_2xxInterval = m_sim.t1();
    m_2xxStarted = m_sim.now();
    Q_UNUSED(state)
    m_sim.cancel(m_2xxTimer);
    m_2xxTimer = m_sim.schedule(m_2xxInterval, [this] { retransmit2xx(); });
}

void UasNode::retransmit2xx()
{
    m_2xxTimer = 0;
    if (m_ackReceived || m_terminated)
        return;
    // RFC 3261 13.3.1.4: "If the server retransmits the 2xx response for 64*T1 seconds without
    // receiving an ACK, the dialog is confirmed, but the session SHOULD be terminated": the BYE
    // goes at exactly 64*T1 after the first 2xx, not at the next T2-capped tick after it.
    const qint64 deadline = m_2xxStarted + 64 * qint64(m_sim.t1());
    if (m_sim.now() >= deadline) {
        sendBye(Rules::UasByeAfterNoAck);
        return;
    }
    const auto via = m_2xx.topVia();
    const int to = nodeOfTopVia(m_2xx);
    m_sim.send(m_index, to, m_2xx, via ? via->branch() + QStringLiteral("/INVITE") : QString(), Rules::Retransmit2xx, true);
    m_2xxInterval = std::min(2 * m_2xxInterval, m_sim.t2());
    m_2xxTimer = m_sim.schedule(std::min<qint64>(m_2xxInterval, deadline - m_sim.now()), [this] { retransmit2xx(); });
}

void UasNode::onAck(const SipMessage &ack, int from)
{
    Q_UNUSED(from)
    if (m_ackReceived || ack.callId() != m_callId)
        return;
    m_ackReceived = true;
    m_sim.cancel(m_2xxTimer);
    const Scenario &s = m_sim.scenario();
    if (s.reInvite && s.reInviteBy == ReInviteBy::Uas && !m_reInviteSent && !m_terminated) {
        // RFC 3261 14.1 / RFC 3665 3.7 F9: the callee changes the session; the hangup follows later.
        m_reInviteSent = true;
        m_sim.schedule(s.hangupAfterMs / 2, [this] { sendReInvite(); });
        if (s.hangup == Hangup::Uas)
            m_sim.schedule(s.hangupAfterMs, [this] { sendBye(Rules::UasBye); });
        return;
    }
    if (s.hangup == Hangup::Uas && !m_terminated && !m_reInviteSent) {
        const qint64 at = s.hangupAfterMs;
        m_sim.schedule(at, [this] { sendBye(Rules::UasBye); });
    }
}

SipMessage UasNode::buildInDialogRequest(const QString &method)
{
    // RFC 3261 12.2.1.1: our own CSeq space, Request-URI = the caller's Contact, Route = route set.
    SipMessage r = SipMessage::request(method, m_remoteTarget);
    addOwnVia(r, m_sim.newBranch());
    for (const QString &route : m_routeSet)
        r.addHeader(QStringLiteral("Route"), route);
    r.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    r.addHeader(QStringLiteral("From"), m_localUri);
    r.addHeader(QStringLiteral("To"), m_remoteUri);
    r.addHeader(QStringLiteral("Call-ID"), m_callId);
    return r;
}

int UasNode::inDialogHop(const SipMessage &request) const
{
    const int to = nextHopByRoute(request);
    return to >= 0 ? to : (m_sim.proxyCount() > 0 ? m_index - 1 : 0);
}

void UasNode::sendReInvite()
{
    if (m_terminated || !m_confirmed)
        return;
    SipMessage invite = buildInDialogRequest(QStringLiteral("INVITE"));
    invite.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 INVITE").arg(++m_localCSeq));
    invite.addHeader(QStringLiteral("Contact"), contactValue());
    // RFC 3264 8.4: a new offer with a higher version; sendonly puts the caller on hold.
    invite.setBody(sdpBody(UasMediaPort, ++m_sdpVersion, true), SdpBody::contentType());
    startClientTransaction(invite, inDialogHop(invite), Rules::UasReInvite);
}

void UasNode::sendBye(const TraceRule &rule)
{
    if (m_terminated || !m_confirmed)
        return;
    m_terminated = true; // RFC 3261 15.1.1: the dialog ends as soon as the BYE is sent
    // RFC 3261 12.2.1.1: our own CSeq space, Request-URI = the caller's Contact, Route = route set.
    SipMessage bye = buildInDialogRequest(QStringLiteral("BYE"));
    bye.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 BYE").arg(++m_localCSeq));
    bye.setBody(QByteArray());
    startClientTransaction(bye, inDialogHop(bye), rule);
}

void UasNode::onResponse(ClientTransaction &transaction, const SipMessage &response)
{
    if (transaction.method() == QLatin1String("INVITE") && response.statusCode() >= 200 && response.statusCode() < 300) {
        // RFC 3261 13.2.2.4: the 2xx to our re-INVITE is acknowledged end to end, new branch,
        // CSeq number of the INVITE, along the route set.
        const QList<NameAddr> contacts = response.nameAddrs(QStringLiteral("Contact"));
        if (!contacts.isEmpty())
            m_remoteTarget = contacts.first().uri().toString();
        SipMessage ack = buildInDialogRequest(QStringLiteral("ACK"));
        ack.setHeader(QStringLiteral("To"), response.header(QStringLiteral("To")));
        ack.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 ACK").arg(response.cseq() ? response.cseq()->number : m_localCSeq));
        ack.setBody(QByteArray());
        sendStateless(ack, inDialogHop(ack), Rules::UasAck2xx);
        return;
    }
    if (transaction.method() == QLatin1String("BYE") && response.statusCode() >= 200) {
        m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId, QStringLiteral("Terminated"), Rules::DialogTerminated);
        m_sim.setOutcome(Rules::OutcomeCallEnded, 200);
    }
}

void UasNode::onTimeout(ClientTransaction &transaction)
{
    if (transaction.method() == QLatin1String("BYE"))
        m_sim.setOutcome(Rules::OutcomeCallEnded, 408);
}

void UasNode::handleNonInvite(ServerTransaction &transaction, const SipMessage &request)
{
    const QString tag = m_sim.newTag();
    if (!authorized(request)) {
        transaction.respond(buildResponse(request, 401, tag), Rules::UasChallenge);
        return;
    }
    const bool first = m_initialRequests++ == 0;
    const QList<ResponseStep> steps = stepsFor(first, false);
    if (steps.isEmpty())
        return; // never answers
    // Provisional responses to non-INVITE requests are skipped: the final one is what matters
    // (RFC 3261 17.2.2 allows them, but a UAS rarely sends them).
    const ResponseStep final = steps.last();
    int delay = 0;
    for (const ResponseStep &st : steps)
        delay += st.delayMs;
    ServerTransaction *t = &transaction;
    m_sim.schedule(std::min(delay, 200), [this, t, final, tag] {
        SipMessage r = buildResponse(t->request(), final.code < 200 ? 200 : final.code, tag);
        const QString method = t->request().method();
        if (r.statusCode() < 300 && (method == QLatin1String("SUBSCRIBE") || method == QLatin1String("REFER"))) {
            r.addHeader(QStringLiteral("Contact"), contactValue());
            if (method == QLatin1String("SUBSCRIBE"))
                r.addHeader(QStringLiteral("Expires"), t->request().header(QStringLiteral("Expires")));
        }
        if (method == QLatin1String("OPTIONS") && r.statusCode() < 300) {
            // RFC 3261 11.2: the capabilities.
            // RFC 3261 20.5: a live registrar also lists REGISTER.
            r.addHeader(QStringLiteral("Allow"), m_sim.serverState()
                            ? QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE, REGISTER")
                            : QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE"));
            r.addHeader(QStringLiteral("Accept"), QStringLiteral("application/sdp"));
            r.addHeader(QStringLiteral("Supported"), QStringLiteral("100rel, timer"));
        }
        r.setBody(QByteArray());
        t->respond(r, Rules::UasAnswerRequest);
        if (r.statusCode() < 300 && (method == QLatin1String("SUBSCRIBE") || method == QLatin1String("REFER"))) {
            m_localTag = tag;
            sendNotify(t->request());
        }
    });
}

void UasNode::sendNotify(const SipMessage &subscribe)
{
    // RFC 6665 4.2.1 / RFC 3515 2.4.4: NOTIFY at once, inside the new dialog.
    const bool refer = subscribe.method() == QLatin1String("REFER");
    const QString target = NameAddr::parse(subscribe.firstValue(QStringLiteral("Contact"))).uri().toString();
    SipMessage notify = SipMessage::request(QStringLiteral("NOTIFY"), target);
    addOwnVia(notify, m_sim.newBranch());
    for (const QString &r : subscribe.headerValues(QStringLiteral("Record-Route")))
        notify.addHeader(QStringLiteral("Route"), r);
    notify.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    NameAddr from = subscribe.to();
    from.setTag(m_localTag);
    notify.addHeader(QStringLiteral("From"), from.toString());
    notify.addHeader(QStringLiteral("To"), subscribe.header(QStringLiteral("From")));
    notify.addHeader(QStringLiteral("Call-ID"), subscribe.callId());
    notify.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 NOTIFY").arg(++m_localCSeq));
    notify.addHeader(QStringLiteral("Contact"), contactValue());
    notify.addHeader(QStringLiteral("Event"), refer ? QStringLiteral("refer") : QStringLiteral("presence"));
    notify.addHeader(QStringLiteral("Subscription-State"),
                     QStringLiteral("active;expires=%1").arg(refer ? 60 : subscribe.header(QStringLiteral("Expires")).toInt()));
    if (refer)
        notify.setBody(QByteArrayLiteral("SIP/2.0 100 Trying\r\n"), QStringLiteral("message/sipfrag;version=2.0"));
    else
        notify.setBody(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                                         "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"pres:bob@biloxi.example\">\r\n"
                                         "  <tuple id=\"b1\"><status><basic>open</basic></status></tuple>\r\n"
                                         "</presence>\r\n"),
                       QStringLiteral("application/pidf+xml"));
    int to = nextHopByRoute(notify);
    if (to < 0)
        to = 0;
    startClientTransaction(notify, to, Rules::UasNotify);
}

void UasNode::handleRegister(ServerTransaction &transaction, const SipMessage &request)
{
    // The UAS acts as the registrar (RFC 3261 10.3).
    const QString tag = m_sim.newTag();
    if (m_sim.serverState() && m_settings.responses.value(m_settings.responses.size() - 1).code == 200) {
        // Live registrar: the shared location service keeps the bindings across requests.
        if (m_sim.serverState()->requiresAuthentication()) {
            // RFC 3261 10.3 steps 3-4: authenticate, and only the user itself may bind its AOR.
            QString user;
            bool stale = false;
            if (checkUserCredentials(request, QStringLiteral("Authorization"), &user, &stale) != 0) {
                transaction.respond(makeChallenge(request, 401, tag, stale), Rules::RegistrarChallenge);
                return;
            }
            if (user != request.to().uri().user()) {
                SipMessage r = makeResponse(request, 403, tag);
                r.addHeader(QStringLiteral("Warning"), warningValue(QStringLiteral("%1 may not register %2").arg(user, request.to().uri().user())));
                transaction.respond(r, Rules::RegistrarRefuses);
                return;
            }
        }
        TraceRule rule;
        const SipMessage r = registerWithLocation(request, tag, &rule);
        transaction.respond(r, rule);
        return;
    }
    if (!authorized(request)) {
        transaction.respond(buildResponse(request, 401, tag), Rules::RegistrarChallenge);
        return;
    }
    const bool first = m_initialRequests++ == 0;
    const QList<ResponseStep> steps = stepsFor(first, false);
    if (steps.isEmpty())
        return;
    const int code = steps.last().code < 200 ? 200 : steps.last().code;
    if (code == 423) {
        // RFC 3261 10.3 step 7: only when the expiry asked for is below our minimum.
        const int asked = request.header(QStringLiteral("Expires")).toInt();
        if (asked > 0 && asked < SipNode::MinExpires) {
            transaction.respond(buildResponse(request, 423, tag), Rules::RegistrarTooBrief);
            return;
        }
    } else if (code >= 300) {
        transaction.respond(buildResponse(request, code, tag), code == 401 ? Rules::RegistrarChallenge : Rules::UasFinal);
        return;
    }
    const SipMessage ok = makeRegisterOk(request, tag);
    transaction.respond(ok, Rules::RegistrarAnswer);
}

} // namespace SipLab
