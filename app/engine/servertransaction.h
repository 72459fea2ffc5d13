#pragma once

#include "calltrace.h"
#include "simulation.h"
#include "sipmessage.h"

namespace SipLab {

class SipNode;

/// An INVITE or non-INVITE server transaction (RFC 3261 17.2.1, 17.2.2; Figures 7 and 8):
/// sends 100 Trying for INVITE unless the TU answers within 200 ms, sends the TU's responses,
/// answers request retransmissions with the last response, retransmits a 3xx-6xx to INVITE on
/// an unreliable transport (Timer G) until the ACK (Timer H), absorbs ACKs (Timer I) and
/// request retransmissions (Timer J). In live mode an INVITE answered with a 2xx waits in
/// RFC 6026's Accepted state (Timer L) so that a late retransmission of the INVITE is absorbed.
class ServerTransaction
{
public:
    enum class State { Trying, Proceeding, Completed, Confirmed, Accepted, Terminated };

    ServerTransaction(SipNode &owner, const SipMessage &request, int from);

    bool isInvite() const { return m_invite; }
    State state() const { return m_state; }
    const SipMessage &request() const { return m_request; }
    int source() const { return m_source; }
    QString branch() const { return m_branch; }
    QString sentBy() const { return m_sentBy; }
    /// branch/method: names the transaction in annotations and the trace (made once).
    QString id() const { return m_id; }
    bool hasFinalResponse() const { return m_finalStatus >= 200; }
    int finalStatus() const { return m_finalStatus; }
    const SipMessage &lastResponse() const { return m_lastResponse; }

    /// RFC 3261 17.2.3: top Via branch and sent-by equal, method equal (ACK matches INVITE).
    bool matches(const QString &branch, const QString &sentBy, const QString &method) const;
    /// INVITE only: send 100 Trying after `delayMs` unless a response went out first (17.2.1).
    void sendTryingAfter(int delayMs, const TraceRule &rule);
    /// Sends a response from the TU on this transaction.
    void respond(const SipMessage &response, const TraceRule &rule);
    void receiveRetransmission();
    void receiveAck(const SipMessage &ack);
    /// RFC 6026 7.1: an ACK matching an INVITE transaction in Accepted state is for the TU.
    bool isAccepted() const { return m_state == State::Accepted; }

private:
    void setState(State state);
    void transmit(const TraceRule &rule, bool retransmission);
    void fireTimerG();

    SipNode &m_owner;
    Simulation &m_sim;
    SipMessage m_request;
    int m_source = 0;
    QString m_branch;
    QString m_id; // id()
    QString m_subject; // "server <id>": what its state annotations name, built once
    QString m_sentBy;
    bool m_invite = false;
    State m_state = State::Proceeding;
    int m_finalStatus = 0;
    SipMessage m_lastResponse;
    bool m_hasResponse = false;
    int m_retransmitInterval = 0;
    Simulation::TimerId m_timerG = 0;
    Simulation::TimerId m_timerH = 0;
};

} // namespace SipLab
