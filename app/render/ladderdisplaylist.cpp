#include "ladderdisplaylist.h"

#include "ladderrenderer.h"
#include "textmeasure.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace SipLab {

namespace {

DisplayItem rectItem(DisplayStyle style, const QRectF &r)
{
    DisplayItem i;
    i.shape = DisplayItem::Shape::Rect;
    i.style = style;
    i.rect = r;
    return i;
}

DisplayItem roundedItem(DisplayStyle style, const QRectF &r, double radius)
{
    DisplayItem i = rectItem(style, r);
    i.shape = DisplayItem::Shape::RoundedRect;
    i.radius = radius;
    return i;
}

DisplayItem lineItem(DisplayStyle style, const QPointF &a, const QPointF &b)
{
    DisplayItem i;
    i.shape = DisplayItem::Shape::Line;
    i.style = style;
    i.line = QLineF(a, b);
    return i;
}

DisplayItem textItem(DisplayStyle style, const QRectF &r, int align, const QString &text)
{
    DisplayItem i = rectItem(style, r);
    i.shape = DisplayItem::Shape::Text;
    i.align = align;
    i.text = text;
    return i;
}

/// A finding's badge: a disc just before the label box, "!" for an error or a warning, "i" for
/// a note, in the colour of its severity.
void markerBadge(DisplayGroup &g, const QRectF &labelRect)
{
    if (g.marker == MarkerSeverity::None)
        return;
    const double d = qMax(12.0, labelRect.height() - 2);
    const QRectF disc(labelRect.left() - d - 3, labelRect.center().y() - d / 2, d, d);
    g.items.append(roundedItem(DisplayStyle::MarkerBadge, disc, d / 2));
    g.items.append(textItem(DisplayStyle::MarkerText, disc, Qt::AlignCenter,
                            g.marker == MarkerSeverity::Note ? QStringLiteral("i") : QStringLiteral("!")));
}

/// A message from a lane to itself (two ports of one host on a merged lane): a loop to the
/// right of the lane, the head back on the lane, the label beside the loop.
void drawSelfMessage(DisplayGroup &g, const LadderArrow &a, const LadderLayoutOptions &o, TextMeasure &fm, double travel)
{
    const double w = o.laneWidth * 0.25;
    const double top = a.y - 10;
    const QPointF p0(a.x1, top), p1(a.x1 + w, top), p2(a.x1 + w, a.y), p3(a.x1, a.y);
    g.items.append(lineItem(DisplayStyle::Arrow, p0, p1));
    g.items.append(lineItem(DisplayStyle::Arrow, p1, p2));
    const QPointF tip(p2.x() - (p2.x() - p3.x()) * travel, a.y);
    g.items.append(lineItem(DisplayStyle::Arrow, p2, tip));
    DisplayItem head;
    head.shape = DisplayItem::Shape::Polygon;
    head.style = DisplayStyle::ArrowHead;
    head.polygon = QPolygonF({tip, QPointF(tip.x() + 10, a.y - 4.5), QPointF(tip.x() + 10, a.y + 4.5)});
    g.items.append(head);
    QString label = a.label;
    if (a.retransmission)
        label += QStringLiteral(" ⟲");
    const double room = qMax(40.0, o.laneWidth * 0.9 - w - 8);
    label = fm.elided(label, Qt::ElideRight, room);
    const double left = p1.x() + 6 + (a.marker == MarkerSeverity::None ? 0 : qMax(12.0, fm.height() - 2) + 3);
    const QRectF textRect(left, a.y - fm.height() / 2 - 5, fm.width(label) + 6, fm.height());
    g.items.append(rectItem(DisplayStyle::LabelBox, textRect));
    g.items.append(textItem(DisplayStyle::Label, textRect, Qt::AlignCenter, label));
    markerBadge(g, textRect);
}

} // namespace

