#pragma once

#include "calltrace.h"
#include "language.h"
#include "ladderlayout.h"
#include "ladderrenderer.h"
#include "randomscenariogenerator.h"
#include "scenario.h"

#include <QList>
#include <QObject>
#include <QRect>
#include <QString>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QShortcut;

namespace SipLab {

class GuidedPanel;
class LadderView;
class LessonPanel;
class PlaybackController;
class QuizPanel;

/// The classroom features of the main window (docs/lessons.md), kept out of MainWindow:
/// the Lessons menu (each lesson loads as one undoable edit and shows its goals and introduction),
/// guided playback (pause after each message, explain it in both languages), the quiz dock, and
/// presenter mode (presenter theme, large fonts, full screen, PageDown/PageUp step, Esc leaves).
/// It knows the window only through what its Context hands it: it asks for scenario changes with
/// scenarioRequested() and is told about the call on screen with setTrace().
class ClassroomTools : public QObject
{
    Q_OBJECT
public:
    /// What the classroom tools work with.
    struct Context
    {
        QMainWindow *window = nullptr;        // hosts the docks and menus; presenter mode makes it full screen
        LadderView *ladder = nullptr;         // presenter mode changes its theme, layout and zoom
        PlaybackController *playback = nullptr; // guided playback, PageDown/PageUp, quiz reveals
        QMenu *viewMenu = nullptr;            // gets Presenter mode (none: only the window's shortcut)
        QMenu *helpMenu = nullptr;            // the Lessons menu goes before it (none: at the end)
        QList<QWidget *> presenterPanels;     // panels whose fonts presenter mode enlarges, besides its own
        QList<QDockWidget *> editingDocks;    // docks presenter mode hides (call builder, code reference)
        std::function<Language()> language;   // the language of lesson titles in the menu
        std::function<const CallTrace &()> trace; // the call on screen (simulated or live)
        std::function<const Scenario &()> scenario; // the scenario being edited
    };

    /// Parented to context.window.
    explicit ClassroomTools(const Context &context);

    QMenu *lessonsMenu() const { return m_lessonsMenu; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    GuidedPanel *guidedPanel() const { return m_guidedPanel; }
    QuizPanel *quizPanel() const { return m_quizPanel; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    QDockWidget *guidedDock() const { return m_guidedDock; }
    QDockWidget *quizDock() const { return m_quizDock; }
    QAction *guidedAction() const { return m_guidedAction; }
    QAction *presenterAction() const { return m_presenterAction; }
    QAction *quizAction() const { return m_quizAction; }

    /// Loads a lesson's scenario as one undoable edit and shows its introduction; false (and
    /// the window's error) when the id is unknown.
    bool loadLesson(const QString &id);
    QString currentLesson() const { return m_lessonId; }
    void setGuided(bool guided);
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenter; }
    /// Quiz over the call on screen.
    void startQuiz();
    /// Loads a random scenario of that difficulty (undoable) and starts a quiz over it.
    void startRandomQuiz(QuizDifficulty difficulty, quint32 seed);
    /// Seeds of the quizzes and random scenarios come from here (tests make them fixed).
    void setSeed(quint32 seed) { m_seed = seed; }

    /// The owner calls this when a new scenario was applied and run (an edit, undo, a lesson):
    /// the guided panel follows it and a quiz over the old call ends.
    void traceChanged();

Q_SIGNALS:
    /// Load this scenario as one undoable edit (a lesson, a random quiz scenario); the owner
    /// applies it and calls traceChanged() before returning.
    void scenarioRequested(const SipLab::Scenario &scenario, const QString &description);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void exportResults();
    void onGuidedMessage();
    void fitPresenterWidth(); // presenter mode: zoom out just enough that every lane is on screen
    QString quizName() const;
    quint32 nextSeed();

    Context m_context;
    QMainWindow *m_window = nullptr; // m_context.window
    const CallTrace &trace() const { return m_context.trace(); }
    const Scenario &scenario() const { return m_context.scenario(); }
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_rfcMenu = nullptr;
    QMenu *m_forkMenu = nullptr;  // the lessons with several callee devices (forking, 300)
    QMenu *m_classMenu = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    GuidedPanel *m_guidedPanel = nullptr;
    QuizPanel *m_quizPanel = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_guidedDock = nullptr;
    QDockWidget *m_quizDock = nullptr;
    QAction *m_guidedAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_quizAction = nullptr;
    QShortcut *m_pageDown = nullptr;
    QShortcut *m_pageUp = nullptr;
    QShortcut *m_escape = nullptr;

    QString m_lessonId;
    Scenario m_lessonScenario;
    Scenario m_randomScenario;
    QString m_randomName;
    quint32 m_seed = 0;
    bool m_seedFixed = false;

    // Presenter mode: what to restore when it ends.
    bool m_presenter = false;
    LadderTheme m_savedTheme;
    LadderLayoutOptions m_savedOptions;
    double m_savedZoom = 1.0;
    bool m_savedFullScreen = false;
    bool m_savedMaximized = false;
    QRect m_savedGeometry;
    QList<QPair<QDockWidget *, bool>> m_savedDocks;
    QList<QPair<QWidget *, QFont>> m_savedFonts;
};

} // namespace SipLab
