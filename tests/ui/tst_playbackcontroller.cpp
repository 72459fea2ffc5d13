#include "playbackcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace SipLab;

class TestPlaybackController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steps_data();
    void steps();
    void playAdvancesAndFinishes();
    void speedIsClamped_data();
    void speedIsClamped();
    void seekClamps();
    void guidedPausesAtEachMessage();
    void heldClockDoesNotTick();
};

void TestPlaybackController::steps_data()
{
    QTest::addColumn<QString>("keys"); // f = forward, b = back, e = end, r = restart (then pause)
    QTest::addColumn<int>("cursor");
    QTest::newRow("start") << "" << -1;
    QTest::newRow("one forward") << "f" << 0;
    QTest::newRow("three forward") << "fff" << 2;
    QTest::newRow("forward back") << "ffb" << 0;
    QTest::newRow("back at start") << "b" << -1;
    QTest::newRow("end") << "e" << 9;
    QTest::newRow("end forward") << "ef" << 9;
    QTest::newRow("restart") << "eer" << -1;
}

void TestPlaybackController::steps()
{
    QFETCH(QString, keys);
    QFETCH(int, cursor);
    PlaybackController p;
    p.setMessageCount(10);
    for (QChar k : keys) {
        if (k == QLatin1Char('f'))
            p.stepForward();
        else if (k == QLatin1Char('b'))
            p.stepBack();
        else if (k == QLatin1Char('e'))
            p.toEnd();
        else if (k == QLatin1Char('r')) {
            p.restart();
            p.pause();
        }
    }
    QCOMPARE(p.cursor(), cursor);
}

void TestPlaybackController::playAdvancesAndFinishes()
{
    PlaybackController p;
    p.setMessageCount(3);
    QSignalSpy finished(&p, &PlaybackController::finished);
    QSignalSpy cursor(&p, &PlaybackController::cursorChanged);
    p.play();
    QVERIFY(p.isPlaying());
    p.advance(PlaybackController::MessageDurationMs / 2);
    QCOMPARE(p.cursor(), 0);
    QCOMPARE(p.travel(), 0.5);
    p.setSpeed(2.0);
    p.advance(PlaybackController::MessageDurationMs / 2); // one message at 2x
    QCOMPARE(p.cursor(), 1);
    p.advance(PlaybackController::MessageDurationMs * 10);
    QCOMPARE(p.cursor(), 2);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!p.isPlaying());
    QVERIFY(cursor.count() >= 3);
    // The real timer moves it too.
    p.restart();
    QTRY_COMPARE_WITH_TIMEOUT(p.cursor(), 0, 2000);
}

void TestPlaybackController::speedIsClamped_data()
{
    QTest::addColumn<double>("asked");
    QTest::addColumn<double>("speed");
    QTest::newRow("slow") << 0.1 << 0.25;
    QTest::newRow("fast") << 100.0 << 8.0;
    QTest::newRow("4x") << 4.0 << 4.0;
}

void TestPlaybackController::speedIsClamped()
{
    QFETCH(double, asked);
    QFETCH(double, speed);
    PlaybackController p;
    p.setSpeed(asked);
    QCOMPARE(p.speed(), speed);
}

void TestPlaybackController::seekClamps()
{
    PlaybackController p;
    p.setMessageCount(5);
    p.seek(100);
    QCOMPARE(p.cursor(), 4);
    p.seek(-7);
    QCOMPARE(p.cursor(), -1);
}


void TestPlaybackController::guidedPausesAtEachMessage()
{
    PlaybackController p;
    p.setMessageCount(3);
    QSignalSpy stops(&p, &PlaybackController::guidedStop);
    QSignalSpy guided(&p, &PlaybackController::guidedChanged);
    p.setGuided(true);
    QCOMPARE(guided.count(), 1);
    for (int k = 0; k < 3; ++k) {
        p.play();
        QVERIFY(p.isPlaying());
        p.advance(PlaybackController::MessageDurationMs / 4);
        QCOMPARE(p.cursor(), k);
        QVERIFY(p.travel() < 1.0);
        p.advance(PlaybackController::MessageDurationMs * 5); // far more than one message
        QCOMPARE(p.cursor(), k);                              // but it stops after this one
        QCOMPARE(p.travel(), 1.0);
        QVERIFY(!p.isPlaying());
        QCOMPARE(stops.count(), k + 1);
        QCOMPARE(stops.last().first().toInt(), k);
    }
    // Off again: plays through.
    p.setGuided(false);
    p.restart();
    p.advance(PlaybackController::MessageDurationMs * 10);
    QCOMPARE(p.cursor(), 2);
    QCOMPARE(stops.count(), 3);
}

void TestPlaybackController::heldClockDoesNotTick()
{
    // The main window holds the clock until its first frame is painted: playing, but still.
    PlaybackController p;
    p.setMessageCount(3);
    p.setClockHeld(true);
    p.play();
    QVERIFY(p.isPlaying());
    QVERIFY(p.isClockHeld());
    QTest::qWait(100); // six ticks of the timer, were it running
    QCOMPARE(p.cursor(), -1);
    p.setClockHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(p.cursor(), 0, 2000);
    // Holding it again stops the ticks; pausing while held and releasing does not start it.
    p.setClockHeld(true);
    const int cursor = p.cursor();
    const double travel = p.travel();
    QTest::qWait(100);
    QCOMPARE(p.cursor(), cursor);
    QCOMPARE(p.travel(), travel);
    p.pause();
    p.setClockHeld(false);
    QTest::qWait(100);
    QVERIFY(!p.isPlaying());
    QCOMPARE(p.travel(), travel);
}

QTEST_MAIN(TestPlaybackController)
#include "tst_playbackcontroller.moc"
