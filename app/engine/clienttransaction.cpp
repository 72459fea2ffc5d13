#include "clienttransaction.h"

#include "enginerules.h"
#include "sipnode.h"

namespace SipLab {

namespace {
QString stateName(ClientTransaction::State s)
{
    switch (s) {
    case ClientTransaction::State::Calling: return QStringLiteral("Calling");
    case ClientTransaction::State::Trying: return QStringLiteral("Trying");
    case ClientTransaction::State::Proceeding: return QStringLiteral("Proceeding");
    case ClientTransaction::State::Completed: return QStringLiteral("Completed");
    case ClientTransaction::State::Terminated: return QStringLiteral("Terminated");
    }
    return QString();
}
} // namespace

ClientTransaction::ClientTransaction(SipNode &owner, const SipMessage &request, int destination)
    : m_owner(owner)
    , m_sim(owner.simulation())
    , m_request(request)
    , m_destination(destination)
    , m_invite(request.method() == QLatin1String("INVITE"))
{
    if (const auto via = request.topVia())
        m_branch = via->branch();
    m_id = m_branch + QLatin1Char('/') + m_request.method();
    m_subject = (m_invite ? QStringLiteral("INVITE client ") : QStringLiteral("client ")) + m_id;
    m_state = m_invite ? State::Calling : State::Trying;
}

void ClientTransaction::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_sim.annotate(AnnotationKind::TransactionState, m_owner.index(),
                   m_subject, stateName(state),
                   Rules::TransactionState);
}

void ClientTransaction::start(const TraceRule &rule)
{
    m_sim.send(m_owner.index(), m_destination, m_request, id(), rule);
    m_sim.annotate(AnnotationKind::TransactionState, m_owner.index(),
                   m_subject,
                   stateName(m_state), Rules::TransactionState);
    // RFC 3261 17.1.1.2 / 17.1.2.2: Timer A / E only on an unreliable transport, starting at T1.
    if (!m_sim.isReliableTransport()) {
        m_retransmitInterval = m_sim.t1();
        m_retransmitTimer = m_sim.schedule(m_retransmitInterval, [this] { fireTimerAorE(); });
    }
    // Timer B / F: 64*T1 on every transport.
    m_timeoutTimer = m_sim.schedule(64 * qint64(m_sim.t1()), [this] { fireTimeout(); });
}

void ClientTransaction::fireTimerAorE()
{
    m_retransmitTimer = 0;
    if (m_invite) {
        // RFC 3261 17.1.1.2: Timer A retransmits only in Calling; the interval doubles each time.
        if (m_state != State::Calling)
            return;
        m_sim.send(m_owner.index(), m_destination, m_request, id(), Rules::RetransmitA, true);
        m_retransmitInterval *= 2;
    } else {
        // RFC 3261 17.1.2.2: Timer E in Trying doubles up to T2; in Proceeding it fires every T2.
        if (m_state != State::Trying && m_state != State::Proceeding)
            return;
        m_sim.send(m_owner.index(), m_destination, m_request, id(), Rules::RetransmitE, true);
        m_retransmitInterval = m_state == State::Trying ? std::min(2 * m_retransmitInterval, m_sim.t2()) : m_sim.t2();
    }
    m_retransmitTimer = m_sim.schedule(m_retransmitInterval, [this] { fireTimerAorE(); });
}

void ClientTransaction::fireTimeout()
{
    m_timeoutTimer = 0;
    // RFC 3261 17.1.1.2: Timer B acts only in Calling; 17.1.2.2: Timer F in Trying or Proceeding.
    const bool acts = m_invite ? m_state == State::Calling : (m_state == State::Trying || m_state == State::Proceeding);
    if (!acts)
        return;
    m_sim.annotate(AnnotationKind::Timer, m_owner.index(), m_invite ? QStringLiteral("Timer B") : QStringLiteral("Timer F"),
                   QStringLiteral("fired"), m_invite ? Rules::TimerB : Rules::TimerF);
    stopTimers();
    setState(State::Terminated);
    m_owner.onTimeout(*this);
}

