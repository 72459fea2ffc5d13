#include "ladderrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace SipLab {

namespace {
QFont makeFont(double pointSize, bool bold = false)
{
    QFont f;
    // Noto Sans CJK covers both scripts, so a Chinese label never falls back to boxes.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}
} // namespace

QColor LadderTheme::colorFor(ArrowKind kind) const
{
    switch (kind) {
    case ArrowKind::Request:
        return request;
    case ArrowKind::Provisional:
        return provisional;
    case ArrowKind::Success:
        return success;
    case ArrowKind::Redirection:
        return redirection;
    case ArrowKind::ClientError:
        return clientError;
    case ArrowKind::ServerError:
        return serverError;
    case ArrowKind::GlobalFailure:
        return globalFailure;
    }
    return request;
}

LadderTheme LadderTheme::light()
{
    LadderTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.laneLine = QColor(0xb0, 0xb7, 0xc3);
    t.headerBackground = QColor(0xee, 0xf2, 0xf7);
    t.headerText = QColor(0x1f, 0x29, 0x37);
    t.text = QColor(0x11, 0x18, 0x27);
    t.mutedText = QColor(0x6b, 0x72, 0x80);
    t.selection = QColor(0xfd, 0xe6, 0x8a);
    t.note = QColor(0x4b, 0x55, 0x63);
    t.lostCross = QColor(0xdc, 0x26, 0x26);
    // Distinct hues that stay apart on a washed-out projector and for common colour blindness.
    t.request = QColor(0x37, 0x41, 0x51);
    t.provisional = QColor(0x0e, 0x74, 0x90);
    t.success = QColor(0x15, 0x80, 0x3d);
    t.redirection = QColor(0x6d, 0x28, 0xd9);
    t.clientError = QColor(0xc2, 0x41, 0x0c);
    t.serverError = QColor(0xb9, 0x1c, 0x1c);
    t.globalFailure = QColor(0x9d, 0x17, 0x4d);
    t.font = makeFont(9.5);
    t.headerFont = makeFont(10.5, true);
    t.smallFont = makeFont(8);
    return t;
}

LadderTheme LadderTheme::dark()
{
    LadderTheme t = light();
    t.background = QColor(0x1e, 0x1f, 0x24);
    t.laneLine = QColor(0x55, 0x5b, 0x66);
    t.headerBackground = QColor(0x2b, 0x2e, 0x36);
    t.headerText = QColor(0xe5, 0xe7, 0xeb);
    t.text = QColor(0xf3, 0xf4, 0xf6);
    t.mutedText = QColor(0x9c, 0xa3, 0xaf);
    t.selection = QColor(0x71, 0x5a, 0x12);
    t.note = QColor(0xc0, 0xc6, 0xd0);
    t.request = QColor(0xd1, 0xd5, 0xdb);
    t.provisional = QColor(0x38, 0xbd, 0xf8);
    t.success = QColor(0x4a, 0xde, 0x80);
    t.redirection = QColor(0xa7, 0x8b, 0xfa);
    t.clientError = QColor(0xfb, 0x92, 0x3c);
    t.serverError = QColor(0xf8, 0x71, 0x71);
    t.globalFailure = QColor(0xf4, 0x72, 0xb6);
    return t;
}

LadderTheme LadderTheme::presenter()
{
    LadderTheme t = light();
    t.laneLine = QColor(0x33, 0x33, 0x33);
    t.font = makeFont(14, true);
    t.headerFont = makeFont(16, true);
    t.smallFont = makeFont(11);
    return t;
}

LadderRenderer::LadderRenderer(const CallTrace &trace, const LadderLayout &layout, const LadderTheme &theme)
    : m_trace(trace)
    , m_layout(layout)
    , m_theme(theme)
{
}

void LadderRenderer::paintHeader(QPainter &painter, double width) const
{
    const LadderLayoutOptions &o = m_layout.options();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_theme.background);
    painter.drawRect(QRectF(0, 0, width, o.headerHeight));
    for (const LadderLane &lane : m_layout.lanes()) {
        const QRectF box(lane.x - o.laneWidth / 2 + 8, 6, o.laneWidth - 16, o.headerHeight - 12);
        painter.setPen(QPen(m_theme.laneLine, 1));
        painter.setBrush(m_theme.headerBackground);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(m_theme.headerText);
        painter.setFont(m_theme.headerFont);
        const QFontMetricsF hm(m_theme.headerFont);
        painter.drawText(QRectF(box.left(), box.top() + 2, box.width(), hm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         hm.elidedText(lane.title, Qt::ElideRight, box.width() - 8));
        painter.setFont(m_theme.smallFont);
        painter.setPen(m_theme.mutedText);
        const QFontMetricsF sm(m_theme.smallFont);
        painter.drawText(QRectF(box.left(), box.top() + 2 + hm.height(), box.width(), sm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         sm.elidedText(lane.subtitle, Qt::ElideMiddle, box.width() - 8));
        painter.drawText(QRectF(box.left(), box.top() + 2 + hm.height() + sm.height(), box.width(), sm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, sm.elidedText(lane.address, Qt::ElideMiddle, box.width() - 8));
    }
    painter.restore();
}

void LadderRenderer::paint(QPainter &painter, const QRectF &clip, const LadderPaintState &state) const
{
    const LadderLayoutOptions &o = m_layout.options();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(clip, m_theme.background);

    // Lane lines.
    painter.setPen(QPen(m_theme.laneLine, 1.5, Qt::SolidLine));
    for (const LadderLane &lane : m_layout.lanes())
        painter.drawLine(QPointF(lane.x, qMax(clip.top(), o.headerHeight)), QPointF(lane.x, qMin(clip.bottom(), m_layout.size().height())));

    const QFontMetricsF fm(m_theme.font);
    const QFontMetricsF sm(m_theme.smallFont);
    const QPair<int, int> range = m_layout.arrowRange(clip.top(), clip.bottom());
    for (int i = range.first; i < range.second; ++i) {
        const LadderArrow &a = m_layout.arrows()[i];
        if (state.playback && a.message > state.cursor)
            break;
        const bool animating = state.playback && a.message == state.cursor && state.travel < 1.0;
        const QColor color = m_theme.colorFor(a.kind);
        const bool selected = a.message == state.selectedMessage || a.message == state.compareMessage;
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_theme.selection);
            painter.drawRoundedRect(a.hitRect.adjusted(-6, -2, 6, 2), 4, 4);
        }
        // Time column.
        if (o.showTimeColumn) {
            painter.setFont(m_theme.smallFont);
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRectF(o.margin, a.y - sm.height(), o.timeColumnWidth - 8, sm.height() + 2),
                             Qt::AlignRight | Qt::AlignVCenter, a.timeText);
        }
        const double dir = a.x2 >= a.x1 ? 1 : -1;
        double endX = a.x2;
        if (a.lost)
            endX = (a.x1 + a.x2) / 2;
        if (animating)
            endX = a.x1 + (endX - a.x1) * state.travel;
        QPen pen(color, selected ? 2.6 : 1.8);
        if (a.retransmission)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(a.x1, a.y), QPointF(endX, a.y));
        if (a.lost && !animating) {
            painter.setPen(QPen(m_theme.lostCross, 2.4));
            const double s = 6;
            painter.drawLine(QPointF(endX - s, a.y - s), QPointF(endX + s, a.y + s));
            painter.drawLine(QPointF(endX - s, a.y + s), QPointF(endX + s, a.y - s));
        } else {
            // Filled arrowhead at the receiver (or at the moving tip while animating).
            QPainterPath head;
            head.moveTo(endX, a.y);
            head.lineTo(endX - dir * 10, a.y - 4.5);
            head.lineTo(endX - dir * 10, a.y + 4.5);
            head.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawPath(head);
        }
        // Label centred over the arrow on a background so lane lines never cross the text.
        QString label = a.label;
        if (a.retransmission)
            label += QStringLiteral(" ⟲");
        const double span = qAbs(a.x2 - a.x1) - 12;
        label = fm.elidedText(label, Qt::ElideRight, qMax(40.0, span));
        const double w = fm.horizontalAdvance(label);
        const double cx = (a.x1 + a.x2) / 2;
        const QRectF textRect(cx - w / 2 - 3, a.y - fm.height() - 3, w + 6, fm.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(selected ? m_theme.selection : m_theme.background);
        painter.drawRect(textRect);
        painter.setFont(m_theme.font);
        painter.setPen(color);
        painter.drawText(textRect, Qt::AlignCenter, label);
        if (!a.detail.isEmpty()) {
            painter.setFont(m_theme.smallFont);
            painter.setPen(m_theme.mutedText);
            const QString detail = sm.elidedText(a.detail, Qt::ElideMiddle, qMax(40.0, span));
            painter.drawText(QRectF(cx - span / 2, a.y + 2, span, sm.height()), Qt::AlignHCenter | Qt::AlignTop, detail);
        }
    }

