#include "randomscenariogenerator.h"

#include "engine.h"
#include "scenariofile.h"

#include <QRandomGenerator>

namespace SipLab {

namespace {

template<typename T>
T pick(QRandomGenerator &random, const QList<T> &list)
{
    return list[int(random.bounded(quint32(list.size())))];
}

ResponseStep step(int code, int delayMs, bool reliable = false)
{
    ResponseStep s;
    s.code = code;
    s.delayMs = delayMs;
    s.reliable = reliable;
    return s;
}

Scenario easy(QRandomGenerator &random)
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(int(random.bounded(2)));
    const int final = pick(random, QList<int>{200, 200, 486, 404, 480, 603, 500});
    s.uas.responses.clear();
    if (random.bounded(3) != 0)
        s.uas.responses.append(step(180, 100));
    s.uas.responses.append(step(final, final == 200 ? 1000 : 500));
    s.hangup = random.bounded(2) ? Hangup::Uac : Hangup::Uas;
    return s;
}

Scenario medium(QRandomGenerator &random)
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(1 + int(random.bounded(2)));
    switch (random.bounded(5)) {
    case 0: { // REGISTER with a challenge, maybe refused or an interval too brief
        s.method = QStringLiteral("REGISTER");
        s.auth = AuthAt::Proxy;
        s.hangup = Hangup::Uac;
        if (random.bounded(3) == 0)
            s.uac.serverPassword = QStringLiteral("other");
        s.uas.responses = {step(200, 100)};
        return s;
    }
    case 1: // proxy authentication
        s.auth = AuthAt::Proxy;
        break;
    case 2: // a redirect server
        s.proxies[0].respondWith = pick(random, QList<int>{301, 302});
        break;
    case 3: // the proxy rejects
        s.proxies.last().respondWith = pick(random, QList<int>{403, 404, 480, 486});
        break;
    default:
        break;
    }
    s.uas.responses.clear();
    const QList<int> provisional = {180, 181, 182, 183};
    const int count = 1 + int(random.bounded(2));
    for (int i = 0; i < count; ++i) {
        const int code = pick(random, provisional);
        s.uas.responses.append(step(code, 100 + 200 * i, code == 183 && random.bounded(2)));
    }
    s.uas.responses.append(step(pick(random, QList<int>{200, 200, 486, 480, 603, 404, 600, 606}), 1000));
    s.hangup = random.bounded(2) ? Hangup::Uac : Hangup::Uas;
    s.reInvite = s.uas.responses.last().code == 200 && random.bounded(4) == 0;
    return s;
}

Scenario hard(QRandomGenerator &random)
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    if (random.bounded(4) == 0)
        s.network.transport = Transport::Tcp;
    switch (random.bounded(6)) {
    case 0: // CANCEL after ringing
        s.uas.responses = {step(180, 100), step(200, 10000)};
        s.uac.cancelAfterMs = 500 + 500 * int(random.bounded(4));
        break;
    case 1: // 503 with Retry-After at P1, then a downstream 503 becomes 500 or the call works
        s.proxies[0].respondWith = 503;
        s.proxies[0].retryAfter = 1 + int(random.bounded(3));
        s.uas.responses = random.bounded(2) ? QList<ResponseStep>{step(503, 100)}
                                            : QList<ResponseStep>{step(180, 100), step(200, 1000)};
        break;
    case 2: // nobody answers
        s.uas.responses = {};
        break;
    case 3: // too many hops
        s.uac.maxForwards = int(random.bounded(2));
        break;
    case 4: // both proxies challenge
        s.proxies[0].respondWith = 407;
        s.proxies[1].respondWith = 407;
        break;
    default: // reliable provisional, then an answer
        s.uas.responses = {step(183, 100, true), step(pick(random, QList<int>{200, 486, 603}), 1000)};
        break;
    }
    s.hangup = random.bounded(2) ? Hangup::Uac : Hangup::Uas;
    // Lose one message of the call (the engine recovers by retransmission where RFC 3261 says so).
    if (random.bounded(3) != 0) {
        const int count = int(Engine::run(s).messages.size());
        if (count > 0)
            s.network.drop = {1 + int(random.bounded(quint32(count)))};
    }
    return s;
}

} // namespace

Scenario RandomScenarioGenerator::candidate(QuizDifficulty difficulty, quint32 seed)
{
    QRandomGenerator random(seed);
    Scenario s;
    switch (difficulty) {
    case QuizDifficulty::Easy:
        s = easy(random);
        break;
    case QuizDifficulty::Medium:
        s = medium(random);
        break;
    case QuizDifficulty::Hard:
        s = hard(random);
        break;
    }
    s.title = QStringLiteral("Random %1 scenario #%2").arg(difficultyName(difficulty)).arg(seed);
    return s;
}

Scenario RandomScenarioGenerator::generate(QuizDifficulty difficulty, quint32 seed)
{
    Scenario s = candidate(difficulty, seed);
    // Every branch above is meant to be valid; if a combination is not, fall back to the
    // default scenario rather than hand out something the engine refuses.
    if (!ScenarioFile::validate(s).isEmpty()) {
        const QString title = s.title;
        s = Scenario::defaultScenario();
        s.title = title;
    }
    return s;
}

QString RandomScenarioGenerator::difficultyName(QuizDifficulty difficulty)
{
    switch (difficulty) {
    case QuizDifficulty::Easy:
        return QStringLiteral("easy");
    case QuizDifficulty::Medium:
        return QStringLiteral("medium");
    case QuizDifficulty::Hard:
        return QStringLiteral("hard");
    }
    return QString();
}

QString RandomScenarioGenerator::scenarioName(QuizDifficulty difficulty, quint32 seed)
{
    return QStringLiteral("random-%1-%2").arg(difficultyName(difficulty)).arg(seed);
}

} // namespace SipLab
