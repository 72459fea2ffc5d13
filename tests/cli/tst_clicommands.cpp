// siplab-cli end to end through CliCommands::run: exit codes, stdout and stderr.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
using Result = CliRunner::Result;
Result runCli(const QStringList &args)
{
    return CliRunner::run(args);
}
} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void explainBothLanguages_data();
    void explainBothLanguages();
    void explainList();
    void runDefault();
    void runWritesFileAtomically();
    void parseFile();
    void helpListsEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void version();
    void badOptions_data();
    void badOptions();
    void needsGui_data();
    void needsGui();
};

void TestCliCommands::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList() << 2 << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
    QTest::newRow("explain 999") << QStringList{"explain", "999"} << 2 << "unknown response code: 999";
    QTest::newRow("explain 42") << QStringList{"explain", "42"} << 2 << "unknown response code: 42";
    QTest::newRow("explain abc") << QStringList{"explain", "abc"} << 2 << "unknown response code: abc";
    QTest::newRow("explain bad lang") << QStringList{"explain", "486", "--lang", "fr"} << 2 << "--lang must be";
    QTest::newRow("explain ok") << QStringList{"explain", "486"} << 0 << "";
    QTest::newRow("run bad uas") << QStringList{"run", "--uas", "999"} << 2 << "unknown response code: 999";
    QTest::newRow("run bad proxies") << QStringList{"run", "--proxies", "3"} << 2 << "--proxies must be 0, 1 or 2";
    QTest::newRow("run proxy2 needs two") << QStringList{"run", "--proxy2", "486"} << 2 << "--proxy2 needs two proxies";
    QTest::newRow("run unknown option") << QStringList{"run", "--frob"} << 2 << "unknown option '--frob'";
    QTest::newRow("run missing file") << QStringList{"run", "/nonexistent/s.json"} << 2 << "cannot open";
    // ScenarioRules normalises as the call builder does (RFC 3261 9.1: only an INVITE is
    // cancelled): the CANCEL is dropped with a note, the call runs.
    QTest::newRow("run cancel non-INVITE") << QStringList{"run", "--method", "OPTIONS", "--uac-cancel-after-ms", "10"} << 0
                                           << "siplab-cli run: note: uac.cancelAfterMs: cleared";
    QTest::newRow("run bad method") << QStringList{"run", "--method", "FOO"} << 2 << "method: \"FOO\"";
    QTest::newRow("run bad extension") << QStringList{"run", "-o", "x.docx"} << 2 << "unsupported output format";
    QTest::newRow("run max-forwards") << QStringList{"run", "--max-forwards", "300"} << 2 << "--max-forwards must be 0-255";
    QTest::newRow("parse missing") << QStringList{"parse", "/nonexistent.sip"} << 2 << "/nonexistent.sip";
    QTest::newRow("parse invalid") << QStringList{"parse", SIPLAB_TEST_DATA_DIR "/rfc4475/mismatch01.dat"} << 1
                                   << "CSeq method 'INVITE' does not match request method 'OPTIONS'";
}

void TestCliCommands::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrContains);
    const Result r = runCli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    if (code == 0 && stderrContains.isEmpty())
        QVERIFY(r.err.isEmpty());
}

void TestCliCommands::explainBothLanguages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("100") << "100" << "hop-by-hop" << "逐跳";
    QTest::newRow("486") << "486" << "busy" << "用户代理正在忙";
    QTest::newRow("603") << "603" << "does not want to accept" << "不希望接通呼叫";
    QTest::newRow("408") << "408" << "Expires header field" << "请求超时";
}

void TestCliCommands::explainBothLanguages()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const Result both = runCli({QStringLiteral("explain"), code});
    QCOMPARE(both.code, 0);
    QVERIFY(both.out.contains(english));
    QVERIFY(both.out.contains(chinese));
    QVERIFY(both.out.indexOf(english) < both.out.indexOf(chinese)); // English first, then Chinese
    const Result zh = runCli({QStringLiteral("explain"), code, QStringLiteral("--lang"), QStringLiteral("zh")});
    QVERIFY(zh.out.contains(chinese));
    QVERIFY(!zh.out.contains(english));
    const Result en = runCli({QStringLiteral("explain"), code, QStringLiteral("--lang=en")});
    QVERIFY(en.out.contains(english));
    QVERIFY(!en.out.contains(chinese));
}

