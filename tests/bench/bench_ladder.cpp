// Ladder drawing benchmarks (issue: GUI). Ratios against a baseline measured in the same run:
//  - paint time of one viewport-sized frame of a 10,000-message ladder vs a 100-message ladder
//    (drawing only what is visible keeps the ratio near 1);
//  - time from constructing the main window to its first painted frame, vs painting one frame.
#include "engine.h"
#include "ladderview.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

using namespace SipLab;

namespace {
CallTrace longTrace(int messages)
{
    Scenario s = Scenario::defaultScenario();
    s.uas.responses.clear();
    for (int i = 0; i < qMax(1, (messages - 12) / 2); ++i)
        s.uas.responses.append({180, 10, false});
    s.uas.responses.append({200, 10, false});
    return Engine::run(s);
}

double frameNs(LadderView &view, int frames)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i)
        view.viewport()->render(&image);
    return double(timer.nsecsElapsed()) / frames;
}
} // namespace

class BenchLadder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintFrame_data();
    void paintFrame();
    void summary();
};

void BenchLadder::paintFrame_data()
{
    QTest::addColumn<int>("messages");
    QTest::newRow("100") << 100;
    QTest::newRow("10000") << 10000;
}

void BenchLadder::paintFrame()
{
    QFETCH(int, messages);
    LadderView view;
    view.resize(1200, 800);
    view.setTrace(longTrace(messages));
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK {
        view.viewport()->render(&image);
    }
}

void BenchLadder::summary()
{
    const bool smoke = qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
    LadderView small;
    small.resize(1200, 800);
    small.setTrace(longTrace(100));
    LadderView large;
    large.resize(1200, 800);
    large.setTrace(longTrace(10000));
    large.verticalScrollBar()->setValue(large.verticalScrollBar()->maximum() / 2);
    const int frames = smoke ? 3 : 50;
    const double ns100 = frameNs(small, frames);
    const double ns10k = frameNs(large, frames);
    qInfo("ladder: one frame of a %lld-message ladder / a %lld-message ladder = %.2f (1.0 = independent of length)",
          large.trace().messages.size(), small.trace().messages.size(), ns10k / ns100);

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    window.render(&image);
    const double startNs = timer.nsecsElapsed();
    qInfo("ladder: start to first painted frame = %.1f ms, %.0fx one ladder frame", startNs / 1e6, startNs / ns100);
    QVERIFY(ns100 > 0);
}

QTEST_MAIN(BenchLadder)
#include "bench_ladder.moc"
