// siplab-cli-commands.so: the command lines that draw (run and open with SVG, PNG, PDF, HTML) or
// read or write captures (open, run -o x.pcap). siplab-cli loads it for them (CliModule); its
// one exported symbol is this entry point (commandmodule.map). It runs serve and call too
// (CliCommands), but siplab-cli loads the live module for those.
#include "clicommands.h"
#include "clifrontend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

#include <unistd.h>

extern "C" __attribute__((visibility("default"))) int siplab_cli_module_main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
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
    SipLab::CliFrontEnd::nameApplication();
    return SipLab::CliCommands::run(QCoreApplication::arguments());
}
