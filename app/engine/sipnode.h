#pragma once

#include "calltrace.h"
#include "simulation.h"
#include "sipmessage.h"

#include <memory>
#include <vector>

namespace SipLab {

class ClientTransaction;
class ServerTransaction;

/// Base of the simulated UAC, proxy and UAS: owns the node's transactions, dispatches what
/// arrives from the wire to them (RFC 3261 17.1.3, 17.2.3) and hands the rest to the
/// transaction user (the subclass). Also builds what every element builds the same way:
/// responses (8.2.6), Via values and next-hop routing.
class SipNode
{
public:
    SipNode(Simulation &simulation, int index);
    virtual ~SipNode();
    SipNode(const SipNode &) = delete;
    SipNode &operator=(const SipNode &) = delete;

    int index() const { return m_index; }
    const NodeAddress &address() const;
    /// This node's SDP body (SdpBody::forNode at its address).
    QByteArray sdpBody(int mediaPort, int version, bool hold = false) const;
    Simulation &simulation() { return m_sim; }

    /// Called once at time 0 (the UAC starts the call).
    virtual void start() {}
    /// A message arrives from the wire.
    void deliver(const SipMessage &message, int from);

    // Transaction user callbacks.
    /// A new request (not a retransmission, not an ACK), with the server transaction made for it.
    virtual void onRequest(ServerTransaction &transaction, const SipMessage &request, int from) = 0;
    /// An ACK that matches no server transaction: the end-to-end ACK for a 2xx (RFC 3261 17.2.3).
    virtual void onAck(const SipMessage &ack, int from) = 0;
    /// A response the client transaction passes up (1xx, 2xx, the first 3xx-6xx).
    virtual void onResponse(ClientTransaction &transaction, const SipMessage &response) = 0;
    /// A response that matches no client transaction (e.g. a retransmitted 2xx, RFC 3261 17.1.1.2).
    virtual void onStrayResponse(const SipMessage &response, int from) = 0;
    /// Timer B or F fired: the TU treats it as a 408 (RFC 3261 8.1.3.1).
    virtual void onTimeout(ClientTransaction &transaction) = 0;
    /// Timer H fired: the ACK never came (RFC 3261 17.2.1).
    virtual void onServerTimeout(ServerTransaction &) {}
    /// A dialog is established and not yet ended (live mode keeps the call until it ends).
    virtual bool hasActiveDialog() const { return false; }
    /// How many transactions the node holds (live mode checks that they go away).
    int transactionCount() const { return int(m_clients.size() + m_servers.size()); }
    /// Appends what each open transaction still does (Simulation::lingeringTransactions);
    /// false when one is in any other state or a dialog is active.
    bool collectLingering(std::vector<Simulation::Lingering> *out) const;

    /// Starts a client transaction for `request` towards node `to`.
    ClientTransaction &startClientTransaction(const SipMessage &request, int to, const TraceRule &rule);
    /// Sends a request outside any transaction (ACK for 2xx, RFC 3261 13.2.2.4, 16.6).
    void sendStateless(const SipMessage &message, int to, const TraceRule &rule, bool retransmission = false);
    /// The server transaction of an INVITE that a CANCEL or ACK refers to (same branch and sent-by).
    ServerTransaction *findServerTransaction(const QString &branch, const QString &sentBy, const QString &method);
    /// RFC 3261 9.2: the transaction a CANCEL refers to, of any method but CANCEL and ACK (same
    /// branch and sent-by, 17.2.3), while it is not terminated; nullptr when there is none.
    ServerTransaction *findCancelTarget(const QString &branch, const QString &sentBy);
    ClientTransaction *findClientTransaction(const QString &branch, const QString &method);

    /// A response to `request` as RFC 3261 8.2.6 builds it: Via, From, Call-ID, CSeq copied, To
    /// with `toTag` added when the request had none (not on 100).
    SipMessage makeResponse(const SipMessage &request, int code, const QString &toTag = QString()) const;
    /// A response with the headers its code requires (RFC 3261 20 Tables 2-3): WWW-/Proxy-
    /// Authenticate, Allow, Min-SE, Min-Expires, Contact for 3xx, Retry-After when given ...
    SipMessage makeFinalResponse(const SipMessage &request, int code, const QString &toTag, int retryAfter = 0);
    /// A registrar's 200 OK to REGISTER: every binding with its expires parameter (RFC 3261 10.3 step 8).
    SipMessage makeRegisterOk(const SipMessage &request, const QString &toTag) const;
    /// The live registrar's answer to a REGISTER, from the shared location service (RFC 3261
    /// 10.3 steps 5-8): 200 with every current binding, 400, 423 with Min-Expires, 503 with
    /// Retry-After. *rule says which rule it follows.
    SipMessage registerWithLocation(const SipMessage &request, const QString &toTag, TraceRule *rule);
    /// Digest check against the users of the server state (RFC 3261 22): 0 when `header`
    /// (Authorization or Proxy-Authorization) holds valid credentials of a listed user (its
    /// name in *user), else the status to answer: 401/407 to challenge. The nonce must be one
    /// this server issued and still fresh (RFC 3261 22.4, RFC 2617 3.2.1); *stale (when given)
    /// is set when the only right digest used an expired nonce of ours.
    int checkUserCredentials(const SipMessage &request, const QString &header, QString *user,
                             bool *stale = nullptr) const;
    /// A 401 or 407 challenge with a fresh nonce (remembered by the server state, when there is
    /// one); `stale` adds stale=true (RFC 2617 3.2.1).
    SipMessage makeChallenge(const SipMessage &request, int code, const QString &toTag, bool stale);
    /// RFC 3261 20.17 / RFC 1123: "Sat, 13 Nov 2010 23:29:00 GMT".
    static QString httpDate(qint64 msSinceEpoch);
    /// Warning: 399 with our host and `text` (RFC 3261 20.43: a miscellaneous warning says why).
    QString warningValue(const QString &text) const;
    static constexpr int MinSE = 1800;       // RFC 4028: the minimum session interval of our nodes
    static constexpr int MinExpires = 3600;  // the minimum registration expiry of our registrars
    /// This node's Via with `branch` (its transport, host and port).
    Via ownVia(const QString &branch) const;
    /// This node's Via with `branch` (RFC 3261 8.1.1.7), added to `message` already parsed:
    /// at the end of a request it builds, or on top of one it forwards (16.6 step 8).
    void addOwnVia(SipMessage &message, const QString &branch) const;
    void prependOwnVia(SipMessage &message, const QString &branch) const;
    QString contactValue() const;
    /// host for Record-Route: the host name in a simulation, host:port in live mode where
    /// several nodes share one IP address.
    QString routeHost() const;
    /// The node a request goes to next: the first Route, else the Request-URI host; -1 when
    /// neither names a node (the caller then routes by its own rules).
    int nextHopByRoute(const SipMessage &request) const;
    /// The node a response goes back to: the sent-by of its top Via (RFC 3261 18.2.2).
    int nodeOfTopVia(const SipMessage &response) const;
    bool isOwnUri(const SipUri &uri) const;

protected:
    Simulation &m_sim;
    int m_index = 0;
    std::vector<std::unique_ptr<ClientTransaction>> m_clients;
    std::vector<std::unique_ptr<ServerTransaction>> m_servers;
    mutable QString m_contact; // contactValue(), built once
};

} // namespace SipLab
