#include "ladderview.h"

#include "ladderaccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace SipLab {

LadderView::LadderView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    LadderAccessible::installFactory(); // before anything asks for the view's interface
    setAccessibleName(tr("Message ladder"));
}

QList<int> LadderView::shownMessages() const
{
    QList<int> shown;
    for (const LadderArrow &a : m_layout.arrows()) {
        if (m_state.playback && a.message > m_state.cursor)
            continue;
        shown.append(a.message);
    }
    return shown;
}

QRect LadderView::messageRect(int message) const
{
    const int index = m_layout.arrowOfMessage(message);
    if (index < 0)
        return {};
    const QRectF layoutRect = m_layout.arrows()[index].hitRect; // the label and the line
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return QRectF(layoutRect.topLeft() * m_zoom - offset, layoutRect.size() * m_zoom).toAlignedRect();
}

QString LadderView::messageName(int message) const
{
    if (message < 0 || message >= m_trace.messages.size())
        return {};
    const TraceMessage &m = m_trace.messages[message];
    QString name = tr("F%1, %2 to %3, %4")
                       .arg(m.fNumber)
                       .arg(m_trace.nodes.value(m.from).name(), m_trace.nodes.value(m.to).name(), m.label());
    if (m.retransmission)
        name += tr(", retransmission");
    if (m.lost)
        name += tr(", lost");
    return name;
}

void LadderView::chooseMessage(int message)
{
    setSelectedMessage(message);
    const int child = shownMessages().indexOf(message);
    if (child >= 0) {
        // Screen readers announce the item that now has the focus (a no-op without one).
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
        QAccessibleEvent selection(this, QAccessible::Selection);
        selection.setChild(child);
        QAccessible::updateAccessibility(&selection);
    }
    Q_EMIT messageChosen(message);
}

void LadderView::setTrace(const CallTrace &trace)
{
    m_trace = trace;
    m_state.selectedMessage = -1;
    m_state.compareMessage = -1;
    relayout();
}

void LadderView::setLayoutOptions(const LadderLayoutOptions &options)
{
    m_options = options;
    relayout();
}

void LadderView::setTheme(const LadderTheme &theme)
{
    m_theme = theme;
    viewport()->update();
}

void LadderView::setPlaybackCursor(int cursor, double travel)
{
    const bool follow = !m_state.playback || cursor != m_state.cursor;
    m_state.playback = true;
    m_state.cursor = cursor;
    m_state.travel = travel;
    if (follow && cursor >= 0)
        ensureVisible(cursor);
    viewport()->update();
}

void LadderView::showAll()
{
    m_state.playback = false;
    m_state.travel = 1.0;
    viewport()->update();
}

void LadderView::setSelectedMessage(int message)
{
    if (message == m_state.selectedMessage)
        return;
    m_state.selectedMessage = message;
    if (message >= 0)
        ensureVisible(message);
    viewport()->update();
    Q_EMIT messageSelected(message);
}

void LadderView::setCompareMessage(int message)
{
    m_state.compareMessage = message;
    viewport()->update();
}

void LadderView::setZoom(double zoom)
{
    m_fitWidth = false; // the user chose a zoom: keep it
    applyZoom(zoom);
}

void LadderView::setFitWidth(bool fit)
{
    m_fitWidth = fit;
    applyFitWidth();
}

void LadderView::applyFitWidth()
{
    // Until the user zooms, a ladder wider than the view shrinks to fit it (not below 60 %, where
    // labels stop being readable; then it scrolls), so every lane is visible at first sight.
    const double width = m_layout.size().width();
    if (m_fitWidth && width > 0 && viewport()->width() > 0)
        applyZoom(qBound(0.6, viewport()->width() / width, 1.0));
}

