#pragma once

#include "calltrace.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

namespace SipLab {

/// What an arrow carries, for its colour: requests are neutral, each response class distinct.
enum class ArrowKind { Request, Provisional, Success, Redirection, ClientError, ServerError, GlobalFailure };
enum class TimeMode { Absolute, Delta };
enum class LabelMode { Short, Detailed }; // "180 Ringing" or with CSeq and branch
/// How serious the worst finding on a message is (app/capture checks captured calls against
/// RFC 3261): drawn as a badge before the arrow's label on the screen and in every export.
enum class MarkerSeverity : quint8 { None, Note, Warning, Error };

struct LadderLayoutOptions
{
    QSet<int> hiddenNodes;          // indexes into CallTrace::nodes
    bool showTimeColumn = true;
    TimeMode timeMode = TimeMode::Absolute;
    LabelMode labelMode = LabelMode::Short;
    bool showAnnotations = true;    // timers, transaction and dialog states
    double laneWidth = 200;         // distance between lane centres
    double rowHeight = 36;          // one message per row
    double annotationHeight = 18;   // one annotation line
    double headerHeight = 64;       // lane header (name, address); stays visible when scrolling
    double timeColumnWidth = 72;
    double margin = 16;
    QList<int> footnoteMarks;       // per message index: footnote number shown as " [n]" after the label (0: none)
    QList<MarkerSeverity> markers;  // per message index: a finding badge on its arrow (None: no badge)
    bool operator==(const LadderLayoutOptions &) const = default;
};

struct LadderLane
{
    int node = 0;          // index into CallTrace::nodes
    double x = 0;          // centre line
    QString title;         // "UAC", "P1"
    QString subtitle;      // "alice@atlanta.example"; a device sharing its AOR with another: "bob@softphone.biloxi.example"
    QString address;       // "192.0.2.10:5070"
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::LadderLane, Q_RELOCATABLE_TYPE);
namespace SipLab {

struct LadderArrow
{
    int message = 0;       // index into CallTrace::messages
    int fNumber = 0;
    double y = 0;          // the arrow's line; the label sits just above it
    double x1 = 0;         // sender lane
    double x2 = 0;         // receiver lane (for a lost message the cross is at the middle)
    QString label;         // "F3 INVITE" / "F4 180 Ringing"
    QString detail;        // "CSeq 1 INVITE, branch z9hG4bK..." (LabelMode::Detailed)
    QString timeText;      // "1.020 s" or "+20 ms"
    ArrowKind kind = ArrowKind::Request;
    bool retransmission = false;
    bool lost = false;
    bool selfMessage = false; // sender and receiver on the same lane (merged lanes of one host)
    MarkerSeverity marker = MarkerSeverity::None;
    QRectF hitRect;        // where a click selects this arrow
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::LadderArrow, Q_RELOCATABLE_TYPE);
namespace SipLab {

struct LadderNote
{
    int annotation = 0;    // index into CallTrace::annotations
    double x = 0;          // lane centre
    double y = 0;          // baseline
    QString text;          // "Timer B fired", "INVITE client: Proceeding"
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::LadderNote, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// Pure geometry of a ladder diagram (Wireshark's flow graph and sngrep's call flow draw the
/// same way): lanes across, messages down in send order, annotations between them. It knows no
/// painter and no widget; LadderRenderer draws it for the screen, SVG, PNG and PDF alike.
/// Lookups by y are binary searches so that only the visible part of a long ladder is touched.
class LadderLayout
{
public:
    LadderLayout() = default;
    static LadderLayout build(const CallTrace &trace, const LadderLayoutOptions &options = {});
    /// A note is at most this fraction of a lane's width wide, starting 5 units right of its lane.
    static constexpr double NoteWidthFraction = 0.8;

    /// The narrowest lane pitch, as a share of LadderLayoutOptions::laneWidth, that five or more
    /// lanes are brought to (options() holds the pitch used).
    static constexpr double CompactLaneFactor = 0.75;
    const LadderLayoutOptions &options() const { return m_options; }
    const QList<LadderLane> &lanes() const { return m_lanes; }
    const QList<LadderArrow> &arrows() const { return m_arrows; }
    const QList<LadderNote> &notes() const { return m_notes; }
    QSizeF size() const { return m_size; } // the whole diagram including the header

    /// Index (into arrows()) of the first arrow whose row intersects [top, bottom], and one past
    /// the last: the arrows to draw for a viewport.
    QPair<int, int> arrowRange(double top, double bottom) const;
    QPair<int, int> noteRange(double top, double bottom) const;
    /// The arrow under a point, or -1.
    int arrowAt(const QPointF &point) const;
    /// Index into arrows() of the arrow of message `messageIndex`, or -1 (hidden lane).
    int arrowOfMessage(int messageIndex) const;
    double laneX(int node) const; // centre of a node's lane, or -1 when hidden

private:
    LadderLayoutOptions m_options;
    QList<LadderLane> m_lanes;
    QList<LadderArrow> m_arrows;
    QList<LadderNote> m_notes;
    QList<int> m_arrowOfMessage;
    QSizeF m_size;
};

} // namespace SipLab
