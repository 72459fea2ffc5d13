// Quiz questions over every lesson and 200+ random scenarios of each difficulty: exactly one
// choice is right and it is the engine's message, the choices are unique and plausible,
// questions are deterministic; random scenarios are valid; the CSV export round-trips.
#include "engine.h"
#include "lessonlibrary.h"
#include "quiz.h"
#include "quizsession.h"
#include "randomscenariogenerator.h"
#include "scenariofile.h"
#include "textladderexporter.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::QuizDifficulty)

namespace {

/// Checks every question of a trace; returns an empty string or the first problem.
QString checkTrace(const CallTrace &trace, quint32 seed)
{
    for (int k = 0; k < trace.messages.size(); ++k) {
        const QuizQuestion q = Quiz::question(trace, k, seed);
        const QString where = QStringLiteral("message F%1 of '%2': ").arg(trace.messages[k].fNumber).arg(trace.scenario.title);
        if (q.messageIndex != k)
            return where + QStringLiteral("wrong index");
        if (q.choices.size() < 2 || q.choices.size() > Quiz::MaxChoices)
            return where + QStringLiteral("%1 choices").arg(q.choices.size());
        const QString real = Quiz::choiceOf(trace.messages[k]).text(trace);
        int right = 0;
        QSet<QString> texts;
        for (int i = 0; i < q.choices.size(); ++i) {
            const QuizChoice &c = q.choices[i];
            const QString t = c.text(trace);
            if (texts.contains(t))
                return where + QStringLiteral("two choices read '%1'").arg(t);
            texts.insert(t);
            if (c.from == c.to || c.from < 0 || c.to < 0 || c.from >= trace.nodes.size() || c.to >= trace.nodes.size())
                return where + QStringLiteral("impossible hop in '%1'").arg(t);
            if (t == real)
                ++right;
            // No distractor may be a message sent at the same instant (that order is a tie).
            if (i != q.correct) {
                for (const TraceMessage &other : trace.messages) {
                    if (other.sendTimeMs == trace.messages[k].sendTimeMs && Quiz::choiceOf(other).text(trace) == t)
                        return where + QStringLiteral("distractor '%1' is sent at the same time").arg(t);
                }
            }
        }
        if (right != 1)
            return where + QStringLiteral("%1 choices equal the engine's message").arg(right);
        if (q.correct < 0 || q.correct >= q.choices.size() || q.choices[q.correct].text(trace) != real)
            return where + QStringLiteral("the right answer is not the engine's message '%1'").arg(real);
        if (!(q.choices[q.correct] == Quiz::choiceOf(trace.messages[k])))
            return where + QStringLiteral("right choice differs from the message");
    }
    return QString();
}

} // namespace

class TestQuiz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lessons_data();
    void lessons();
    void random_data();
    void random();
    void deterministic();
    void choicesArePlausible();
    void retransmissionDistractor();
    void codesFitTheMethod();
    void explanationBothLanguages();
    void session();
    void csvRoundTrip();
    void csvFormat();
    void csvErrors_data();
    void csvErrors();
};

void TestQuiz::lessons_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson &lesson : LessonLibrary::lessons())
        QTest::newRow(lesson.id) << lesson.idString();
}

