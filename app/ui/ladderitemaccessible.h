#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace SipLab {

class LadderView;

/// One message of the ladder for screen readers: a list item named after the message
/// (LadderView::messageName()), selected when it is the selected message, focused when the
/// ladder also has the keyboard focus. It holds only the view and the message index.
class LadderItemAccessible : public QAccessibleInterface
{
public:
    LadderItemAccessible(LadderView *view, int message);

    int message() const { return m_message; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    QPointer<LadderView> m_view;
    int m_message = -1;
};

} // namespace SipLab
