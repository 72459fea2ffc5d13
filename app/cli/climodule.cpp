#include "climodule.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <dlfcn.h>

namespace SipLab {

QString CliModule::path(const char *fileName)
{
    // The executable's own file, whatever its current folder or how it was started.
    const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    return QFileInfo(exe).absolutePath() + QStringLiteral("/" SIPLAB_CLI_MODULE_DIR "/") + QString::fromLatin1(fileName);
}

int CliModule::run(const char *fileName, int argc, char **argv)
{
    const QByteArray file = QFile::encodeName(QFileInfo(path(fileName)).absoluteFilePath());
    // RTLD_NOW: a module that does not fit this executable fails here with the missing symbol,
    // not later in the middle of a command. RTLD_LOCAL: its symbols stay its own.
    void *handle = dlopen(file.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        std::fprintf(stderr, "siplab-cli: cannot load the module this command needs, %s: %s\n"
                             "(reinstall SIP Lab)\n",
                     file.constData(), dlerror());
        return 2;
    }
    using Entry = int (*)(int, char **);
    auto entry = reinterpret_cast<Entry>(dlsym(handle, EntryPoint));
    if (!entry) {
        std::fprintf(stderr, "siplab-cli: %s has no entry point %s: %s\n", file.constData(), EntryPoint, dlerror());
        return 2;
    }
    return entry(argc, argv);
}

} // namespace SipLab
