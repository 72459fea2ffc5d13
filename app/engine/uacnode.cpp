#include "uacnode.h"

#include "clienttransaction.h"
#include "digestauth.h"
#include "enginerules.h"
#include "statuscoderegistry.h"
#include "sdpbody.h"
#include "servertransaction.h"

namespace SipLab {

namespace {
constexpr int UacMediaPort = 49170;
constexpr int MaxRetries = 6; // a bound on retries so that no scenario loops forever

QString displayName(const NodeAddress &a)
{
    if (a.user.isEmpty())
        return QString();
    return a.user.left(1).toUpper() + a.user.mid(1);
}

QString nameAddr(const NodeAddress &a)
{
    const QString name = displayName(a);
    if (name.isEmpty())
        return QLatin1Char('<') + a.aor() + QLatin1Char('>');
    return name + QStringLiteral(" <") + a.aor() + QLatin1Char('>');
}
} // namespace

UacNode::UacNode(Simulation &simulation, int index)
    : SipNode(simulation, index)
    , m_settings(simulation.scenario().uac)
{
    const Scenario &s = simulation.scenario();
    m_method = s.method;
    m_expires = m_settings.expires;
    m_sessionExpires = m_settings.sessionExpires;
}

void UacNode::start()
{
    m_callId = m_sim.newHex(16) + QLatin1Char('@') + address().host;
    m_fromTag = m_sim.newTag();
    if (m_method == QLatin1String("REGISTER"))
        m_requestUri = QStringLiteral("sip:") + address().domain; // RFC 3261 10.2: the registrar's domain
    else
        m_requestUri = m_sim.scenario().uas.address.aor();
    sendInitialRequest(m_method == QLatin1String("INVITE")     ? Rules::UacInvite
                       : m_method == QLatin1String("REGISTER") ? Rules::UacRegister
                                                               : Rules::UacRequest);
}

SipMessage UacNode::buildInitialRequest(const TraceRule &rule)
{
    Q_UNUSED(rule)
    const Scenario &s = m_sim.scenario();
    const NodeAddress &me = address();
    SipMessage r = SipMessage::request(m_method, m_requestUri);
    addOwnVia(r, m_sim.newBranch());
    r.addHeader(QStringLiteral("Max-Forwards"), QString::number(m_settings.maxForwards));
    // RFC 3261 8.1.1.2-8.1.1.5: To, From with our tag, Call-ID, CSeq (+1 for each new request).
    const bool isRegister = m_method == QLatin1String("REGISTER");
    r.addHeader(QStringLiteral("To"), isRegister ? nameAddr(me) : nameAddr(s.uas.address));
    r.addHeader(QStringLiteral("From"), nameAddr(me) + QStringLiteral(";tag=") + m_fromTag);
    r.addHeader(QStringLiteral("Call-ID"), m_callId);
    r.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 %2").arg(++m_cseq).arg(m_method));
    for (const SipHeader &h : m_credentials)
        r.addHeader(h.name, h.value);
    // RFC 3261 8.1.1.8: Contact in requests that can create a dialog (and in REGISTER, 10.2.1).
    static const QStringList withContact = {QStringLiteral("INVITE"), QStringLiteral("REGISTER"),
                                            QStringLiteral("SUBSCRIBE"), QStringLiteral("REFER"),
                                            QStringLiteral("NOTIFY"), QStringLiteral("UPDATE")};
    const RegisterAction action = m_settings.registerAction;
    if (isRegister && action == RegisterAction::Update) {
        // RFC 3261 10.2.1 / RFC 3665 2.2: a new contact is added to the existing binding.
        r.addHeader(QStringLiteral("Contact"), QStringLiteral("<mailto:%1@%2>").arg(me.user, me.domain));
    } else if (isRegister && action == RegisterAction::Query) {
        // RFC 3261 10.2.3 / RFC 3665 2.3: no Contact asks the registrar for the current bindings.
    } else if (isRegister && action == RegisterAction::Remove) {
        // RFC 3261 10.2.2 / RFC 3665 2.4: "Contact: *" with Expires: 0 removes every binding.
        r.addHeader(QStringLiteral("Contact"), QStringLiteral("*"));
    } else if (withContact.contains(m_method)) {
        r.addHeader(QStringLiteral("Contact"), contactValue());
    }
    if (!m_sim.isLive() && !s.proxies.isEmpty() && s.proxies.first().role == ProxyRole::Alg
        && destinationFor(r, true) == 1) {
        // RFC 3665 3.5: "The routing through the ALG is accomplished using a pre-loaded Route
        // header in the INVITE F1" (RFC 3261 8.1.2: a loose route, lr).
        r.addHeader(QStringLiteral("Route"), QStringLiteral("<sip:%1;lr>").arg(m_sim.traceNode(1).address.host));
    }
    if (m_method == QLatin1String("INVITE")) {
        r.addHeader(QStringLiteral("Allow"), QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE, NOTIFY"));
        QStringList supported;
        if (m_settings.supports100rel)
            supported << QStringLiteral("100rel");
        if (m_sessionExpires > 0)
            supported << QStringLiteral("timer");
        if (!supported.isEmpty())
            r.addHeader(QStringLiteral("Supported"), supported.join(QStringLiteral(", ")));
        if (m_sessionExpires > 0) {
            // RFC 4028 7.1: Session-Expires (and Min-SE once we learnt one from a 422).
            r.addHeader(QStringLiteral("Session-Expires"), QString::number(m_sessionExpires));
            if (m_minSE > 0)
                r.addHeader(QStringLiteral("Min-SE"), QString::number(m_minSE));
        }
        // RFC 3261 13.2.1: the offer goes in the INVITE, unless the scenario leaves it to the 2xx
        // (then the ACK carries the answer, 13.2.2.4; RFC 3665 3.6).
        if (m_settings.offerInInvite)
            r.setBody(sdpBody(UacMediaPort, m_sdpVersion), SdpBody::contentType());
        else
            r.setBody(QByteArray());
    } else if (isRegister) {
        // RFC 3261 10.2.2: removing all bindings needs Expires: 0; a query carries no Expires (RFC 3665 2.3).
        if (action == RegisterAction::Remove)
            r.addHeader(QStringLiteral("Expires"), QStringLiteral("0"));
        else if (action != RegisterAction::Query)
            r.addHeader(QStringLiteral("Expires"), QString::number(m_expires));
        r.setBody(QByteArray());
    } else if (m_method == QLatin1String("MESSAGE")) {
        r.setBody(QByteArrayLiteral("Watson, come here."), QStringLiteral("text/plain"));
    } else if (m_method == QLatin1String("SUBSCRIBE")) {
        r.addHeader(QStringLiteral("Event"), QStringLiteral("presence"));
        r.addHeader(QStringLiteral("Accept"), QStringLiteral("application/pidf+xml"));
        r.addHeader(QStringLiteral("Expires"), QString::number(m_expires));
        r.setBody(QByteArray());
    } else if (m_method == QLatin1String("PUBLISH")) {
        r.addHeader(QStringLiteral("Event"), QStringLiteral("presence"));
        r.addHeader(QStringLiteral("Expires"), QString::number(m_expires));
        r.setBody(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                                    "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"pres:alice@atlanta.example\">\r\n"
                                    "  <tuple id=\"a1\"><status><basic>open</basic></status></tuple>\r\n"
                                    "</presence>\r\n"),
                  QStringLiteral("application/pidf+xml"));
    } else if (m_method == QLatin1String("REFER")) {
        r.addHeader(QStringLiteral("Refer-To"), QStringLiteral("<sip:carol@chicago.example>"));
        r.setBody(QByteArray());
    } else if (m_method == QLatin1String("NOTIFY")) {
        r.addHeader(QStringLiteral("Event"), QStringLiteral("presence"));
        r.addHeader(QStringLiteral("Subscription-State"), QStringLiteral("active;expires=600"));
        r.setBody(QByteArray());
    } else if (m_method == QLatin1String("INFO")) {
        r.setBody(QByteArrayLiteral("Signal=5\r\nDuration=160\r\n"), QStringLiteral("application/dtmf-relay"));
    } else if (m_method == QLatin1String("UPDATE")) {
        r.setBody(sdpBody(UacMediaPort, m_sdpVersion), SdpBody::contentType());
    } else {
        r.setBody(QByteArray());
    }
    return r;
}

int UacNode::destinationFor(const SipMessage &request, bool outOfDialog) const
{
    // RFC 3261 8.1.2: out-of-dialog requests go to the outbound proxy (the first proxy) when there
    // is one; in-dialog requests follow the route set, or go straight to the remote target. A
    // redirect server that already answered with a 3xx is not asked again: the new target is
    // reached through the next element (RFC 3261 8.1.3.4; RFC 3665 3.6 F4 goes to Proxy 3).
    if (outOfDialog && m_sim.proxyCount() > 0) {
        for (int i = 1; i <= m_sim.proxyCount(); ++i) {
            if (!m_redirectedBy.contains(i) && !m_failedHops.contains(i))
                return i;
        }
        return m_sim.uasIndex();
    }
    const int hop = nextHopByRoute(request);
    return hop >= 0 ? hop : (m_sim.proxyCount() > 0 ? 1 : m_sim.uasIndex());
}

void UacNode::sendInitialRequest(const TraceRule &rule)
{
    m_initialRequest = buildInitialRequest(rule);
    m_triedTargets.insert(m_requestUri);
    m_cancelScheduled = false;
    m_cancelSent = false;
    m_earlyTags.clear();
    m_initial = &startClientTransaction(m_initialRequest, destinationFor(m_initialRequest, true), rule);
}

void UacNode::onResponse(ClientTransaction &transaction, const SipMessage &response)
{
    const int code = response.statusCode();
    const QString method = transaction.method();
    if (&transaction == m_initial) {
        if (code < 200) {
            handleProvisional(response);
        } else if (code < 300 && method == QLatin1String("INVITE")) {
            handleInvite2xx(response, false);
        } else if (code >= 300) {
            handleInitialFinal(transaction, response);
        } else {
            finish(Rules::OutcomeSucceeded, code);
        }
        return;
    }
    if (method == QLatin1String("INVITE")) { // the re-INVITE
        if (code >= 200 && code < 300)
            handleInvite2xx(response, false);
        return;
    }
    if (method == QLatin1String("BYE") && m_extraByes.contains(&transaction))
        return; // the BYE that ended a fork's second dialog; the kept dialog goes on
    if (method == QLatin1String("BYE") && code >= 200) {
        // RFC 3261 15.1.1: whatever the final response (even 481 or 408), the dialog is over.
        m_terminated = true;
        m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId, QStringLiteral("Terminated"),
                       Rules::DialogTerminated);
        if (m_sim.scenario().hangup == Hangup::Uac || m_cancelSent)
            finish(m_cancelSent ? Rules::OutcomeCancelled : Rules::OutcomeCallEnded, m_cancelSent ? 487 : 200);
    }
}

