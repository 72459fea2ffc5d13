#pragma once

#include "scenario.h"

#include <QString>

namespace SipLab {

enum class QuizDifficulty { Easy, Medium, Hard };

/// Endless practice material for the quiz: a random but always valid scenario
/// (ScenarioFile::validate() is empty) of the given difficulty, the same for the same seed.
///  - Easy: 0-1 proxies, INVITE, maybe 180, one final code.
///  - Medium: 1-2 proxies, provisional responses (reliable 183 too), more codes, authentication,
///    redirects, or a REGISTER with a challenge.
///  - Hard: 2 proxies, lost messages, CANCEL, 503 with Retry-After, no answer (408), 483, TCP.
class RandomScenarioGenerator
{
public:
    static Scenario generate(QuizDifficulty difficulty, quint32 seed);
    /// What generate() returns before its safety net (the default scenario when a combination
    /// is invalid); the tests check that the net is never needed.
    static Scenario candidate(QuizDifficulty difficulty, quint32 seed);
    static QString difficultyName(QuizDifficulty difficulty); // "easy", "medium", "hard"
    /// "random-medium-42"
    static QString scenarioName(QuizDifficulty difficulty, quint32 seed);
};

} // namespace SipLab
