#include "screenshotscript.h"

#include "classroomtools.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "quizpanel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTimer>

namespace SipLab {

std::optional<ScreenshotScript::Classroom> ScreenshotScript::classroomFromName(const QString &name)
{
    if (name.isEmpty())
        return Classroom::None;
    if (name == QLatin1String("guided"))
        return Classroom::Guided;
    if (name == QLatin1String("quiz"))
        return Classroom::Quiz;
    if (name == QLatin1String("presenter"))
        return Classroom::Presenter;
    return std::nullopt;
}

ScreenshotScript::ScreenshotScript(MainWindow *window, Classroom classroom, int select)
    : QObject(window)
    , m_window(window)
    , m_classroom(classroom)
    , m_select(select)
{
}

void ScreenshotScript::show()
{
    m_window->holdPlaybackUntilExposed();
    m_window->show();
    applyClassroom();
}

void ScreenshotScript::saveScreenshot(const QString &path)
{
    m_window->setInteractive(false);
    m_window->resize(1500, 920);
    m_window->show();
    m_window->playback()->toEnd();
    m_window->ladderView()->setSelectedMessage(m_select > 0 ? m_select - 1 : 3);
    applyClassroom();
    QTimer::singleShot(500, m_window, [window = m_window, path] {
        const bool ok = window->grab().save(path);
        QApplication::exit(ok ? 0 : 1);
    });
}

void ScreenshotScript::applyClassroom()
{
    ClassroomTools *tools = m_window->classroom();
    const int n = m_select;
    switch (m_classroom) {
    case Classroom::None:
        break;
    case Classroom::Guided:
        tools->setGuided(true);
        m_window->playback()->pause();
        m_window->playback()->seek(n > 0 ? n - 1 : 0);
        m_window->ladderView()->verticalScrollBar()->setValue(0); // the ladder from its first message
        break;
    case Classroom::Quiz: {
        tools->setSeed(1);
        tools->startQuiz();
        QuizPanel *quiz = tools->quizPanel();
        // Answer the questions before F<N> right, then question N wrong, to show the verdict.
        for (int k = 1; k < n && !quiz->session().finished(); ++k) {
            quiz->answer(quiz->session().currentQuestion().correct);
            quiz->next();
        }
        if (n > 0 && !quiz->session().finished()) {
            const QuizQuestion q = quiz->session().currentQuestion();
            quiz->answer((q.correct + 1) % int(q.choices.size()));
        }
        break;
    }
    case Classroom::Presenter:
        tools->setPresenterMode(true);
        m_window->playback()->pause();
        m_window->playback()->seek(n > 0 ? n - 1 : 0);
        break;
    }
}

} // namespace SipLab
