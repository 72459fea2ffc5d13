// siplab-cli: the headless front end. Each sub-command is a class in this folder.
#include "clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

namespace {
/// True when the command line asks for an image (SVG, PNG, PDF) or an HTML handout, which need fonts and so a
/// QGuiApplication; everything else runs on a plain QCoreApplication.
bool wantsImage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = QByteArray(argv[i]).toLower();
        for (const char *f : {"svg", "png", "pdf", "html", "htm"}) { // html: its inline SVG (issue 16)
            if (a == f || a.endsWith(QByteArray(".") + f) || a == QByteArray("--format=") + f)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsImage(argc, argv)) {
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
