#pragma once

#include "sipnode.h"

#include <QHash>

namespace SipLab {

/// A transaction-stateful proxy (RFC 3261 16): validates the request, answers it itself when
/// the learner says so (or challenges, redirects, rejects 483), otherwise forwards it with
/// Max-Forwards - 1, its own Via and optionally Record-Route; forwards 1xx and 2xx upstream,
/// keeps 3xx-6xx and sends the best one upstream hop by hop, runs Timer C, and handles CANCEL.
/// Also the registrar when the scenario puts it there.
class ProxyNode : public SipNode
{
public:
    ProxyNode(Simulation &simulation, int index, int proxyNumber);

    void onRequest(ServerTransaction &transaction, const SipMessage &request, int from) override;
    void onAck(const SipMessage &ack, int from) override;
    void onResponse(ClientTransaction &transaction, const SipMessage &response) override;
    void onStrayResponse(const SipMessage &response, int from) override;
    void onTimeout(ClientTransaction &transaction) override;

private:
    struct Branch
    {
        ClientTransaction *transaction = nullptr;
        Simulation::TimerId timerC = 0;
        Simulation::TimerId branchTimer = 0; // sequential search: time allowed to this device
        bool cancelPending = false; // CANCEL asked before any provisional (RFC 3261 9.1)
        bool cancelSent = false;
        bool done = false;
    };
    /// The response context of one forwarded request (RFC 3261 16.7).
    struct Context
    {
        ServerTransaction *server = nullptr;
        QList<Branch> branches;
        QList<SipMessage> finals; // 3xx-6xx received, best chosen when every branch is done
        bool finalSent = false;
        bool cancelled = false;
        QStringList triedTargets;
        QStringList pendingTargets; // sequential search: the devices not tried yet, in order
        bool stopSearch = false;     // a 6xx arrived: no new branch (RFC 3261 16.7 step 5)
        int from = 0;
    };

    bool isResponsibleForCallee() const;
    bool isRegistrar() const;
    bool challenges() const;
    void handleCancel(ServerTransaction &transaction, const SipMessage &cancel);
    void forward(Context &context, const SipMessage &request, int from, const QString &target, const TraceRule &rule);
    int nextHop(const SipMessage &request, int from) const;
    SipMessage prepareForward(const SipMessage &request, const QString &branch, bool addRecordRoute) const;
    void respondUpstream(Context &context, const SipMessage &response, const TraceRule &rule);
    void branchFinished(Context &context);
    void cancelBranch(Context &context, Branch &branch, const TraceRule &rule);
    void fireTimerC(ClientTransaction *transaction);
    /// RFC 3261 16.5: the callee's devices this proxy forks to, in order (the `next` lanes,
    /// else every device); empty when the request is not for the callee or there is one device.
    QStringList forkTargets(const SipMessage &request) const;
    /// Sequential search: the next device, when one is left and the search goes on; true if one was tried.
    bool tryNextTarget(Context &context, const TraceRule &rule);
    void fireBranchTimeout(ClientTransaction *transaction);
    /// RFC 3665 3.5: an ALG puts its own address and a media port of its own in the SDP.
    SipMessage rewriteSdp(const SipMessage &message) const;
    void answerRegister(ServerTransaction &transaction, const SipMessage &request);
    /// --role server: registrar, OPTIONS, routing by the bindings and the relay rule; true
    /// when the request was answered (false: forward it as usual, to the *targets if any: every
    /// contact of the address of record).
    bool serveClassroom(ServerTransaction &transaction, const SipMessage &request, QStringList *targets);
    /// --role server: the request may leave our domain (RFC 3261 26.3.2.2).
    bool mayRelay(const SipMessage &request) const;
    Context *contextOf(ClientTransaction *transaction, Branch **branch = nullptr);
    Context *contextOf(ServerTransaction *transaction);

    const ProxySettings &m_settings;
    int m_number = 0;           // 0 for P1, 1 for P2
    std::vector<std::unique_ptr<Context>> m_contexts;
    bool m_rejectedOnce = false;
};

} // namespace SipLab
