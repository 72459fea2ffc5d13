#include "ladderitemaccessible.h"

#include "ladderview.h"

#include <QWidget>
#include <QWindow>

namespace SipLab {

LadderItemAccessible::LadderItemAccessible(LadderView *view, int message)
    : m_view(view)
    , m_message(message)
{
}

bool LadderItemAccessible::isValid() const
{
    return m_view && m_message >= 0 && m_message < m_view->trace().messages.size();
}

QWindow *LadderItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *LadderItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString LadderItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_view->messageName(m_message);
    case QAccessible::Description:
        return m_view->trace().messages[m_message].message.startLine();
    default:
        return {};
    }
}

QRect LadderItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_view->messageRect(m_message);
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State LadderItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.selectable = true;
    s.focusable = true;
    s.selected = m_view->selectedMessage() == m_message;
    s.focused = s.selected && m_view->hasFocus();
    s.offscreen = !m_view->viewport()->rect().intersects(m_view->messageRect(m_message));
    return s;
}

} // namespace SipLab
