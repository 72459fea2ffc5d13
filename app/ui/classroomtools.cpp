#include "classroomtools.h"

#include "engine.h"
#include "explanationpanel.h"
#include "guidedpanel.h"
#include "ladderview.h"
#include "lessonlibrary.h"
#include "lessonpanel.h"
#include "playbackcontroller.h"
#include "quizpanel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

namespace SipLab {

ClassroomTools::ClassroomTools(const Context &context)
    : QObject(context.window)
    , m_context(context)
    , m_window(context.window)
    , m_lessonPanel(new LessonPanel)
    , m_guidedPanel(new GuidedPanel)
    , m_quizPanel(new QuizPanel)
{
    setObjectName(QStringLiteral("ClassroomTools"));
    m_seed = QRandomGenerator::global()->generate();
    QMainWindow *window = m_window;
    const auto makeDock = [window](const char *name, QWidget *widget) {
        auto *dock = new QDockWidget(window);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setWidget(widget);
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
        return dock;
    };
    m_lessonDock = makeDock("LessonDock", m_lessonPanel);
    m_guidedDock = makeDock("GuidedDock", m_guidedPanel);
    m_quizDock = makeDock("QuizDock", m_quizPanel);
    // One tab group, so the one in use gets the whole height under the explanation.
    window->tabifyDockWidget(m_lessonDock, m_guidedDock);
    window->tabifyDockWidget(m_guidedDock, m_quizDock);

    // Lessons menu, before Help.
    m_lessonsMenu = new QMenu(window);
    m_lessonsMenu->setObjectName(QStringLiteral("LessonsMenu"));
    m_rfcMenu = m_lessonsMenu->addMenu(QString());
    m_forkMenu = m_lessonsMenu->addMenu(QString());
    m_classMenu = m_lessonsMenu->addMenu(QString());
    for (const Lesson &lesson : LessonLibrary::lessons()) {
        const QString id = QString::fromLatin1(lesson.id);
        QMenu *menu = id.startsWith(QLatin1String("class-"))   ? m_classMenu
                      : id.startsWith(QLatin1String("rfc3665")) ? m_rfcMenu
                                                                 : m_forkMenu;
        QAction *a = menu->addAction(QString());
        a->setObjectName(QStringLiteral("lesson:") + lesson.idString());
        a->setData(lesson.idString());
        connect(a, &QAction::triggered, this, [this, id = lesson.idString()] { loadLesson(id); });
    }
    m_lessonsMenu->addSeparator();
    m_guidedAction = m_lessonsMenu->addAction(QString());
    m_guidedAction->setObjectName(QStringLiteral("GuidedPlaybackAction"));
    m_guidedAction->setCheckable(true);
    m_guidedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_guidedAction, &QAction::toggled, this, &ClassroomTools::setGuided);
    m_quizAction = m_lessonsMenu->addAction(QString());
    m_quizAction->setObjectName(QStringLiteral("QuizAction"));
    m_quizAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_quizAction, &QAction::triggered, this, &ClassroomTools::startQuiz);
    m_lessonsMenu->addAction(m_lessonDock->toggleViewAction());
    m_lessonsMenu->addAction(m_quizDock->toggleViewAction());
    window->menuBar()->insertMenu(context.helpMenu ? context.helpMenu->menuAction() : nullptr, m_lessonsMenu);

    // Presenter mode, in the View menu.
    m_presenterAction = new QAction(window);
    m_presenterAction->setObjectName(QStringLiteral("PresenterModeAction"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    connect(m_presenterAction, &QAction::toggled, this, &ClassroomTools::setPresenterMode);
    if (context.viewMenu) {
        context.viewMenu->addSeparator();
        context.viewMenu->addAction(m_presenterAction);
    }
    window->addAction(m_presenterAction); // the shortcut works with the menu bar hidden too
    // Clicker keys: PageDown / PageUp step; Esc leaves presenter mode. Only in presenter mode,
    // so they keep their usual meaning elsewhere.
    m_pageDown = new QShortcut(QKeySequence(Qt::Key_PageDown), window);
    m_pageUp = new QShortcut(QKeySequence(Qt::Key_PageUp), window);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    for (QShortcut *s : {m_pageDown, m_pageUp, m_escape}) {
        s->setContext(Qt::WindowShortcut);
        s->setEnabled(false);
    }
    connect(m_pageDown, &QShortcut::activated, context.playback, &PlaybackController::stepForward);
    connect(m_pageUp, &QShortcut::activated, context.playback, &PlaybackController::stepBack);
    connect(m_escape, &QShortcut::activated, this, [this] { setPresenterMode(false); });

    // Guided playback follows the playback cursor.
    PlaybackController *playback = context.playback;
    connect(playback, &PlaybackController::cursorChanged, this, &ClassroomTools::onGuidedMessage);
    connect(playback, &PlaybackController::travelChanged, this, &ClassroomTools::onGuidedMessage);
    connect(m_guidedPanel, &GuidedPanel::nextRequested, playback, [playback] {
        // Animate the next message; guided playback stops again when it has arrived.
        playback->setGuided(true);
        playback->play();
    });
    connect(m_guidedPanel, &GuidedPanel::previousRequested, playback, &PlaybackController::stepBack);
    m_guidedPanel->setTrace(trace());

    // The quiz.
    connect(m_quizPanel, &QuizPanel::revealRequested, this, [this](int cursor) {
        m_context.playback->pause();
        m_context.playback->seek(cursor);
    });
    connect(m_quizPanel, &QuizPanel::startRequested, this, &ClassroomTools::startQuiz);
    connect(m_quizPanel, &QuizPanel::randomScenarioRequested, this,
            [this](QuizDifficulty d) { startRandomQuiz(d, nextSeed()); });
    connect(m_quizPanel, &QuizPanel::exportRequested, this, &ClassroomTools::exportResults);

    window->installEventFilter(this);
    retranslate();
}

void ClassroomTools::traceChanged()
{
    m_guidedPanel->setTrace(trace());
    // A quiz is about one call: editing the call (or undoing) ends it.
    if (m_quizPanel->isActive() && !(m_quizPanel->session().trace().scenario == scenario()))
        m_quizPanel->stop();
    if (m_context.playback->isGuided())
        m_context.playback->pause(); // a new call starts paused at its beginning
    if (m_presenter)
        fitPresenterWidth();
}

bool ClassroomTools::loadLesson(const QString &id)
{
    const ScenarioLoadResult loaded = LessonLibrary::scenario(id);
    if (!loaded.isValid()) {
        Q_EMIT errorOccurred(loaded.error);
        return false;
    }
    const Lesson *lesson = LessonLibrary::find(id);
    m_lessonId = id;
    m_lessonScenario = *loaded.scenario;
    Q_EMIT scenarioRequested(*loaded.scenario, tr("Load lesson %1").arg(lesson->titleText(Language::English)));
    m_lessonPanel->setLesson(id);
    m_lessonDock->show();
    m_lessonDock->raise();
    if (m_context.playback->isGuided())
        m_context.playback->seek(-1);
    return true;
}

void ClassroomTools::setGuided(bool guided)
{
    {
        const QSignalBlocker blocker(m_guidedAction);
        m_guidedAction->setChecked(guided);
    }
    m_context.playback->setGuided(guided);
    m_guidedDock->setVisible(guided);
    if (guided) {
        m_guidedDock->raise();
        m_guidedPanel->setTrace(trace());
        onGuidedMessage();
    }
}

void ClassroomTools::onGuidedMessage()
{
    PlaybackController *playback = m_context.playback;
    if (!playback->isGuided())
        return;
    if (playback->travel() >= 1.0)
        m_guidedPanel->setMessage(playback->cursor());
}

void ClassroomTools::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    {
        const QSignalBlocker blocker(m_presenterAction);
        m_presenterAction->setChecked(on);
    }
    LadderView *ladder = m_context.ladder;
    QList<QWidget *> panels = m_context.presenterPanels;
    panels << m_lessonPanel << m_guidedPanel << m_quizPanel;
    if (on) {
        m_savedTheme = ladder->theme();
        m_savedOptions = ladder->layoutOptions();
        m_savedFullScreen = m_window->isFullScreen();
        m_savedMaximized = m_window->isMaximized();
        m_savedDocks.clear();
        m_savedFonts.clear();
        // The projector shows the ladder and the explanations; the editing panels step aside.
        for (QDockWidget *dock : m_context.editingDocks) {
            m_savedDocks.append({dock, dock->isVisible()});
            dock->hide();
        }
        LadderTheme theme = LadderTheme::presenter();
        ladder->setTheme(theme);
        LadderLayoutOptions o = m_savedOptions;
        o.laneWidth = qMax(o.laneWidth, 260.0);
        o.rowHeight = qMax(o.rowHeight, 52.0);
        o.headerHeight = qMax(o.headerHeight, 84.0);
        ladder->setLayoutOptions(o);
        for (QWidget *w : panels) {
            m_savedFonts.append({w, w->font()});
            QFont f = w->font();
            f.setPointSizeF(qMax(16.0, f.pointSizeF() * 1.6));
            w->setFont(f);
        }
        m_savedGeometry = m_window->geometry();
        // Cover the whole screen even where no window manager honours full-screen requests.
        if (QScreen *screen = m_window->screen())
            m_window->setGeometry(screen->geometry());
        m_window->showFullScreen();
        m_savedZoom = ladder->zoom();
        // Once the window has its full-screen size, make every lane fit across the screen.
        QTimer::singleShot(0, this, &ClassroomTools::fitPresenterWidth);
    } else {
        ladder->setZoom(m_savedZoom);
        ladder->setTheme(m_savedTheme);
        ladder->setLayoutOptions(m_savedOptions);
        for (const auto &[dock, visible] : m_savedDocks)
            dock->setVisible(visible);
        for (const auto &[widget, font] : m_savedFonts)
            widget->setFont(font);
        if (!m_savedFullScreen) {
            if (m_savedMaximized) {
                m_window->showMaximized();
            } else {
                m_window->showNormal();
                m_window->setGeometry(m_savedGeometry);
            }
        }
    }
    for (QShortcut *s : {m_pageDown, m_pageUp, m_escape})
        s->setEnabled(on);
}

