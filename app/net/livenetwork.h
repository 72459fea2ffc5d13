#pragma once

#include "calltrace.h"
#include "requestvalidator.h"
#include "simulation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <unordered_map>
#include <memory>

class QTimer;

namespace SipLab {

class UdpTransport;

/// Live mode: runs the engine's nodes on the real clock with real UDP sockets (RFC 3261 18).
/// The node logic is the Simulation's; this class only swaps the in-memory wire and the
/// virtual clock: each local lane gets a UdpTransport, every datagram is parsed (SipParser) and
/// checked (RequestValidator) before a node sees it, and a QTimer drives Simulation::advanceTo
/// with real milliseconds.
///
/// Two ways to use it:
/// - one call (GUI, `siplab-cli call`): start() with one Simulation whose local lanes are bound;
/// - a server (`siplab-cli serve`): serve() with a factory that makes one Simulation per Call-ID
///   for the first request of each call; a call is forgotten when it has no pending timer and no
///   open dialog, so memory stays bounded however many calls pass.
class LiveNetwork : public QObject
{
    Q_OBJECT
public:
    /// Makes the Simulation of a new call for its first request (which came from peerIp:peerPort).
    using CallFactory = std::function<std::unique_ptr<Simulation>(const SipMessage &request, const QString &peerIp,
                                                                  int peerPort)>;

    explicit LiveNetwork(QObject *parent = nullptr);
    ~LiveNetwork() override;

    /// Binds local lane `lane` to address:port (port 0 picks a free one). False + errorString().
    bool bind(int lane, const QHostAddress &address, quint16 port);
    quint16 boundPort(int lane) const;
    QString errorString() const { return m_error; }
    /// Who judges incoming requests (RFC 4475 answers depend on it).
    void setElementRole(ElementRole role) { m_role = role; }
    /// How many messages of a finished call the server keeps: 0 (default in serve) keeps none.
    void setRecordTraces(bool record) { m_recordTraces = record; }

    /// One call: the simulation's local lanes must have been bound (bind()) beforehand.
    void start(std::unique_ptr<Simulation> simulation);
    /// A server on lane `localLane` (bound beforehand): one Simulation per call from `factory`.
    void serve(int localLane, CallFactory factory);
    void stop();

    /// The single call of start() (nullptr in serve mode).
    Simulation *simulation() const;
    /// Calls the server holds right now (state that must go back to ~0 when traffic stops).
    int callCount() const { return int(m_calls.size()); }
    /// Transactions over every call held (for the memory-bound checks).
    int transactionCount() const;
    /// Finished transactions of a quiet server kept only as what they still do until their
    /// last timer (see Held); they are not calls and hold no Simulation.
    int heldAnswerCount() const { return m_heldCount; }
    /// Milliseconds since start()/serve().
    qint64 now() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qint64 datagramsReceived() const { return m_received; }
    qint64 datagramsRejected() const { return m_rejected; }
    qint64 datagramsDropped() const { return m_dropped; }

