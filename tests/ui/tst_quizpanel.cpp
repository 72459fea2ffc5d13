// The quiz panel driven through its buttons: the choices are the question's, clicking the
// engine's message scores, a wrong one shows the right answer and its explanation in both
// languages, Next moves on, the ladder is revealed one message at a time, and Export writes
// the CSV of every answer.
#include "engine.h"
#include "lessonlibrary.h"
#include "quizpanel.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

class TestQuizPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersThroughButtons();
    void wholeQuizAndExport();
    void buttonsEmitRequests();
};

void TestQuizPanel::answersThroughButtons()
{
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-2.1-registration-401")).scenario);
    QuizPanel panel;
    panel.show();
    QSignalSpy reveal(&panel, &QuizPanel::revealRequested);
    panel.start(trace, QStringLiteral("rfc3665-2.1-registration-401"), 3);
    QCOMPARE(reveal.count(), 1);
    QCOMPARE(reveal.last().first().toInt(), -1); // nothing shown before the first question
    QVERIFY(panel.questionText().contains(QLatin1String("Message 1 of 4")));

    // Question 1: click a wrong choice.
    QuizQuestion q = panel.session().currentQuestion();
    QVERIFY(q.choices.size() >= 2);
    int visible = 0;
    for (int i = 0; i < panel.choiceButtons().size(); ++i) {
        QPushButton *b = panel.choiceButtons()[i];
        if (b->isVisible()) {
            ++visible;
            QCOMPARE(b->text(), q.choices[i].text(trace));
        }
    }
    QCOMPARE(visible, q.choices.size());
    QVERIFY(!panel.nextButton()->isEnabled());
    const int wrong = (q.correct + 1) % int(q.choices.size());
    QTest::mouseClick(panel.choiceButtons()[wrong], Qt::LeftButton);
    QCOMPARE(panel.session().score(), 0);
    QCOMPARE(reveal.last().first().toInt(), 0); // the real F1 is now shown
    QVERIFY(panel.explanationText().contains(QLatin1String("Not quite: the engine sends UAC -> P1: REGISTER.")));
    QVERIFY2(panel.explanationText().contains(QLatin1String("RFC 3261 10.2")), qPrintable(panel.explanationText()));
    QVERIFY(panel.explanationText().contains(QStringLiteral("注册")));
    for (QPushButton *b : panel.choiceButtons())
        QVERIFY(!b->isEnabled() || !b->isVisible()); // one answer per question
    QVERIFY(panel.nextButton()->isEnabled());

    // Question 2: the right one.
    QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
    QVERIFY(panel.questionText().contains(QLatin1String("Message 2 of 4")));
    q = panel.session().currentQuestion();
    QCOMPARE(q.choices[q.correct].text(trace), QStringLiteral("P1 -> UAC: 401 Unauthorized"));
    QTest::mouseClick(panel.choiceButtons()[q.correct], Qt::LeftButton);
    QCOMPARE(panel.session().score(), 1);
    QVERIFY(panel.explanationText().startsWith(QLatin1String("Right!")));
    QVERIFY(panel.explanationText().contains(QLatin1String("The source document on 401")));
    QVERIFY(panel.scoreText().contains(QLatin1String("Score: 1 of 2 answered")));
}

void TestQuizPanel::wholeQuizAndExport()
{
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-3.9-busy-486")).scenario);
    QuizPanel panel;
    panel.show();
    panel.start(trace, QStringLiteral("rfc3665-3.9-busy-486"), 11);
    QVERIFY(!panel.exportButton()->isEnabled());
    for (int k = 0; k < trace.messages.size(); ++k) {
        const QuizQuestion q = panel.session().currentQuestion();
        QTest::mouseClick(panel.choiceButtons()[q.correct], Qt::LeftButton);
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
    }
    QVERIFY(panel.session().finished());
    QVERIFY(panel.questionText().contains(QLatin1String("Quiz finished: 11 of 11 right.")));
    QVERIFY(panel.exportButton()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quiz.csv"));
    QString error;
    QVERIFY2(panel.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QuizResult> results = QuizSession::fromCsv(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(results.size(), 11);
    QCOMPARE(results[5].expected, QStringLiteral("UAS -> P2: 486 Busy Here"));
    QCOMPARE(results[5].scenario, QStringLiteral("rfc3665-3.9-busy-486"));
    QVERIFY(results[5].correct);

    // A second quiz adds to the results that Export writes.
    panel.start(trace, QStringLiteral("again"), 12);
    QTest::mouseClick(panel.choiceButtons()[panel.session().currentQuestion().correct], Qt::LeftButton);
    QCOMPARE(panel.allResults().size(), 12);
}

void TestQuizPanel::buttonsEmitRequests()
{
    QuizPanel panel;
    panel.show();
    QSignalSpy random(&panel, &QuizPanel::randomScenarioRequested);
    QSignalSpy start(&panel, &QuizPanel::startRequested);
    panel.setDifficulty(QuizDifficulty::Hard);
    QTest::mouseClick(panel.randomButton(), Qt::LeftButton);
    QCOMPARE(random.count(), 1);
    QCOMPARE(random.last().first().value<QuizDifficulty>(), QuizDifficulty::Hard);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QCOMPARE(start.count(), 1);
}

QTEST_MAIN(TestQuizPanel)
#include "tst_quizpanel.moc"
