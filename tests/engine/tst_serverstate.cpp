// ServerState: the Digest nonces a live server issued (RFC 3261 22.4, RFC 2617 3.2.1): fresh,
// stale after their lifetime, unknown when never issued or forgotten (at most maxNonces kept).
#include "serverstate.h"

#include <QTest>

using namespace SipLab;

class TestServerState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nonceStates_data();
    void nonceStates();
    void oldestNoncesAreForgotten();
};

void TestServerState::nonceStates_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<qint64>("atMs"); // issued at 1000, lifetime 5000
    QTest::addColumn<int>("expected"); // ServerState::NonceState
    QTest::newRow("fresh at once") << "n1" << qint64(1000) << int(ServerState::NonceState::Fresh);
    QTest::newRow("fresh just before the end") << "n1" << qint64(5999) << int(ServerState::NonceState::Fresh);
    QTest::newRow("stale at the end") << "n1" << qint64(6000) << int(ServerState::NonceState::Stale);
    QTest::newRow("stale long after") << "n1" << qint64(600000) << int(ServerState::NonceState::Stale);
    QTest::newRow("never issued") << "n2" << qint64(1000) << int(ServerState::NonceState::Unknown);
    QTest::newRow("empty") << "" << qint64(1000) << int(ServerState::NonceState::Unknown);
}

void TestServerState::nonceStates()
{
    QFETCH(QString, asked);
    QFETCH(qint64, atMs);
    QFETCH(int, expected);
    ServerState state;
    state.nonceLifetimeMs = 5000;
    state.rememberNonce(QStringLiteral("n1"), 1000);
    QCOMPARE(int(state.nonceState(asked, atMs)), expected);
}

void TestServerState::oldestNoncesAreForgotten()
{
    // A flood of challenges cannot grow memory: beyond maxNonces the oldest is forgotten.
    ServerState state;
    state.maxNonces = 3;
    for (int i = 1; i <= 4; ++i)
        state.rememberNonce(QStringLiteral("n%1").arg(i), 1000);
    QCOMPARE(state.nonceState(QStringLiteral("n1"), 1000), ServerState::NonceState::Unknown);
    for (int i = 2; i <= 4; ++i)
        QCOMPARE(state.nonceState(QStringLiteral("n%1").arg(i), 1000), ServerState::NonceState::Fresh);
    // Remembering a nonce again keeps its first time (a retransmitted challenge is not a new one).
    state.rememberNonce(QStringLiteral("n4"), 900000);
    QCOMPARE(state.nonceState(QStringLiteral("n4"), 1000 + state.nonceLifetimeMs), ServerState::NonceState::Stale);
}

QTEST_APPLESS_MAIN(TestServerState)
#include "tst_serverstate.moc"