void UacNode::handleProvisional(const SipMessage &response)
{
    // RFC 3261 9.1: CANCEL may be sent once any provisional response (100 included) arrived.
    if (m_settings.cancelAfterMs >= 0 && !m_cancelScheduled && m_method == QLatin1String("INVITE")) {
        m_cancelScheduled = true;
        ClientTransaction *invite = m_initial;
        m_sim.schedule(m_settings.cancelAfterMs, [this, invite] {
            if (invite == m_initial && invite->finalStatus() == 0 && !invite->isTerminated())
                sendCancel();
        });
    }
    if (response.statusCode() == 100)
        return;
    const QString tag = response.toTag();
    if (!tag.isEmpty() && !m_earlyTags.contains(tag) && m_method == QLatin1String("INVITE")) {
        // RFC 3261 12.1, 13.2.2.1: a 101-199 with a To tag creates an early dialog.
        m_earlyTags.insert(tag);
        m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId + QLatin1Char(';') + tag, QStringLiteral("Early"),
                       Rules::DialogEarly);
    }
    // RFC 3262 4: a reliable provisional response (Require: 100rel + RSeq) must be PRACKed.
    if (m_method == QLatin1String("INVITE") && response.hasOptionTag(QStringLiteral("Require"), QStringLiteral("100rel"))
        && response.hasHeader(QStringLiteral("RSeq")))
        sendPrack(response);
}

