// Export benchmarks (issue #5): a 2,000-message ladder exported to every format (QBENCHMARK),
// and `summary`: our SVG export timed side by side with `mscgen -T svg` and `plantuml -tsvg`
// drawing the same ladder in the same run (the .msc and .puml are generated here from the
// trace). Ratios go to docs/performance.md. The ctest smoke run skips the external tools.
#include "engine.h"
#include "ladderexport.h"
#include "plantumlexporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

namespace {
CallTrace longTrace(int messages)
{
    // Each 180 Ringing crosses two hops (UAS -> P1 -> UAC): about two messages per response.
    Scenario s = Scenario::defaultScenario();
    s.uas.responses.clear();
    for (int i = 0; i < qMax(1, (messages - 12) / 2); ++i)
        s.uas.responses.append({180, 10, false});
    s.uas.responses.append({200, 10, false});
    return Engine::run(s);
}

/// The same ladder in mscgen's language: lanes, one arc per message (">>" dashed for a
/// retransmission, "-x" for a lost message).
QByteArray toMsc(const CallTrace &trace)
{
    QByteArray out = "msc {\n  hscale=\"1.5\";\n  ";
    for (int i = 0; i < trace.nodes.size(); ++i)
        out += (i ? ", " : "") + trace.nodes[i].name().toUtf8();
    out += ";\n";
    for (const TraceMessage &m : trace.messages) {
        const QByteArray arc = m.lost ? "-x" : (m.retransmission ? ">>" : "->");
        QString label = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.label());
        label.replace(QLatin1Char('"'), QLatin1Char('\''));
        out += "  " + trace.nodes[m.from].name().toUtf8() + arc + trace.nodes[m.to].name().toUtf8() +
               " [label=\"" + label.toUtf8() + "\"];\n";
    }
    return out + "}\n";
}

double runToolMs(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    *ok = p.waitForStarted() && p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit &&
          p.exitCode() == 0;
    if (!*ok)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

class BenchExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportFormat_data();
    void exportFormat();
    void summary();

private:
    CallTrace m_trace;
};

void BenchExport::initTestCase()
{
    // The ctest smoke run (SIPLAB_BENCH_SMOKE) only proves the benchmark runs: a short ladder.
    const bool smoke = qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
    m_trace = longTrace(smoke ? 200 : 2000);
    QVERIFY(m_trace.messages.size() >= (smoke ? 190 : 1990));
}

void BenchExport::exportFormat_data()
{
    QTest::addColumn<int>("format");
    for (const QString &name : ExportFormats::names())
        QTest::newRow(qPrintable(name)) << int(*ExportFormats::fromName(name));
}

void BenchExport::exportFormat()
{
    QFETCH(int, format);
    LadderImageOptions options;
    options.pngScale = 1;
    QByteArray bytes;
    QString error;
    QBENCHMARK
    {
        bytes = LadderExport::bytes(m_trace, ExportFormat(format), options, &error);
    }
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
}

void BenchExport::summary()
{
    const bool smoke = qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int rounds = smoke ? 1 : 3;
    // Ours: the SVG from the display list (LadderSvgWriter), written to a file (best of the rounds).
    double oursMs = 1e18;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(LadderExport::write(m_trace, dir.filePath(QStringLiteral("ours.svg")),
                                     ExportFormat::Svg, {}, &error),
                 qPrintable(error));
        oursMs = qMin(oursMs, timer.nsecsElapsed() / 1e6);
    }
    // The same content as mscgen draws (arrows and labels only, no timer/state annotations).
    double plainMs = 1e18;
    LadderImageOptions plain;
    plain.layout.showAnnotations = false;
    plain.showTimes = false;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(LadderExport::write(m_trace, dir.filePath(QStringLiteral("plain.svg")),
                                    ExportFormat::Svg, plain, nullptr));
        plainMs = qMin(plainMs, timer.nsecsElapsed() / 1e6);
    }
    qInfo("ladder: %lld messages, %lld lanes", qint64(m_trace.messages.size()), qint64(m_trace.nodes.size()));
    qInfo("SIP Lab SVG export: %.1f ms (arrows and labels only: %.1f ms)", oursMs, plainMs);
    if (smoke) {
        qInfo("smoke run: mscgen and plantuml comparisons skipped (run `bench_export summary`)");
        return;
    }
    QFile msc(dir.filePath(QStringLiteral("ladder.msc")));
    QVERIFY(msc.open(QIODevice::WriteOnly));
    msc.write(toMsc(m_trace));
    msc.close();
    QFile puml(dir.filePath(QStringLiteral("ladder.puml")));
    QVERIFY(puml.open(QIODevice::WriteOnly));
    puml.write(PlantUmlExporter::toPlantUml(m_trace).toUtf8());
    puml.close();
    double mscMs = 1e18, plantMs = 1e18;
    bool ok = false;
    for (int i = 0; i < rounds; ++i) {
        mscMs = qMin(mscMs, runToolMs(QStringLiteral("mscgen"),
                                      {QStringLiteral("-T"), QStringLiteral("svg"), QStringLiteral("-i"),
                                       msc.fileName(), QStringLiteral("-o"),
                                       dir.filePath(QStringLiteral("mscgen.svg"))},
                                      &ok));
        QVERIFY(ok);
    }
    // PlantUML is a JVM: one round is enough to see the order of magnitude.
    plantMs = runToolMs(QStringLiteral("plantuml"), {QStringLiteral("-tsvg"), puml.fileName()}, &ok);
    QVERIFY(ok);
    qInfo("mscgen -T svg: %.1f ms (%.2fx SIP Lab, %.2fx SIP Lab arrows and labels only)", mscMs,
          mscMs / oursMs, mscMs / plainMs);
    qInfo("plantuml -tsvg: %.1f ms (%.1fx SIP Lab, %.1fx SIP Lab arrows and labels only)", plantMs,
          plantMs / oursMs, plantMs / plainMs);
}

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
