#include "ladderaccessible.h"

#include "ladderitemaccessible.h"
#include "ladderview.h"

namespace SipLab {

namespace {
QAccessibleInterface *ladderFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<LadderView *>(object))
        return new LadderAccessible(view);
    return nullptr;
}
} // namespace

LadderAccessible::LadderAccessible(LadderView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

LadderAccessible::~LadderAccessible()
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

void LadderAccessible::installFactory()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(ladderFactory);
        installed = true;
    }
}

LadderView *LadderAccessible::view() const
{
    return static_cast<LadderView *>(widget());
}

int LadderAccessible::childCount() const
{
    return int(view()->shownMessages().size());
}

QAccessibleInterface *LadderAccessible::child(int index) const
{
    const QList<int> shown = view()->shownMessages();
    if (index < 0 || index >= shown.size())
        return nullptr;
    const int message = shown[index];
    if (const QAccessible::Id id = m_items.value(message))
        return QAccessible::accessibleInterface(id);
    auto *item = new LadderItemAccessible(view(), message);
    m_items.insert(message, QAccessible::registerAccessibleInterface(item));
    return item;
}

int LadderAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem)
        return -1;
    const auto *item = static_cast<const LadderItemAccessible *>(child);
    if (m_items.value(item->message()) != QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child)))
        return -1;
    return int(view()->shownMessages().indexOf(item->message()));
}

QAccessibleInterface *LadderAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QList<int> shown = view()->shownMessages();
    for (int i = 0; i < shown.size(); ++i) {
        if (view()->messageRect(shown[i]).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *LadderAccessible::focusChild() const
{
    if (!view()->hasFocus())
        return nullptr;
    const int index = int(view()->shownMessages().indexOf(view()->selectedMessage()));
    return index < 0 ? nullptr : child(index);
}

} // namespace SipLab