void UacNode::sendPrack(const SipMessage &reliable)
{
    bool ok = false;
    const quint32 rseq = reliable.header(QStringLiteral("RSeq")).trimmed().toUInt(&ok);
    const QString key = reliable.toTag() + QLatin1Char('/') + QString::number(rseq);
    if (!ok || m_prackedRSeqs.contains(key))
        return; // a retransmission of a response already PRACKed (RFC 3262 4)
    m_prackedRSeqs.insert(key);
    // RFC 3262 4 / RFC 3261 12.1.2: PRACK goes inside the early dialog: Request-URI = the 1xx's
    // Contact, Route = its Record-Route reversed, RAck = RSeq + CSeq of the INVITE.
    QStringList routes = reliable.headerValues(QStringLiteral("Record-Route"));
    std::reverse(routes.begin(), routes.end());
    const QList<NameAddr> contacts = reliable.nameAddrs(QStringLiteral("Contact"));
    const QString target = contacts.isEmpty() ? m_requestUri : contacts.first().uri().toString();
    SipMessage prack = SipMessage::request(QStringLiteral("PRACK"), target);
    addOwnVia(prack, m_sim.newBranch());
    for (const QString &r : routes)
        prack.addHeader(QStringLiteral("Route"), r);
    prack.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    prack.addHeader(QStringLiteral("To"), reliable.header(QStringLiteral("To")));
    prack.addHeader(QStringLiteral("From"), m_initialRequest.header(QStringLiteral("From")));
    prack.addHeader(QStringLiteral("Call-ID"), m_callId);
    prack.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 PRACK").arg(++m_cseq));
    prack.addHeader(QStringLiteral("RAck"), QStringLiteral("%1 %2 INVITE").arg(rseq).arg(m_initialRequest.cseq()->number));
    prack.setBody(QByteArray());
    startClientTransaction(prack, destinationFor(prack, false), Rules::UacPrack);
}