void TestCliCommands::explainList()
{
    const Result r = runCli({QStringLiteral("explain"), QStringLiteral("--list")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 73);
    QCOMPARE(lines.filter(QStringLiteral("document")).size(), 39);
    QVERIFY(lines.contains(QStringLiteral("486 Busy Here                           document")));
}

void TestCliCommands::runDefault()
{
    const Result r = runCli({QStringLiteral("run")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("F1 UAC -> P1: INVITE\nF2 P1 -> UAC: 100 Trying\nF3 P1 -> UAS: INVITE\n")));
    const Result busy = runCli({QStringLiteral("run"), QStringLiteral("--uas"), QStringLiteral("180,486")});
    QVERIFY(busy.out.contains(QStringLiteral("F8 P1 -> UAC: 486 Busy Here\nF9 UAC -> P1: ACK\n")));
    const Result json = runCli({QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(json.out.contains(QStringLiteral("\"format\": \"siplab-trace\"")));
}

void TestCliCommands::runWritesFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ladder.txt"));
    const Result r = runCli({QStringLiteral("run"), QStringLiteral("--times"), QStringLiteral("-o"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("   0 F1 UAC -> P1: INVITE\n"));
}

void TestCliCommands::parseFile()
{
    const Result r = runCli({QStringLiteral("parse"), QStringLiteral(SIPLAB_TEST_DATA_DIR "/rfc4475/wsinv.dat")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0\n")));
    QVERIFY(r.out.contains(QStringLiteral("\nVia: ")));   // compact "v:" printed with its long name
    QVERIFY(r.out.contains(QStringLiteral("\nCall-ID: "))); // "i:" likewise
}

void TestCliCommands::helpListsEveryCommand()
{
    // One line per command, as help2man turns it into the man page's command list.
    for (const QStringList &args : {QStringList{"--help"}, QStringList{"-h"}, QStringList{"help"}}) {
        const Result r = runCli(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: siplab-cli COMMAND [OPTIONS]\n")));
        for (const char *command : {"run", "parse", "explain", "lesson", "serve", "call"}) {
            const QRegularExpression line(QStringLiteral("\n  %1 +\\S[^\n]*\n").arg(QLatin1String(command)));
            QVERIFY2(r.out.contains(line), command);
        }
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }
}

void TestCliCommands::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("run") << QStringList{"run", "--help"}
                         << QStringList{"Usage: siplab-cli run [SCENARIO.json]", "--uas CODES|none", "-o FILE",
                                        "--format F", "--lang en|zh|both", "-h, --help"};
    QTest::newRow("run -h") << QStringList{"run", "-h"} << QStringList{"Usage: siplab-cli run"};
    QTest::newRow("help run") << QStringList{"help", "run"} << QStringList{"Usage: siplab-cli run"};
    QTest::newRow("parse") << QStringList{"parse", "--help"} << QStringList{"Usage: siplab-cli parse FILE|-"};
    QTest::newRow("explain") << QStringList{"explain", "--help"}
                             << QStringList{"Usage: siplab-cli explain CODE", "       siplab-cli explain --list",
                                            "--lang en|zh|both"};
    QTest::newRow("lesson") << QStringList{"lesson", "--help"}
                            << QStringList{"Usage: siplab-cli lesson --list", "--times", "-o FILE"};
    QTest::newRow("serve") << QStringList{"serve", "--help"}
                           << QStringList{"Usage: siplab-cli serve --role", "--listen HOST:PORT", "--t1-ms N",
                                          "--allow-remote", "--quiet"};
    QTest::newRow("call") << QStringList{"call", "--help"}
                          << QStringList{"Usage: siplab-cli call --to", "--expect CODE", "--outbound-proxy HOST:PORT"};
    QTest::newRow("help wins over a bad option") << QStringList{"run", "--frob", "--help"}
                                                 << QStringList{"Usage: siplab-cli run"};
}

void TestCliCommands::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Result r = runCli(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const QString &m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(m + QStringLiteral(" not in:\n") + r.out));
    // Every line fits a terminal and a man page.
    for (const QString &line : r.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 110, qPrintable(line));
}

void TestCliCommands::version()
{
    for (const char *flag : {"--version", "-v"}) {
        const Result r = runCli({QLatin1String(flag)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("siplab-cli " SIPLAB_VERSION_STRING "\n"));
        QVERIFY(r.err.isEmpty());
    }
}

void TestCliCommands::badOptions_data()
{
    // Exit 2 and one sentence that names the flag, for every command.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("tool") << QStringList{"--frob"} << "siplab-cli: unknown option '--frob'";
    QTest::newRow("run") << QStringList{"run", "--frob=1"} << "siplab-cli run: unknown option '--frob'";
    QTest::newRow("run single dash") << QStringList{"run", "-x"} << "siplab-cli run: unknown option '-x'";
    QTest::newRow("run missing value") << QStringList{"run", "--uas"} << "siplab-cli run: --uas needs a value";
    QTest::newRow("run flag with value") << QStringList{"run", "--times=yes"}
                                         << "siplab-cli run: --times takes no value";
    QTest::newRow("run bad lang") << QStringList{"run", "--lang", "fr"}
                                  << "siplab-cli run: --lang must be zh, en or both, not 'fr'";
    QTest::newRow("run bad uas time") << QStringList{"run", "--uas", "180@300,200@100"}
                                      << "siplab-cli run: --uas: '200@100': the time goes backwards (the previous "
                                         "response is at 300 ms)";
    QTest::newRow("run bad hangup") << QStringList{"run", "--hangup", "p1"}
                                    << "siplab-cli run: --hangup must be uac, uas or none, not 'p1'";
    QTest::newRow("run bad transport") << QStringList{"run", "--transport", "sctp"}
                                       << "siplab-cli run: --transport must be udp or tcp, not 'sctp'";
    QTest::newRow("run two files") << QStringList{"run", "a.json", "b.json"}
                                   << "siplab-cli run: one scenario file at a time (got 'a.json' and 'b.json')";
    QTest::newRow("parse") << QStringList{"parse", "--frob"} << "siplab-cli parse: unknown option '--frob'";
    QTest::newRow("parse no file") << QStringList{"parse"}
                                   << "siplab-cli parse: expected one FILE (or - for standard input)";
    QTest::newRow("explain") << QStringList{"explain", "486", "--frob"} << "siplab-cli explain: unknown option '--frob'";
    QTest::newRow("explain lang needs value") << QStringList{"explain", "486", "--lang"}
                                              << "siplab-cli explain: --lang needs a value";
    QTest::newRow("lesson") << QStringList{"lesson", "-q"} << "siplab-cli lesson: unknown option '-q'";
    QTest::newRow("lesson -o needs value") << QStringList{"lesson", "class-1xx", "-o"}
                                           << "siplab-cli lesson: -o needs a value";
    QTest::newRow("serve") << QStringList{"serve", "--role", "uas", "--frob"} << "siplab-cli serve: unknown option '--frob'";
    QTest::newRow("serve t1") << QStringList{"serve", "--role", "uas", "--t1-ms", "5"}
                              << "siplab-cli serve: --t1-ms needs 10 to 10000 milliseconds, not '5'";
    QTest::newRow("serve uas time") << QStringList{"serve", "--role", "uas", "--uas", "180@x,200"}
                                    << "siplab-cli serve: bad time in '180@x'";
    QTest::newRow("serve max time") << QStringList{"serve", "--role", "uas", "--max-time-ms", "-1"}
                                    << "siplab-cli serve: --max-time-ms needs a number of milliseconds, not '-1'";
    QTest::newRow("call") << QStringList{"call", "--frob"} << "siplab-cli call: unknown option '--frob'";
    QTest::newRow("call no to") << QStringList{"call"} << "siplab-cli call: --to sip:USER@HOST:PORT is required";
    QTest::newRow("call timeout") << QStringList{"call", "--to", "sip:bob@127.0.0.1:5060", "--timeout-ms", "soon"}
                                  << "siplab-cli call: --timeout-ms needs a number of milliseconds, not 'soon'";
}

void TestCliCommands::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    const Result r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(firstLine), qPrintable(r.err));
}

void TestCliCommands::needsGui_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("gui");
    QTest::newRow("text") << QStringList{"run"} << false;
    QTest::newRow("-o png") << QStringList{"run", "-o", "x.PNG"} << true;
    QTest::newRow("--format=svg") << QStringList{"run", "--format=svg"} << true;
    QTest::newRow("--format pdf over .txt") << QStringList{"run", "--format", "pdf", "-o", "x.txt"} << true;
    QTest::newRow("--format text over .svg") << QStringList{"run", "--format", "text", "-o", "x.svg"} << false;
    QTest::newRow("pcap") << QStringList{"run", "-o", "x.pcap"} << false;
    QTest::newRow("a title that says svg") << QStringList{"run", "--title", "svg"} << false;
    QTest::newRow("lesson -o x.pdf writes text") << QStringList{"lesson", "class-1xx", "-o", "x.pdf"} << false;
    QTest::newRow("bad usage") << QStringList{"run", "--frob", "-o", "x.svg"} << false;
}

void TestCliCommands::needsGui()
{
    QFETCH(QStringList, args);
    QFETCH(bool, gui);
    QCOMPARE(CliCommands::needsGui(QStringList{QStringLiteral("siplab-cli")} + args), gui);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
