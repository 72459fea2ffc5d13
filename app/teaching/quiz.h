#pragma once

#include "calltrace.h"
#include "language.h"

#include <QList>
#include <QString>

namespace SipLab {

/// One possible answer to "what comes next?": who sends what to whom.
struct QuizChoice
{
    int from = 0;                 // index into CallTrace::nodes
    int to = 0;
    QString label;                // "INVITE", "180 Ringing"
    bool retransmission = false;
    /// "P1 -> UAS: INVITE" (+ " (retransmission)"): what the learner sees and what is compared.
    QString text(const CallTrace &trace) const;
    bool operator==(const QuizChoice &) const = default;
};

/// "What comes next after message k-1?" The right answer is the engine's message k.
struct QuizQuestion
{
    int messageIndex = 0;         // index into CallTrace::messages of the message to guess
    QList<QuizChoice> choices;    // 2-4 choices, all with different texts
    int correct = 0;              // index into choices of the engine's message
};

/// Builds quiz questions from a trace (no widgets). Deterministic: the same trace, index and
/// seed give the same question. See docs/lessons.md.
class Quiz
{
public:
    static constexpr int MaxChoices = 4;

    /// The question for trace.messages[messageIndex]: the real message plus up to three plausible
    /// distractors (the same label from the wrong sender or to the wrong receiver, other codes of
    /// the same class or the same situation, a request that would be plausible), none of which
    /// has the text of the real message or of another message sent at the same virtual time.
    static QuizQuestion question(const CallTrace &trace, int messageIndex, quint32 seed);
    /// The choice that is the message itself.
    static QuizChoice choiceOf(const TraceMessage &message);
    /// Why the real message comes next, in one language: the message, the rule with its RFC
    /// section and, for a response, the source document's explanation of the code.
    static QString explanation(const CallTrace &trace, int messageIndex, Language language);
};

} // namespace SipLab