void ClassroomTools::fitPresenterWidth()
{
    if (!m_presenter)
        return;
    LadderView *ladder = m_context.ladder;
    const double width = ladder->ladderLayout().size().width();
    const int available = ladder->viewport()->width();
    if (width > 0 && available > 0)
        ladder->setZoom(qMin(1.0, available / width));
}

void ClassroomTools::startQuiz()
{
    m_quizDock->show();
    m_quizDock->raise();
    m_quizPanel->start(trace(), quizName(), nextSeed());
}

void ClassroomTools::startRandomQuiz(QuizDifficulty difficulty, quint32 seed)
{
    const Scenario s = RandomScenarioGenerator::generate(difficulty, seed);
    m_randomScenario = s;
    m_randomName = RandomScenarioGenerator::scenarioName(difficulty, seed);
    Q_EMIT scenarioRequested(s, tr("Random %1 quiz scenario").arg(RandomScenarioGenerator::difficultyName(difficulty)));
    m_quizDock->show();
    m_quizDock->raise();
    m_quizPanel->setDifficulty(difficulty);
    m_quizPanel->start(trace(), m_randomName, seed);
}

QString ClassroomTools::quizName() const
{
    if (!m_lessonId.isEmpty() && scenario() == m_lessonScenario)
        return m_lessonId;
    if (!m_randomName.isEmpty() && scenario() == m_randomScenario)
        return m_randomName;
    return scenario().title.isEmpty() ? scenario().method : scenario().title;
}

