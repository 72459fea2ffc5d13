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

double nsPerMessage(const Scenario &scenario, int repeat, int *messages)
{
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    for (int i = 0; i < repeat; ++i)
        count += Engine::run(scenario).messages.size();
    *messages = count / repeat;
    return double(timer.nsecsElapsed()) / count;
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

    QElapsedTimer timer;
    timer.start();
    qint64 messages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < calls; ++i) {
        const CallTrace trace = Engine::run(basic);
        messages += trace.messages.size();
        for (const TraceMessage &m : trace.messages)
            bytes += m.message.toBytes().size();
    }
    const double engineSeconds = timer.nsecsElapsed() / 1e9;

    // Baseline in the same run: serialising one call's messages the same number of times.
    const CallTrace one = Engine::run(basic);
    timer.restart();
    qint64 baselineBytes = 0;
    for (int i = 0; i < calls; ++i) {
        for (const TraceMessage &m : one.messages)
            baselineBytes += m.message.toBytes().size();
    }
    const double baselineSeconds = qMax(1e-9, timer.nsecsElapsed() / 1e9);

    qInfo("engine: %d basic calls, %lld messages, %.0f messages/s, %.1f bytes/message",
          calls, messages, messages / engineSeconds, double(bytes) / messages);
    qInfo("engine: simulating a call costs %.1fx serialising its messages (same run)",
          engineSeconds / baselineSeconds);

    int m100 = 0, mLong = 0;
    const int longLength = smoke() ? 1000 : 10000;
    const double perMessage100 = nsPerMessage(longScenario(100), smoke() ? 5 : 50, &m100);
    const double perMessageLong = nsPerMessage(longScenario(longLength), smoke() ? 1 : 3, &mLong);
    qInfo("engine: time per message, %d-message trace / %d-message trace = %.2f (1.0 = linear)",
          mLong, m100, perMessageLong / perMessage100);
    QVERIFY(baselineBytes > 0);
}

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
