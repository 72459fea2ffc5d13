// The classroom features inside the main window: the Lessons menu loads a lesson as one undoable
// edit and shows its texts, guided playback stops after each message and explains it, the quiz
// hides the ladder until answered and generates random scenarios, presenter mode switches theme,
// fonts, full screen and the clicker keys, and Esc restores everything.
#include "callbuilderpanel.h"
#include "classroomtools.h"
#include "engine.h"
#include "guidedpanel.h"
#include "ladderview.h"
#include "lessonlibrary.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "quizpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

class TestClassroomTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lessonsMenuLoadsLesson();
    void lessonsMenuInChinese();
    void guidedPlayback();
    void quizRevealsStepByStep();
    void randomQuiz();
    void presenterMode();
    void lessonThenOtherMethod();
    void withoutMainWindow();
    void topologyLessons_data();
    void topologyLessons();
};

void TestClassroomTools::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classroomtools"));
}

void TestClassroomTools::lessonsMenuLoadsLesson()
{
    MainWindow w;
    w.setInteractive(false);
    ClassroomTools *c = w.classroom();
    QVERIFY(c);
    // The menu sits in the menu bar and lists every lesson once.
    QVERIFY(w.menuBar()->actions().contains(c->lessonsMenu()->menuAction()));
    QCOMPARE(c->lessonsMenu()->title(), QStringLiteral("&Lessons"));
    int listed = 0;
    QAction *busy = nullptr;
    for (QAction *a : c->lessonsMenu()->findChildren<QAction *>()) {
        if (a->objectName().startsWith(QLatin1String("lesson:"))) {
            ++listed;
            if (a->data().toString() == QLatin1String("rfc3665-3.9-busy-486"))
                busy = a;
        }
    }
    QCOMPARE(listed, LessonLibrary::lessons().size());
    QVERIFY(busy);
    QCOMPARE(busy->text(), QStringLiteral("RFC 3665 3.9  Unsuccessful busy (486)"));

    const int undoBefore = w.undoStack()->count();
    busy->trigger();
    QCOMPARE(w.undoStack()->count(), undoBefore + 1);
    QCOMPARE(w.scenario(), *LessonLibrary::scenario(QStringLiteral("rfc3665-3.9-busy-486")).scenario);
    QCOMPARE(w.trace().messages.size(), 11);
    QVERIFY(c->lessonDock()->isVisibleTo(&w));
    QCOMPARE(c->lessonPanel()->lesson(), QStringLiteral("rfc3665-3.9-busy-486"));
    const QString text = c->lessonPanel()->plainText();
    QVERIFY(text.contains(QLatin1String("Unsuccessful busy (486)")));
    QVERIFY(text.contains(QStringLiteral("呼叫失败：忙（486）")));
    QVERIFY(text.contains(QLatin1String("Learning goals")));
    QVERIFY(text.contains(QStringLiteral("学习目标")));
    // Undo goes back to the call before the lesson.
    w.undoStack()->undo();
    QCOMPARE(w.scenario(), Scenario::defaultScenario());
    QVERIFY(!c->loadLesson(QStringLiteral("no-such-lesson")));
}

void TestClassroomTools::lessonsMenuInChinese()
{
    MainWindow w;
    w.setInteractive(false);
    w.setUiLanguage(Language::Chinese);
    QCoreApplication::processEvents();
    ClassroomTools *c = w.classroom();
    QVERIFY2(c->lessonsMenu()->title() != QLatin1String("&Lessons"), qPrintable(c->lessonsMenu()->title()));
    QVERIFY(c->presenterAction()->text() != QLatin1String("&Presenter mode"));
    bool found = false;
    for (QAction *a : c->lessonsMenu()->findChildren<QAction *>()) {
        if (a->data().toString() == QLatin1String("class-6xx")) {
            QCOMPARE(a->text(), QStringLiteral("RFC 3261 21.6  6xx 全局失败"));
            found = true;
        }
    }
    QVERIFY(found);
    // The panels put the interface language first.
    QVERIFY(c->loadLesson(QStringLiteral("class-6xx")));
    const QString text = c->lessonPanel()->plainText();
    QVERIFY(text.indexOf(QStringLiteral("6xx 全局失败")) >= 0);
    QVERIFY(text.indexOf(QStringLiteral("6xx 全局失败")) < text.indexOf(QLatin1String("6xx global failures")));
    w.setUiLanguage(Language::English);
    QCoreApplication::processEvents();
    const QString english = c->lessonPanel()->plainText();
    QVERIFY(english.indexOf(QLatin1String("6xx global failures")) < english.indexOf(QStringLiteral("6xx 全局失败")));
}