void LadderView::applyZoom(double zoom)
{
    zoom = qBound(0.25, zoom, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void LadderView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void LadderView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void LadderView::fitToWindow()
{
    const QSizeF size = m_layout.size();
    if (size.isEmpty())
        return;
    setZoom(qMin(viewport()->width() / size.width(), viewport()->height() / size.height()));
}

void LadderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        relayout();
}

void LadderView::relayout()
{
    m_layout = LadderLayout::build(m_trace, m_options);
    applyFitWidth();
    updateScrollBars();
    viewport()->update();
}

void LadderView::updateScrollBars()
{
    const QSizeF size = m_layout.size() * m_zoom;
    horizontalScrollBar()->setRange(0, qMax(0, int(size.width()) - viewport()->width()));
    verticalScrollBar()->setRange(0, qMax(0, int(size.height()) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
}

QPointF LadderView::toLayout(const QPointF &p) const
{
    return QPointF((p.x() + horizontalScrollBar()->value()) / m_zoom, (p.y() + verticalScrollBar()->value()) / m_zoom);
}

void LadderView::ensureVisible(int message)
{
    const int index = m_layout.arrowOfMessage(message);
    if (index < 0)
        return;
    const LadderArrow &a = m_layout.arrows()[index];
    const double header = m_options.headerHeight * m_zoom;
    const double top = (a.y - m_options.rowHeight) * m_zoom - header;
    const double bottom = (a.y + m_options.rowHeight) * m_zoom;
    QScrollBar *v = verticalScrollBar();
    if (top < v->value())
        v->setValue(int(top));
    else if (bottom > v->value() + viewport()->height())
        v->setValue(int(bottom - viewport()->height()));
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), m_theme.background);
    painter.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    painter.scale(m_zoom, m_zoom);
    const QRectF clip(toLayout(QPointF(0, 0)), toLayout(QPointF(viewport()->width(), viewport()->height())));
    LadderPaintState state = m_state;
    // The lane headers stay at the top of the viewport while scrolling (sticky header).
    state.headerY = verticalScrollBar()->value() / m_zoom;
    LadderRenderer renderer(m_trace, m_layout, m_theme);
    renderer.paint(painter, clip, state);
}

void LadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyFitWidth();
    updateScrollBars();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    const QPointF p = toLayout(event->position());
    // The lane headers stay at the top of the viewport (paintEvent's headerY).
    if (event->position().y() < m_layout.options().headerHeight * m_zoom) {
        for (const LadderLane &lane : m_layout.lanes()) {
            if (qAbs(p.x() - lane.x) <= m_layout.options().laneWidth / 2) {
                Q_EMIT laneHeaderClicked(lane.node);
                return;
            }
        }
        return;
    }
    const int index = m_layout.arrowAt(p);
    const int message = index < 0 ? -1 : m_layout.arrows()[index].message;
    if (m_state.playback && message > m_state.cursor)
        return; // not shown yet
    if (event->modifiers() & Qt::ControlModifier) {
        if (message >= 0) {
            setCompareMessage(message);
            Q_EMIT messageCompareRequested(message);
        }
        return;
    }
    chooseMessage(message);
}

void LadderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the mouse: the layout point under it stays under it.
        const QPointF mouse = event->position();
        const QPointF before = toLayout(mouse);
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        horizontalScrollBar()->setValue(int(before.x() * m_zoom - mouse.x()));
        verticalScrollBar()->setValue(int(before.y() * m_zoom - mouse.y()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool LadderView::event(QEvent *event)
{
    // With the ladder focused, Home/End walk the messages; the window's Restart/Show all keep
    // Ctrl+Home/Ctrl+End (and Home/End elsewhere).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    // Up/Down/Home/End move the selection along the shown arrows; the main window owns the
    // playback keys (Left/Right/Space).
    const int key = event->key();
    if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_Home || key == Qt::Key_End) {
        const QList<int> shown = shownMessages();
        if (!shown.isEmpty()) {
            const int current = shown.indexOf(m_state.selectedMessage);
            int next = 0;
            if (key == Qt::Key_End || (key == Qt::Key_Up && current < 0))
                next = int(shown.size()) - 1;
            else if (key == Qt::Key_Down && current >= 0)
                next = qMin(current + 1, int(shown.size()) - 1);
            else if (key == Qt::Key_Up)
                next = qMax(current - 1, 0);
            chooseMessage(shown[next]);
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LadderView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace SipLab
