#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace SipLab {

class LadderView;

/// What screen readers see of the LadderView: a list with one item (LadderItemAccessible) per
/// message shown, named "F4, UAS to P1, 180 Ringing". It owns the item interfaces it registered.
/// installFactory() registers it with QAccessible once; LadderView calls it.
class LadderAccessible : public QAccessibleWidget
{
public:
    explicit LadderAccessible(LadderView *view);
    ~LadderAccessible() override;

    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    LadderView *view() const;

    mutable QHash<int, QAccessible::Id> m_items; // message index -> registered item
};

} // namespace SipLab
