#include "ladderview.h"

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
    setAccessibleName(tr("Message ladder"));
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
    setSelectedMessage(message);
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

void LadderView::keyPressEvent(QKeyEvent *event)
{
    // Up/Down move the selection along the ladder; the main window owns the playback keys.
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        const int last = m_state.playback ? m_state.cursor : int(m_trace.messages.size()) - 1;
        int next = m_state.selectedMessage + (event->key() == Qt::Key_Down ? 1 : -1);
        next = qBound(0, next, qMax(0, last));
        if (last >= 0)
            setSelectedMessage(next);
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
