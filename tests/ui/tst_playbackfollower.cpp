// Follow playback (PlaybackFollower in the main window): while the ladder plays, the
// explanation panel explains the message being sent at the cursor, as the cursor moves; a click
// on a message pins it and following pauses until playback restarts or the user turns it on
// again; turning it off is remembered; guided playback still pauses after each message.
#include "explanationpanel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "playbackfollower.h"
#include "responsecatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace SipLab;

class TestPlaybackFollower : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void followsTheCursor_data();
    void followsTheCursor();
    void explainsInBothLanguages();
    void clickPinsUntilResumed_data();
    void clickPinsUntilResumed();
    void offIsRemembered();
    void startWritesNoSetting();
    void guidedStillPauses();

private:
    static void clickMessage(MainWindow &w, int message);
};

void TestPlaybackFollower::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    // Its own settings file per process: two runs at once (ctest -j, a build beside) would
    // otherwise read each other's writes.
    QCoreApplication::setApplicationName(QStringLiteral("tst_playbackfollower-%1").arg(QCoreApplication::applicationPid()));
}

void TestPlaybackFollower::cleanupTestCase()
{
    QFile::remove(QSettings().fileName());
}

void TestPlaybackFollower::init()
{
    QSettings().clear();
}

void TestPlaybackFollower::clickMessage(MainWindow &w, int message)
{
    LadderView *ladder = w.ladderView();
    const QRect r = ladder->messageRect(message);
    QVERIFY(!r.isEmpty());
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, r.center());
}

void TestPlaybackFollower::followsTheCursor_data()
{
    QTest::addColumn<QList<int>>("steps");   // ms of playback, one after the other
    QTest::addColumn<QList<int>>("cursors"); // the cursor (= the explained message) after each
    const int d = PlaybackController::MessageDurationMs;
    QTest::newRow("F1 on its way") << QList<int>{d / 4} << QList<int>{0};
    QTest::newRow("message by message") << QList<int>{d / 2, d, d, d} << QList<int>{0, 1, 2, 3};
    QTest::newRow("F4 half way, then F7") << QList<int>{3 * d + d / 2, 3 * d} << QList<int>{3, 6};
    QTest::newRow("to the last") << QList<int>{20 * d} << QList<int>{12};
}

void TestPlaybackFollower::followsTheCursor()
{
    QFETCH(QList<int>, steps);
    QFETCH(QList<int>, cursors);
    MainWindow w;
    w.setInteractive(false);
    w.playback()->pause(); // the test moves the cursor itself
    QVERIFY(w.follower()->isFollowing());
    QVERIFY(w.followAction()->isChecked());
    QVERIFY(w.explanationPanel()->followCheckBox()->isChecked());
    for (int i = 0; i < steps.size(); ++i) {
        w.playback()->advance(steps[i]);
        QCOMPARE(w.playback()->cursor(), cursors[i]);
        QCOMPARE(w.explanationPanel()->message(), cursors[i]);
        QCOMPARE(w.ladderView()->selectedMessage(), cursors[i]);
        const QString heading = QStringLiteral("F%1 ").arg(w.trace().messages[cursors[i]].fNumber);
        QVERIFY2(w.explanationPanel()->plainText().startsWith(heading), qPrintable(w.explanationPanel()->plainText().left(80)));
    }
    // Stepping back follows too.
    w.playback()->stepBack();
    QCOMPARE(w.explanationPanel()->message(), cursors.last() - 1);
}

void TestPlaybackFollower::explainsInBothLanguages()
{
    // F4 (180 Ringing) while it travels: the article's Chinese beside the English.
    MainWindow w;
    w.setInteractive(false);
    w.playback()->pause();
    w.playback()->advance(3 * PlaybackController::MessageDurationMs + 100);
    QCOMPARE(w.explanationPanel()->message(), 3);
    QVERIFY(w.playback()->travel() < 1.0);
    const ResponseCodeInfo *info = ResponseCatalog::find(180);
    QVERIFY(info);
    const QString text = w.explanationPanel()->plainText();
    QVERIFY(text.contains(ResponseCatalog::text(info->description, Language::Chinese)));
    QVERIFY(text.contains(ResponseCatalog::text(info->description, Language::English)));
}

void TestPlaybackFollower::clickPinsUntilResumed_data()
{
    QTest::addColumn<QString>("resume");
    QTest::newRow("restart") << QStringLiteral("restart");
    QTest::newRow("the panel's check box") << QStringLiteral("checkbox");
    QTest::newRow("View > Follow playback") << QStringLiteral("action");
}

