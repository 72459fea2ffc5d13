#include "ladderlayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace SipLab {

namespace {

ArrowKind kindOf(const SipMessage &m)
{
    if (m.isRequest())
        return ArrowKind::Request;
    switch (m.statusCode() / 100) {
    case 1:
        return ArrowKind::Provisional;
    case 2:
        return ArrowKind::Success;
    case 3:
        return ArrowKind::Redirection;
    case 4:
        return ArrowKind::ClientError;
    case 5:
        return ArrowKind::ServerError;
    default:
        return ArrowKind::GlobalFailure;
    }
}

QString formatTime(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("%1.%2 s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
    // "12.345 s", written directly: QString::arg twice per row was a third of the layout's time.
    QString text = QString::number(ms / 1000);
    const int frac = int(ms % 1000);
    const QChar tail[] = {QLatin1Char('.'), QLatin1Char(char('0' + frac / 100)), QLatin1Char(char('0' + frac / 10 % 10)),
                          QLatin1Char(char('0' + frac % 10)), QLatin1Char(' '), QLatin1Char('s')};
    text.append(tail, 6);
    return text;
}

QString annotationText(const TraceAnnotation &a)
{
    switch (a.kind) {
    case AnnotationKind::Timer:
        // The timer's RFC name stays as it is ("Timer B"); the words around it follow the
        // interface language (the installed translator).
        if (a.state == QLatin1String("fired"))
            return QCoreApplication::translate("SipLab::LadderLayout", "%1 fired").arg(a.subject);
        return a.state.isEmpty() ? a.subject : QStringLiteral("%1 %2").arg(a.subject, a.state);
    case AnnotationKind::TransactionState:
        return QStringLiteral("%1 → %2").arg(a.subject.section(QLatin1Char('/'), 1), a.state);
    case AnnotationKind::DialogState:
        return QCoreApplication::translate("SipLab::LadderLayout", "dialog → %1").arg(a.state);
    case AnnotationKind::Note:
        break;
    }
    return a.state.isEmpty() ? a.subject : a.state;
}

} // namespace

LadderLayout LadderLayout::build(const CallTrace &trace, const LadderLayoutOptions &requested)
{
    LadderLayout l;
    // Five or six lanes (proxies and a callee's devices): the lanes come closer, down to 3/4 of
    // the pitch, so that the call fits about the width of four and a half lanes; every surface
    // (screen, PNG, PDF, SVG, HTML) takes the pitch from here.
    LadderLayoutOptions options = requested;
    int shown = 0;
    for (int i = 0; i < trace.nodes.size(); ++i)
        shown += options.hiddenNodes.contains(i) ? 0 : 1;
    if (shown > 4)
        options.laneWidth *= std::max(CompactLaneFactor, 4.5 / shown);
    l.m_options = options;
    const double left = options.margin + (options.showTimeColumn ? options.timeColumnWidth : 0);
    QList<double> laneOfNode(trace.nodes.size(), -1);
    for (int i = 0; i < trace.nodes.size(); ++i) {
        if (options.hiddenNodes.contains(i))
            continue;
        LadderLane lane;
        lane.node = i;
        lane.x = left + options.laneWidth / 2 + l.m_lanes.size() * options.laneWidth;
        const NodeAddress &a = trace.nodes[i].address;
        lane.title = a.name;
        lane.subtitle = a.user.isEmpty() ? a.domain : a.user + QLatin1Char('@') + a.domain;
        // The devices of one callee share the address of record (bob@biloxi.example): their
        // lanes show where each device is (bob@softphone.biloxi.example) instead.
        if (!a.user.isEmpty()) {
            for (int j = 0; j < trace.nodes.size(); ++j) {
                const NodeAddress &other = trace.nodes[j].address;
                if (j != i && other.user == a.user && other.domain == a.domain && other.host != a.host) {
                    lane.subtitle = a.user + QLatin1Char('@') + a.host;
                    break;
                }
            }
        }
        lane.address = QStringLiteral("%1:%2").arg(a.ip).arg(a.port);
        laneOfNode[i] = lane.x;
        l.m_lanes.append(lane);
    }
    double y = options.headerHeight + options.rowHeight * 0.5;
    l.m_arrowOfMessage = QList<int>(trace.messages.size(), -1);
    int annotationIndex = 0;
    auto placeAnnotationsUpTo = [&](int fNumber) {
        // Annotations that happened after message fNumber-1 and before message fNumber.
        while (annotationIndex < trace.annotations.size() && trace.annotations[annotationIndex].afterMessage < fNumber) {
            const TraceAnnotation &a = trace.annotations[annotationIndex];
            if (options.showAnnotations && laneOfNode.value(a.node, -1) >= 0 && a.kind != AnnotationKind::Note) {
                LadderNote note;
                note.annotation = annotationIndex;
                note.x = laneOfNode[a.node];
                y += options.annotationHeight;
                note.y = y - options.annotationHeight / 2;
                note.text = annotationText(a);
                l.m_notes.append(note);
            }
            ++annotationIndex;
        }
    };
    qint64 previousTime = 0;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        placeAnnotationsUpTo(m.fNumber);
        const double x1 = laneOfNode.value(m.from, -1);
        const double x2 = laneOfNode.value(m.to, -1);
        if (x1 < 0 || x2 < 0)
            continue; // a message to or from a hidden lane is not drawn
        y += options.rowHeight;
        LadderArrow a;
        a.message = i;
        a.fNumber = m.fNumber;
        a.y = y;
        a.x1 = x1;
        a.x2 = x2;
        a.selfMessage = x1 == x2;
        a.label = QLatin1Char('F') + QString::number(m.fNumber) + QLatin1Char(' ') + m.label();
        if (const int mark = options.footnoteMarks.value(i, 0))
            a.label += QStringLiteral(" [%1]").arg(mark);
        if (options.labelMode == LabelMode::Detailed) {
            const std::optional<CSeq> cseq = m.message.cseq();
            const std::optional<Via> via = m.message.topVia();
            a.detail = QStringLiteral("CSeq %1 %2  %3")
                           .arg(cseq ? cseq->number : 0)
                           .arg(cseq ? cseq->method : QString(), via ? via->branch() : QString());
        }
        a.timeText = options.timeMode == TimeMode::Absolute ? formatTime(m.sendTimeMs)
                                                            : QStringLiteral("+%1 ms").arg(m.sendTimeMs - previousTime);
        previousTime = m.sendTimeMs;
        a.kind = kindOf(m.message);
        a.retransmission = m.retransmission;
        a.lost = m.lost;
        a.marker = options.markers.value(i, MarkerSeverity::None);
        const double top = y - options.rowHeight + 2;
        a.hitRect = QRectF(QPointF(qMin(x1, x2), top), QPointF(qMax(x1, x2), y + 6)).adjusted(-4, 0, 4, 0);
        if (a.selfMessage) // a loop to the right of the lane with its label beside it
            a.hitRect.setRight(x1 + options.laneWidth * 0.9);
        l.m_arrowOfMessage[i] = int(l.m_arrows.size());
        l.m_arrows.append(a);
    }
    placeAnnotationsUpTo(std::numeric_limits<int>::max());
    // Notes sit to the right of their lane: room for those of the right-most lane.
    const double noteOverhang = options.showAnnotations ? (NoteWidthFraction - 0.5) * options.laneWidth + 5 : 0;
    const double width = left + l.m_lanes.size() * options.laneWidth + noteOverhang + options.margin;
    l.m_size = QSizeF(width, y + options.rowHeight + options.margin);
    return l;
}

