// siplab-cli end to end through CliCommands::run: exit codes, stdout and stderr.
#include "clicommands.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
struct Result
{
    int code = 0;
    QString out;
    QString err;
};

Result runCli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CliCommands::run(QStringList{QStringLiteral("siplab-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
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

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