void UacNode::handleInvite2xx(const SipMessage &response, bool retransmission)
{
    const std::optional<CSeq> cseq = response.cseq();
    if (!cseq)
        return;
    if (m_confirmed && response.toTag() != m_remoteTag && cseq->number == m_initialRequest.cseq()->number) {
        // RFC 3261 13.2.2.4: a fork's other branch answered too: a second dialog.
        handleForked2xx(response);
        return;
    }
    if (retransmission || (m_confirmed && cseq->number == m_ackedCSeq && response.toTag() == m_remoteTag)) {
        // RFC 3261 13.2.2.4: the UAC core ACKs every 2xx, retransmissions included.
        if (!m_ack.method().isEmpty())
            sendStateless(m_ack, destinationFor(m_ack, false), Rules::UacAck2xxAgain, true);
        return;
    }
    if (!m_confirmed) {
        // RFC 3261 12.1.2: the dialog's remote target is the 2xx's Contact, its route set the
        // Record-Route values in reverse order.
        m_confirmed = true;
        m_remoteTag = response.toTag();
        const QString contact = response.firstValue(QStringLiteral("Contact"));
        m_remoteTarget = contact.isEmpty() ? m_requestUri : NameAddr::parse(contact).uri().toString();
        m_routeSet = response.headerValues(QStringLiteral("Record-Route"));
        std::reverse(m_routeSet.begin(), m_routeSet.end());
        m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId + QLatin1Char(';') + m_remoteTag,
                       QStringLiteral("Confirmed"), Rules::DialogConfirmed);
    }
    // RFC 3261 13.2.2.4: ACK with the INVITE's CSeq number, method ACK, a new branch, in the dialog.
    m_ack = SipMessage::request(QStringLiteral("ACK"), m_remoteTarget);
    addOwnVia(m_ack, m_sim.newBranch());
    for (const QString &r : m_routeSet)
        m_ack.addHeader(QStringLiteral("Route"), r);
    m_ack.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    m_ack.addHeader(QStringLiteral("To"), response.header(QStringLiteral("To")));
    m_ack.addHeader(QStringLiteral("From"), response.header(QStringLiteral("From")));
    m_ack.addHeader(QStringLiteral("Call-ID"), m_callId);
    m_ack.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 ACK").arg(cseq->number));
    if (cseq->number == m_initialRequest.cseq()->number && m_initialRequest.body().isEmpty() && !response.body().isEmpty())
        // RFC 3261 13.2.2.4: "If the 2xx contains an offer [...], the ACK MUST carry an answer in its body".
        m_ack.setBody(sdpBody(UacMediaPort, m_sdpVersion), SdpBody::contentType());
    else
        m_ack.setBody(QByteArray());
    m_ackedCSeq = cseq->number;
    sendStateless(m_ack, destinationFor(m_ack, false), Rules::UacAck2xx);

    const Scenario &s = m_sim.scenario();
    if (m_cancelSent) {
        // RFC 3261 15 / RFC 3665 3.8: the 2xx crossed our CANCEL; we no longer want the call.
        if (!m_byeScheduled) {
            m_byeScheduled = true;
            sendBye(Rules::UacByeAfterCancelRace);
        }
        return;
    }
    if (m_byeScheduled)
        return;
    if (s.reInvite && s.reInviteBy == ReInviteBy::Uac && !m_reInviteSent) {
        m_reInviteSent = true;
        m_sim.schedule(s.hangupAfterMs / 2, [this] { sendReInvite(); });
        return;
    }
    if (s.hangup == Hangup::Uac) {
        m_byeScheduled = true;
        m_sim.schedule(m_reInviteSent ? s.hangupAfterMs / 2 : s.hangupAfterMs, [this] { sendBye(Rules::UacBye); });
    } else if (s.hangup == Hangup::None) {
        finish(Rules::OutcomeEstablished, 200);
    }
}