QFont LadderDisplayList::footnoteFont(const QFont &base, const QString &line)
{
    // A line with Chinese is set in Noto Sans CJK (which has Latin glyphs too), so that an SVG
    // viewer measures it as Qt did.
    for (QChar c : line) {
        if (c.unicode() >= 0x2E80) {
            QFont f = base;
            f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
            return f;
        }
    }
    return base;
}

QFont LadderDisplayList::font(const LadderTheme &theme, DisplayStyle style)
{
    switch (style) {
    case DisplayStyle::HeaderTitle:
    case DisplayStyle::Title:
        return theme.headerFont;
    case DisplayStyle::MarkerText: {
        QFont f = theme.smallFont;
        f.setBold(true);
        return f;
    }
    case DisplayStyle::Time:
    case DisplayStyle::Detail:
    case DisplayStyle::NoteText:
    case DisplayStyle::TimerText:
    case DisplayStyle::HeaderSub:
        return theme.smallFont;
    case DisplayStyle::FootnoteCjk:
        return footnoteFont(theme.font, QString(QChar(0x4E2D))); // any CJK character
    default:
        return theme.font;
    }
}

QColor LadderDisplayList::textColor(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style)
{
    switch (style) {
    case DisplayStyle::Time:
    case DisplayStyle::Detail:
    case DisplayStyle::HeaderSub:
        return theme.mutedText;
    case DisplayStyle::Label:
        return theme.colorFor(group.arrowKind);
    case DisplayStyle::NoteText:
        return theme.note;
    case DisplayStyle::TimerText:
        return theme.clientError;
    case DisplayStyle::HeaderTitle:
        return theme.headerText;
    case DisplayStyle::MarkerText:
        return theme.markerText;
    default:
        return theme.text;
    }
}

QPen LadderDisplayList::pen(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style)
{
    switch (style) {
    case DisplayStyle::LaneLine:
        return QPen(theme.laneLine, 1.5, Qt::SolidLine);
    case DisplayStyle::Arrow: {
        QPen p(theme.colorFor(group.arrowKind), arrowWidth(group.selected));
        if (group.retransmission)
            p.setStyle(Qt::DashLine);
        return p;
    }
    case DisplayStyle::LostCross:
        return QPen(theme.lostCross, 2.4);
    case DisplayStyle::NoteBox:
        return QPen(theme.laneLine, 0.8);
    case DisplayStyle::HeaderBox:
        return QPen(theme.laneLine, 1);
    default:
        return QPen(Qt::NoPen);
    }
}

QBrush LadderDisplayList::brush(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style)
{
    switch (style) {
    case DisplayStyle::Background:
        return theme.background;
    case DisplayStyle::Selection:
        return theme.selection;
    case DisplayStyle::ArrowHead:
        return theme.colorFor(group.arrowKind);
    case DisplayStyle::LabelBox:
        return group.selected ? theme.selection : theme.background;
    case DisplayStyle::NoteBox:
    case DisplayStyle::HeaderBox:
        return theme.headerBackground;
    case DisplayStyle::MarkerBadge:
        return theme.markerColor(group.marker);
    default:
        return Qt::NoBrush;
    }
}

