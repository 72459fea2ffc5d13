// The first-run welcome: shown at start once per user, never when the command line already
// says what to show, with --no-welcome or SIPLAB_NO_WELCOME; its three choices (default call,
// a lesson from the list, a capture) and the ladder guide; Help > Welcome does what is chosen.
#include "lessonlibrary.h"
#include "mainwindow.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace SipLab;

class TestWelcomeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showAtStart_data();
    void showAtStart();
    void onceOnly();
    void choices_data();
    void choices();
    void tabOrderFollowsTheDialog();
    void helpWelcomeLoadsTheChosenLesson();

private:
    QByteArray m_savedEnv;
};

void TestWelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomedialog"));
    m_savedEnv = qgetenv("SIPLAB_NO_WELCOME"); // ctest sets it for every test
}

void TestWelcomeDialog::init()
{
    QSettings().clear();
    qunsetenv("SIPLAB_NO_WELCOME");
}

void TestWelcomeDialog::cleanup()
{
    if (!m_savedEnv.isNull())
        qputenv("SIPLAB_NO_WELCOME", m_savedEnv);
}

void TestWelcomeDialog::showAtStart_data()
{
    QTest::addColumn<bool>("shownBefore");
    QTest::addColumn<bool>("suppressed"); // a file, --lesson, --classroom, --screenshot or --no-welcome
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<bool>("expected");
    QTest::newRow("first run") << false << false << QByteArray() << true;
    QTest::newRow("second run") << true << false << QByteArray() << false;
    QTest::newRow("first run, command line chose") << false << true << QByteArray() << false;
    QTest::newRow("first run, SIPLAB_NO_WELCOME=1") << false << false << QByteArray("1") << false;
    QTest::newRow("second run, everything") << true << true << QByteArray("1") << false;
}

void TestWelcomeDialog::showAtStart()
{
    QFETCH(bool, shownBefore);
    QFETCH(bool, suppressed);
    QFETCH(QByteArray, environment);
    QFETCH(bool, expected);
    QSettings settings;
    if (shownBefore)
        WelcomeDialog::markShown(settings);
    if (!environment.isEmpty())
        qputenv("SIPLAB_NO_WELCOME", environment);
    QCOMPARE(WelcomeDialog::showAtStart(settings, suppressed), expected);
}

void TestWelcomeDialog::onceOnly()
{
    // Showing it (from main() or Help > Welcome) is what marks it shown, whatever is chosen.
    QVERIFY(WelcomeDialog::showAtStart(QSettings(), false));
    MainWindow w;
    w.setInteractive(false);
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    w.showWelcome();
    QVERIFY(!WelcomeDialog::showAtStart(QSettings(), false));
}

void TestWelcomeDialog::choices_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("lessonRow");
    QTest::addColumn<WelcomeDialog::Choice>("choice");
    QTest::newRow("default call") << QStringLiteral("DefaultCallButton") << 0 << WelcomeDialog::Choice::DefaultCall;
    QTest::newRow("first lesson") << QStringLiteral("LessonButton") << 0 << WelcomeDialog::Choice::Lesson;
    QTest::newRow("third lesson") << QStringLiteral("LessonButton") << 2 << WelcomeDialog::Choice::Lesson;
    QTest::newRow("Enter on a lesson") << QStringLiteral("LessonList") << 1 << WelcomeDialog::Choice::Lesson;
    QTest::newRow("capture") << QStringLiteral("CaptureButton") << 0 << WelcomeDialog::Choice::Capture;
}

void TestWelcomeDialog::choices()
{
    QFETCH(QString, button);
    QFETCH(int, lessonRow);
    QFETCH(WelcomeDialog::Choice, choice);
    WelcomeDialog dialog(Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.lessonList()->count(), int(LessonLibrary::lessons().size()));
    dialog.lessonList()->setCurrentRow(lessonRow);
    if (button == QLatin1String("LessonList")) {
        dialog.lessonList()->setFocus();
        QTest::keyClick(dialog.lessonList(), Qt::Key_Return);
    } else {
        auto *b = dialog.findChild<QPushButton *>(button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), choice);
    if (choice == WelcomeDialog::Choice::Lesson)
        QCOMPARE(dialog.lessonId(), LessonLibrary::lessons()[lessonRow].idString());
}

void TestWelcomeDialog::tabOrderFollowsTheDialog()
{
    WelcomeDialog dialog(Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    dialog.defaultCallButton()->setFocus();
    QTRY_VERIFY(dialog.defaultCallButton()->hasFocus());
    const QList<QWidget *> expected = {dialog.lessonList(), dialog.lessonButton(), dialog.captureButton()};
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void TestWelcomeDialog::helpWelcomeLoadsTheChosenLesson()
{
    MainWindow w;
    w.setInteractive(false);
    const Lesson &lesson = LessonLibrary::lessons()[1];
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->lessonList()->setCurrentRow(1);
        dialog->lessonButton()->click();
    });
    w.showWelcome();
    QCOMPARE(w.scenario(), *LessonLibrary::scenario(lesson.idString()).scenario);
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