void UacNode::handleForked2xx(const SipMessage &response)
{
    const QString tag = response.toTag();
    if (m_extraDialogs.contains(tag)) {
        // A retransmission of that 2xx: the same ACK again (13.2.2.4).
        const SipMessage &ack = m_extraDialogs[tag];
        sendStateless(ack, destinationFor(ack, false), Rules::UacAck2xxAgain, true);
        return;
    }
    // RFC 3261 12.1.2 for this dialog: remote target = its Contact, route set = its Record-Route reversed.
    const QString contact = response.firstValue(QStringLiteral("Contact"));
    const QString target = contact.isEmpty() ? m_requestUri : NameAddr::parse(contact).uri().toString();
    QStringList routes = response.headerValues(QStringLiteral("Record-Route"));
    std::reverse(routes.begin(), routes.end());
    auto build = [&](const QString &method, quint32 cseq) {
        SipMessage r = SipMessage::request(method, target);
        addOwnVia(r, m_sim.newBranch());
        for (const QString &route : routes)
            r.addHeader(QStringLiteral("Route"), route);
        r.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
        r.addHeader(QStringLiteral("To"), response.header(QStringLiteral("To")));
        r.addHeader(QStringLiteral("From"), response.header(QStringLiteral("From")));
        r.addHeader(QStringLiteral("Call-ID"), m_callId);
        r.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 %2").arg(cseq).arg(method));
        return r;
    };
    m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId + QLatin1Char(';') + tag, QStringLiteral("Confirmed"),
                   Rules::DialogConfirmed);
    SipMessage ack = build(QStringLiteral("ACK"), response.cseq()->number);
    if (m_initialRequest.body().isEmpty() && !response.body().isEmpty())
        ack.setBody(sdpBody(UacMediaPort, m_sdpVersion), SdpBody::contentType()); // the answer to its offer
    else
        ack.setBody(QByteArray());
    m_extraDialogs.insert_or_assign(tag, ack);
    sendStateless(ack, destinationFor(ack, false), Rules::UacAckForked2xx);
    // "If the UAC does not want to continue with that dialog, it MUST terminate the dialog by
    // sending a BYE request" (13.2.2.4). Its CSeq is the dialog's next: the INVITE's + 1.
    SipMessage bye = build(QStringLiteral("BYE"), response.cseq()->number + 1);
    bye.setBody(QByteArray());
    m_extraByes.insert(&startClientTransaction(bye, destinationFor(bye, false), Rules::UacByeForkedDialog));
    m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId + QLatin1Char(';') + tag, QStringLiteral("Terminated"),
                   Rules::DialogTerminated);
}

