// The GUI's Classroom server (Simulation > Classroom server) against real clients on
// 127.0.0.1: the panel starts the same ClassroomServer as `siplab-cli serve --role server`,
// sipsak and SIPp register with it, the registered-users model shows their bindings, a SIPp
// call by address of record shows up in the calls model with its ladder, and the errors a
// trainer can make (port in use, bad users file) come back as clear messages.
#include "calltrace.h"
#include "classroomserver.h"
#include "classroomserverpanel.h"
#include "registeredusersmodel.h"
#include "servercallsmodel.h"
#include "serverstate.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace SipLab;

namespace {

/// A UDP port on 127.0.0.1 that was free a moment ago.
quint16 freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

QString addr(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

const QString SippDir = QStringLiteral(SIPLAB_TEST_DATA_DIR "/sipp/");

/// Runs a tool to its end while this process keeps serving (the server is in the same event
/// loop): its exit code (-1 when it could not start or timed out) and what it printed.
int runServed(const QString &program, const QStringList &args, int timeoutMs, QByteArray *output,
              const QString &dir = QString())
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000)) {
        *output = "[could not start " + program.toUtf8() + "]";
        return -1;
    }
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *output = p.readAll() + "\n[timed out]";
        return -1;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestClassroomServerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sipsakRegistrationShowsInTheUsersTable();
    void callByAddressOfRecordShowsAsACall();
    void startErrors_data();
    void startErrors();
    void stopClearsTheTable();

private:
    QString m_sipp;
    QString m_sipsak;
    QTemporaryDir m_tmp;
};

void TestClassroomServerPanel::initTestCase()
{
    m_sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    QVERIFY2(!m_sipp.isEmpty(), "sipp not found: run scripts/deps.sh test (package sip-tester)");
    m_sipsak = QStandardPaths::findExecutable(QStringLiteral("sipsak"));
    QVERIFY2(!m_sipsak.isEmpty(), "sipsak not found: run scripts/deps.sh test (package sipsak)");
    QVERIFY(m_tmp.isValid());
}

void TestClassroomServerPanel::sipsakRegistrationShowsInTheUsersTable()
{
    ClassroomServerPanel panel;
    const quint16 port = freePort();
    panel.setPort(port);
    QVERIFY2(panel.start(), qPrintable(panel.lastError()));
    QVERIFY(panel.isRunning());
    QCOMPARE(panel.server()->port(), port);
    QCOMPARE(panel.usersModel()->rowCount(), 0);

    // sipsak's usrloc mode: a REGISTER for sip:sak@127.0.0.1 that must get its binding back.
    QByteArray output;
    const int code = runServed(m_sipsak, {"-U", "-x", "120", "-s", "sip:sak@127.0.0.1", "-r", QString::number(port)},
                               30000, &output);
    QVERIFY2(code == 0, output.right(3000).constData());
    RegisteredUsersModel *users = panel.usersModel();
    QTRY_COMPARE(users->rowCount(), 1);
    QCOMPARE(users->index(0, RegisteredUsersModel::AorColumn).data().toString(), QStringLiteral("sip:sak@127.0.0.1"));
    QVERIFY2(users->index(0, RegisteredUsersModel::ContactColumn).data().toString().startsWith(QLatin1String("sip:sak@")),
             qPrintable(users->index(0, RegisteredUsersModel::ContactColumn).data().toString()));
    const int expires = users->index(0, RegisteredUsersModel::ExpiresColumn).data(Qt::UserRole).toInt();
    QVERIFY2(expires > 100 && expires <= 120, qPrintable(QString::number(expires)));
    QVERIFY2(users->index(0, RegisteredUsersModel::UserAgentColumn).data().toString().contains(QLatin1String("sipsak")),
             qPrintable(users->index(0, RegisteredUsersModel::UserAgentColumn).data().toString()));
    // The expiry counts down on its own (the model ticks once a second).
    QTRY_VERIFY_WITH_TIMEOUT(users->index(0, RegisteredUsersModel::ExpiresColumn).data(Qt::UserRole).toInt() < expires,
                             3000);
    // The registration also shows as a call (its REGISTER and the 200 OK).
    QTRY_VERIFY(panel.callsModel()->rowCount() >= 1);
    QCOMPARE(panel.callsModel()->index(0, ServerCallsModel::MethodColumn).data().toString(), QStringLiteral("REGISTER"));
    QCOMPARE(panel.callsModel()->index(0, ServerCallsModel::AnswerColumn).data().toString(), QStringLiteral("200 OK"));
    panel.stop();
}

