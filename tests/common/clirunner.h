#pragma once
// Runs siplab-cli for the tests of tests/cli: in process through CliCommands::run (fast, the
// same code as the executable's main()), or as the real executable in a QProcess.
#include "clicommands.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace SipLab::CliRunner {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

/// `siplab-cli ARGS...` in process; args start with the command ("run", "lesson", ...).
inline Result run(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CliCommands::run(QStringList{QStringLiteral("siplab-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

/// A program in a QProcess; with cleanEnvironment, without QT_QPA_PLATFORM or a display (as
/// from cron or ssh); extra: variables set for it. code is -1 when it did not start or finish
/// within 240 s.
inline Result runProcess(const QString &program, const QStringList &args, bool cleanEnvironment = false,
                         const QProcessEnvironment &extra = {})
{
    QProcess p;
    if (cleanEnvironment || !extra.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (cleanEnvironment) {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        env.insert(extra);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    Result r;
    if (!p.waitForStarted() || !p.waitForFinished(240000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace SipLab::CliRunner
