// siplab: the GUI. Only main(): options, translations, the main window.
#include "classroomtools.h"
#include "ladderview.h"
#include "languagepack.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "quizpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SIP Lab"));
    QApplication::setOrganizationName(QStringLiteral("SIP Lab"));
    QApplication::setApplicationVersion(QStringLiteral(SIPLAB_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Learn SIP: build a call, choose each node's response, watch the RFC 3261 ladder."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or zh."), QStringLiteral("lang"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Show everything, save the window to FILE (PNG) and quit."), QStringLiteral("file"));
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select message F<N> (with --screenshot)."), QStringLiteral("n"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addOption(select);
    QCommandLineOption lesson(QStringLiteral("lesson"), QStringLiteral("Open a built-in lesson (see siplab-cli lesson --list)."),
                              QStringLiteral("name"));
    parser.addOption(lesson);
    QCommandLineOption classroom(QStringLiteral("classroom"),
                                 QStringLiteral("Start in guided, quiz or presenter mode (docs/lessons.md); with --select F<N>, "
                                                "guided shows message N and quiz asks question N."),
                                 QStringLiteral("mode"));
    parser.addOption(classroom);
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("A scenario file (.json) to open."));
    parser.process(app);

    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
    if (language != QLatin1String("en") && language != QLatin1String("zh")) {
        std::fprintf(stderr, "siplab: --lang must be en or zh, not '%s'\n", qPrintable(language));
        return 2;
    }

    SipLab::MainWindow window;
    if (language == QLatin1String("zh"))
        window.setUiLanguage(SipLab::Language::Chinese);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && parser.isSet(screenshot)) {
        std::fprintf(stderr, "siplab: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    if (parser.isSet(lesson) && !window.classroom()->loadLesson(parser.value(lesson))) {
        std::fprintf(stderr, "siplab: no lesson named '%s'; siplab-cli lesson --list lists them\n",
                     qPrintable(parser.value(lesson)));
        return 2;
    }
    const QString mode = parser.value(classroom);
    if (!mode.isEmpty() && mode != QLatin1String("guided") && mode != QLatin1String("quiz") && mode != QLatin1String("presenter")) {
        std::fprintf(stderr, "siplab: --classroom must be guided, quiz or presenter, not '%s'\n", qPrintable(mode));
        return 2;
    }
    // Puts the window in the classroom mode asked for (after it is shown, for screenshots).
    const auto applyClassroom = [&window, mode, n = parser.value(select).toInt()] {
        SipLab::ClassroomTools *tools = window.classroom();
        if (mode == QLatin1String("guided")) {
            tools->setGuided(true);
            window.playback()->pause();
            window.playback()->seek(n > 0 ? n - 1 : 0);
            window.ladderView()->verticalScrollBar()->setValue(0); // the ladder from its first message
        } else if (mode == QLatin1String("quiz")) {
            tools->setSeed(1);
            tools->startQuiz();
            SipLab::QuizPanel *quiz = tools->quizPanel();
            // Answer the questions before F<N> right, then question N wrong, to show the verdict.
            for (int k = 1; k < n && !quiz->session().finished(); ++k) {
                quiz->answer(quiz->session().currentQuestion().correct);
                quiz->next();
            }
            if (n > 0 && !quiz->session().finished()) {
                const SipLab::QuizQuestion q = quiz->session().currentQuestion();
                quiz->answer((q.correct + 1) % int(q.choices.size()));
            }
        } else if (mode == QLatin1String("presenter")) {
            tools->setPresenterMode(true);
            window.playback()->pause();
            window.playback()->seek(n > 0 ? n - 1 : 0);
        }
    };
    if (parser.isSet(screenshot)) {
        window.setInteractive(false);
        window.resize(1500, 920);
        window.show();
        window.playback()->toEnd();
        const int f = parser.value(select).toInt();
        window.ladderView()->setSelectedMessage(f > 0 ? f - 1 : 3);
        applyClassroom();
        const QString path = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            QApplication::exit(ok ? 0 : 1);
        });
    } else {
        window.show();
        applyClassroom();
    }
    return app.exec();
}