void TestPlaybackFollower::clickPinsUntilResumed()
{
    QFETCH(QString, resume);
    const int d = PlaybackController::MessageDurationMs;
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.playback()->pause(); // the test moves the cursor itself
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.playback()->seek(-1); // whatever real time passed while the window came up (a loaded machine)
    w.playback()->advance(4 * d); // F4 arrived
    QCOMPARE(w.explanationPanel()->message(), 3);

    clickMessage(w, 1); // F2
    QCOMPARE(w.explanationPanel()->message(), 1);
    QVERIFY(!w.follower()->isFollowing());
    QVERIFY(w.follower()->isEnabled()); // pinned, not turned off
    QVERIFY(!w.followAction()->isChecked());
    QVERIFY(!w.explanationPanel()->followCheckBox()->isChecked());
    w.playback()->advance(2 * d);
    QCOMPARE(w.playback()->cursor(), 5);
    QCOMPARE(w.explanationPanel()->message(), 1); // still the pinned one

    if (resume == QLatin1String("restart")) {
        w.playback()->restart();
        w.playback()->pause();
        w.playback()->advance(d / 2);
        QCOMPARE(w.explanationPanel()->message(), 0);
    } else {
        if (resume == QLatin1String("checkbox"))
            w.explanationPanel()->followCheckBox()->click(); // as a click on its box or label does
        else
            w.followAction()->trigger();
        QCOMPARE(w.explanationPanel()->message(), 5); // back on the cursor at once
        w.playback()->advance(d);
        QCOMPARE(w.explanationPanel()->message(), 6);
    }
    QVERIFY(w.follower()->isFollowing());
    QVERIFY(w.followAction()->isChecked());
    QVERIFY(w.explanationPanel()->followCheckBox()->isChecked());
    QCOMPARE(QSettings().value(QLatin1String(PlaybackFollower::SettingsKey), true).toBool(), true);
}

void TestPlaybackFollower::offIsRemembered()
{
    {
        MainWindow w;
        w.setInteractive(false);
        w.playback()->pause();
        w.followAction()->trigger(); // off
        QVERIFY(!w.follower()->isEnabled());
        QVERIFY(!w.explanationPanel()->followCheckBox()->isChecked());
        w.playback()->advance(3 * PlaybackController::MessageDurationMs);
        QCOMPARE(w.explanationPanel()->message(), -1); // nothing explained until the user picks
        w.playback()->restart();                         // a restart does not turn it on again
        w.playback()->pause();
        w.playback()->advance(100);
        QCOMPARE(w.explanationPanel()->message(), -1);
    }
    QCOMPARE(QSettings().value(QLatin1String(PlaybackFollower::SettingsKey)).toBool(), false);
    MainWindow again;
    QVERIFY(!again.followAction()->isChecked());
    QVERIFY(!again.follower()->isFollowing());
}

void TestPlaybackFollower::startWritesNoSetting()
{
    // The window turns its check box on at start: that is no choice of the user's to save (it
    // used to create the settings file and sync it to disk before the first frame).
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.followAction()->isChecked());
        QVERIFY(!QSettings().contains(QLatin1String(PlaybackFollower::SettingsKey)));
        w.followAction()->trigger(); // off: saved
        QCOMPARE(QSettings().value(QLatin1String(PlaybackFollower::SettingsKey)).toBool(), false);
        w.followAction()->trigger(); // on again: saved too
        QCOMPARE(QSettings().value(QLatin1String(PlaybackFollower::SettingsKey)).toBool(), true);
    }
    QSettings().clear();
    MainWindow again;
    QVERIFY(again.follower()->isFollowing());
    QVERIFY(!QSettings().contains(QLatin1String(PlaybackFollower::SettingsKey)));
}

void TestPlaybackFollower::guidedStillPauses()
{
    MainWindow w;
    w.setInteractive(false);
    w.playback()->setGuided(true);
    w.playback()->restart();
    w.playback()->advance(PlaybackController::MessageDurationMs / 2);
    QVERIFY(w.playback()->isPlaying());
    QCOMPARE(w.explanationPanel()->message(), 0);
    w.playback()->advance(PlaybackController::MessageDurationMs);
    QVERIFY(!w.playback()->isPlaying()); // paused when F1 arrived, as before
    QCOMPARE(w.playback()->cursor(), 0);
    QCOMPARE(w.explanationPanel()->message(), 0);
}

QTEST_MAIN(TestPlaybackFollower)
#include "tst_playbackfollower.moc"
