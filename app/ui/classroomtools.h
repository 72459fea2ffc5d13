#pragma once

#include "ladderlayout.h"
#include "ladderrenderer.h"
#include "randomscenariogenerator.h"
#include "scenario.h"

#include <QObject>
#include <QRect>
#include <QString>

class QAction;
class QDockWidget;
class QMenu;
class QShortcut;

namespace SipLab {

class GuidedPanel;
class LessonPanel;
class MainWindow;
class QuizPanel;

/// The classroom features of the main window (docs/lessons.md), kept out of MainWindow:
/// the Lessons menu (each lesson loads as one undoable edit and shows its goals and introduction),
/// guided playback (pause after each message, explain it in both languages), the quiz dock, and
/// presenter mode (presenter theme, large fonts, full screen, PageDown/PageUp step, Esc leaves).
class ClassroomTools : public QObject
{
    Q_OBJECT
public:
    explicit ClassroomTools(MainWindow *window);

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void exportResults();
    void onGuidedMessage();
    void fitPresenterWidth(); // presenter mode: zoom out just enough that every lane is on screen
    QString quizName() const;
    quint32 nextSeed();

    MainWindow *m_window = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_rfcMenu = nullptr;
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