void ClientTransaction::stopTimers()
{
    m_sim.cancel(m_retransmitTimer);
    m_sim.cancel(m_timeoutTimer);
    m_retransmitTimer = 0;
    m_timeoutTimer = 0;
}

void ClientTransaction::terminate()
{
    stopTimers();
    setState(State::Terminated);
}

bool ClientTransaction::matches(const SipMessage &response) const
{
    const auto via = response.topVia();
    const auto cseq = response.cseq();
    return via && cseq && matches(via->branch(), cseq->method);
}

bool ClientTransaction::matches(const QString &branch, const QString &cseqMethod) const
{
    // RFC 3261 17.1.3: the top Via branch and the CSeq method.
    return branch == m_branch && cseqMethod == m_request.method();
}

void ClientTransaction::sendAck(const SipMessage &response, bool retransmission)
{
    if (!retransmission) {
        // RFC 3261 17.1.1.3: Request-URI, Call-ID, From, CSeq number and Route of the INVITE,
        // To of the response, a single Via equal to the INVITE's top Via (same branch).
        m_ack = SipMessage::request(QStringLiteral("ACK"), m_request.requestUri());
        m_ack.addHeader(QStringLiteral("Via"), m_request.headerValues(QStringLiteral("Via")).value(0));
        for (const QString &route : m_request.headerLines(QStringLiteral("Route")))
            m_ack.addHeader(QStringLiteral("Route"), route);
        m_ack.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
        m_ack.addHeader(QStringLiteral("From"), m_request.header(QStringLiteral("From")));
        m_ack.addHeader(QStringLiteral("To"), response.header(QStringLiteral("To")));
        m_ack.addHeader(QStringLiteral("Call-ID"), m_request.callId());
        m_ack.addHeader(QStringLiteral("CSeq"), QString::number(m_request.cseq()->number) + QStringLiteral(" ACK"));
        m_ack.addHeader(QStringLiteral("Content-Length"), QStringLiteral("0"));
    }
    m_sim.send(m_owner.index(), m_destination, m_ack, id(), retransmission ? Rules::AckNon2xxAgain : Rules::AckNon2xx,
               retransmission);
}

void ClientTransaction::receiveResponse(const SipMessage &response, int from)
{
    Q_UNUSED(from)
    const int code = response.statusCode();
    if (code < 200) {
        if (m_state == State::Calling || m_state == State::Trying || m_state == State::Proceeding) {
            // RFC 3261 17.1.1.2: any 1xx moves Calling to Proceeding and stops Timer A.
            setState(State::Proceeding);
            if (m_invite) {
                m_sim.cancel(m_retransmitTimer);
                m_retransmitTimer = 0;
            }
            m_hasProvisional = true;
            m_owner.onResponse(*this, response);
        }
        return;
    }
    if (m_state == State::Completed) {
        // RFC 3261 17.1.1.2 / 17.1.2.2: a retransmitted final response is absorbed (INVITE: ACK again).
        if (m_invite && code >= 300)
            sendAck(response, true);
        return;
    }
    if (m_state == State::Terminated)
        return;
    m_finalStatus = code;
    stopTimers();
    if (m_invite && code < 300) {
        // RFC 3261 17.1.1.2: a 2xx goes to the TU, the transaction ends; the TU sends the ACK.
        setState(State::Terminated);
        m_owner.onResponse(*this, response);
        return;
    }
    if (m_invite)
        sendAck(response, false);
    setState(State::Completed);
    // Timer D (INVITE, >= 32 s) / Timer K (non-INVITE, T4); zero on a reliable transport.
    const qint64 wait = m_sim.isReliableTransport() ? 0 : (m_invite ? 64 * qint64(m_sim.t1()) : m_sim.t4());
    m_sim.schedule(wait, [this] {
        if (m_state != State::Completed)
            return;
        if (!m_sim.isReliableTransport())
            m_sim.annotate(AnnotationKind::Timer, m_owner.index(), m_invite ? QStringLiteral("Timer D") : QStringLiteral("Timer K"),
                           QStringLiteral("fired"), m_invite ? Rules::TimerD : Rules::TimerK);
        setState(State::Terminated);
    });
    m_owner.onResponse(*this, response);
}

} // namespace SipLab
