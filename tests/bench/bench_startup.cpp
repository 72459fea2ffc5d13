// GUI start to first painted frame (issue 16), measured from outside: the benchmark starts its own
// Xvfb, watches it with the X DAMAGE extension, and starts `siplab --no-welcome` (its default
// scenario, 1500x920) and `barewindow` (a bare QMainWindow of the same size with a menu bar, one
// dock and a status bar) 10 times each, interleaved, after one unmeasured warm-up run of each.
// For each run:
//  - time: from just before fork() to the first DamageNotify on a window at least 400 pixels wide
//    (the main window: Qt creates its windows without a background, so the X server draws
//    nothing into them; the first damage is Qt's first flush of the painted frame);
//  - CPU time: of all the program's threads by then, ended ones included (its process CPU
//    clock, clock_getcpuclockid), which a busy machine disturbs less than the wall time;
//  - memory: peak RSS (VmHWM of /proc/PID/status) at the first frame, and ru_maxrss from wait4()
//    after the program ran on for 1 s (what it defers to after its first frame counts there).
// Prints medians and the ratios SIP Lab / bare window. No assertion on the ratios.
// SIPLAB_BENCH_RUNS sets the number of runs, SIPLAB_BENCH_GUI another siplab executable.
// The ctest smoke run (SIPLAB_BENCH_SMOKE) runs each program once, and skips without Xvfb.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <xcb/damage.h>
#include <xcb/xcb.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

bool smoke()
{
    return qEnvironmentVariableIsSet("SIPLAB_BENCH_SMOKE");
}

