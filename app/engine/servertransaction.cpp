#include "servertransaction.h"

#include "enginerules.h"
#include "sipnode.h"
#include "textscan.h"

namespace SipLab {

namespace {
QString stateName(ServerTransaction::State s)
{
    switch (s) {
    case ServerTransaction::State::Trying: return QStringLiteral("Trying");
    case ServerTransaction::State::Proceeding: return QStringLiteral("Proceeding");
    case ServerTransaction::State::Completed: return QStringLiteral("Completed");
    case ServerTransaction::State::Confirmed: return QStringLiteral("Confirmed");
    case ServerTransaction::State::Accepted: return QStringLiteral("Accepted");
    case ServerTransaction::State::Terminated: return QStringLiteral("Terminated");
    }
    return QString();
}
} // namespace

ServerTransaction::ServerTransaction(SipNode &owner, const SipMessage &request, int from)
    : m_owner(owner)
    , m_sim(owner.simulation())
    , m_request(request)
    , m_source(from)
    , m_invite(request.method() == QLatin1String("INVITE"))
{
    if (const auto via = request.topVia()) {
        m_branch = via->branch();
        m_sentBy = via->sentBy();
    }
    m_id = m_branch + QLatin1Char('/') + m_request.method();
    m_subject = QStringLiteral("server ") + m_id;
    // RFC 3261 17.2.1: an INVITE server transaction starts in Proceeding; 17.2.2: non-INVITE in Trying.
    m_state = m_invite ? State::Proceeding : State::Trying;
    m_sim.annotate(AnnotationKind::TransactionState, m_owner.index(), m_subject, stateName(m_state),
                   Rules::TransactionState);
}

bool ServerTransaction::matches(const QString &branch, const QString &sentBy, const QString &method) const
{
    if (branch != m_branch || !TextScan::equalsIgnoreCase(sentBy, m_sentBy))
        return false;
    // RFC 3261 17.2.3: the ACK matches the INVITE's transaction.
    const QString m = method == QLatin1String("ACK") ? QStringLiteral("INVITE") : method;
    return m == m_request.method();
}

void ServerTransaction::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_sim.annotate(AnnotationKind::TransactionState, m_owner.index(), m_subject, stateName(state),
                   Rules::TransactionState);
}

void ServerTransaction::sendTryingAfter(int delayMs, const TraceRule &rule)
{
    if (!m_invite)
        return; // RFC 3261 16.2 / 17.2.2: no 100 to non-INVITE requests here
    auto sendTrying = [this, rule] {
        if (m_hasResponse || m_state != State::Proceeding)
            return;
        respond(m_owner.makeResponse(m_request, 100), rule);
    };
    if (delayMs <= 0)
        sendTrying();
    else
        m_sim.schedule(delayMs, sendTrying);
}

void ServerTransaction::transmit(const TraceRule &rule, bool retransmission)
{
    m_sim.send(m_owner.index(), m_source, m_lastResponse, id(), rule, retransmission);
}