void TestClassroomServerPanel::callByAddressOfRecordShowsAsACall()
{
    // SIPp's UAS is Bob's phone; SIPp registers it as sip:bob@server and a SIPp UAC calls
    // sip:bob@server: the server routes by the binding (RFC 3261 16.5) and the call shows.
    ClassroomServerPanel panel;
    const quint16 serverPort = freePort(), uasPort = freePort(), regPort = freePort(), uacPort = freePort();
    panel.setPort(serverPort);
    QVERIFY2(panel.start(), qPrintable(panel.lastError()));
    QSignalSpy selected(&panel, &ClassroomServerPanel::callSelected);

    QProcess uas;
    uas.setWorkingDirectory(m_tmp.path());
    uas.setProcessChannelMode(QProcess::MergedChannels);
    uas.start(m_sipp, {"-sn", "uas", "-i", "127.0.0.1", "-p", QString::number(uasPort), "-m", "1", "-timeout", "30s", "-nostdin"});
    QVERIFY(uas.waitForStarted());

    QByteArray output;
    int code = runServed(m_sipp,
                         {addr(serverPort), "-sf", SippDir + "register.xml", "-s", "bob", "-key", "contact_port",
                          QString::number(uasPort), "-key", "expires", "300", "-i", "127.0.0.1", "-p", QString::number(regPort),
                          "-m", "1", "-timeout", "20s", "-nostdin"},
                         30000, &output, m_tmp.path());
    QVERIFY2(code == 0, output.right(3000).constData());
    QTRY_COMPARE(panel.usersModel()->rowCount(), 1);
    QCOMPARE(panel.usersModel()->index(0, RegisteredUsersModel::AorColumn).data().toString(),
             QStringLiteral("sip:bob@127.0.0.1"));
    QCOMPARE(panel.usersModel()->index(0, RegisteredUsersModel::ContactColumn).data().toString(),
             QStringLiteral("sip:bob@127.0.0.1:%1").arg(uasPort));

    code = runServed(m_sipp,
                     {addr(serverPort), "-sn", "uac", "-s", "bob", "-i", "127.0.0.1", "-p", QString::number(uacPort), "-m", "1",
                      "-timeout", "20s", "-nostdin"},
                     30000, &output, m_tmp.path());
    QVERIFY2(code == 0, output.right(3000).constData());
    QVERIFY(QTest::qWaitFor([&uas] { return uas.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(uas.exitCode(), 0);

    ServerCallsModel *calls = panel.callsModel();
    int row = -1;
    for (int r = 0; r < calls->rowCount(); ++r) {
        if (calls->index(r, ServerCallsModel::MethodColumn).data().toString() == QLatin1String("INVITE"))
            row = r;
    }
    QVERIFY2(row >= 0, "no INVITE call in the calls model");
    QCOMPARE(calls->index(row, ServerCallsModel::ToColumn).data().toString(), QStringLiteral("sip:bob@%1").arg(addr(serverPort)));
    QCOMPARE(calls->index(row, ServerCallsModel::AnswerColumn).data().toString(), QStringLiteral("200 OK"));
    // The ladder: caller, server, Bob's phone; the INVITE retargeted to the contact (16.6 step 6).
    const CallTrace *trace = calls->trace(row);
    QVERIFY(trace);
    QCOMPARE(trace->nodes.size(), 3);
    QCOMPARE(trace->nodes.at(1).name(), QStringLiteral("Server"));
    QStringList ladder;
    for (const TraceMessage &m : trace->messages)
        ladder << trace->nodes.at(m.from).name() + QLatin1String("->") + trace->nodes.at(m.to).name() + QLatin1Char(' ')
                      + m.label();
    const QString uasName = addr(uasPort);
    QVERIFY2(ladder.contains(QStringLiteral("Server->%1 INVITE").arg(uasName)), qPrintable(ladder.join(QLatin1Char('\n'))));
    QVERIFY2(ladder.contains(QStringLiteral("Server->%1 ACK").arg(uasName)), qPrintable(ladder.join(QLatin1Char('\n'))));
    QVERIFY2(ladder.contains(QStringLiteral("Server->%1 BYE").arg(uasName)), qPrintable(ladder.join(QLatin1Char('\n'))));
    const auto forwarded = std::find_if(trace->messages.cbegin(), trace->messages.cend(), [&](const TraceMessage &m) {
        return m.message.isRequest() && m.message.method() == QLatin1String("INVITE") && trace->nodes.at(m.from).name() == QLatin1String("Server");
    });
    QVERIFY(forwarded != trace->messages.cend());
    QCOMPARE(forwarded->message.requestUri(), QStringLiteral("sip:bob@127.0.0.1:%1").arg(uasPort));
    QVERIFY2(!forwarded->rule.isNull(), "the forwarded INVITE has no explanation");
    // Follow new calls (on by default): the INVITE call was selected and its ladder emitted as it grew.
    QVERIFY(!selected.isEmpty());
    const CallTrace last = selected.last().at(0).value<CallTrace>();
    QCOMPARE(last.messages.size(), trace->messages.size());
    QCOMPARE(panel.callsView()->currentIndex().row(), row);
    panel.stop();
}

void TestClassroomServerPanel::startErrors_data()
{
    QTest::addColumn<QByteArray>("users"); // users file contents, empty: none
    QTest::addColumn<bool>("portInUse");
    QTest::addColumn<QString>("message");
    QTest::newRow("port in use") << QByteArray() << true << "cannot bind 127.0.0.1:";
    QTest::newRow("users file without password") << QByteArray("alice\n") << false << "line 1: expected 'user password'";
    QTest::newRow("users file twice the same") << QByteArray("alice a\nalice b\n") << false << "line 2: user 'alice' listed twice";
}

void TestClassroomServerPanel::startErrors()
{
    QFETCH(QByteArray, users);
    QFETCH(bool, portInUse);
    QFETCH(QString, message);
    ClassroomServerPanel panel;
    QSignalSpy errors(&panel, &ClassroomServerPanel::errorOccurred);
    QUdpSocket holder;
    quint16 port = freePort();
    if (portInUse) {
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        port = holder.localPort();
    }
    panel.setPort(port);
    const QString usersFile = m_tmp.filePath(QStringLiteral("users-%1.txt").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (!users.isEmpty()) {
        QFile f(usersFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(users);
        f.close();
        panel.setUsersFile(usersFile);
    }
    QVERIFY(!panel.start());
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.lastError().contains(message), qPrintable(panel.lastError()));
    // The message names where: the address and port, and the users file.
    QVERIFY2(panel.lastError().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(panel.lastError()));
    if (!users.isEmpty())
        QVERIFY2(panel.lastError().contains(usersFile), qPrintable(panel.lastError()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), panel.lastError());
    // Fixing the problem and starting again works.
    holder.close();
    panel.setUsersFile(QString());
    panel.setPort(freePort());
    QVERIFY2(panel.start(), qPrintable(panel.lastError()));
    panel.stop();
}

void TestClassroomServerPanel::stopClearsTheTable()
{
    ClassroomServerPanel panel;
    const quint16 port = freePort();
    panel.setPort(port);
    QVERIFY2(panel.start(), qPrintable(panel.lastError()));
    QByteArray output;
    QCOMPARE(runServed(m_sipsak, {"-U", "-x", "120", "-s", "sip:carol@127.0.0.1", "-r", QString::number(port)}, 30000, &output), 0);
    QTRY_COMPARE(panel.usersModel()->rowCount(), 1);
    panel.stop();
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.usersModel()->rowCount(), 0);
    // Stopped: nobody answers on the port any more, so it can be bound again.
    QUdpSocket again;
    QVERIFY(again.bind(QHostAddress::LocalHost, port));
}

QTEST_MAIN(TestClassroomServerPanel)
#include "tst_classroomserverpanel.moc"
