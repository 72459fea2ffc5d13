#pragma once

#include "calltrace.h"
#include "simulation.h"
#include "sipmessage.h"

namespace SipLab {

class SipNode;

/// An INVITE or non-INVITE client transaction (RFC 3261 17.1.1, 17.1.2; Figures 5 and 6):
/// sends the request, retransmits it on an unreliable transport (Timers A, E), times out
/// (Timers B, F), ACKs 3xx-6xx responses to INVITE itself and absorbs retransmitted responses
/// (Timers D, K).
class ClientTransaction
{
public:
    enum class State { Calling, Trying, Proceeding, Completed, Terminated };

    ClientTransaction(SipNode &owner, const SipMessage &request, int destination);
    void start(const TraceRule &rule);

    bool isInvite() const { return m_invite; }
    State state() const { return m_state; }
    bool isTerminated() const { return m_state == State::Terminated; }
    const SipMessage &request() const { return m_request; }
    int destination() const { return m_destination; }
    QString branch() const { return m_branch; }
    QString method() const { return m_request.method(); }
    /// branch/method: names the transaction in annotations and the trace (made once).
    QString id() const { return m_id; }
    /// A provisional response (any 1xx) has arrived.
    bool hasProvisional() const { return m_hasProvisional; }
    /// A 101-199 has arrived (what allows a CANCEL, RFC 3261 9.1; resets Timer C).
    int finalStatus() const { return m_finalStatus; }

    /// RFC 3261 17.1.3: the response's top Via branch and CSeq method match this transaction.
    bool matches(const SipMessage &response) const;
    /// The same match with the response's top Via branch and CSeq method already parsed.
    bool matches(const QString &branch, const QString &cseqMethod) const;
    void receiveResponse(const SipMessage &response, int from);
    /// Ends the transaction without waiting (used when the TU gives up on it).
    void terminate();

    int userData = 0; // free for the transaction user (e.g. a proxy's branch number)

private:
    void setState(State state);
    void sendAck(const SipMessage &response, bool retransmission);
    void fireTimerAorE();
    void fireTimeout(); // Timer B or F
    void stopTimers();

    SipNode &m_owner;
    Simulation &m_sim;
    SipMessage m_request;
    int m_destination = 0;
    QString m_branch;
    QString m_id; // id()
    QString m_subject; // "INVITE client <id>": what its state annotations name, built once
    bool m_invite = false;
    State m_state = State::Calling;
    bool m_hasProvisional = false;
    int m_finalStatus = 0;
    int m_retransmitInterval = 0;
    Simulation::TimerId m_retransmitTimer = 0;
    Simulation::TimerId m_timeoutTimer = 0;
    SipMessage m_ack;
};

} // namespace SipLab
