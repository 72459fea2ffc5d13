// LiveCommands: the live module's commands, serve and call, each with its own usage; any other
// name is bad usage (exit 2) with the tool's usage.
#include "clifrontend.h"
#include "livecommands.h"

#include <QTest>
#include <QTextStream>

using namespace SipLab;

class TestLiveCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dispatch_data();
    void dispatch();
    void throughTheFrontEnd();
};

void TestLiveCommands::dispatch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::newRow("serve --help") << QStringList{"serve", "--help"} << 0 << "Usage: siplab-cli serve" << QString();
    QTest::newRow("call --help") << QStringList{"call", "--help"} << 0 << "Usage: siplab-cli call" << QString();
    QTest::newRow("serve bad role") << QStringList{"serve", "--role", "gateway"} << 2 << QString() << "--role";
    QTest::newRow("run") << QStringList{"run"} << 2 << QString() << "'run' is not a live command";
    QTest::newRow("nothing") << QStringList{} << 2 << QString() << "Usage: siplab-cli COMMAND";
}

void TestLiveCommands::dispatch()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QString outText, errText;
    QTextStream o(&outText), e(&errText);
    QCOMPARE(LiveCommands::run(args, o, e), code);
    o.flush();
    e.flush();
    QVERIFY2(outText.contains(out), qPrintable(outText));
    QVERIFY2(errText.contains(err), qPrintable(errText));
}

void TestLiveCommands::throughTheFrontEnd()
{
    // As the live module runs it: the tool's own options first, then the command.
    QString outText, errText;
    QTextStream o(&outText), e(&errText);
    QCOMPARE(CliFrontEnd::run({QStringLiteral("siplab-cli"), QStringLiteral("help"), QStringLiteral("call")}, o, e,
                              LiveCommands::run),
             0);
    o.flush();
    QVERIFY2(outText.startsWith(QLatin1String("Usage: siplab-cli call")), qPrintable(outText.left(200)));
}

QTEST_GUILESS_MAIN(TestLiveCommands)
#include "tst_livecommands.moc"
