#pragma once

#include "language.h"
#include "scenario.h"
#include "sipmessage.h"

#include <QList>
#include <QString>

namespace SipLab {

enum class NodeRole { Uac, Proxy, Uas };

/// One lane of the ladder.
struct TraceNode
{
    NodeRole role = NodeRole::Uac;
    NodeAddress address;
    QString name() const { return address.name; }
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::TraceNode, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// Why a node sent a message or did something: an English source string (context
/// "SipLab::Rules", Chinese in the .ts file) and the RFC section it follows.
struct TraceRule
{
    const char *text = nullptr; // QT_TRANSLATE_NOOP("SipLab::Rules", ...)
    const char *section = nullptr; // "RFC 3261 16.7 step 5"
    bool isNull() const { return !text; }
    QString explanation(Language language) const; // the text alone, in that language
    QString toString(Language language) const;    // "text (RFC 3261 16.7 step 5)"
};

/// One message on the wire.
struct TraceMessage
{
    int fNumber = 0;          // F1, F2 ... in the order the messages were sent (RFC 3665 style)
    qint64 sendTimeMs = 0;    // virtual time
    qint64 receiveTimeMs = 0; // equals sendTimeMs + latency; meaningless when lost
    int from = 0;             // index into CallTrace::nodes
    int to = 0;
    SipMessage message;
    QString transaction;      // e.g. "z9hG4bK-p1-2/INVITE": branch and CSeq method of the transaction
    bool retransmission = false;
    bool lost = false;
    TraceRule rule;
    QString label() const;    // "INVITE" or "180 Ringing"
    /// The label with what happened to it on the wire: "INVITE (retransmission)", "180 Ringing (lost)".
    QString labelWithFlags() const;
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::TraceMessage, Q_RELOCATABLE_TYPE);
namespace SipLab {

enum class AnnotationKind { Timer, TransactionState, DialogState, Note };

/// A timer firing, a transaction or dialog changing state, or a note (e.g. "treated as 408"),
/// drawn as a small annotation on a lane.
struct TraceAnnotation
{
    AnnotationKind kind = AnnotationKind::Note;
    qint64 timeMs = 0;
    int node = 0;
    QString subject; // timer name ("Timer B"), transaction id or dialog id
    QString state;   // new state ("Proceeding", "Early", "Confirmed", "fired") or empty
    TraceRule rule;  // what it means, with its RFC section
    int afterMessage = 0; // F-number of the last message sent before it (0 = before any)
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::TraceAnnotation, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// The immutable result of running a Scenario: the nodes, every message on the wire in order,
/// and the annotations. Same scenario -> byte-identical trace (Engine is deterministic).
struct CallTrace
{
    Scenario scenario;
    QList<TraceNode> nodes;
    QList<TraceMessage> messages;
    QList<TraceAnnotation> annotations;
    TraceRule outcome;           // how the call ended
    int finalStatus = 0;         // final status the UAC's last request got (0: none / timeout)
    qint64 endTimeMs = 0;

    int nodeIndex(const QString &name) const;
    /// An identifier for node `node` that diagram languages (Mermaid, PlantUML) accept: its
    /// name when that is ASCII letters, digits and '_' starting with a letter ("P1"), else "N<node>".
    QString nodeIdentifier(int node) const;
    /// The whole trace as indented JSON (messages with their full text, rules in both languages).
    QByteArray toJson() const;
};

} // namespace SipLab