struct Run
{
    double ms = 0;           // fork to first damage
    double cpuMs = 0;        // CPU time of all its threads by then (its CPU clock): robust on a busy machine
    long hwmAtFrameKb = 0;   // VmHWM when the first damage arrived
    long maxRssKb = 0;       // ru_maxrss after the settle time
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long vmHwmKb(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

double cpuMs(pid_t pid)
{
    // The process's CPU clock: every thread's time, the ones that have ended too (a helper
    // thread that warms caches at start is gone by the first frame), in nanoseconds.
    clockid_t clock = 0;
    timespec t{};
    if (clock_getcpuclockid(pid, &clock) != 0 || clock_gettime(clock, &t) != 0)
        return 0;
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Forks and execs argv with env; stdout and stderr go to logPath.
pid_t spawn(const std::vector<QByteArray> &argv, const std::vector<QByteArray> &env, const QByteArray &logPath, int keepFd = -1)
{
    std::vector<char *> a;
    for (const QByteArray &s : argv)
        a.push_back(const_cast<char *>(s.constData()));
    a.push_back(nullptr);
    std::vector<char *> e;
    for (const QByteArray &s : env)
        e.push_back(const_cast<char *>(s.constData()));
    e.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int log = open(logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (log >= 0) {
            dup2(log, 1);
            dup2(log, 2);
        }
        if (keepFd >= 0)
            fcntl(keepFd, F_SETFD, 0);
        execve(a[0], a.data(), e.data());
        _exit(127);
    }
    return pid;
}

class BenchStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstFrame();

private:
    std::optional<Run> measure(const QString &program, const QStringList &args, int settleMs);

    QTemporaryDir m_dir;
    pid_t m_xvfb = -1;
    QByteArray m_display;
    xcb_connection_t *m_x = nullptr;
    xcb_window_t m_root = 0;
    uint8_t m_damageEvent = 0;
};

void BenchStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed (Debian package xvfb; scripts/deps.sh test installs it)");
    // Xvfb picks a free display and writes its number to the pipe once it accepts clients.
    int fds[2];
    QVERIFY(pipe2(fds, O_CLOEXEC) == 0);
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e)
        env.emplace_back(*e);
    m_xvfb = spawn({QFile::encodeName(xvfb), "-displayfd", QByteArray::number(fds[1]), "-screen", "0", "1920x1080x24", "-nolisten",
                    "tcp", "-noreset"},
                   env, QFile::encodeName(m_dir.filePath(QStringLiteral("xvfb.log"))), fds[1]);
    close(fds[1]);
    QVERIFY(m_xvfb > 0);
    QByteArray number;
    pollfd p{fds[0], POLLIN, 0};
    while (!number.endsWith('\n') && poll(&p, 1, 20000) > 0) {
        char c;
        if (read(fds[0], &c, 1) != 1)
            break;
        number.append(c);
    }
    close(fds[0]);
    if (number.trimmed().isEmpty()) {
        QFile log(m_dir.filePath(QStringLiteral("xvfb.log")));
        log.open(QIODevice::ReadOnly);
        QFAIL(qPrintable(QStringLiteral("Xvfb did not start: ") + QString::fromLocal8Bit(log.readAll())));
    }
    m_display = ':' + number.trimmed();
    m_x = xcb_connect(m_display.constData(), nullptr);
    QVERIFY2(!xcb_connection_has_error(m_x), m_display.constData());
    const xcb_query_extension_reply_t *ext = xcb_get_extension_data(m_x, &xcb_damage_id);
    if (!ext || !ext->present)
        QSKIP("this X server has no DAMAGE extension");
    m_damageEvent = ext->first_event + XCB_DAMAGE_NOTIFY;
    free(xcb_damage_query_version_reply(m_x, xcb_damage_query_version(m_x, 1, 1), nullptr));
    m_root = xcb_setup_roots_iterator(xcb_get_setup(m_x)).data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(m_x, m_root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(m_x);
    qInfo("Xvfb on %s", m_display.constData());
}

void BenchStartup::cleanupTestCase()
{
    if (m_x)
        xcb_disconnect(m_x);
    if (m_xvfb > 0) {
        kill(m_xvfb, SIGTERM);
        waitpid(m_xvfb, nullptr, 0);
    }
}

std::optional<Run> BenchStartup::measure(const QString &program, const QStringList &args, int settleMs)
{
    // A fresh settings directory each run: no saved geometry, language or first-run state.
    QTemporaryDir config(m_dir.filePath(QStringLiteral("config-XXXXXX")));
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray s(*e);
        if (!s.startsWith("DISPLAY=") && !s.startsWith("QT_QPA_PLATFORM=") && !s.startsWith("XDG_CONFIG_HOME=")
            && !s.startsWith("WAYLAND_DISPLAY="))
            env.push_back(s);
    }
    env.push_back("DISPLAY=" + m_display);
    env.push_back("QT_QPA_PLATFORM=xcb");
    env.push_back("XDG_CONFIG_HOME=" + QFile::encodeName(config.path()));
    env.push_back("SIPLAB_NO_WELCOME=1");
    std::vector<QByteArray> argv{QFile::encodeName(program)};
    for (const QString &a : args)
        argv.push_back(a.toLocal8Bit());
    const QByteArray log = QFile::encodeName(m_dir.filePath(QStringLiteral("program.log")));

    const Clock::time_point start = Clock::now();
    const pid_t pid = spawn(argv, env, log);
    if (pid <= 0)
        return std::nullopt;
    Run run;
    bool painted = false;
    bool exited = false;
    std::vector<xcb_damage_damage_t> damages;
    const Clock::time_point deadline = start + std::chrono::seconds(60);
    pollfd p{xcb_get_file_descriptor(m_x), POLLIN, 0};
    while (!painted && !exited && Clock::now() < deadline) {
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_x)) {
            const uint8_t type = event->response_type & 0x7f;
            if (type == XCB_CREATE_NOTIFY) {
                // Every window the program creates on the root (this Xvfb has no other client):
                // damage reported from its first drawing on. Errors (an InputOnly window) are ignored.
                const auto *create = reinterpret_cast<xcb_create_notify_event_t *>(event);
                if (create->parent == m_root) {
                    const xcb_damage_damage_t d = xcb_generate_id(m_x);
                    xcb_damage_create(m_x, d, create->window, XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY);
                    damages.push_back(d);
                    xcb_flush(m_x);
                }
            } else if (type == m_damageEvent && !painted) {
                const auto *damage = reinterpret_cast<xcb_damage_notify_event_t *>(event);
                if (damage->geometry.width >= 400) {
                    run.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                    run.hwmAtFrameKb = vmHwmKb(pid);
                    run.cpuMs = cpuMs(pid);
                    painted = true;
                }
            }
            free(event);
        }
        if (painted)
            break;
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            exited = true;
            break;
        }
        poll(&p, 1, 5);
    }
    for (xcb_damage_damage_t d : damages)
        xcb_damage_destroy(m_x, d); // BadDamage for the ones whose window is gone: ignored
    xcb_flush(m_x);
    if (exited) {
        QFile f(QString::fromLocal8Bit(log));
        f.open(QIODevice::ReadOnly);
        qWarning("%s exited before its first frame: %s", qPrintable(program), f.readAll().constData());
        return std::nullopt;
    }
    if (painted && settleMs > 0)
        usleep(useconds_t(settleMs) * 1000);
    kill(pid, SIGTERM);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.maxRssKb = usage.ru_maxrss;
    // Drain what the run left (DestroyNotify, errors of the destroyed damages).
    free(xcb_get_input_focus_reply(m_x, xcb_get_input_focus(m_x), nullptr));
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_x))
        free(event);
    if (!painted) {
        qWarning("%s painted no frame within 60 s", qPrintable(program));
        return std::nullopt;
    }
    return run;
}