QPair<int, int> LadderLayout::arrowRange(double top, double bottom) const
{
    // Arrow i occupies [y - rowHeight, y + 6]; arrows are sorted by y.
    const double rowHeight = m_options.rowHeight;
    const auto first = std::lower_bound(m_arrows.begin(), m_arrows.end(), top,
                                        [](const LadderArrow &a, double t) { return a.y + 6 < t; });
    const auto last = std::upper_bound(first, m_arrows.end(), bottom,
                                       [rowHeight](double b, const LadderArrow &a) { return b < a.y - rowHeight; });
    return {int(first - m_arrows.begin()), int(last - m_arrows.begin())};
}

QPair<int, int> LadderLayout::noteRange(double top, double bottom) const
{
    const double h = m_options.annotationHeight;
    const auto first = std::lower_bound(m_notes.begin(), m_notes.end(), top,
                                        [h](const LadderNote &n, double t) { return n.y + h / 2 < t; });
    const auto last = std::upper_bound(first, m_notes.end(), bottom,
                                       [h](double b, const LadderNote &n) { return b < n.y - h / 2; });
    return {int(first - m_notes.begin()), int(last - m_notes.begin())};
}

int LadderLayout::arrowAt(const QPointF &point) const
{
    const QPair<int, int> range = arrowRange(point.y() - 1, point.y() + 1);
    for (int i = range.first; i < range.second; ++i) {
        if (m_arrows[i].hitRect.contains(point))
            return i;
    }
    return -1;
}

int LadderLayout::arrowOfMessage(int messageIndex) const
{
    return m_arrowOfMessage.value(messageIndex, -1);
}

double LadderLayout::laneX(int node) const
{
    for (const LadderLane &lane : m_lanes) {
        if (lane.node == node)
            return lane.x;
    }
    return -1;
}

} // namespace SipLab