void TestClassroomTools::guidedPlayback()
{
    MainWindow w;
    w.setInteractive(false);
    ClassroomTools *c = w.classroom();
    QVERIFY(c->loadLesson(QStringLiteral("rfc3665-2.1-registration-401")));
    c->guidedAction()->trigger();
    PlaybackController *p = w.playback();
    QVERIFY(p->isGuided());
    QVERIFY(c->guidedDock()->isVisibleTo(&w));
    p->pause();
    p->seek(-1);
    QSignalSpy stops(p, &PlaybackController::guidedStop);
    // Next animates one message and stops after it; the panel explains it in both languages.
    QTest::mouseClick(c->guidedPanel()->nextButton(), Qt::LeftButton);
    QVERIFY(p->isPlaying());
    p->advance(PlaybackController::MessageDurationMs * 3);
    QVERIFY(!p->isPlaying());
    QCOMPARE(p->cursor(), 0);
    QCOMPARE(stops.count(), 1);
    QCOMPARE(c->guidedPanel()->message(), 0);
    QTest::mouseClick(c->guidedPanel()->nextButton(), Qt::LeftButton);
    p->advance(PlaybackController::MessageDurationMs * 3);
    QCOMPARE(p->cursor(), 1);
    const QString text = c->guidedPanel()->plainText();
    QVERIFY2(text.contains(QLatin1String("F2 P1 -> UAC: 401 Unauthorized")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("The registrar requires authentication: 401 with a WWW-Authenticate challenge (RFC 3261 10.3 step 3, 22.2)")));
    QVERIFY(text.contains(QLatin1String("The source document on 401")));
    QVERIFY(text.contains(QStringLiteral("源文档")));
    // Previous steps back.
    QTest::mouseClick(c->guidedPanel()->previousButton(), Qt::LeftButton);
    QCOMPARE(p->cursor(), 0);
    QCOMPARE(c->guidedPanel()->message(), 0);
    c->guidedAction()->trigger();
    QVERIFY(!p->isGuided());
    QVERIFY(!c->guidedDock()->isVisibleTo(&w));
}

void TestClassroomTools::quizRevealsStepByStep()
{
    MainWindow w;
    w.setInteractive(false);
    ClassroomTools *c = w.classroom();
    c->setSeed(7);
    QVERIFY(c->loadLesson(QStringLiteral("class-5xx")));
    c->quizAction()->trigger();
    QuizPanel *quiz = c->quizPanel();
    QVERIFY(c->quizDock()->isVisibleTo(&w));
    QCOMPARE(quiz->session().scenarioName(), QStringLiteral("class-5xx"));
    QVERIFY(!w.playback()->isPlaying());
    QCOMPARE(w.ladderView()->playbackCursor(), -1); // nothing revealed yet
    for (int k = 0; k < 3; ++k) {
        const QuizQuestion q = quiz->session().currentQuestion();
        QTest::mouseClick(quiz->choiceButtons()[q.correct], Qt::LeftButton);
        QCOMPARE(w.ladderView()->playbackCursor(), k); // the answered message appears
        QTest::mouseClick(quiz->nextButton(), Qt::LeftButton);
        QCOMPARE(w.ladderView()->playbackCursor(), k);
    }
    QCOMPARE(quiz->session().score(), 3);
    // Editing the call ends the quiz; the answers stay for the export.
    w.undoStack()->undo();
    QVERIFY(!quiz->isActive());
    QCOMPARE(quiz->allResults().size(), 3);
    for (QPushButton *b : quiz->choiceButtons())
        QVERIFY(!b->isVisible());
}

void TestClassroomTools::randomQuiz()
{
    MainWindow w;
    w.setInteractive(false);
    ClassroomTools *c = w.classroom();
    c->setSeed(100);
    QuizPanel *quiz = c->quizPanel();
    quiz->setDifficulty(QuizDifficulty::Medium);
    const int undoBefore = w.undoStack()->count();
    QTest::mouseClick(quiz->randomButton(), Qt::LeftButton);
    QCOMPARE(w.undoStack()->count(), undoBefore + 1);
    QCOMPARE(w.scenario(), RandomScenarioGenerator::generate(QuizDifficulty::Medium, 100));
    QCOMPARE(quiz->session().scenarioName(), QStringLiteral("random-medium-100"));
    QCOMPARE(quiz->session().questionCount(), Engine::run(w.scenario()).messages.size());
    QCOMPARE(w.ladderView()->playbackCursor(), -1);
    QVERIFY(!w.playback()->isPlaying());
    // The next one is another scenario.
    quiz->setDifficulty(QuizDifficulty::Hard);
    QTest::mouseClick(quiz->randomButton(), Qt::LeftButton);
    QCOMPARE(quiz->session().scenarioName(), QStringLiteral("random-hard-101"));
    QCOMPARE(w.scenario().proxies.size(), 2);
}