void ServerTransaction::respond(const SipMessage &response, const TraceRule &rule)
{
    if (m_state == State::Accepted && response.statusCode() >= 200 && response.statusCode() < 300) {
        // RFC 6026 7.1: a 2xx the TU passes in Accepted state goes to the transport.
        m_lastResponse = response;
        transmit(rule, false);
        return;
    }
    if (m_state == State::Completed || m_state == State::Confirmed || m_state == State::Accepted
        || m_state == State::Terminated)
        return; // a final response has gone out already; nothing more on this transaction
    const int code = response.statusCode();
    m_lastResponse = response;
    m_hasResponse = true;
    transmit(rule, false);
    if (code < 200) {
        setState(State::Proceeding);
        return;
    }
    m_finalStatus = code;
    if (m_invite && code < 300) {
        if (m_sim.isLive()) {
            // RFC 6026 7.1 (updating RFC 3261 17.2.1): the transaction enters Accepted and
            // Timer L (64*T1) starts. A retransmission of the INVITE that arrives meanwhile
            // (the peer's Timer A fired before our 1xx reached it) is absorbed here; under
            // RFC 3261's rule it would match no transaction and be taken for a NEW request: a
            // UAS answers it again with a new To tag, a proxy forwards it as a new INVITE
            // (RFC 6026 3.2). The TU still retransmits the 2xx (RFC 3261 13.3.1.4).
            // The simulated ladders keep RFC 3261's Terminated (they teach 17.2.1 as written;
            // nothing retransmits an INVITE there after its 2xx).
            setState(State::Accepted);
            m_sim.schedule(64 * qint64(m_sim.t1()), [this] {
                if (m_state == State::Accepted)
                    setState(State::Terminated); // Timer L
            });
            return;
        }
        // RFC 3261 17.2.1: a 2xx ends the INVITE server transaction; the TU retransmits it.
        setState(State::Terminated);
        return;
    }
    setState(State::Completed);
    if (m_invite) {
        // Timer G (unreliable only) retransmits the final response; Timer H waits for the ACK.
        if (!m_sim.isReliableTransport()) {
            m_retransmitInterval = m_sim.t1();
            m_timerG = m_sim.schedule(m_retransmitInterval, [this] { fireTimerG(); });
        }
        m_timerH = m_sim.schedule(64 * qint64(m_sim.t1()), [this] {
            if (m_state != State::Completed)
                return;
            m_sim.cancel(m_timerG);
            m_sim.annotate(AnnotationKind::Timer, m_owner.index(), QStringLiteral("Timer H"), QStringLiteral("fired"),
                           Rules::TimerH);
            setState(State::Terminated);
            m_owner.onServerTimeout(*this);
        });
    } else {
        // Timer J: 64*T1 on an unreliable transport, zero otherwise (RFC 3261 17.2.2).
        const qint64 wait = m_sim.isReliableTransport() ? 0 : 64 * qint64(m_sim.t1());
        m_sim.schedule(wait, [this] {
            if (m_state != State::Completed)
                return;
            if (!m_sim.isReliableTransport())
                m_sim.annotate(AnnotationKind::Timer, m_owner.index(), QStringLiteral("Timer J"), QStringLiteral("fired"),
                               Rules::TimerJ);
            setState(State::Terminated);
        });
    }
}

void ServerTransaction::fireTimerG()
{
    m_timerG = 0;
    if (m_state != State::Completed)
        return;
    transmit(Rules::RetransmitG, true);
    m_retransmitInterval = std::min(2 * m_retransmitInterval, m_sim.t2());
    m_timerG = m_sim.schedule(m_retransmitInterval, [this] { fireTimerG(); });
}

void ServerTransaction::receiveRetransmission()
{
    // RFC 3261 17.2.1 / 17.2.2: a retransmitted request gets the last response again (none in Trying).
    if (m_hasResponse && (m_state == State::Proceeding || m_state == State::Completed))
        transmit(Rules::ResendLastResponse, true);
}

void ServerTransaction::receiveAck(const SipMessage &ack)
{
    Q_UNUSED(ack)
    if (m_state != State::Completed)
        return; // Confirmed: further ACKs are absorbed (Timer I)
    m_sim.cancel(m_timerG);
    m_sim.cancel(m_timerH);
    m_sim.annotate(AnnotationKind::Note, m_owner.index(), id(), QString(), Rules::NoteAbsorbAck);
    setState(State::Confirmed);
    // Timer I: T4 on an unreliable transport, zero otherwise.
    const qint64 wait = m_sim.isReliableTransport() ? 0 : m_sim.t4();
    m_sim.schedule(wait, [this] {
        if (!m_sim.isReliableTransport())
            m_sim.annotate(AnnotationKind::Timer, m_owner.index(), QStringLiteral("Timer I"), QStringLiteral("fired"),
                           Rules::TimerI);
        setState(State::Terminated);
    });
}

} // namespace SipLab
