// siplab-cli: the headless front end. Each sub-command is a class in this folder.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siplab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPLAB_VERSION_STRING));
    return SipLab::CliCommands::run(QCoreApplication::arguments());
}
