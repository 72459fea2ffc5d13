// CliFrontEnd: which command lines siplab-cli answers with Qt Core only and which load a module
// (the commands module or the live module), and what the real executable loads for each (issue 16: a command loads only
// what it uses). The process rows run the real siplab-cli with the loader's LD_DEBUG=files,
// which names every shared object the process opens.
#include "clifrontend.h"
#include "climodule.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
const QString Cli = QStringLiteral(SIPLAB_BINARY_DIR "/bin/siplab-cli");

struct Loaded : CliRunner::Result
{
    QStringList objects; // the file names the loader opened (libQt6Gui.so.6, ...)
};

Loaded runWithLoaderLog(const QString &program, const QStringList &args)
{
    QProcessEnvironment log;
    log.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    Loaded r;
    static_cast<CliRunner::Result &>(r) = CliRunner::runProcess(program, args, true, log);
    // "     12345:	file=libQt6Gui.so.6 [0];  needed by ..." / "file=/path/x.so [0];  dynamically loaded by ..."
    static const QRegularExpression file(QStringLiteral("file=(\\S+) \\[\\d+\\];  (needed|dynamically loaded)"));
    for (auto it = file.globalMatch(r.err); it.hasNext();)
        r.objects.append(QFileInfo(it.next().captured(1)).fileName());
    r.objects.removeDuplicates();
    return r;
}
} // namespace

class TestCliFrontEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void module_data();
    void module();
    void moduleCommandWithoutModule();
    void loadedLibraries_data();
    void loadedLibraries();

private:
    QTemporaryDir m_dir;
};

void TestCliFrontEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Cli), "siplab-cli must be built");
}

void TestCliFrontEnd::module_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("module"); // empty: the executable runs it
    QTest::addColumn<bool>("live");
    const QString commands = QString::fromLatin1(CliModule::Commands);
    const QString live = QString::fromLatin1(CliModule::Live);
    const QString capture = QString::fromLatin1(CliModule::Capture);
    QTest::newRow("explain") << QStringList{"explain", "180"} << QString() << false;
    QTest::newRow("parse") << QStringList{"parse", "-"} << QString() << false;
    QTest::newRow("lesson") << QStringList{"lesson", "--list"} << QString() << false;
    QTest::newRow("run") << QStringList{"run"} << QString() << false;
    QTest::newRow("run mmd") << QStringList{"run", "-o", "x.mmd"} << QString() << false;
    QTest::newRow("run json") << QStringList{"run", "--format", "json"} << QString() << false;
    QTest::newRow("run --help") << QStringList{"run", "--help"} << QString() << false;
    QTest::newRow("run bad format") << QStringList{"run", "-o", "x.doc"} << QString() << false;
    QTest::newRow("run svg") << QStringList{"run", "-o", "x.svg"} << commands << false;
    QTest::newRow("run png") << QStringList{"run", "--format=png", "-o", "x"} << commands << false;
    QTest::newRow("run html") << QStringList{"run", "-o", "call.html"} << commands << false;
    QTest::newRow("run pcap") << QStringList{"run", "-o", "call.pcap"} << capture << false;
    QTest::newRow("open") << QStringList{"open", "x.pcap"} << capture << false;
    QTest::newRow("open json") << QStringList{"open", "x.pcap", "--format", "json"} << capture << false;
    QTest::newRow("open mmd") << QStringList{"open", "x.pcap", "-o", "x.mmd"} << capture << false;
    QTest::newRow("open bad format") << QStringList{"open", "x.pcap", "--format=doc"} << capture << false;
    QTest::newRow("open svg") << QStringList{"open", "x.pcap", "--format=svg", "-o", "x"} << commands << false;
    QTest::newRow("open pdf") << QStringList{"open", "x.pcap", "-o", "x.pdf"} << commands << false;
    QTest::newRow("open html") << QStringList{"open", "x.pcap", "-o", "x.html"} << commands << false;
    QTest::newRow("open --help") << QStringList{"open", "--help"} << capture << false;
    QTest::newRow("serve") << QStringList{"serve", "--role", "proxy"} << live << true;
    QTest::newRow("call") << QStringList{"call", "sip:a@b"} << live << true;
    QTest::newRow("help run") << QStringList{"help", "run"} << QString() << false;
    QTest::newRow("help open") << QStringList{"help", "open"} << capture << false;
    QTest::newRow("help serve") << QStringList{"help", "serve"} << live << true;
    QTest::newRow("help explain") << QStringList{"help", "explain"} << QString() << false;
    QTest::newRow("help") << QStringList{"help"} << QString() << false;
    QTest::newRow("--help") << QStringList{"--help"} << QString() << false;
    QTest::newRow("--version run") << QStringList{"--version", "run"} << QString() << false;
    QTest::newRow("bad option") << QStringList{"--bogus", "run"} << QString() << false;
    QTest::newRow("unknown") << QStringList{"draw"} << QString() << false;
    QTest::newRow("nothing") << QStringList{} << QString() << false;
}

void TestCliFrontEnd::module()
{
    QFETCH(QStringList, args);
    QFETCH(QString, module);
    QFETCH(bool, live);
    const QStringList arguments = QStringList{QStringLiteral("siplab-cli")} + args;
    QCOMPARE(QString::fromLatin1(CliFrontEnd::module(arguments)), module);
    QCOMPARE(CliFrontEnd::runsLive(arguments), live);
}

