#pragma once

#include "calltrace.h"
#include "quiz.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace SipLab {

/// One answered question, as exported to CSV.
struct QuizResult
{
    QDateTime time;      // when the learner answered (UTC)
    QString scenario;    // lesson id or "random-medium-42"
    int question = 0;    // 1-based: the F-number of the message asked for
    QString expected;    // the engine's message, "P1 -> UAC: 180 Ringing"
    QString chosen;      // the learner's choice
    bool correct = false;
    bool operator==(const QuizResult &) const = default;
};

/// A quiz over one trace: one question per message, in order, with the score and the results.
/// No widgets; the QuizPanel drives it.
class QuizSession
{
public:
    QuizSession() = default;
    QuizSession(CallTrace trace, QString scenarioName, quint32 seed);

    const CallTrace &trace() const { return m_trace; }
    QString scenarioName() const { return m_scenarioName; }
    int questionCount() const { return int(m_trace.messages.size()); }
    /// Index of the message asked for now (== questionCount() when finished).
    int current() const { return m_current; }
    bool finished() const { return m_current >= questionCount(); }
    bool answeredCurrent() const { return m_answered; }
    QuizQuestion currentQuestion() const { return m_question; }
    /// Records the learner's choice for the current question; returns whether it is right.
    /// Answering twice is ignored (returns the first verdict).
    bool answer(int choice, const QDateTime &time = QDateTime::currentDateTimeUtc());
    /// Moves to the next message's question (after answering).
    void next();
    int score() const { return m_score; }
    int answeredCount() const { return int(m_results.size()); }
    const QList<QuizResult> &results() const { return m_results; }

    /// CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheet programs read Chinese right),
    /// CRLF line ends, a header row "time,scenario,question,expected,chosen,correct", one row a
    /// question; time in ISO 8601 UTC, correct as 1/0; fields with a comma, quote or line break
    /// are quoted, quotes doubled.
    static QByteArray toCsv(const QList<QuizResult> &results);
    /// Reads what toCsv wrote (for the round trip test and trainers' tools); nullopt-like: an empty
    /// list and *error set when the text is not such a CSV.
    static QList<QuizResult> fromCsv(const QByteArray &csv, QString *error = nullptr);
    /// Writes atomically (QSaveFile).
    static bool saveCsv(const QList<QuizResult> &results, const QString &path, QString *error = nullptr);

private:
    void makeQuestion();

    CallTrace m_trace;
    QString m_scenarioName;
    quint32 m_seed = 0;
    int m_current = 0;
    bool m_answered = false;
    bool m_lastVerdict = false;
    QuizQuestion m_question;
    int m_score = 0;
    QList<QuizResult> m_results;
};

} // namespace SipLab