void UacNode::handleInitialFinal(ClientTransaction &transaction, const SipMessage &response)
{
    int code = response.statusCode();
    const int answeredBy = transaction.destination();
    if (code >= 300 && code < 400 && answeredBy >= 1 && answeredBy <= m_sim.proxyCount()
        && m_sim.scenario().proxies[answeredBy - 1].role == ProxyRole::Redirect)
        m_redirectedBy.insert(answeredBy);
    if (!StatusCodeRegistry::isRegistered(code)) {
        // RFC 3261 8.1.3.2: an unknown final response is treated as the x00 of its class.
        m_sim.annotate(AnnotationKind::Note, m_index, QString::number(code), QString::number(code / 100 * 100),
                       Rules::NoteUnknownCode);
        code = code / 100 * 100;
    }
    auto retry = [this](const TraceRule &rule) {
        ++m_retries;
        sendInitialRequest(rule);
    };
    const bool canRetry = m_retries < MaxRetries && !m_cancelSent;
    if (m_cancelSent && code == 487) {
        finish(Rules::OutcomeCancelled, response.statusCode());
        return;
    }
    if (canRetry && code >= 300 && code < 400 && m_settings.followRedirects) {
        // RFC 3261 8.1.3.4: the Contacts become the target set, tried in order, each at most once.
        for (const NameAddr &c : response.nameAddrs(QStringLiteral("Contact"))) {
            const QString target = c.uri().toString();
            if (c.uri().isValid() && !m_triedTargets.contains(target) && !m_targetSet.contains(target))
                m_targetSet.append(target);
        }
        if (!m_targetSet.isEmpty()) {
            m_requestUri = m_targetSet.takeFirst();
            retry(Rules::UacRedirect);
            return;
        }
    }
    if (canRetry && code >= 400 && code < 600 && code != 401 && code != 407 && !m_targetSet.isEmpty()) {
        // RFC 3261 8.1.3.4 / 21.4-21.5: a 4xx or 5xx ends this attempt only; the next target of the
        // 3xx may still answer. A 6xx is a global failure (21.6): no other target is tried.
        m_requestUri = m_targetSet.takeFirst();
        retry(Rules::UacNextTarget);
        return;
    }
    if (canRetry && (code == 401 || code == 407) && m_settings.hasCredentials) {
        // RFC 3261 22.2 / 22.3: answer every challenge; a realm answered once and challenged
        // again means the credentials were refused, so stop.
        const QString challengeHeader = code == 401 ? QStringLiteral("WWW-Authenticate") : QStringLiteral("Proxy-Authenticate");
        const QString credentialsHeader = code == 401 ? QStringLiteral("Authorization") : QStringLiteral("Proxy-Authorization");
        bool added = false;
        for (const QString &challenge : response.headerLines(challengeHeader)) {
            const QString realm = DigestAuth::parse(challenge).value(QStringLiteral("realm"));
            if (m_answeredRealms.contains(realm))
                continue;
            m_answeredRealms.insert(realm);
            m_credentials.append({credentialsHeader,
                                  DigestAuth::credentials(challenge, m_settings.username, m_settings.password, m_method,
                                                          m_requestUri, m_sim.newHex(8))});
            added = true;
        }
        if (added) {
            retry(Rules::UacAuthRetry);
            return;
        }
    }
    if (canRetry && code == 422 && response.hasHeader(QStringLiteral("Min-SE"))) {
        // RFC 4028 7.4 (verify): retry with Session-Expires >= Min-SE and Min-SE set to it.
        const int minSE = response.header(QStringLiteral("Min-SE")).section(QLatin1Char(';'), 0, 0).trimmed().toInt();
        if (minSE > m_sessionExpires) {
            m_minSE = minSE;
            m_sessionExpires = minSE;
            retry(Rules::UacSessionTimerRetry);
            return;
        }
    }
    if (canRetry && code == 423 && response.hasHeader(QStringLiteral("Min-Expires"))) {
        // RFC 3261 10.2.8: retry with an expiry at least Min-Expires.
        const int minExpires = response.header(QStringLiteral("Min-Expires")).trimmed().toInt();
        if (minExpires > m_expires) {
            m_expires = minExpires;
            retry(Rules::UacIntervalRetry);
            return;
        }
    }
    if (canRetry && code == 503 && response.hasHeader(QStringLiteral("Retry-After")) && !m_retryAfterUsed) {
        // RFC 3261 21.5.4: do not send before Retry-After has passed; then it is a new request.
        const int seconds = response.header(QStringLiteral("Retry-After")).section(QLatin1Char(';'), 0, 0).trimmed().toInt();
        m_retryAfterUsed = true;
        ++m_retries;
        m_sim.schedule(qint64(seconds) * 1000, [this] { sendInitialRequest(Rules::UacRetryAfter); });
        return;
    }
    finish(Rules::OutcomeFailed, response.statusCode());
}

