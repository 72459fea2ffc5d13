// The ladder for screen readers (LadderAccessible): with the ladder focused, Up/Down/Home/End
// walk the messages; each message is a list item whose accessible name reads "F4, UAS to P1,
// 180 Ringing", the item of the selected message has the focus, and (where a platform
// accessibility bridge is active) each keyboard move sends a Focus event for that item. During
// playback only the messages sent so far are items.
#include "engine.h"
#include "ladderaccessible.h"
#include "ladderview.h"

#include <QAccessible>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace SipLab;

namespace {
struct SeenEvent
{
    QAccessible::Event type;
    int child;
};
QList<SeenEvent> g_events;
QObject *g_watched = nullptr;

void recordEvent(QAccessibleEvent *event)
{
    if (event->object() == g_watched)
        g_events.append({event->type(), event->child()});
}

// The default call (RFC 3665 3.2-like, through one proxy): tests/data/export/basic.txt.
const char *const DefaultNames[] = {
    "F1, UAC to P1, INVITE",       "F2, P1 to UAC, 100 Trying", "F3, P1 to UAS, INVITE",
    "F4, UAS to P1, 180 Ringing",  "F5, P1 to UAC, 180 Ringing", "F6, UAS to P1, 200 OK",
    "F7, P1 to UAC, 200 OK",       "F8, UAC to P1, ACK",        "F9, P1 to UAS, ACK",
    "F10, UAC to P1, BYE",         "F11, P1 to UAS, BYE",       "F12, UAS to P1, 200 OK",
    "F13, P1 to UAC, 200 OK",
};
} // namespace

class TestLadderAccessible : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void arrowKeysWalkTheNamedItems_data();
    void arrowKeysWalkTheNamedItems();
    void keyMovesAreAnnounced();
    void homeEndAndEdges_data();
    void homeEndAndEdges();
    void playbackShowsOnlySentMessages();
    void hiddenLaneSkipsItsMessages();

private:
    std::unique_ptr<LadderView> m_view;
};

void TestLadderAccessible::initTestCase()
{
    QAccessible::installUpdateHandler(recordEvent);
    QAccessible::setActive(true);
}

void TestLadderAccessible::init()
{
    m_view = std::make_unique<LadderView>();
    m_view->setTrace(Engine::run(Scenario::defaultScenario()));
    m_view->resize(900, 300); // shorter than the ladder: moving down must scroll
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    g_watched = m_view.get();
    g_events.clear();
}

void TestLadderAccessible::cleanup()
{
    g_watched = nullptr;
    m_view.reset();
}

void TestLadderAccessible::arrowKeysWalkTheNamedItems_data()
{
    QTest::addColumn<int>("downs"); // Down presses after Home
    QTest::addColumn<QString>("name");
    for (int i = 0; i < int(std::size(DefaultNames)); ++i)
        QTest::addRow("F%d", i + 1) << i << QString::fromLatin1(DefaultNames[i]);
}

void TestLadderAccessible::arrowKeysWalkTheNamedItems()
{
    QFETCH(int, downs);
    QFETCH(QString, name);
    QAccessibleInterface *ladder = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(ladder);
    QCOMPARE(ladder->role(), QAccessible::List);
    QCOMPARE(ladder->childCount(), int(std::size(DefaultNames)));

    QTest::keyClick(m_view.get(), Qt::Key_Home);
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Down);

    QCOMPARE(m_view->selectedMessage(), downs);
    QAccessibleInterface *focused = ladder->focusChild();
    QVERIFY(focused);
    QCOMPARE(focused->text(QAccessible::Name), name);
    QCOMPARE(focused->role(), QAccessible::ListItem);
    QVERIFY(focused->state().focused);
    QVERIFY(focused->state().selected);
    QVERIFY(!focused->state().offscreen); // scrolled into view
    QCOMPARE(focused->parent(), ladder);
    QCOMPARE(ladder->indexOfChild(focused), downs);
    QCOMPARE(ladder->child(downs), focused); // one interface per item, not a new one per call
    QVERIFY(ladder->childAt(focused->rect().center().x(), focused->rect().center().y()) == focused);

}