quint32 ClassroomTools::nextSeed()
{
    return m_seed++;
}

void ClassroomTools::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export quiz results"),
                                                      QStringLiteral("siplab-quiz-%1.csv")
                                                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_quizPanel->exportCsv(path, &error)) {
        Q_EMIT errorOccurred(error);
        QMessageBox::warning(m_window, tr("Export quiz results"), error);
    }
}

bool ClassroomTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClassroomTools::retranslate()
{
    const Language language = m_context.language ? m_context.language() : Language::English;
    m_lessonsMenu->setTitle(tr("&Lessons"));
    m_rfcMenu->setTitle(tr("RFC 3665 call flows"));
    m_forkMenu->setTitle(tr("Forking and redirection (several devices)"));
    m_classMenu->setTitle(tr("Response classes (1xx-6xx)"));
    for (QMenu *menu : {m_rfcMenu, m_forkMenu, m_classMenu}) {
        for (QAction *a : menu->actions()) {
            if (const Lesson *lesson = LessonLibrary::find(a->data().toString()))
                a->setText(QStringLiteral("%1  %2").arg(QString::fromLatin1(lesson->reference), lesson->titleText(language)));
        }
    }
    m_guidedAction->setText(tr("&Guided playback"));
    m_guidedAction->setToolTip(tr("Pause after each message and explain what happened and why"));
    m_quizAction->setText(tr("&Quiz on this call"));
    m_presenterAction->setText(tr("&Presenter mode"));
    m_presenterAction->setToolTip(tr("Large fonts, high contrast, full screen; PageDown/PageUp step, Esc leaves"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_guidedDock->setWindowTitle(tr("Guided playback"));
    m_quizDock->setWindowTitle(tr("Quiz"));
}

} // namespace SipLab
