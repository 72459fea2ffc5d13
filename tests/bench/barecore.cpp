// The baseline of bench_clistart: a Qt Core command-line program and nothing else (a
// QCoreApplication, one line on standard output), started the way siplab-cli is. Built only for
// the benchmark.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "bare Qt Core program\n";
    return 0;
}
