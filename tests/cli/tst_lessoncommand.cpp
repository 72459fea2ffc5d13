// siplab-cli lesson: the list, one lesson in each language, -o, and the errors.
#include "clirunner.h"
#include "lessonlibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
using Result = CliRunner::Result;

Result runCli(const QStringList &args)
{
    return CliRunner::run(QStringList{QStringLiteral("lesson")} + args);
}
} // namespace

class TestLessonCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list();
    void errors_data();
    void errors();
    void lesson_data();
    void lesson();
    void writesFile();
};

void TestLessonCommand::list()
{
    const Result r = runCli({QStringLiteral("--list")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), LessonLibrary::lessons().size());
    // id, English title, Chinese title on each line.
    QVERIFY(lines.first().startsWith(QLatin1String("rfc3665-2.1-registration-401 ")));
    QVERIFY(lines.first().contains(QStringLiteral("Successful new registration | 成功的新注册")));
    QVERIFY(lines.last().startsWith(QLatin1String("class-6xx ")));
}

void TestLessonCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("unknown lesson") << QStringList{"rfc9999"} << "no lesson named 'rfc9999'; run 'siplab-cli lesson --list'";
    QTest::newRow("no name") << QStringList{} << "Usage: siplab-cli lesson";
    QTest::newRow("bad lang") << QStringList{"class-1xx", "--lang", "fr"} << "--lang must be zh, en or both";
    QTest::newRow("two names") << QStringList{"class-1xx", "class-2xx"} << "one lesson at a time";
    QTest::newRow("unknown option") << QStringList{"class-1xx", "--frob"} << "unknown option '--frob'";
    QTest::newRow("list with name") << QStringList{"--list", "class-1xx"} << "--list takes no lesson name";
}

void TestLessonCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const Result r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestLessonCommand::lesson_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("english");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("both") << "both" << true << true;
    QTest::newRow("en") << "en" << true << false;
    QTest::newRow("zh") << "zh" << false << true;
}

void TestLessonCommand::lesson()
{
    QFETCH(QString, lang);
    QFETCH(bool, english);
    QFETCH(bool, chinese);
    const Result r = runCli({QStringLiteral("rfc3665-3.9-busy-486"), QStringLiteral("--lang"), lang});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.contains(QLatin1String("== Unsuccessful busy (486) (RFC 3665 3.9) [English]")), english);
    QCOMPARE(r.out.contains(QLatin1String("Learning goals:")), english);
    QCOMPARE(r.out.contains(QStringLiteral("== 呼叫失败：忙（486） (RFC 3665 3.9) [中文]")), chinese);
    QCOMPARE(r.out.contains(QStringLiteral("学习目标:")), chinese);
    // The ladder of RFC 3665 3.9: three hop-by-hop ACKs.
    QVERIFY(r.out.endsWith(QLatin1String("Ladder:\n"
                                         "F1 UAC -> P1: INVITE\n"
                                         "F2 P1 -> UAC: 100 Trying\n"
                                         "F3 P1 -> P2: INVITE\n"
                                         "F4 P2 -> P1: 100 Trying\n"
                                         "F5 P2 -> UAS: INVITE\n"
                                         "F6 UAS -> P2: 486 Busy Here\n"
                                         "F7 P2 -> UAS: ACK\n"
                                         "F8 P2 -> P1: 486 Busy Here\n"
                                         "F9 P1 -> P2: ACK\n"
                                         "F10 P1 -> UAC: 486 Busy Here\n"
                                         "F11 UAC -> P1: ACK\n")));
}

void TestLessonCommand::writesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.txt"));
    const Result r = runCli({QStringLiteral("class-5xx"), QStringLiteral("--times"), QStringLiteral("-o"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("Lesson: class-5xx\n")));
    QVERIFY(text.contains(QStringLiteral("5xx 服务器错误")));
    QVERIFY(text.contains(QLatin1String("   0 F1 UAC -> P1: INVITE\n")));
    QVERIFY(text.contains(QLatin1String("F11 P2 -> P1: 500 Server Internal Error\n")));
    const Result bad = runCli({QStringLiteral("class-5xx"), QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.txt")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(QLatin1String("cannot write /nonexistent/dir/x.txt")));
}

QTEST_GUILESS_MAIN(TestLessonCommand)
#include "tst_lessoncommand.moc"
