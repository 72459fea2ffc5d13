// Whole-process SVG export against mscgen (issue 16): `siplab-cli run --uas 180,...(995 x
// 180),200 -o long.svg` (2,001 messages) and `mscgen -T svg` on the same messages (the .msc is
// generated from the ladder's text list, so both draw exactly the same arrows and labels), each
// run 10 times in the same run; median wall time and file size, printed as ratios. Also the
// parts of our time: start-up (`explain 180`), engine + text (`-o long.txt`), and our SVG with
// only what mscgen draws (`--detail messages --no-time`), and a floor: `fontfloor`, a program that
// only starts Qt Gui and measures a label in each of the ladder's fonts (what any export that
// measures text with the fonts that draw it pays first). Figures go to docs/performance.md.
// The ctest smoke run (SIPLAB_BENCH_SMOKE) uses a short ladder and 1 run.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Timing
{
    double medianMs = 0;
    qint64 bytes = 0;
};

Timing timeRuns(const QString &program, const QStringList &args, const QString &output, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        const bool ok = p.waitForStarted() && p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        ms.append(timer.nsecsElapsed() / 1e6);
        if (!ok) {
            qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
            return {};
        }
    }
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.medianMs = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    t.bytes = output.isEmpty() ? 0 : QFileInfo(output).size();
    return t;
}

/// mscgen's language from `siplab-cli run` text lines ("F1 UAC -> P1: INVITE (retransmission)").
QByteArray toMsc(const QString &text, int *messages)
{
    static const QRegularExpression line(QStringLiteral("^F(\\d+) (\\S+) -> (\\S+): (.*)$"));
    QStringList lanes;
    QByteArray arcs;
    *messages = 0;
    for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch())
            continue;
        for (const QString &lane : {m.captured(2), m.captured(3)}) {
            if (!lanes.contains(lane))
                lanes.append(lane);
        }
        QString label = m.captured(4);
        const bool lost = label.endsWith(QLatin1String(" (lost)"));
        const bool retransmission = label.contains(QLatin1String("(retransmission)"));
        label.replace(QLatin1Char('"'), QLatin1Char('\''));
        arcs += "  " + m.captured(2).toUtf8() + (lost ? "-x" : retransmission ? ">>" : "->") + m.captured(3).toUtf8() + " [label=\"F"
            + m.captured(1).toUtf8() + ' ' + label.toUtf8() + "\"];\n";
        ++*messages;
    }
    // Lanes in the order of the ladder: UAC, proxies, UAS.
    std::sort(lanes.begin(), lanes.end(), [](const QString &a, const QString &b) {
        auto rank = [](const QString &n) { return n == QLatin1String("UAC") ? 0 : n == QLatin1String("UAS") ? 2 : 1; };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return "msc {\n  hscale=\"1.5\";\n  " + lanes.join(QStringLiteral(", ")).toUtf8() + ";\n" + arcs + "}\n";
}

} // namespace

class BenchSvg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary();
};