void TestLadderAccessible::keyMovesAreAnnounced()
{
    // QAccessible delivers events only while a platform accessibility bridge is active; the
    // offscreen platform of the test run has none (AT-SPI needs a session bus and registry).
    if (!QAccessible::isActive())
        QSKIP("no active platform accessibility (offscreen): Focus events are not delivered here");
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QList<int> focusChildren;
    for (const SeenEvent &e : std::as_const(g_events)) {
        if (e.type == QAccessible::Focus)
            focusChildren.append(e.child);
    }
    QCOMPARE(focusChildren, (QList<int>{0, 1, 2}));
}

void TestLadderAccessible::homeEndAndEdges_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("selected");
    QTest::newRow("End: the last") << QList<int>{Qt::Key_End} << 12;
    QTest::newRow("Up with nothing selected: the last") << QList<int>{Qt::Key_Up} << 12;
    QTest::newRow("Down with nothing selected: the first") << QList<int>{Qt::Key_Down} << 0;
    QTest::newRow("End, Up") << QList<int>{Qt::Key_End, Qt::Key_Up} << 11;
    QTest::newRow("Up at the first stays") << QList<int>{Qt::Key_Home, Qt::Key_Up} << 0;
    QTest::newRow("Down at the last stays") << QList<int>{Qt::Key_End, Qt::Key_Down} << 12;
    QTest::newRow("End, Home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
}

void TestLadderAccessible::homeEndAndEdges()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, selected);
    QSignalSpy chosen(m_view.get(), &LadderView::messageChosen);
    for (int key : keys)
        QTest::keyClick(m_view.get(), Qt::Key(key));
    QCOMPARE(m_view->selectedMessage(), selected);
    QCOMPARE(chosen.size(), keys.size());
    QCOMPARE(QAccessible::queryAccessibleInterface(m_view.get())->focusChild()->text(QAccessible::Name),
             QString::fromLatin1(DefaultNames[selected]));
    if (selected == 12)
        QVERIFY(m_view->verticalScrollBar()->value() > 0);
}

void TestLadderAccessible::playbackShowsOnlySentMessages()
{
    m_view->setPlaybackCursor(3, 0.5); // F4 on its way
    QAccessibleInterface *ladder = QAccessible::queryAccessibleInterface(m_view.get());
    QCOMPARE(ladder->childCount(), 4);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->selectedMessage(), 3);
    QCOMPARE(ladder->focusChild()->text(QAccessible::Name), QStringLiteral("F4, UAS to P1, 180 Ringing"));
    QVERIFY(!ladder->child(4));
}

void TestLadderAccessible::hiddenLaneSkipsItsMessages()
{
    // Hiding the UAS lane (node 2) leaves the messages between UAC and P1.
    LadderLayoutOptions options = m_view->layoutOptions();
    options.hiddenNodes = {2};
    m_view->setLayoutOptions(options);
    QAccessibleInterface *ladder = QAccessible::queryAccessibleInterface(m_view.get());
    QStringList names;
    for (int i = 0; i < ladder->childCount(); ++i)
        names << ladder->child(i)->text(QAccessible::Name);
    QCOMPARE(names, (QStringList{QStringLiteral("F1, UAC to P1, INVITE"), QStringLiteral("F2, P1 to UAC, 100 Trying"),
                                 QStringLiteral("F5, P1 to UAC, 180 Ringing"), QStringLiteral("F7, P1 to UAC, 200 OK"),
                                 QStringLiteral("F8, UAC to P1, ACK"), QStringLiteral("F10, UAC to P1, BYE"),
                                 QStringLiteral("F13, P1 to UAC, 200 OK")}));
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->selectedMessage(), 4); // F5: F3 and F4 are on the hidden lane
}

QTEST_MAIN(TestLadderAccessible)
#include "tst_ladderaccessible.moc"