DisplayGroup LadderDisplayList::header(const LadderLayout &layout, const LadderTheme &theme, double width)
{
    const LadderLayoutOptions &o = layout.options();
    DisplayGroup g;
    g.kind = DisplayGroup::Kind::Header;
    g.items.append(rectItem(DisplayStyle::Background, QRectF(0, 0, width, o.headerHeight)));
    TextMeasure hm(theme.headerFont);
    TextMeasure sm(theme.smallFont);
    for (const LadderLane &lane : layout.lanes()) {
        const QRectF box(lane.x - o.laneWidth / 2 + 8, 6, o.laneWidth - 16, o.headerHeight - 12);
        g.items.append(roundedItem(DisplayStyle::HeaderBox, box, 6));
        g.items.append(textItem(DisplayStyle::HeaderTitle, QRectF(box.left(), box.top() + 2, box.width(), hm.height()),
                                Qt::AlignHCenter | Qt::AlignTop, hm.elided(lane.title, Qt::ElideRight, box.width() - 8)));
        g.items.append(textItem(DisplayStyle::HeaderSub,
                                QRectF(box.left(), box.top() + 2 + hm.height(), box.width(), sm.height()),
                                Qt::AlignHCenter | Qt::AlignTop, sm.elided(lane.subtitle, Qt::ElideMiddle, box.width() - 8)));
        g.items.append(textItem(DisplayStyle::HeaderSub,
                                QRectF(box.left(), box.top() + 2 + hm.height() + sm.height(), box.width(), sm.height()),
                                Qt::AlignHCenter | Qt::AlignTop, sm.elided(lane.address, Qt::ElideMiddle, box.width() - 8)));
    }
    return g;
}