void TestCliFrontEnd::moduleCommandWithoutModule()
{
    // The executable's own table: a module command that reached it is an error, named.
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(CliFrontEnd::run({QStringLiteral("siplab-cli"), QStringLiteral("open"), QStringLiteral("x.pcap")}, out,
                              err, nullptr),
             2);
    err.flush();
    QVERIFY2(errText.contains(QLatin1String("'open' is not in this program")), qPrintable(errText));
    QCOMPARE(CliFrontEnd::run({QStringLiteral("siplab-cli"), QStringLiteral("explain"), QStringLiteral("486")},
                              out, err, nullptr),
             0);
    out.flush();
    QVERIFY2(outText.contains(QLatin1String("486 Busy Here")), qPrintable(outText));
}

void TestCliFrontEnd::loadedLibraries_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // in standard output
    QTest::addColumn<QString>("module");   // the module loaded; empty: none
    QTest::addColumn<bool>("gui");         // Qt Gui loaded
    QTest::addColumn<bool>("network");     // Qt Network loaded
    QTest::addColumn<bool>("pcap");        // libpcap loaded
    const QString msg = m_dir.filePath(QStringLiteral("invite.sip"));
    QFile f(msg);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("OPTIONS sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h.example.com;branch=z9hG4bK1\r\n"
            "Max-Forwards: 70\r\nTo: <sip:bob@example.com>\r\nFrom: <sip:a@example.com>;tag=1\r\n"
            "Call-ID: c1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
    f.close();
    // A capture of the default call, written by siplab-cli run (the capture module).
    const QString pcap = m_dir.filePath(QStringLiteral("call.pcap"));
    QCOMPARE(CliRunner::runProcess(Cli, {QStringLiteral("run"), QStringLiteral("-o"), pcap}).code, 0);
    const QString commands = QString::fromLatin1(CliModule::Commands);
    const QString live = QString::fromLatin1(CliModule::Live);
    const QString capture = QString::fromLatin1(CliModule::Capture);
    QTest::newRow("explain") << QStringList{"explain", "180"} << "180 Ringing" << QString() << false << false << false;
    QTest::newRow("explain zh") << QStringList{"explain", "486", "--lang", "zh"} << "486" << QString() << false << false << false;
    QTest::newRow("lesson") << QStringList{"lesson", "--list"} << "rfc3665-3.1-session" << QString() << false << false << false;
    QTest::newRow("parse") << QStringList{"parse", msg} << "OPTIONS sip:bob@example.com SIP/2.0" << QString() << false
                           << false << false;
    QTest::newRow("--help") << QStringList{"--help"} << "Commands:" << QString() << false << false << false;
    QTest::newRow("run") << QStringList{"run", "--uas", "486"} << "486 Busy Here" << QString() << false << false << false;
    QTest::newRow("run mermaid") << QStringList{"run", "-o", "-", "--format", "mermaid"} << "sequenceDiagram" << QString()
                                 << false << false << false;
    QTest::newRow("help run") << QStringList{"help", "run"} << "Usage: siplab-cli run" << QString() << false << false << false;
    QTest::newRow("run svg") << QStringList{"run", "-o", "-", "--format", "svg"} << "<svg" << commands << true << true << true;
    QTest::newRow("run html") << QStringList{"run", "-o", "-", "--format", "html"} << "<!DOCTYPE html>" << commands << true
                              << true << true;
    QTest::newRow("help open") << QStringList{"help", "open"} << "Usage: siplab-cli open" << capture << false << false << true;
    QTest::newRow("open") << QStringList{"open", pcap} << "proxy.atlanta.example: INVITE" << capture << false << false << true;
    QTest::newRow("open json") << QStringList{"open", pcap, "--format", "json"} << "\"callId\"" << capture << false << false
                               << true;
    QTest::newRow("open svg") << QStringList{"open", pcap, "--format", "svg", "-o", "-"} << "<svg" << commands << true << true
                              << true;
    QTest::newRow("run pcap") << QStringList{"run", "-o", m_dir.filePath(QStringLiteral("again.pcap"))} << QString()
                              << capture << false << false << true;
    QTest::newRow("help serve") << QStringList{"help", "serve"} << "Usage: siplab-cli serve" << live << false << true << false;
    QTest::newRow("call --help") << QStringList{"call", "--help"} << "Usage: siplab-cli call" << live << false << true << false;
}

void TestCliFrontEnd::loadedLibraries()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QFETCH(QString, module);
    QFETCH(bool, gui);
    QFETCH(bool, network);
    QFETCH(bool, pcap);
    const Loaded r = runWithLoaderLog(Cli, args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out.left(400)));
    QVERIFY2(r.objects.contains(QLatin1String("libQt6Core.so.6")),
             "LD_DEBUG=files named no libQt6Core: the loader's log was not read");
    const QString loaded = r.objects.join(QLatin1Char(' '));
    QVERIFY2(!r.objects.contains(QLatin1String("libQt6Widgets.so.6")), qPrintable(loaded));
    for (const char *m : {CliModule::Commands, CliModule::Live, CliModule::Capture})
        QVERIFY2(r.objects.contains(QLatin1String(m)) == (module == QLatin1String(m)), qPrintable(QLatin1String(m) + QLatin1String(": ") + loaded));
    QVERIFY2(r.objects.contains(QLatin1String("libQt6Gui.so.6")) == gui, qPrintable(QLatin1String("Qt Gui: ") + loaded));
    QVERIFY2(r.objects.contains(QLatin1String("libQt6Network.so.6")) == network, qPrintable(QLatin1String("Qt Network: ") + loaded));
    QVERIFY2(r.objects.contains(QLatin1String("libpcap.so.0.8")) == pcap, qPrintable(QLatin1String("libpcap: ") + loaded));
}

QTEST_GUILESS_MAIN(TestCliFrontEnd)
#include "tst_clifrontend.moc"