void BenchStartup::firstFrame()
{
    // SIPLAB_BENCH_GUI: another siplab executable (e.g. a copy built before a change).
    const QString siplab = qEnvironmentVariableIsSet("SIPLAB_BENCH_GUI") ? qEnvironmentVariable("SIPLAB_BENCH_GUI")
                                                                         : QStringLiteral(SIPLAB_GUI);
    const QString bare = QStringLiteral(SIPLAB_BARE_WINDOW);
    const QStringList siplabArgs{QStringLiteral("--no-welcome")};
    const int runs = smoke() ? 1 : qEnvironmentVariableIntValue("SIPLAB_BENCH_RUNS") > 0
            ? qEnvironmentVariableIntValue("SIPLAB_BENCH_RUNS") : 10;
    const int settleMs = smoke() ? 0 : 1000;
    if (!smoke()) { // fontconfig's cache, the page cache: one unmeasured run of each
        QVERIFY(measure(siplab, siplabArgs, 0));
        QVERIFY(measure(bare, {}, 0));
    }
    std::vector<Run> ours;
    std::vector<Run> base;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> a = measure(siplab, siplabArgs, settleMs);
        QVERIFY(a);
        ours.push_back(*a);
        const std::optional<Run> b = measure(bare, {}, settleMs);
        QVERIFY(b);
        base.push_back(*b);
    }
    auto med = [](const std::vector<Run> &runs, auto field) {
        std::vector<double> v;
        for (const Run &r : runs)
            v.push_back(double(r.*field));
        return median(v);
    };
    const double ourMs = med(ours, &Run::ms), baseMs = med(base, &Run::ms);
    const double ourCpu = med(ours, &Run::cpuMs), baseCpu = med(base, &Run::cpuMs);
    const double ourHwm = med(ours, &Run::hwmAtFrameKb) / 1024, baseHwm = med(base, &Run::hwmAtFrameKb) / 1024;
    const double ourRss = med(ours, &Run::maxRssKb) / 1024, baseRss = med(base, &Run::maxRssKb) / 1024;
    qInfo("start to first painted frame, median of %d runs each (interleaved):", runs);
    qInfo("  siplab --no-welcome: %7.1f ms (CPU %6.1f ms)   peak RSS at first frame %6.1f MiB   ru_maxrss after %d ms %6.1f MiB",
          ourMs, ourCpu, ourHwm, settleMs, ourRss);
    qInfo("  bare QMainWindow:    %7.1f ms (CPU %6.1f ms)   peak RSS at first frame %6.1f MiB   ru_maxrss after %d ms %6.1f MiB",
          baseMs, baseCpu, baseHwm, settleMs, baseRss);
    qInfo("  ratio siplab / bare: time %.2fx (CPU %.2fx)   memory at first frame %.2fx   memory after %d ms %.2fx",
          ourMs / baseMs, ourCpu / baseCpu, ourHwm / baseHwm, settleMs, ourRss / baseRss);
    QVERIFY(ourMs > 0 && baseMs > 0);
}

} // namespace

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
