// CliModule: siplab-cli finds its commands module from where the executable really is (through
// a symbolic link too), and says what it could not load and where it looked when the module is
// not there. Runs copies of and links to the real siplab-cli.
#include "climodule.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

namespace {
const QString Cli = QStringLiteral(SIPLAB_BINARY_DIR "/bin/siplab-cli");
const QString ModuleDir = QStringLiteral("lib/siplab/cli/");
} // namespace

class TestCliModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pathIsBesideTheExecutable_data();
    void pathIsBesideTheExecutable();
    void startedThroughALink_data();
    void startedThroughALink();
    void missingModule();

private:
    QTemporaryDir m_dir;
};

void TestCliModule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Cli), "siplab-cli must be built");
}

void TestCliModule::pathIsBesideTheExecutable_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("commands") << QString::fromLatin1(CliModule::Commands);
    QTest::newRow("live") << QString::fromLatin1(CliModule::Live);
    QTest::newRow("capture") << QString::fromLatin1(CliModule::Capture);
}

void TestCliModule::pathIsBesideTheExecutable()
{
    QFETCH(QString, file);
    // This test program's own file: bin/../lib/siplab/cli/ from its folder.
    QCOMPARE(QFileInfo(CliModule::path(file.toLatin1().constData())).absoluteFilePath(),
             QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../") + ModuleDir + file)
                 .absoluteFilePath());
    // In the build tree the module is where the executable looks for it.
    QVERIFY(QFile::exists(QStringLiteral(SIPLAB_BINARY_DIR "/") + ModuleDir + file));
}

void TestCliModule::startedThroughALink_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("run svg") << QStringList{"run", "--format", "svg", "-o", "-"} << "<svg";
    QTest::newRow("serve --help") << QStringList{"serve", "--help"} << "Usage: siplab-cli serve";
    QTest::newRow("explain") << QStringList{"explain", "180"} << "180 Ringing";
}

void TestCliModule::startedThroughALink()
{
    // As /usr/local/bin/siplab-cli -> /opt/siplab/bin/siplab-cli: the module is found beside the
    // link's target, not beside the link.
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString link = m_dir.filePath(QStringLiteral("siplab-cli"));
    if (!QFile::exists(link))
        QVERIFY(QFile::link(Cli, link));
    const CliRunner::Result r = CliRunner::runProcess(link, args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out.left(300)));
}

void TestCliModule::missingModule()
{
    // siplab-cli copied away from its module: its own commands still run; a module command says
    // what it could not load, where it looked, and exits 2.
    const QString bin = m_dir.filePath(QStringLiteral("prefix/bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString copy = bin + QStringLiteral("/siplab-cli");
    QVERIFY(QFile::copy(Cli, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::permissions(Cli)));
    CliRunner::Result r = CliRunner::runProcess(copy, {QStringLiteral("explain"), QStringLiteral("180")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("180 Ringing")));
    r = CliRunner::runProcess(copy, {QStringLiteral("run"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.svg"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("cannot load the module this command needs, "))
                 && r.err.contains(m_dir.filePath(QStringLiteral("prefix/")) + ModuleDir + QLatin1String(CliModule::Commands)),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.svg"))));
    r = CliRunner::runProcess(copy, {QStringLiteral("serve"), QStringLiteral("--help")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(m_dir.filePath(QStringLiteral("prefix/")) + ModuleDir + QLatin1String(CliModule::Live)),
             qPrintable(r.err));
    r = CliRunner::runProcess(copy, {QStringLiteral("run")}); // a text ladder: no module needed
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("F1 UAC -> P1: INVITE")));
}

QTEST_GUILESS_MAIN(TestCliModule)
#include "tst_climodule.moc"
