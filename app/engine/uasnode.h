#pragma once

#include "sipnode.h"
#include "textscan.h"


#include <unordered_map>

namespace SipLab {

/// The simulated callee (and registrar or notifier when the scenario asks for one): answers the
/// request with the provisional and final responses the learner chose, reliably when asked
/// (RFC 3262), retransmits its 2xx until the ACK, handles CANCEL, BYE, PRACK and re-INVITE.
class UasNode : public SipNode
{
public:
    UasNode(Simulation &simulation, int index, const UasSettings &settings);

    void onRequest(ServerTransaction &transaction, const SipMessage &request, int from) override;
    void onAck(const SipMessage &ack, int from) override;
    void onResponse(ClientTransaction &transaction, const SipMessage &response) override;
    void onStrayResponse(const SipMessage &, int) override {}
    void onTimeout(ClientTransaction &transaction) override;
    bool hasActiveDialog() const override { return m_confirmed && !m_terminated; }

private:
    /// The responses the script gives to the first request, or to a retried one.
    QList<ResponseStep> stepsFor(bool firstRequest, bool invite) const;
    struct InviteState
    {
        ServerTransaction *transaction = nullptr;
        QString toTag;
        QList<ResponseStep> steps;
        int nextStep = 0;
        QList<Simulation::TimerId> timers;
        quint32 rseq = 0;
        bool awaitingPrack = false;
        bool answerSent = false;      // an SDP answer went out in a reliable provisional
        SipMessage reliableResponse;  // retransmitted until PRACKed (RFC 3262 3)
        int reliableInterval = 0;
        qint64 reliableStarted = 0;   // first transmission: the PRACK wait ends 64*T1 later
        Simulation::TimerId reliableTimer = 0;
        bool cancelled = false;
        QByteArray sdp;               // our answer to the INVITE's offer (or our offer when it had none)
    };

    bool authorized(const SipMessage &request);
    void handleInitialInvite(ServerTransaction &transaction, const SipMessage &request);
    void handleNonInvite(ServerTransaction &transaction, const SipMessage &request);
    void handleRegister(ServerTransaction &transaction, const SipMessage &request);
    void scheduleNextStep(InviteState &state, int extraDelayMs = 0);
    void sendStep(InviteState &state);
    void retransmitReliable(InviteState &state);
    void scheduleReliable(InviteState &state, qint64 deadline);
    void send2xx(InviteState &state, const SipMessage &response);
    void retransmit2xx();
    void sendBye(const TraceRule &rule);
    void sendReInvite();
    SipMessage buildInDialogRequest(const QString &method);
    int inDialogHop(const SipMessage &request) const;
    void sendNotify(const SipMessage &subscribe);
    SipMessage buildResponse(const SipMessage &request, int code, const QString &toTag);
    InviteState *stateFor(ServerTransaction *transaction);
    /// RFC 3264 6: our answer to the offer in `request` (our own offer when it carries none);
    /// empty when no offered format is one we support (then 488). A new o= version whenever
    /// the answer differs from the last one we sent (RFC 3264 8).
    QByteArray sdpFor(const SipMessage &request);

    const UasSettings &m_settings;
    int m_initialRequests = 0;
    QList<InviteState> m_invites;
    std::unordered_map<QString, QString, TextScan::Hasher> m_answeredInvites; // "branch sent-by" of INVITEs answered 2xx -> To tag

    // Dialog (RFC 3261 12.1.1) once a 2xx has been sent
    bool m_confirmed = false;
    bool m_terminated = false;
    bool m_ackReceived = false;
    QString m_callId;
    QString m_localTag;
    QString m_remoteTag;
    QString m_remoteTarget;
    QStringList m_routeSet;
    QString m_localUri;  // To of the INVITE (our identity)
    QString m_remoteUri; // From of the INVITE
    quint32 m_localCSeq = 0;
    SipMessage m_2xx;
    int m_2xxInterval = 0;
    qint64 m_2xxStarted = 0;
    Simulation::TimerId m_2xxTimer = 0;
    int m_sdpVersion = 0;
    bool m_reInviteSent = false;
    QByteArray m_lastSdp; // the last SDP we sent, without its o= line
    bool m_sdpSent = false;
};

} // namespace SipLab