    /// RFC 3261 18.2.2 / RFC 3581 4: where a response goes: received (else sent-by host) and
    /// rport (else sent-by port, else 5060).
    static QPair<QString, int> responseDestination(const Via &via);
    /// The 400 (or other code) answer to a datagram that did not parse, built from its raw
    /// Via/From/To/Call-ID/CSeq lines; empty when no usable Via is found (then it is dropped).
    /// `toTag` goes on a To header that has none.
    static QByteArray rawErrorResponse(const QByteArray &datagram, int status, const QString &reason,
                                       const QString &toTag = QStringLiteral("siplab400"));
    /// Reason phrase safe for a status line (RFC 3261 25.1: no CR/LF, printable), at most 200 chars.
    static QString sanitizeReason(const QString &text);

Q_SIGNALS:
    /// Every message as it happens: sent by a local node or arrived from an external peer.
    /// `number` counts messages over the whole session (F-number of the printed line). `call`
    /// numbers the calls of serve() 1, 2, ... in order of first appearance (0 in start() mode).
    void messageTraced(int number, qint64 timeMs, const QString &fromName, const QString &toName,
                       const SipMessage &message, bool retransmission, int call);
    /// The same message with the engine's rule (why it was sent, for a ladder): the lanes it went
    /// between and the time in ms since serve()/start(). Emitted right after messageTraced.
    void messageRecorded(int call, const SipLab::TraceMessage &message, const SipLab::TraceNode &from,
                         const SipLab::TraceNode &to, qint64 timeMs);
    /// A datagram answered with an error or dropped, and why.
    void datagramRejected(const QString &peer, int status, const QString &reason);
    /// start() mode: the call reached its outcome (Simulation::setOutcome); status as there.
    void callFinished(int finalStatus);
    void transportError(const QString &message);

private:
    struct Call
    {
        std::unique_ptr<Simulation> simulation;
        qint64 wake = -1;      // time of the wake-up queued for it, -1 none
        qint64 lastActivity = 0;
        bool finishedSignalled = false;
        int number = 0; // serve(): 1, 2, ... in order of first appearance
        // The last response sent on each server transaction, as sent: what a transaction
        // in Completed state answers to retransmissions once the call is folded into m_held.
        struct Sent
        {
            QString transaction; // the transaction's id (branch/method)
            QByteArray bytes;
            QString host;
            int port = 0;
        };
        std::vector<Sent> sent;
    };
    /// When a call of a quiet server (nobody keeps or shows its messages) is over for us and
    /// each of its open transactions only waits for its last timer (Simulation::Lingering:
    /// RFC 3261 17.2.2 Completed, 17.2.1 Confirmed, RFC 6026 Accepted, 17.1.2.2 Completed),
    /// its Simulation is dropped and these much smaller records do what the transactions
    /// would have done until the call's last timer: resend the last response to a
    /// retransmitted request, absorb retransmitted INVITEs/ACKs and responses, answer a CANCEL
    /// 200 with the final response's To tag (RFC 3261 9.2).
    struct HeldAnswer
    {
        Simulation::Lingering::Kind kind = Simulation::Lingering::Kind::ResendLastResponse;
        QString method;
        QByteArray response; // ResendLastResponse: the bytes as sent
        QString host;
        int port = 0;
        QString toTag;
    };
    struct Held
    {
        qint64 expiry = 0; // when the call's last timer would have fired
        std::vector<HeldAnswer> answers;
    };

    void onDatagram(int lane, const QByteArray &datagram, const QHostAddress &from, quint16 fromPort);
    void attach(Call &call);
    void sendOut(Simulation *simulation, const TraceMessage &message, Call *call);
    /// Someone prints or keeps the messages (messageTraced / messageRecorded connected).
    bool messagesObserved() const;
    /// A server whose messages nobody keeps or shows: its finished calls may be folded into
    /// m_held (and only then does a call remember the responses it sent, Call::sent).
    bool canFold() const;
    /// Folds a finished call into m_held (see HeldAnswer); false when it has more state.
    bool foldCall(Call &call);
    /// Answers a request from m_held when it belongs to a held transaction (RFC 3261 17.2.3
    /// matching, 9.2 for CANCEL); true when handled.
    bool answerFromHeld(int lane, const QByteArray &datagram, const SipMessage &request, const Via &via);
    /// True when a response is a retransmission a held client transaction absorbs (17.1.2.2).
    bool absorbedByHeld(const SipMessage &response, const Via &via);
    void expireHeld();
    void sendRaw(int lane, const QByteArray &bytes, const QString &host, int port);
    void touched(const QString &key);
    int callNumberFor(const QString &key);
    void forget(std::unordered_map<QString, Call>::iterator it);
    void armTimer();
    void onTimer();
    void forwardStrayResponse(int lane, SipMessage response);

    QHash<int, UdpTransport *> m_transports;
    std::unordered_map<QString, Call> m_calls; // by Call-ID ("" in start() mode)
    std::multimap<qint64, QString> m_wakeups;
    /// By "S" branch LF sent-by (lower case) for server transactions, "C" branch LF method for
    /// client transactions.
    std::unordered_map<QString, Held> m_held;
    std::deque<std::pair<qint64, QString>> m_heldOrder; // (expiry, key), oldest first
    int m_heldCount = 0; // answers over m_held
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
    CallFactory m_factory;
    int m_serveLane = -1;
    bool m_single = false;
    bool m_recordTraces = false;
    ElementRole m_role = ElementRole::Proxy;
    QString m_error;
    int m_number = 0;
    int m_callNumber = 0;
    /// Numbers of calls forgotten lately, so that a late request of one (a BYE after the proxy
    /// forgot the call, an ACK after Timer L) keeps its tag; at most RecentCallNumbers kept.
    QHash<QString, int> m_recentNumbers;
    std::deque<std::pair<QString, int>> m_recentOrder;
    QHostAddress m_lastFromAddress; // the sender of the last datagram, and its text
    QString m_lastFromText;
    QString m_lastToHost; // the host of the last datagram sent, and its address
    QHostAddress m_lastToAddress;
    qint64 m_received = 0;
    qint64 m_rejected = 0;
    qint64 m_dropped = 0;
};

} // namespace SipLab
