// LadderLayout geometry: lanes, rows, hidden lanes, and the range lookups used to draw only what
// is visible (checked against brute force on a long ladder).
#include "engine.h"
#include "ladderlayout.h"

#include <QTest>

using namespace SipLab;

namespace {
Scenario longScenario(int provisional)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses.clear();
    for (int i = 0; i < provisional; ++i)
        s.uas.responses.append({180, 10, false});
    s.uas.responses.append({200, 10, false});
    return s;
}
} // namespace

class TestLadderLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lanes_data();
    void lanes();
    void arrowsInOrder();
    void hiddenLane();
    void ranges_data();
    void ranges();
    void arrowAt();
    void deltaTimes();
    void deviceSubtitles();
};

void TestLadderLayout::lanes_data()
{
    QTest::addColumn<int>("proxies");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("no proxy") << 0 << QStringList{"UAC", "UAS"};
    QTest::newRow("one proxy") << 1 << QStringList{"UAC", "P1", "UAS"};
    QTest::newRow("two proxies") << 2 << QStringList{"UAC", "P1", "P2", "UAS"};
}

void TestLadderLayout::lanes()
{
    QFETCH(int, proxies);
    QFETCH(QStringList, titles);
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(proxies);
    LadderLayoutOptions o;
    const LadderLayout l = LadderLayout::build(Engine::run(s), o);
    QCOMPARE(l.lanes().size(), titles.size());
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(l.lanes()[i].title, titles[i]);
        QCOMPARE(l.lanes()[i].x, o.margin + o.timeColumnWidth + o.laneWidth / 2 + i * o.laneWidth);
    }
    // Lanes, plus room for the notes of the right-most lane (they sit right of the lane line).
    const double overhang = (LadderLayout::NoteWidthFraction - 0.5) * o.laneWidth + 5;
    QCOMPARE(l.size().width(), o.margin * 2 + o.timeColumnWidth + titles.size() * o.laneWidth + overhang);
    QVERIFY(l.lanes().last().x + 5 + LadderLayout::NoteWidthFraction * o.laneWidth <= l.size().width() - o.margin);
}

void TestLadderLayout::arrowsInOrder()
{
    const CallTrace t = Engine::run(Scenario::defaultScenario());
    const LadderLayout l = LadderLayout::build(t);
    QCOMPARE(l.arrows().size(), t.messages.size());
    QCOMPARE(l.arrows()[0].label, QStringLiteral("F1 INVITE"));
    QCOMPARE(l.arrows()[3].label, QStringLiteral("F4 180 Ringing"));
    QCOMPARE(l.arrows()[3].kind, ArrowKind::Provisional);
    QCOMPARE(l.arrows()[5].kind, ArrowKind::Success);
    // F1 goes right from the UAC lane to the P1 lane; F2 comes back.
    QCOMPARE(l.arrows()[0].x1, l.laneX(0));
    QCOMPARE(l.arrows()[0].x2, l.laneX(1));
    QCOMPARE(l.arrows()[1].x1, l.laneX(1));
    for (int i = 1; i < l.arrows().size(); ++i)
        QVERIFY(l.arrows()[i].y > l.arrows()[i - 1].y);
    QVERIFY(l.size().height() > l.arrows().last().y);
}

void TestLadderLayout::hiddenLane()
{
    const CallTrace t = Engine::run(Scenario::defaultScenario());
    LadderLayoutOptions o;
    o.hiddenNodes = {2}; // the UAS
    const LadderLayout l = LadderLayout::build(t, o);
    QCOMPARE(l.lanes().size(), 2);
    QCOMPARE(l.laneX(2), -1.0);
    for (const LadderArrow &a : l.arrows())
        QVERIFY(t.messages[a.message].from != 2 && t.messages[a.message].to != 2);
    QCOMPARE(l.arrowOfMessage(2), -1); // F3 P1 -> UAS is not drawn
}

void TestLadderLayout::ranges_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("bottom");
    QTest::newRow("start") << 0.0 << 400.0;
    QTest::newRow("middle") << 20000.0 << 20700.0;
    QTest::newRow("end") << 70000.0 << 80000.0;
    QTest::newRow("thin") << 5000.0 << 5001.0;
}

void TestLadderLayout::ranges()
{
    QFETCH(double, top);
    QFETCH(double, bottom);
    const LadderLayout l = LadderLayout::build(Engine::run(longScenario(1000)));
    QVERIFY(l.arrows().size() > 2000);
    const QPair<int, int> r = l.arrowRange(top, bottom);
    const double rowHeight = l.options().rowHeight;
    for (int i = 0; i < l.arrows().size(); ++i) {
        const LadderArrow &a = l.arrows()[i];
        const bool intersects = a.y + 6 >= top && a.y - rowHeight <= bottom;
        QCOMPARE(i >= r.first && i < r.second, intersects);
    }
}

void TestLadderLayout::arrowAt()
{
    const LadderLayout l = LadderLayout::build(Engine::run(Scenario::defaultScenario()));
    for (int i = 0; i < l.arrows().size(); ++i) {
        const LadderArrow &a = l.arrows()[i];
        QCOMPARE(l.arrowAt(QPointF((a.x1 + a.x2) / 2, a.y - 2)), i);
    }
    QCOMPARE(l.arrowAt(QPointF(1, 1)), -1);
}

void TestLadderLayout::deltaTimes()
{
    LadderLayoutOptions o;
    o.timeMode = TimeMode::Delta;
    const LadderLayout l = LadderLayout::build(Engine::run(Scenario::defaultScenario()), o);
    QCOMPARE(l.arrows()[0].timeText, QStringLiteral("+0 ms"));
    QCOMPARE(l.arrows()[1].timeText, QStringLiteral("+20 ms"));
    const LadderLayout abs = LadderLayout::build(Engine::run(Scenario::defaultScenario()));
    QCOMPARE(abs.arrows()[5].timeText, QStringLiteral("1.140 s"));
}

void TestLadderLayout::deviceSubtitles()
{
    // Three devices of bob@biloxi.example: each lane says where the device is; the caller and
    // the proxy keep their address of record / domain, and one device alone keeps its AOR.
    Scenario s = Scenario::defaultScenario();
    s.setTargetCount(3);
    const LadderLayout l = LadderLayout::build(Engine::run(s));
    QStringList subtitles;
    for (const LadderLane &lane : l.lanes())
        subtitles.append(lane.subtitle);
    QCOMPARE(subtitles, (QStringList{"alice@atlanta.example", "proxy.atlanta.example", "bob@client.biloxi.example",
                                     "bob@softphone.biloxi.example", "bob@voicemail.biloxi.example"}));
    QCOMPARE(LadderLayout::build(Engine::run(Scenario::defaultScenario())).lanes().last().subtitle,
             QStringLiteral("bob@biloxi.example"));
}

QTEST_GUILESS_MAIN(TestLadderLayout)
#include "tst_ladderlayout.moc"