LadderDisplayList LadderDisplayList::build(const CallTrace &trace, const LadderLayout &layout, const LadderTheme &theme,
                                           const QRectF &clip, const LadderPaintState &state)
{
    const LadderLayoutOptions &o = layout.options();
    LadderDisplayList list;
    DisplayGroup background;
    background.kind = DisplayGroup::Kind::Background;
    background.items.append(rectItem(DisplayStyle::Background, clip));
    list.groups.append(background);

    DisplayGroup lanes;
    lanes.kind = DisplayGroup::Kind::Lanes;
    for (const LadderLane &lane : layout.lanes())
        lanes.items.append(lineItem(DisplayStyle::LaneLine, QPointF(lane.x, qMax(clip.top(), o.headerHeight)),
                                    QPointF(lane.x, qMin(clip.bottom(), layout.size().height()))));
    list.groups.append(lanes);

    TextMeasure fm(theme.font);
    TextMeasure sm(theme.smallFont);
    const QPair<int, int> range = layout.arrowRange(clip.top(), clip.bottom());
    const QPair<int, int> noteRange = layout.noteRange(clip.top(), clip.bottom());
    list.groups.reserve(list.groups.size() + (range.second - range.first) + (noteRange.second - noteRange.first) + 1);
    for (int i = range.first; i < range.second; ++i) {
        const LadderArrow &a = layout.arrows()[i];
        if (state.playback && a.message > state.cursor)
            break;
        const bool animating = state.playback && a.message == state.cursor && state.travel < 1.0;
        DisplayGroup g;
        g.kind = DisplayGroup::Kind::Message;
        g.items.reserve(7); // selection, time, arrow, head, label box, label, detail
        g.message = a.message;
        g.fNumber = a.fNumber;
        g.arrowKind = a.kind;
        g.retransmission = a.retransmission;
        g.lost = a.lost;
        g.selected = a.message == state.selectedMessage || a.message == state.compareMessage;
        g.marker = a.marker;
        if (g.selected)
            g.items.append(roundedItem(DisplayStyle::Selection, a.hitRect.adjusted(-6, -2, 6, 2), 4));
        if (o.showTimeColumn)
            g.items.append(textItem(DisplayStyle::Time, QRectF(o.margin, a.y - sm.height(), o.timeColumnWidth - 8, sm.height() + 2),
                                    Qt::AlignRight | Qt::AlignVCenter, a.timeText));
        if (a.selfMessage) {
            drawSelfMessage(g, a, o, fm, animating ? state.travel : 1.0);
            list.groups.append(g);
            continue;
        }
        const double dir = a.x2 >= a.x1 ? 1 : -1;
        double endX = a.x2;
        if (a.lost)
            endX = (a.x1 + a.x2) / 2;
        if (animating)
            endX = a.x1 + (endX - a.x1) * state.travel;
        g.items.append(lineItem(DisplayStyle::Arrow, QPointF(a.x1, a.y), QPointF(endX, a.y)));
        if (a.lost && !animating) {
            const double s = 6;
            g.items.append(lineItem(DisplayStyle::LostCross, QPointF(endX - s, a.y - s), QPointF(endX + s, a.y + s)));
            g.items.append(lineItem(DisplayStyle::LostCross, QPointF(endX - s, a.y + s), QPointF(endX + s, a.y - s)));
        } else {
            // Filled arrowhead at the receiver (or at the moving tip while animating).
            DisplayItem head;
            head.shape = DisplayItem::Shape::Polygon;
            head.style = DisplayStyle::ArrowHead;
            head.polygon = QPolygonF({QPointF(endX, a.y), QPointF(endX - dir * 10, a.y - 4.5), QPointF(endX - dir * 10, a.y + 4.5)});
            g.items.append(head);
        }
        // Label centred over the arrow on a background so lane lines never cross the text.
        QString label = a.label;
        if (a.retransmission)
            label += QStringLiteral(" ⟲");
        const double span = qAbs(a.x2 - a.x1) - 12;
        label = fm.elided(label, Qt::ElideRight, qMax(40.0, span));
        const double w = fm.width(label);
        const double cx = (a.x1 + a.x2) / 2;
        const QRectF textRect(cx - w / 2 - 3, a.y - fm.height() - 3, w + 6, fm.height());
        g.items.append(rectItem(DisplayStyle::LabelBox, textRect));
        g.items.append(textItem(DisplayStyle::Label, textRect, Qt::AlignCenter, label));
        markerBadge(g, textRect);
        if (!a.detail.isEmpty())
            g.items.append(textItem(DisplayStyle::Detail, QRectF(cx - span / 2, a.y + 2, span, sm.height()), Qt::AlignHCenter | Qt::AlignTop,
                                    sm.elided(a.detail, Qt::ElideMiddle, qMax(40.0, span))));
        list.groups.append(g);
    }

    // Annotations: small rounded tags beside their lane.
    for (int i = noteRange.first; i < noteRange.second; ++i) {
        const LadderNote &n = layout.notes()[i];
        const TraceAnnotation &an = trace.annotations[n.annotation];
        if (state.playback && an.afterMessage > (state.cursor < 0 ? 0 : trace.messages.value(state.cursor).fNumber))
            break;
        DisplayGroup g;
        g.kind = DisplayGroup::Kind::Note;
        g.annotation = n.annotation;
        g.noteKind = an.kind;
        const double w = qMin(sm.width(n.text) + 10, o.laneWidth * LadderLayout::NoteWidthFraction);
        const QRectF r(n.x + 5, n.y - sm.height() / 2 - 1, w, sm.height() + 2);
        g.items.append(roundedItem(DisplayStyle::NoteBox, r, 4));
        g.items.append(textItem(an.kind == AnnotationKind::Timer ? DisplayStyle::TimerText : DisplayStyle::NoteText,
                                r.adjusted(5, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, sm.elided(n.text, Qt::ElideRight, w - 8)));
        list.groups.append(g);
    }
    if (state.drawHeader) {
        DisplayGroup h = header(layout, theme, layout.size().width());
        h.dy = state.headerY;
        list.groups.append(h);
    }
    return list;
}

namespace {
/// One footnote line wrapped to a width: at spaces, or anywhere in a word longer than the
/// width, and between Chinese characters. Continuation lines hang under the text after the
/// "[1] " mark (or keep the indent of a second-language line).
struct WrappedFootnote
{
    QFont font;
    QStringList parts;
    double lineHeight = 0;
    double firstX = 0; // offset of the first visual line
    double hang = 0;   // offset of the continuation lines
    double height() const { return parts.size() * lineHeight + 2; }
};

WrappedFootnote wrapFootnote(const QFont &base, const QString &text, double width)
{
    WrappedFootnote w;
    w.font = LadderDisplayList::footnoteFont(base, text);
    const QFontMetricsF fm(w.font);
    int indent = 0;
    while (indent < text.size() && text[indent] == QLatin1Char(' '))
        ++indent;
    if (indent > 0) {
        w.hang = w.firstX = fm.horizontalAdvance(text.left(indent));
    } else if (text.startsWith(QLatin1Char('['))) {
        const int space = text.indexOf(QLatin1Char(' '));
        if (space > 0 && space < 8)
            w.hang = fm.horizontalAdvance(text.left(space + 1));
    }
    const QString body = text.mid(indent);
    QTextLayout layout(body, w.font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(40.0, width - (w.parts.isEmpty() ? w.firstX : w.hang)));
        w.parts.append(body.mid(line.textStart(), line.textLength()).trimmed());
        w.lineHeight = line.height();
    }
    layout.endLayout();
    if (w.parts.isEmpty()) {
        w.parts.append(QString());
        w.lineHeight = fm.height();
    }
    return w;
}
} // namespace