void TestClassroomTools::presenterMode()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ClassroomTools *c = w.classroom();
    QVERIFY(c->loadLesson(QStringLiteral("rfc3665-3.2-two-proxies"))); // four lanes
    auto *builder = w.findChild<QDockWidget *>(QStringLiteral("CallBuilderDock"));
    QVERIFY(builder && builder->isVisible());
    const double laneWidth = w.ladderView()->layoutOptions().laneWidth;
    const double zoom = w.ladderView()->zoom();
    const QFont lessonFont = c->lessonPanel()->font();
    QVERIFY(c->presenterAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(c->presenterAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));

    c->presenterAction()->trigger();
    QVERIFY(c->isPresenterMode());
    QTRY_VERIFY(w.isFullScreen());
    QCOMPARE(w.ladderView()->theme().font, LadderTheme::presenter().font);
    QVERIFY(w.ladderView()->layoutOptions().laneWidth > laneWidth);
    QVERIFY(c->lessonPanel()->font().pointSizeF() >= 16);
    // Every lane fits across the screen (zoomed out if needed, never in).
    QTRY_VERIFY(w.ladderView()->ladderLayout().size().width() * w.ladderView()->zoom()
                <= w.ladderView()->viewport()->width() + 1);
    QVERIFY(w.ladderView()->zoom() < 1.0); // four wide lanes do not fit the test screen at 100 %
    QVERIFY(!builder->isVisible());
    // Clicker keys step the ladder.
    w.playback()->pause();
    w.playback()->seek(-1);
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.playback()->cursor(), 0);
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.playback()->cursor(), 1);
    QTest::keyClick(&w, Qt::Key_PageUp);
    QCOMPARE(w.playback()->cursor(), 0);
    // Esc leaves and restores everything.
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!c->isPresenterMode());
    QVERIFY(!c->presenterAction()->isChecked());
    QTRY_VERIFY(!w.isFullScreen());
    QCOMPARE(w.ladderView()->theme().font, LadderTheme::light().font);
    QCOMPARE(w.ladderView()->layoutOptions().laneWidth, laneWidth);
    QCOMPARE(w.ladderView()->zoom(), zoom);
    QCOMPARE(c->lessonPanel()->font(), lessonFont);
    QVERIFY(builder->isVisible());
    // Outside presenter mode PageDown does not step.
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.playback()->cursor(), 0);
}

void TestClassroomTools::lessonThenOtherMethod()
{
    // After the "query registration" lesson, switching the request to INVITE in the call builder
    // is a valid edit (the REGISTER-only action is reset), not an error.
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.classroom()->loadLesson(QStringLiteral("rfc3665-2.3-registration-query")));
    QCOMPARE(w.scenario().uac.registerAction, RegisterAction::Query);
    auto *method = w.findChild<QComboBox *>();
    QVERIFY(method);
    QCOMPARE(method->currentText(), QStringLiteral("REGISTER"));
    method->setCurrentText(QStringLiteral("INVITE"));
    QCOMPARE(w.scenario().method, QStringLiteral("INVITE"));
    QCOMPARE(w.scenario().uac.registerAction, RegisterAction::Bind);
    QCOMPARE(w.lastError(), QString());
}

