// siplab-cli's start-up against a bare Qt Core program (issue 16: "siplab-cli should start
// without loading what a command does not need"): commands of the executable and of each of its
// three modules. Each command line and `barecore` (a
// QCoreApplication printing one line) run interleaved, 30 times each after one unmeasured run;
// per run the wall time from spawn to exit and the CPU time (user + system, wait4), medians
// printed with their ratio to barecore's. SIPLAB_BENCH_CLI=/path/to/other/siplab-cli adds the
// same command lines run by another build (before a change), interleaved with the others.
// SIPLAB_BENCH_RUNS overrides the number of runs; the ctest smoke run (SIPLAB_BENCH_SMOKE) runs
// each once. Figures go to docs/performance.md.
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Case
{
    QString label;
    QString program;
    QStringList args;
    QList<double> wallMs;
    QList<double> cpuMs;
    bool failed = false;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// Runs the program with standard output and error to /dev/null; false when it did not exit 0.
bool runOnce(Case &c, bool record)
{
    QList<QByteArray> storage{c.program.toLocal8Bit()};
    for (const QString &a : c.args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return false;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    const double wall = timer.nsecsElapsed() / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    if (record) {
        c.wallMs.append(wall);
        c.cpuMs.append((usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                       + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
    }
    return true;
}

} // namespace

class BenchCliStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary();
};

void BenchCliStart::summary()
{
    const bool smoke = qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
    const int runs = smoke ? 1 : qEnvironmentVariableIsSet("SIPLAB_BENCH_RUNS") ? qEnvironmentVariableIntValue("SIPLAB_BENCH_RUNS") : 30;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = dir.filePath(QStringLiteral("call.svg"));
    const QString pcap = dir.filePath(QStringLiteral("call.pcap")); // the default call, for open
    Case writePcap;
    writePcap.program = QStringLiteral(SIPLAB_CLI);
    writePcap.args = QStringList{QStringLiteral("run"), QStringLiteral("-o"), pcap};
    QVERIFY2(runOnce(writePcap, false), "siplab-cli run -o call.pcap failed");
    const QList<QPair<QString, QStringList>> lines = {
        {QStringLiteral("explain 180 --lang en"), {QStringLiteral("explain"), QStringLiteral("180"), QStringLiteral("--lang"), QStringLiteral("en")}},
        {QStringLiteral("explain 180 (both languages)"), {QStringLiteral("explain"), QStringLiteral("180")}},
        {QStringLiteral("lesson --list"), {QStringLiteral("lesson"), QStringLiteral("--list")}},
        {QStringLiteral("run (text ladder)"), {QStringLiteral("run")}},
        {QStringLiteral("open call.pcap (capture module)"), {QStringLiteral("open"), pcap}},
        {QStringLiteral("serve --help (live module)"), {QStringLiteral("serve"), QStringLiteral("--help")}},
        {QStringLiteral("run -o x.svg (commands module)"), {QStringLiteral("run"), QStringLiteral("-o"), svg}},
    };
    QList<Case> cases;
    const auto add = [&cases](const QString &label, const QString &program, const QStringList &args) {
        Case c;
        c.label = label;
        c.program = program;
        c.args = args;
        cases.append(c);
    };
    add(QStringLiteral("barecore"), QStringLiteral(SIPLAB_BARE_CORE), {});
    const QString other = qEnvironmentVariable("SIPLAB_BENCH_CLI");
    for (const auto &[label, args] : lines) {
        add(QStringLiteral("siplab-cli ") + label, QStringLiteral(SIPLAB_CLI), args);
        if (!other.isEmpty())
            add(QStringLiteral("other      ") + label, other, args);
    }
    for (Case &c : cases) // one unmeasured run each: the files in the page cache
        c.failed = !runOnce(c, false);
    for (int i = 0; i < runs; ++i) {
        for (Case &c : cases) {
            if (!c.failed)
                c.failed = !runOnce(c, true);
        }
    }
    for (const Case &c : cases)
        QVERIFY2(!c.failed, qPrintable(c.program + QLatin1Char(' ') + c.args.join(QLatin1Char(' ')) + QStringLiteral(" failed")));
    const double bareWall = median(cases.first().wallMs);
    const double bareCpu = median(cases.first().cpuMs);
    qInfo("medians of %d runs, interleaved; ratios to barecore (a QCoreApplication printing one line)", runs);
    qInfo("%-48s %8s %8s %8s %8s", "", "wall ms", "ratio", "CPU ms", "ratio");
    for (const Case &c : cases) {
        const double wall = median(c.wallMs);
        const double cpu = median(c.cpuMs);
        qInfo("%-48s %8.1f %7.2fx %8.1f %7.2fx", qPrintable(c.label), wall, wall / bareWall, cpu,
              bareCpu > 0 ? cpu / bareCpu : 0.0);
    }
}

QTEST_GUILESS_MAIN(BenchCliStart)
#include "bench_clistart.moc"
