// LadderView: until the user zooms, a ladder wider than the view shrinks to the view's width
// (down to 60 %), a narrow one stays at 100 %; a user zoom is kept across resizes.
#include "engine.h"
#include "languagepack.h"
#include "ladderview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace SipLab;

class TestLadderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitsWidthUntilUserZooms_data();
    void fitsWidthUntilUserZooms();
    void userZoomIsKept();
    void notesFollowTheLanguage();
    void laneHeaderClick_data();
    void laneHeaderClick();
};

void TestLadderView::fitsWidthUntilUserZooms_data()
{
    QTest::addColumn<int>("proxies");
    QTest::addColumn<int>("viewWidth");
    QTest::addColumn<bool>("expectFullWidth"); // true: zoom * layout width == viewport width
    QTest::addColumn<double>("expectZoom");    // otherwise this exact zoom
    QTest::newRow("wide view keeps 100%") << 1 << 1400 << false << 1.0;
    QTest::newRow("narrow view shrinks to fit") << 1 << 600 << true << 0.0;
    QTest::newRow("two proxies in a narrow view") << 2 << 800 << true << 0.0;
    QTest::newRow("too narrow stops at 60%") << 2 << 300 << false << 0.6;
}

void TestLadderView::fitsWidthUntilUserZooms()
{
    QFETCH(int, proxies);
    QFETCH(int, viewWidth);
    QFETCH(bool, expectFullWidth);
    QFETCH(double, expectZoom);
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(proxies);
    LadderView view;
    view.setTrace(Engine::run(s));
    view.resize(viewWidth, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.fitsWidth());
    const double layoutWidth = view.ladderLayout().size().width();
    if (expectFullWidth) {
        QVERIFY(view.zoom() < 1.0);
        QCOMPARE(qRound(layoutWidth * view.zoom()), view.viewport()->width());
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0); // every lane visible, no scrolling
    } else {
        QCOMPARE(view.zoom(), expectZoom);
    }
}

void TestLadderView::userZoomIsKept()
{
    LadderView view;
    view.setTrace(Engine::run(Scenario::defaultScenario()));
    view.resize(500, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double fitted = view.zoom();
    QVERIFY(fitted < 1.0);
    view.zoomIn();
    QVERIFY(!view.fitsWidth());
    const double chosen = view.zoom();
    QCOMPARE(chosen, fitted * 1.25);
    view.resize(1400, 600);
    QCOMPARE(view.zoom(), chosen);
    view.setFitWidth(true);
    QCOMPARE(view.zoom(), 1.0);
}

void TestLadderView::notesFollowTheLanguage()
{
    // The default call: an early dialog at the UAC, Timer K fires after the BYE.
    Scenario s = Scenario::defaultScenario();
    LadderView view;
    view.setTrace(Engine::run(s));
    auto noteTexts = [&view] {
        QStringList texts;
        for (const LadderNote &n : view.ladderLayout().notes())
            texts << n.text;
        return texts;
    };
    QVERIFY(noteTexts().contains(QStringLiteral("dialog → Early")));
    QVERIFY(noteTexts().contains(QStringLiteral("Timer K fired")));
    QCoreApplication::installTranslator(LanguagePack::chineseTranslator());
    QCoreApplication::sendPostedEvents(&view, QEvent::LanguageChange);
    const QStringList chinese = noteTexts();
    QCoreApplication::removeTranslator(LanguagePack::chineseTranslator());
    // The RFC's names (timer, state) stay; the words around them are translated at once.
    QVERIFY2(chinese.contains(QStringLiteral("对话 → Early")), qPrintable(chinese.join(u'|')));
    QVERIFY(chinese.contains(QStringLiteral("Timer K 触发")));
    QCoreApplication::sendPostedEvents(&view, QEvent::LanguageChange);
    QVERIFY(noteTexts().contains(QStringLiteral("Timer K fired")));
}

void TestLadderView::laneHeaderClick_data()
{
    QTest::addColumn<int>("lane");
    QTest::addColumn<bool>("inHeader");
    QTest::newRow("UAC") << 0 << true;
    QTest::newRow("UAS2") << 3 << true;
    QTest::newRow("UAS3") << 4 << true;
    QTest::newRow("below the header: no lane") << 2 << false;
}

void TestLadderView::laneHeaderClick()
{
    QFETCH(int, lane);
    QFETCH(bool, inHeader);
    Scenario s = Scenario::defaultScenario();
    s.setTargetCount(3);
    LadderView view;
    view.setTrace(Engine::run(s));
    view.resize(700, 500); // narrower than the ladder: zoomed to fit
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2); // the header stays on top
    QSignalSpy clicked(&view, &LadderView::laneHeaderClicked);
    const LadderLane &l = view.ladderLayout().lanes()[lane];
    const double y = inHeader ? view.ladderLayout().options().headerHeight / 2 : view.ladderLayout().options().headerHeight * 3;
    const QPoint at(qRound(l.x * view.zoom() - view.horizontalScrollBar()->value()), qRound(y * view.zoom()));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    if (inHeader) {
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), l.node);
    } else {
        QCOMPARE(clicked.count(), 0);
    }
}

QTEST_MAIN(TestLadderView)
#include "tst_ladderview.moc"