void TestQuiz::lessons()
{
    QFETCH(QString, id);
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(id).scenario);
    for (quint32 seed : {1u, 2u, 3u, 77u}) {
        const QString problem = checkTrace(trace, seed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestQuiz::random_data()
{
    QTest::addColumn<QuizDifficulty>("difficulty");
    QTest::newRow("easy") << QuizDifficulty::Easy;
    QTest::newRow("medium") << QuizDifficulty::Medium;
    QTest::newRow("hard") << QuizDifficulty::Hard;
}

void TestQuiz::random()
{
    QFETCH(QuizDifficulty, difficulty);
    QSet<QString> ladders;
    for (quint32 seed = 1; seed <= 220; ++seed) {
        const Scenario s = RandomScenarioGenerator::generate(difficulty, seed);
        QCOMPARE(RandomScenarioGenerator::candidate(difficulty, seed), s); // the safety net was not needed
        const QString invalid = ScenarioFile::validate(s);
        QVERIFY2(invalid.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(invalid)));
        // The scenario survives a save and load.
        const ScenarioLoadResult loaded = ScenarioFile::fromJson(ScenarioFile::toJson(s));
        QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
        QCOMPARE(*loaded.scenario, s);
        QCOMPARE(RandomScenarioGenerator::generate(difficulty, seed), s);
        const CallTrace trace = Engine::run(s);
        QVERIFY(!trace.messages.isEmpty());
        const QString problem = checkTrace(trace, seed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ladders.insert(TextLadderExporter::list(trace, false));
        switch (difficulty) {
        case QuizDifficulty::Easy:
            QVERIFY(s.proxies.size() <= 1);
            QCOMPARE(s.method, QStringLiteral("INVITE"));
            QVERIFY(s.network.drop.isEmpty());
            break;
        case QuizDifficulty::Medium:
            QVERIFY(s.proxies.size() >= 1);
            QVERIFY(s.network.drop.isEmpty());
            break;
        case QuizDifficulty::Hard:
            QCOMPARE(s.proxies.size(), 2);
            break;
        }
    }
    // Endless material means many different ladders, not one repeated.
    QVERIFY2(ladders.size() >= 20, qPrintable(QString::number(ladders.size())));
}

void TestQuiz::deterministic()
{
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-3.2-two-proxies")).scenario);
    bool someDiffer = false;
    for (int k = 0; k < trace.messages.size(); ++k) {
        const QuizQuestion a = Quiz::question(trace, k, 5);
        const QuizQuestion b = Quiz::question(trace, k, 5);
        QCOMPARE(a.choices, b.choices);
        QCOMPARE(a.correct, b.correct);
        someDiffer = someDiffer || Quiz::question(trace, k, 6).choices != a.choices;
    }
    QVERIFY(someDiffer); // another seed gives other questions
}

void TestQuiz::choicesArePlausible()
{
    // The 486 of RFC 3665 3.9 (F6 UAS -> P2): four choices, distractors are other codes on the
    // same hop or the 486 in the wrong direction.
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-3.9-busy-486")).scenario);
    const QuizQuestion q = Quiz::question(trace, 5, 1);
    QCOMPARE(q.choices.size(), Quiz::MaxChoices);
    QCOMPARE(q.choices[q.correct].text(trace), QStringLiteral("UAS -> P2: 486 Busy Here"));
    for (const QuizChoice &c : q.choices) {
        const bool sameHop = (c.from == 3 && c.to == 2); // UAS -> P2
        const bool sameLabel = c.label == QLatin1String("486 Busy Here");
        QVERIFY2(sameHop || sameLabel, qPrintable(c.text(trace)));
    }
}

void TestQuiz::retransmissionDistractor()
{
    // RFC 3665 3.10: F6 is a retransmitted INVITE; the plain "P2 -> UAS: INVITE" may be offered
    // but is a different text, and only the retransmission is right.
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-3.10-no-response-408")).scenario);
    QVERIFY(trace.messages[5].retransmission);
    for (quint32 seed = 0; seed < 50; ++seed) {
        const QuizQuestion q = Quiz::question(trace, 5, seed);
        QCOMPARE(q.choices[q.correct].text(trace), QStringLiteral("P2 -> UAS: INVITE (retransmission)"));
        for (int i = 0; i < q.choices.size(); ++i) {
            if (i != q.correct)
                QVERIFY(q.choices[i].text(trace) != QLatin1String("P2 -> UAS: INVITE (retransmission)"));
        }
    }
}

void TestQuiz::codesFitTheMethod()
{
    // Responses to REGISTER, PRACK or BYE are never offered as 18x, 487, 600, 603, 606 (INVITE only),
    // and 423 Interval Too Brief only for REGISTER.
    const QStringList ids = {"rfc3665-2.1-registration-401", "class-1xx", "rfc3665-3.2-two-proxies"};
    for (const QString &id : ids) {
        const CallTrace trace = Engine::run(*LessonLibrary::scenario(id).scenario);
        for (int k = 0; k < trace.messages.size(); ++k) {
            const SipMessage &m = trace.messages[k].message;
            if (!m.isResponse())
                continue;
            const QString method = m.header(QStringLiteral("CSeq")).section(QLatin1Char(' '), 1);
            for (quint32 seed = 0; seed < 20; ++seed) {
                for (const QuizChoice &c : Quiz::question(trace, k, seed).choices) {
                    const int code = c.label.left(3).toInt();
                    if (method != QLatin1String("INVITE")) {
                        QVERIFY2(!(code >= 180 && code <= 183) && code != 487 && code != 600 && code != 603 && code != 606,
                                 qPrintable(id + QStringLiteral(": ") + c.text(trace) + QStringLiteral(" for ") + method));
                    }
                    if (method != QLatin1String("REGISTER"))
                        QVERIFY2(code != 423, qPrintable(c.text(trace)));
                }
            }
        }
    }
}

void TestQuiz::explanationBothLanguages()
{
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-3.9-busy-486")).scenario);
    const QString en = Quiz::explanation(trace, 5, Language::English);
    const QString zh = Quiz::explanation(trace, 5, Language::Chinese);
    QVERIFY(en.startsWith(QLatin1String("F6 UAS -> P2: 486 Busy Here\n")));
    QVERIFY2(en.contains(QLatin1String("RFC 3261 13.3.1")), qPrintable(en)); // the rule's section
    QVERIFY2(en.contains(QLatin1String("The source document on 486")), qPrintable(en));
    QVERIFY(en.contains(QLatin1String("RFC 3261 21.4.")));
    QVERIFY(zh.startsWith(QLatin1String("F6 UAS -> P2: 486 Busy Here\n")));
    QVERIFY(zh != en);
    QVERIFY2(zh.contains(QStringLiteral("源文档")), qPrintable(zh));
}

void TestQuiz::session()
{
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(QStringLiteral("rfc3665-2.1-registration-401")).scenario);
    QuizSession quiz(trace, QStringLiteral("rfc3665-2.1-registration-401"), 9);
    QCOMPARE(quiz.questionCount(), 4);
    const QDateTime t0(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    int expectedScore = 0;
    for (int k = 0; k < 4; ++k) {
        QVERIFY(!quiz.finished());
        QCOMPARE(quiz.current(), k);
        const QuizQuestion q = quiz.currentQuestion();
        const int choice = k % 2 == 0 ? q.correct : (q.correct + 1) % int(q.choices.size());
        QCOMPARE(quiz.answer(choice, t0.addSecs(k)), k % 2 == 0);
        QCOMPARE(quiz.answer(q.correct, t0), k % 2 == 0); // a second answer changes nothing
        expectedScore += k % 2 == 0;
        QCOMPARE(quiz.score(), expectedScore);
        quiz.next();
    }
    QVERIFY(quiz.finished());
    QCOMPARE(quiz.results().size(), 4);
    QCOMPARE(quiz.results()[1].question, 2);
    QCOMPARE(quiz.results()[1].expected, QStringLiteral("P1 -> UAC: 401 Unauthorized"));
    QVERIFY(!quiz.results()[1].correct);
    QCOMPARE(quiz.results()[0].time, t0);
}

void TestQuiz::csvRoundTrip()
{
    QList<QuizResult> results;
    const QDateTime t(QDate(2026, 11, 25), QTime(1, 2, 3), Qt::UTC);
    results.append({t, QStringLiteral("class-4xx"), 3, QStringLiteral("UAC -> P1: ACK"), QStringLiteral("P1 -> UAC: ACK"), false});
    results.append({t.addSecs(5), QStringLiteral("随机, \"quoted\"\nline"), 4, QStringLiteral("UAC -> P1: INVITE"),
                    QStringLiteral("UAC -> P1: INVITE"), true});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(QuizSession::saveCsv(results, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QuizResult> back = QuizSession::fromCsv(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, results);
    QVERIFY(!QuizSession::saveCsv(results, QStringLiteral("/nonexistent/dir/r.csv"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/dir/r.csv")));
}

void TestQuiz::csvFormat()
{
    const QDateTime t(QDate(2026, 11, 25), QTime(1, 2, 3), Qt::UTC);
    const QByteArray csv = QuizSession::toCsv({{t, QStringLiteral("a,b"), 7, QStringLiteral("say \"hi\""), QStringLiteral("x"), true}});
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                             "time,scenario,question,expected,chosen,correct\r\n"
                             "2026-11-25T01:02:03Z,\"a,b\",7,\"say \"\"hi\"\"\",x,1\r\n"));
}

void TestQuiz::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "line 1: expected the header";
    QTest::newRow("wrong header") << QByteArray("a,b\r\n") << "line 1: expected the header";
    QTest::newRow("unterminated") << QByteArray("time,scenario,question,expected,chosen,correct\r\n\"x") << "unterminated";
    QTest::newRow("short record") << QByteArray("time,scenario,question,expected,chosen,correct\r\n1,2\r\n") << "record 2: expected 6 fields";
    QTest::newRow("bad correct") << QByteArray("time,scenario,question,expected,chosen,correct\r\n2026-01-01T00:00:00Z,s,1,a,b,yes\r\n")
                                 << "record 2: bad time";
}

void TestQuiz::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(QuizSession::fromCsv(csv, &actual).isEmpty());
    QVERIFY2(actual.contains(error), qPrintable(actual));
}

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