void TestClassroomTools::withoutMainWindow()
{
    // ClassroomTools needs only what its Context gives it: a plain QMainWindow, a ladder view, a
    // playback controller and the docks presenter mode hides. It asks for a lesson's scenario
    // with scenarioRequested() and follows the trace it is told about.
    QMainWindow window;
    auto *ladder = new LadderView;
    window.setCentralWidget(ladder);
    PlaybackController playback;
    auto *editing = new QDockWidget(&window);
    window.addDockWidget(Qt::LeftDockWidgetArea, editing);
    auto *viewMenu = window.menuBar()->addMenu(QStringLiteral("View"));
    CallTrace trace = Engine::run(Scenario::defaultScenario());
    Scenario scenario = trace.scenario;
    ClassroomTools::Context context;
    context.window = &window;
    context.ladder = ladder;
    context.playback = &playback;
    context.viewMenu = viewMenu;
    context.editingDocks = {editing};
    context.language = [] { return Language::English; };
    context.trace = [&trace]() -> const CallTrace & { return trace; };
    context.scenario = [&scenario]() -> const Scenario & { return scenario; };
    auto *tools = new ClassroomTools(context);
    QCOMPARE(tools->parent(), &window);
    QVERIFY(window.menuBar()->actions().contains(tools->lessonsMenu()->menuAction()));
    QVERIFY(viewMenu->actions().contains(tools->presenterAction()));

    QSignalSpy requested(tools, &ClassroomTools::scenarioRequested);
    connect(tools, &ClassroomTools::scenarioRequested, tools, [&](const Scenario &s, const QString &) {
        scenario = s;
        trace = Engine::run(s);
        ladder->setTrace(trace);
        tools->traceChanged();
    });
    const QString id = QStringLiteral("rfc3665-2.1-registration-401");
    QVERIFY(tools->loadLesson(id));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Scenario>(), *LessonLibrary::scenario(id).scenario);
    QVERIFY(requested.first().at(1).toString().startsWith(QStringLiteral("Load lesson ")));
    tools->startQuiz();
    QVERIFY(tools->quizPanel()->isActive());
    QCOMPARE(tools->quizPanel()->session().trace().scenario, scenario);

    QSignalSpy errors(tools, &ClassroomTools::errorOccurred);
    QVERIFY(!tools->loadLesson(QStringLiteral("no-such-lesson")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(requested.count(), 1);

    window.show();
    editing->show();
    tools->setPresenterMode(true);
    QVERIFY(!editing->isVisible());
    tools->setPresenterMode(false);
    QVERIFY(editing->isVisible());
}

void TestClassroomTools::topologyLessons_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("lanes");
    const QStringList fork = {"UAC", "P1", "UAS1", "UAS2"};
    QTest::newRow("parallel, busy and answer") << "fork-parallel-busy-answer" << fork;
    QTest::newRow("6xx stops the search") << "fork-6xx-stops-search" << QStringList{"UAC", "P1", "UAS1", "UAS2", "UAS3"};
    QTest::newRow("sequential 5xx") << "fork-sequential-5xx" << fork;
    QTest::newRow("two answers") << "fork-two-answers" << fork;
    QTest::newRow("300 multiple") << "redirect-300-multiple" << QStringList{"UAC", "RS", "P2", "UAS1", "UAS2", "UAS3"};
    QTest::newRow("3.4 proxy failure") << "rfc3665-3.4-proxy-failure" << QStringList{"UAC", "P1", "P2", "UAS"};
    QTest::newRow("3.5 ALG") << "rfc3665-3.5-alg" << QStringList{"UAC", "ALG", "P2", "UAS"};
}

void TestClassroomTools::topologyLessons()
{
    // The topology lessons (issue #14) come from LessonLibrary like every other: each loads in
    // the window, its lanes are the builder's nodes, and guided mode and the quiz run over them.
    QFETCH(QString, lesson);
    QFETCH(QStringList, lanes);
    MainWindow w;
    w.setInteractive(false);
    ClassroomTools *c = w.classroom();
    QVERIFY(c->loadLesson(lesson));
    QStringList titles;
    for (const LadderLane &lane : w.ladderView()->ladderLayout().lanes())
        titles.append(lane.title);
    QCOMPARE(titles, lanes);
    QCOMPARE(w.callBuilder()->nodeCount(), int(lanes.size()));
    for (int node = 0; node < lanes.size(); ++node) {
        Q_EMIT w.ladderView()->laneHeaderClicked(node);
        QCOMPARE(w.callBuilder()->selectedNode(), node);
    }
    // Guided: the first two messages, each explained.
    c->guidedAction()->trigger();
    PlaybackController *p = w.playback();
    p->pause();
    p->seek(-1);
    for (int k = 0; k < 2; ++k) {
        QTest::mouseClick(c->guidedPanel()->nextButton(), Qt::LeftButton);
        p->advance(PlaybackController::MessageDurationMs * 3);
        QCOMPARE(p->cursor(), k);
        QVERIFY(c->guidedPanel()->plainText().contains(QStringLiteral("F%1 ").arg(k + 1)));
    }
    c->guidedAction()->trigger();
    // Quiz: a question per message, the answered one revealed.
    c->quizAction()->trigger();
    QuizPanel *quiz = c->quizPanel();
    QCOMPARE(quiz->session().questionCount(), w.trace().messages.size());
    const QuizQuestion q = quiz->session().currentQuestion();
    QTest::mouseClick(quiz->choiceButtons()[q.correct], Qt::LeftButton);
    QCOMPARE(w.ladderView()->playbackCursor(), 0);
}

QTEST_MAIN(TestClassroomTools)
#include "tst_classroomtools.moc"
