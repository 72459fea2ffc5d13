#pragma once
// A `siplab-cli serve` process for the live tests (tst_liveinterop, tst_classroomserver): started
// with its arguments, stopped with SIGTERM when it goes out of scope. The test defines SIPLAB_CLI.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUdpSocket>

namespace SipLabTest {

/// A UDP port on 127.0.0.1 that was free a moment ago.
inline quint16 freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

inline QString addr(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

/// A siplab-cli serve process, stopped with SIGTERM when it goes out of scope.
class Server
{
public:
    explicit Server(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(SIPLAB_CLI));
        m_process.setArguments(QStringList{QStringLiteral("serve")} + args);
        m_process.start();
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    /// Waits until the server says it listens.
    bool waitListening()
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            m_err += m_process.readAllStandardError();
            if (m_err.contains("listening on"))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
        }
        return false;
    }
    /// SIGTERM, then the exit code and everything printed.
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

/// Runs a tool (SIPp, sipsak, tshark ...) to its end: its exit code (-1 when it could not start,
/// timed out or crashed) and everything it printed.
inline int runTool(const QString &program, const QStringList &args, int timeoutMs, QByteArray *output, const QString &dir = QString())
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
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *output = p.readAll() + "\n[timed out]";
        return -1;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// Starts a SIPp process in the background playing one call of `scenarioFile` on 127.0.0.1:`port`
/// (a device behind a proxy); true when it started. Its verdict is its exit code (0: the call succeeded).
inline bool startSippDevice(QProcess &p, const QString &sipp, const QString &scenarioFile, quint16 port, const QString &dir)
{
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(sipp, {"-sf", scenarioFile, "-i", "127.0.0.1", "-p", QString::number(port), "-m", "1", "-timeout", "30s",
                   "-nostdin", "-trace_err"});
    return p.waitForStarted();
}

} // namespace SipLabTest