QList<double> LadderDisplayList::footnoteHeights(const LadderTheme &theme, const QStringList &lines, double width)
{
    QList<double> heights;
    for (const QString &line : lines)
        heights.append(wrapFootnote(theme.font, line, width).height());
    return heights;
}

DisplayGroup LadderDisplayList::footnotes(const LadderTheme &theme, const QPointF &topLeft, double width, const QStringList &lines)
{
    DisplayGroup g;
    g.kind = DisplayGroup::Kind::Footnotes;
    double y = topLeft.y();
    for (const QString &line : lines) {
        const WrappedFootnote w = wrapFootnote(theme.font, line, width);
        const DisplayStyle style = w.font.families() == theme.font.families() ? DisplayStyle::Footnote : DisplayStyle::FootnoteCjk;
        for (int i = 0; i < w.parts.size(); ++i) {
            const double dx = i == 0 ? w.firstX : w.hang;
            g.items.append(textItem(style, QRectF(topLeft.x() + dx, y + i * w.lineHeight, width - dx, w.lineHeight),
                                    Qt::AlignLeft | Qt::AlignTop, w.parts[i]));
        }
        y += w.height();
    }
    return g;
}

void LadderDisplayList::paintGroup(QPainter &painter, const LadderTheme &theme, const DisplayGroup &g)
{
    if (g.dy != 0) {
        painter.save();
        painter.translate(0, g.dy);
    }
    for (const DisplayItem &item : g.items) {
        switch (item.shape) {
        case DisplayItem::Shape::Rect:
            if (item.style == DisplayStyle::Background && g.kind != DisplayGroup::Kind::Header) {
                painter.fillRect(item.rect, theme.background);
            } else {
                painter.setPen(pen(theme, g, item.style));
                painter.setBrush(brush(theme, g, item.style));
                painter.drawRect(item.rect);
            }
            break;
        case DisplayItem::Shape::RoundedRect:
            painter.setPen(pen(theme, g, item.style));
            painter.setBrush(brush(theme, g, item.style));
            painter.drawRoundedRect(item.rect, item.radius, item.radius);
            break;
        case DisplayItem::Shape::Line:
            painter.setPen(pen(theme, g, item.style));
            painter.drawLine(item.line);
            break;
        case DisplayItem::Shape::Polygon: {
            QPainterPath path;
            path.addPolygon(item.polygon);
            path.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(brush(theme, g, item.style));
            painter.drawPath(path);
            break;
        }
        case DisplayItem::Shape::Text:
            painter.setFont(font(theme, item.style));
            painter.setPen(textColor(theme, g, item.style));
            painter.drawText(item.rect, item.align, item.text);
            break;
        }
    }
    if (g.dy != 0)
        painter.restore();
}

void LadderDisplayList::paint(QPainter &painter, const LadderTheme &theme) const
{
    for (const DisplayGroup &g : groups)
        paintGroup(painter, theme, g);
}

} // namespace SipLab