    // Annotations: small rounded tags beside their lane.
    const QPair<int, int> notes = m_layout.noteRange(clip.top(), clip.bottom());
    painter.setFont(m_theme.smallFont);
    for (int i = notes.first; i < notes.second; ++i) {
        const LadderNote &n = m_layout.notes()[i];
        const TraceAnnotation &an = m_trace.annotations[n.annotation];
        if (state.playback && an.afterMessage > (state.cursor < 0 ? 0 : m_trace.messages.value(state.cursor).fNumber))
            break;
        const double w = qMin(sm.horizontalAdvance(n.text) + 10, o.laneWidth * LadderLayout::NoteWidthFraction);
        const QRectF r(n.x + 5, n.y - sm.height() / 2 - 1, w, sm.height() + 2);
        painter.setPen(QPen(m_theme.laneLine, 0.8));
        painter.setBrush(m_theme.headerBackground);
        painter.drawRoundedRect(r, 4, 4);
        painter.setPen(an.kind == AnnotationKind::Timer ? m_theme.clientError : m_theme.note);
        painter.drawText(r.adjusted(5, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, sm.elidedText(n.text, Qt::ElideRight, w - 8));
    }
    if (state.drawHeader) {
        painter.translate(0, state.headerY);
        paintHeader(painter, m_layout.size().width());
    }
    painter.restore();
}

namespace {
/// A line with Chinese is set in Noto Sans CJK (which has Latin glyphs too), so that an SVG
/// viewer, which gets only the first font family, measures it as Qt did.
QFont footnoteFont(const QFont &base, const QString &line)
{
    for (QChar c : line) {
        if (c.unicode() >= 0x2E80) {
            QFont f = base;
            f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
            return f;
        }
    }
    return base;
}
} // namespace

QList<double> LadderRenderer::footnoteHeights(const QStringList &lines, double width) const
{
    QList<double> heights;
    for (const QString &line : lines) {
        const QFontMetricsF fm(footnoteFont(m_theme.font, line));
        heights.append(fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, line).height() + 2);
    }
    return heights;
}

void LadderRenderer::paintFootnotes(QPainter &painter, const QPointF &topLeft, double width, const QStringList &lines) const
{
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(m_theme.font);
    painter.setPen(m_theme.text);
    const QList<double> heights = footnoteHeights(lines, width);
    double y = topLeft.y();
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(footnoteFont(m_theme.font, lines[i]));
        painter.drawText(QRectF(topLeft.x(), y, width, heights[i]), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
        y += heights[i];
    }
    painter.restore();
}

} // namespace SipLab
