// siplab-cli: the headless front end. Each sub-command is a class in this folder.
#include "clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

#include <unistd.h>
#include <sys/prctl.h>

#ifdef SIPLAB_JEMALLOC
// jemalloc's options, read when it starts (before main; the environment's MALLOC_CONF still
// overrides them): its arenas on transparent huge pages where the kernel offers them on request
// (Debian's default "madvise"). A fresh process touches its heap a 4 KiB page at a time
// otherwise, and those page faults were a quarter of a long SVG export's time (3,380 -> 1,500
// faults for the 2,001-message ladder; opening a capture of a million packets 2.2 -> 1.3 s).
// The long-running live commands turn huge pages off again in main(), where they cost memory
// for no gain that matters: a server holding 3,000 bindings took 24.5 MiB without these options,
// 32.9 MiB with huge pages, 28.8 MiB with them turned off again (docs/performance.md).
extern "C" {
const char *malloc_conf = "thp:always,metadata_thp:auto";
}
#endif

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
#ifdef SIPLAB_JEMALLOC
    // A live proxy, server or UA runs for hours on a few MiB: no huge pages for it.
    if (SipLab::CliCommands::runsLive(arguments))
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
#endif
    // SVG, PNG and PDF are drawn with fonts and so need a QGuiApplication; everything else runs
    // on a plain QCoreApplication (ExportFormats says which formats need a painter).
    if (SipLab::CliCommands::needsGui(arguments)) {
        // Offscreen unless the user chose a platform, so that `run -o x.png` works without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, CI, ssh) there is no XDG_RUNTIME_DIR; give Qt a private one
        // rather than a warning on every run.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/siplab-runtime-%1").arg(getuid());
            if (QDir().mkpath(dir)) {
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
            }
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("siplab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPLAB_VERSION_STRING));
    return SipLab::CliCommands::run(QCoreApplication::arguments());
}
