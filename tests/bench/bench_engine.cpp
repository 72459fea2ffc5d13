// Engine benchmarks (issue: Engine). Figures are reported as ratios against a baseline measured
// in the same run, never as absolute timings compared with a constant.
//  - basicCalls: 10,000 basic calls through one proxy; messages per second and bytes per message,
//    as a ratio against serialising the same messages (the cheapest thing the engine must do).
//  - traceLength: time per message for traces of 100, 1,000 and 10,000 messages; the ratio
//    against the 100-message trace stays near 1 when building a trace is linear in its length.
#include "engine.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SipLab;

namespace {

bool smoke()
{
    return qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
}

/// A call whose ladder has about `messages` messages: the UAS sends many 180s before its 200.
Scenario longScenario(int messages)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses.clear();
    const int provisional = qMax(1, (messages - 12) / 2); // each 180 crosses two hops
    for (int i = 0; i < provisional; ++i)
        s.uas.responses.append({180, 10, false});
    s.uas.responses.append({200, 10, false});
    return s;
}

/// Time per message of building traces of this scenario: the best of `samples` samples, each
/// building enough traces for about 10,000 messages (so a short and a long trace are measured
/// over the same amount of work, and the best sample leaves out what other processes did).
double nsPerMessage(const Scenario &scenario, int samples, int *messages)
{
    *messages = int(Engine::run(scenario).messages.size());
    const int runs = qMax(1, 10000 / qMax(1, *messages));
    double best = 0;
    for (int sample = 0; sample < samples; ++sample) {
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        for (int i = 0; i < runs; ++i)
            count += Engine::run(scenario).messages.size();
        const double ns = double(timer.nsecsElapsed()) / qMax<qint64>(1, count);
        best = sample == 0 ? ns : qMin(best, ns);
    }
    return best;
}

} // namespace

class BenchEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basicCall();
    void traceLength_data();
    void traceLength();
    void summary();
};

void BenchEngine::basicCall()
{
    const Scenario s = Scenario::defaultScenario();
    QBENCHMARK {
        const CallTrace trace = Engine::run(s);
        QVERIFY(!trace.messages.isEmpty());
    }
}

void BenchEngine::traceLength_data()
{
    QTest::addColumn<int>("messages");
    QTest::newRow("100") << 100;
    QTest::newRow("1000") << 1000;
    if (!smoke())
        QTest::newRow("10000") << 10000;
}

void BenchEngine::traceLength()
{
    QFETCH(int, messages);
    const Scenario s = longScenario(messages);
    QBENCHMARK {
        const CallTrace trace = Engine::run(s);
        QVERIFY(trace.messages.size() >= messages / 2);
    }
}

void BenchEngine::summary()
{
    const int calls = smoke() ? 100 : 10000;
    const Scenario basic = Scenario::defaultScenario();

    // Building each trace (the engine's work) and serialising every message of it (the
    // baseline: the cheapest thing the engine must do with each message it builds), timed apart.
    QElapsedTimer timer;
    qint64 engineNs = 0;
    qint64 baselineNs = 0;
    qint64 messages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < calls; ++i) {
        timer.start();
        const CallTrace trace = Engine::run(basic);
        engineNs += timer.nsecsElapsed();
        timer.start();
        for (const TraceMessage &m : trace.messages)
            bytes += m.message.toBytes().size();
        baselineNs += timer.nsecsElapsed();
        messages += trace.messages.size();
    }
    const double engineSeconds = engineNs / 1e9;
    const double baselineSeconds = qMax(1e-9, baselineNs / 1e9);
    const qint64 baselineBytes = bytes;

    qInfo("engine: %d basic calls, %lld messages, %.0f messages/s, %.1f bytes/message",
          calls, messages, messages / engineSeconds, double(bytes) / messages);
    qInfo("engine: building a call's trace costs %.1fx serialising its messages (same run)",
          engineSeconds / baselineSeconds);

    int m100 = 0, mLong = 0;
    const int longLength = smoke() ? 1000 : 10000;
    const double perMessage100 = nsPerMessage(longScenario(100), smoke() ? 1 : 7, &m100);
    const double perMessageLong = nsPerMessage(longScenario(longLength), smoke() ? 1 : 7, &mLong);
    qInfo("engine: time per message, %d-message trace / %d-message trace = %.2f (1.0 = linear)",
          mLong, m100, perMessageLong / perMessage100);
    QVERIFY(baselineBytes > 0);
}

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