void UacNode::onTimeout(ClientTransaction &transaction)
{
    if (&transaction == m_initial) {
        const QString alternate = m_settings.alternateProxy;
        const int hop = transaction.destination();
        if (!alternate.isEmpty() && !transaction.hasProvisional() && !m_failedHops.contains(hop) && !m_cancelSent) {
            // RFC 3263 4.3: no response at all (Timer B or F) is a failure of that server: "the
            // client SHOULD create a new request, which is identical to the previous, but has a
            // different value of the Via branch ID", sent to the next element (RFC 3665 3.4 F8).
            for (int i = 1; i <= m_sim.proxyCount(); ++i) {
                if (m_sim.traceNode(i).address.name == alternate && i != hop) {
                    m_failedHops.insert(hop);
                    for (int j = 1; j < i; ++j)
                        m_failedHops.insert(j); // the elements before the alternate are passed over
                    --m_cseq; // identical request: the same CSeq
                    sendInitialRequest(Rules::UacAlternateHop);
                    return;
                }
            }
        }
        // RFC 3261 8.1.3.1: a transaction timeout is treated as a 408; nothing goes on the wire.
        finish(Rules::OutcomeTimeout, 408);
    } else if (transaction.method() == QLatin1String("BYE")) {
        m_terminated = true;
        finish(Rules::OutcomeCallEnded, 408);
    }
}

void UacNode::sendCancel()
{
    if (m_cancelSent)
        return;
    m_cancelSent = true;
    // RFC 3261 9.1: the CANCEL goes to the same destination as the INVITE.
    const SipMessage cancel = SipMessage::cancelFor(m_initial->request());
    startClientTransaction(cancel, m_initial->destination(), Rules::UacCancel);
}

SipMessage UacNode::buildInDialogRequest(const QString &method)
{
    // RFC 3261 12.2.1.1: Request-URI = remote target, Route = route set, tags of the dialog,
    // CSeq one higher than the last request of ours.
    SipMessage r = SipMessage::request(method, m_remoteTarget);
    addOwnVia(r, m_sim.newBranch());
    for (const QString &route : m_routeSet)
        r.addHeader(QStringLiteral("Route"), route);
    r.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    r.addHeader(QStringLiteral("To"), nameAddr(m_sim.scenario().uas.address) + QStringLiteral(";tag=") + m_remoteTag);
    r.addHeader(QStringLiteral("From"), m_initialRequest.header(QStringLiteral("From")));
    r.addHeader(QStringLiteral("Call-ID"), m_callId);
    r.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 %2").arg(++m_cseq).arg(method));
    return r;
}

void UacNode::sendBye(const TraceRule &rule)
{
    if (m_terminated)
        return;
    SipMessage bye = buildInDialogRequest(QStringLiteral("BYE"));
    bye.setBody(QByteArray());
    startClientTransaction(bye, destinationFor(bye, false), rule);
}

void UacNode::sendReInvite()
{
    if (m_terminated)
        return;
    SipMessage invite = buildInDialogRequest(QStringLiteral("INVITE"));
    invite.addHeader(QStringLiteral("Contact"), contactValue());
    // RFC 3264 8.4: a re-offer with a higher version; sendonly puts the other side on hold.
    invite.setBody(sdpBody(UacMediaPort, ++m_sdpVersion, true), SdpBody::contentType());
    startClientTransaction(invite, destinationFor(invite, false), Rules::UacReInvite);
}