void BenchSvg::summary()
{
    const bool smoke = qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
    const int runs = smoke ? 1 : 10;
    const int provisional = smoke ? 20 : 995;
    QStringList codes(provisional, QStringLiteral("180"));
    codes.append(QStringLiteral("200"));
    const QString uas = codes.join(QLatin1Char(','));
    const QString cli = QStringLiteral(SIPLAB_CLI);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = dir.filePath(QStringLiteral("long.svg"));
    const QString plainSvg = dir.filePath(QStringLiteral("plain.svg"));
    const QString txt = dir.filePath(QStringLiteral("long.txt"));
    const QString msc = dir.filePath(QStringLiteral("long.msc"));
    const QString mscSvg = dir.filePath(QStringLiteral("mscgen.svg"));

    const Timing floor = timeRuns(QStringLiteral(SIPLAB_FONT_FLOOR), {}, {}, runs);
    const Timing start = timeRuns(cli, {QStringLiteral("explain"), QStringLiteral("180"), QStringLiteral("--lang"), QStringLiteral("en")}, {}, runs);
    const Timing text = timeRuns(cli, {QStringLiteral("run"), QStringLiteral("--uas"), uas, QStringLiteral("-o"), txt}, txt, runs);
    const Timing ours = timeRuns(cli, {QStringLiteral("run"), QStringLiteral("--uas"), uas, QStringLiteral("-o"), svg}, svg, runs);
    const Timing plain = timeRuns(cli,
                                  {QStringLiteral("run"), QStringLiteral("--uas"), uas, QStringLiteral("--detail"), QStringLiteral("messages"),
                                   QStringLiteral("--no-time"), QStringLiteral("-o"), plainSvg},
                                  plainSvg, runs);
    QVERIFY(ours.bytes > 0 && text.bytes > 0 && plain.bytes > 0);
    QVERIFY2(floor.medianMs > 0 && start.medianMs > 0, "fontfloor and siplab-cli explain must run (see the warning above)");
    QFile list(txt);
    QVERIFY(list.open(QIODevice::ReadOnly));
    int messages = 0;
    const QByteArray mscText = toMsc(QString::fromUtf8(list.readAll()), &messages);
    QFile mscFile(msc);
    QVERIFY(mscFile.open(QIODevice::WriteOnly));
    mscFile.write(mscText);
    mscFile.close();
    qInfo("ladder: %d messages (siplab-cli run --uas 180 x %d,200)", messages, provisional);
    qInfo("fontfloor (Qt Gui + the ladder's fonts):  %7.1f ms", floor.medianMs);
    qInfo("siplab-cli explain 180 (start-up):       %7.1f ms", start.medianMs);
    qInfo("siplab-cli run -o long.txt (engine+text): %7.1f ms", text.medianMs);
    qInfo("siplab-cli run -o long.svg:              %7.1f ms  %9lld bytes  %5.0f bytes/message", ours.medianMs, ours.bytes,
          double(ours.bytes) / messages);
    qInfo("  --detail messages --no-time:           %7.1f ms  %9lld bytes  %5.0f bytes/message", plain.medianMs, plain.bytes,
          double(plain.bytes) / messages);
    if (smoke) {
        qInfo("smoke run: mscgen skipped (run `bench_svg summary`)");
        return;
    }
    const Timing mscgen = timeRuns(QStringLiteral("mscgen"), {QStringLiteral("-T"), QStringLiteral("svg"), QStringLiteral("-i"), msc,
                                                             QStringLiteral("-o"), mscSvg},
                                   mscSvg, runs);
    QVERIFY2(mscgen.bytes > 0, "mscgen is needed (scripts/deps.sh test)");
    qInfo("mscgen -T svg:                           %7.1f ms  %9lld bytes  %5.0f bytes/message", mscgen.medianMs, mscgen.bytes,
          double(mscgen.bytes) / messages);
    qInfo("ratios (median of %d runs, same run):", runs);
    qInfo("  wall time  SIP Lab SVG / mscgen:                     %.2fx", ours.medianMs / mscgen.medianMs);
    qInfo("  wall time  SIP Lab SVG (messages, no time) / mscgen: %.2fx", plain.medianMs / mscgen.medianMs);
    qInfo("  file size  SIP Lab SVG / mscgen:                     %.2fx", double(ours.bytes) / mscgen.bytes);
    qInfo("  file size  SIP Lab SVG (messages, no time) / mscgen: %.2fx", double(plain.bytes) / mscgen.bytes);
    qInfo("  wall time  fontfloor / mscgen (the floor of measuring text with its fonts): %.2fx", floor.medianMs / mscgen.medianMs);
    qInfo("  wall time  SIP Lab SVG above that floor / mscgen:    %.2fx", (ours.medianMs - floor.medianMs) / mscgen.medianMs);
    qInfo("  of our SVG time: start-up %.0f%%, engine + text %.0f%%, SVG %.0f%%", 100 * start.medianMs / ours.medianMs,
          100 * (text.medianMs - start.medianMs) / ours.medianMs, 100 * (ours.medianMs - text.medianMs) / ours.medianMs);
}

QTEST_GUILESS_MAIN(BenchSvg)
#include "bench_svg.moc"
