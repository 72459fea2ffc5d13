// siplab-cli: the headless front end. Each sub-command is a class in this folder. The program
// links Qt Core only: explain, parse, lesson and run with a text format run here; the drawings
// and HTML of run and open are in the commands module, open without drawing and run's pcap in
// the capture module, serve and call in the live module, each loaded for them (CliFrontEnd,
// CliModule).
#include "clifrontend.h"
#include "climodule.h"

#include <QCoreApplication>
#include <QStringList>

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
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
#ifdef SIPLAB_JEMALLOC
    // A live proxy, server or UA runs for hours on a few MiB: no huge pages for it.
    if (SipLab::CliFrontEnd::runsLive(arguments))
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
#endif
    if (const char *module = SipLab::CliFrontEnd::module(arguments))
        return SipLab::CliModule::run(module, argc, argv);
    QCoreApplication app(argc, argv);
    SipLab::CliFrontEnd::nameApplication();
    return SipLab::CliFrontEnd::run(QCoreApplication::arguments(), nullptr);
}
