#pragma once

#include "sipnode.h"
#include "textscan.h"

#include <QSet>

#include <unordered_map>
#include <unordered_set>

namespace SipLab {

/// The simulated caller: sends the scenario's request, follows 3xx Contacts, answers 401/407
/// challenges with Digest credentials, retries 422/423/503, acknowledges 2xx end to end, sends
/// PRACK for reliable provisional responses, cancels, re-INVITEs and hangs up as the scenario says.
class UacNode : public SipNode
{
public:
    UacNode(Simulation &simulation, int index);

    void start() override;
    void onRequest(ServerTransaction &transaction, const SipMessage &request, int from) override;
    void onAck(const SipMessage &ack, int from) override;
    void onResponse(ClientTransaction &transaction, const SipMessage &response) override;
    void onStrayResponse(const SipMessage &response, int from) override;
    void onTimeout(ClientTransaction &transaction) override;
    bool hasActiveDialog() const override { return m_confirmed && !m_terminated; }

private:
    SipMessage buildInitialRequest(const TraceRule &rule);
    void sendInitialRequest(const TraceRule &rule);
    SipMessage buildInDialogRequest(const QString &method);
    int destinationFor(const SipMessage &request, bool outOfDialog) const;
    void handleInitialFinal(ClientTransaction &transaction, const SipMessage &response);
    void handleInvite2xx(const SipMessage &response, bool retransmission);
    void handleProvisional(const SipMessage &response);
    void sendCancel();
    void sendBye(const TraceRule &rule);
    void sendReInvite();
    void sendPrack(const SipMessage &reliableResponse);
    /// A 2xx with a To tag other than the kept dialog's: ACK it, then end that dialog with BYE.
    void handleForked2xx(const SipMessage &response);
    void retransmitReInvite2xx();
    void finish(const TraceRule &rule, int status);

    const UacSettings &m_settings;
    QString m_method;
    QString m_callId;
    QString m_fromTag;
    QString m_requestUri;   // current target (changes after a redirect)
    quint32 m_cseq = 0;     // last CSeq number used in this call
    int m_retries = 0;
    int m_expires = 3600;
    int m_sessionExpires = 0;
    int m_minSE = 0;
    QList<SipHeader> m_credentials; // Authorization / Proxy-Authorization for the next attempts
    std::unordered_set<QString, TextScan::Hasher> m_answeredRealms;
    std::unordered_set<QString, TextScan::Hasher> m_triedTargets;
    bool m_retryAfterUsed = false;

    ClientTransaction *m_initial = nullptr; // the INVITE (or other request) being answered
    SipMessage m_initialRequest;
    bool m_cancelScheduled = false;
    bool m_cancelSent = false;
    std::unordered_set<QString, TextScan::Hasher> m_earlyTags;
    std::unordered_set<QString, TextScan::Hasher> m_prackedRSeqs; // "To tag/RSeq": each early dialog of a fork has its own RSeq space
    QStringList m_targetSet;      // Contacts of a 3xx not tried yet (RFC 3261 8.1.3.4)
    QSet<int> m_failedHops;       // first hops that never answered (RFC 3263 4.3)
    /// Dialogs a fork created besides the one the UAC keeps (RFC 3261 13.2.2.4): To tag -> the ACK sent.
    std::unordered_map<QString, SipMessage, TextScan::Hasher> m_extraDialogs;
    QSet<ClientTransaction *> m_extraByes;

    // Dialog (RFC 3261 12.1.2)
    bool m_confirmed = false;
    bool m_terminated = false;
    QString m_remoteTag;
    QString m_remoteTarget;
    QStringList m_routeSet;
    SipMessage m_ack;          // the ACK for the current 2xx, re-sent for each 2xx retransmission
    quint32 m_ackedCSeq = 0;
    bool m_byeScheduled = false;
    bool m_reInviteSent = false;
    int m_sdpVersion = 0;
    QSet<int> m_redirectedBy;  // redirect servers (ProxyRole::Redirect) that answered with a 3xx
    // The 2xx to the callee's re-INVITE, retransmitted until its ACK (RFC 3261 13.3.1.4)
    SipMessage m_reInvite2xx;
    int m_reInvite2xxTo = 0;
    bool m_reInviteAcked = false;
    int m_reInvite2xxInterval = 0;
    qint64 m_reInvite2xxStarted = 0;
    Simulation::TimerId m_reInvite2xxTimer = 0;
};

} // namespace SipLab
