// OpenCommandLine: which module of siplab-cli runs an `open` command line, by the format
// OpenCommand will choose (--format wins, else the -o extension, else text): the commands
// module for a drawing or HTML, the capture module for everything else (and for every error,
// which OpenCommand words).
#include "climodule.h"
#include "opencommandline.h"

#include <QTest>

using namespace SipLab;

class TestOpenCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
};

void TestOpenCommandLine::formats_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("drawn");
    QTest::addColumn<bool>("commands"); // else the capture module
    QTest::newRow("text") << QStringList{"open", "x.pcap"} << false << false;
    QTest::newRow("--list") << QStringList{"open", "x.pcap", "--list"} << false << false;
    QTest::newRow("json") << QStringList{"open", "x.pcap", "--format", "json"} << false << false;
    QTest::newRow("-o x.json") << QStringList{"open", "x.pcap", "-o", "x.json"} << false << false;
    QTest::newRow("mermaid") << QStringList{"open", "x.pcap", "--format=mermaid"} << false << false;
    QTest::newRow("-o x.puml") << QStringList{"open", "x.pcap", "-o", "x.puml"} << false << false;
    QTest::newRow("svg") << QStringList{"open", "x.pcap", "--format", "svg", "-o", "y"} << true << true;
    QTest::newRow("-o x.png") << QStringList{"open", "x.pcap", "--output", "x.png"} << true << true;
    QTest::newRow("-o x.pdf") << QStringList{"open", "x.pcap", "-o", "x.pdf"} << true << true;
    QTest::newRow("-o x.html") << QStringList{"open", "x.pcap", "-o", "x.html"} << true << true;
    QTest::newRow("--format wins") << QStringList{"open", "x.pcap", "-o", "x.svg", "--format", "text"} << false << false;
    QTest::newRow("-o x.pcap") << QStringList{"open", "x.pcap", "-o", "y.pcap"} << false << false;
    QTest::newRow("unknown format") << QStringList{"open", "x.pcap", "--format", "doc"} << false << false;
    QTest::newRow("unknown extension") << QStringList{"open", "x.pcap", "-o", "x.doc"} << false << false;
    QTest::newRow("--help") << QStringList{"open", "--help"} << false << false;
}

void TestOpenCommandLine::formats()
{
    QFETCH(QStringList, args);
    QFETCH(bool, drawn);
    QFETCH(bool, commands);
    QCOMPARE(OpenCommandLine::drawn(args), drawn);
    QCOMPARE(QString::fromLatin1(OpenCommandLine::module(args)),
             QString::fromLatin1(commands ? CliModule::Commands : CliModule::Capture));
}

QTEST_GUILESS_MAIN(TestOpenCommandLine)
#include "tst_opencommandline.moc"