void UacNode::onRequest(ServerTransaction &transaction, const SipMessage &request, int from)
{
    Q_UNUSED(from)
    const QString method = request.method();
    const QString toTag = request.toTag();
    if (m_settings.answers.contains(method)) {
        transaction.respond(makeResponse(request, m_settings.answers.value(method), m_fromTag), Rules::UasAnswerChosen);
        return;
    }
    const bool inDialog = request.callId() == m_callId && toTag == m_fromTag;
    if (method == QLatin1String("BYE") && inDialog && m_confirmed && !m_terminated) {
        // RFC 3261 15.1.2: the callee hung up.
        transaction.respond(makeResponse(request, 200), Rules::UasByeAnswered);
        m_terminated = true;
        m_sim.annotate(AnnotationKind::DialogState, m_index, m_callId, QStringLiteral("Terminated"), Rules::DialogTerminated);
        finish(Rules::OutcomeCallEnded, 200);
        return;
    }
    if (method == QLatin1String("INVITE") && inDialog && m_confirmed && !m_terminated) {
        // RFC 3261 14.2: the callee changes the session with a re-INVITE (RFC 3665 3.7 F9): accept
        // it with 200 OK, our Contact and an SDP answer, retransmitted until the ACK (13.3.1.4).
        const QList<NameAddr> contacts = request.nameAddrs(QStringLiteral("Contact"));
        if (!contacts.isEmpty())
            m_remoteTarget = contacts.first().uri().toString();
        SipMessage ok = makeResponse(request, 200);
        ok.addHeader(QStringLiteral("Contact"), contactValue());
        ok.setBody(sdpBody(UacMediaPort, ++m_sdpVersion), SdpBody::contentType());
        transaction.respond(ok, Rules::UacReInviteOk);
        m_reInvite2xx = ok;
        m_reInvite2xxTo = transaction.source();
        m_reInviteAcked = false;
        m_reInvite2xxInterval = m_sim.t1();
        m_reInvite2xxStarted = m_sim.now();
        m_sim.cancel(m_reInvite2xxTimer);
        m_reInvite2xxTimer = m_sim.schedule(m_reInvite2xxInterval, [this] { retransmitReInvite2xx(); });
        return;
    }
    if (method == QLatin1String("NOTIFY") && inDialog) {
        transaction.respond(makeResponse(request, 200), Rules::UacSubscribeNotifyAnswer);
        return;
    }
    // RFC 3261 12.2.2: a request for a dialog we do not have gets 481.
    transaction.respond(makeResponse(request, 481, m_fromTag), Rules::UasByeNoDialog);
}

void UacNode::onAck(const SipMessage &ack, int from)
{
    Q_UNUSED(from)
    // The ACK for the 2xx we sent to the callee's re-INVITE (RFC 3261 13.3.1.4).
    if (ack.callId() == m_callId && m_reInvite2xx.statusCode() == 200) {
        m_reInviteAcked = true;
        m_sim.cancel(m_reInvite2xxTimer);
    }
}

void UacNode::retransmitReInvite2xx()
{
    // RFC 3261 13.3.1.4: T1 doubling up to T2 until the ACK; after 64*T1 the session ends with BYE.
    m_reInvite2xxTimer = 0;
    if (m_reInviteAcked || m_terminated)
        return;
    const qint64 deadline = m_reInvite2xxStarted + 64 * qint64(m_sim.t1());
    if (m_sim.now() >= deadline) {
        sendBye(Rules::UasByeAfterNoAck);
        return;
    }
    const auto via = m_reInvite2xx.topVia();
    m_sim.send(m_index, m_reInvite2xxTo, m_reInvite2xx, via ? via->branch() + QStringLiteral("/INVITE") : QString(),
               Rules::Retransmit2xx, true);
    m_reInvite2xxInterval = std::min(2 * m_reInvite2xxInterval, m_sim.t2());
    m_reInvite2xxTimer = m_sim.schedule(std::min<qint64>(m_reInvite2xxInterval, deadline - m_sim.now()),
                                        [this] { retransmitReInvite2xx(); });
}

void UacNode::onStrayResponse(const SipMessage &response, int from)
{
    Q_UNUSED(from)
    const std::optional<CSeq> cseq = response.cseq();
    // RFC 3261 17.1.1.2: the INVITE transaction is gone after the first 2xx; later 2xx
    // retransmissions go straight to the UAC core.
    if (cseq && cseq->method == QLatin1String("INVITE") && response.statusCode() >= 200 && response.statusCode() < 300)
        handleInvite2xx(response, m_confirmed && response.toTag() == m_remoteTag);
}

void UacNode::finish(const TraceRule &rule, int status)
{
    m_sim.setOutcome(rule, status);
}

} // namespace SipLab
