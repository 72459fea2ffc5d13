// ServerTransaction: the INVITE (RFC 3261 17.2.1, Figure 7) and non-INVITE (17.2.2, Figure 8)
// server transactions: 100 Trying within 200 ms, Timer G/H/I and J for two values of T1, the
// states, request retransmissions answered with the last response, the ACK absorbed, and RFC
// 6026's Accepted state (Timer L) in live mode.
#include "enginerules.h"
#include "transactionharness.h"

#include <QTest>

using namespace SipLab;
using namespace SipLab::Test;

using State = ServerTransaction::State;
Q_DECLARE_METATYPE(SipLab::Transport)
Q_DECLARE_METATYPE(SipLab::ServerTransaction::State)

namespace {
/// A server transaction for `request` arriving from lane 1 at the node under test.
ServerTransaction &receive(TransactionHarness &h, const SipMessage &request)
{
    h.node->deliver(request, 1);
    ServerTransaction *t = h.node->findServerTransaction(request.topVia()->branch(), request.topVia()->sentBy(),
                                                         request.method());
    Q_ASSERT(t);
    return *t;
}
} // namespace

class TestServerTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initialState_data();
    void initialState();
    void tryingAfter200ms_data();
    void tryingAfter200ms();
    void inviteFailureTimerGUntilH_data();
    void inviteFailureTimerGUntilH();
    void inviteAckConfirmsAndTimerI_data();
    void inviteAckConfirmsAndTimerI();
    void inviteRetransmissionGetsLastResponse();
    void invite2xx_data();
    void invite2xx();
    void nonInviteTimerJ_data();
    void nonInviteTimerJ();
    void matches_data();
    void matches();
};

void TestServerTransaction::initialState_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<State>("state");
    // RFC 3261 17.2.1: an INVITE server transaction starts in Proceeding; 17.2.2: others in Trying.
    QTest::newRow("INVITE") << QStringLiteral("INVITE") << State::Proceeding;
    QTest::newRow("BYE") << QStringLiteral("BYE") << State::Trying;
    QTest::newRow("REGISTER") << QStringLiteral("REGISTER") << State::Trying;
}

void TestServerTransaction::initialState()
{
    QFETCH(QString, method);
    QFETCH(State, state);
    TransactionHarness h(500, Transport::Udp);
    ServerTransaction &t = receive(h, TransactionHarness::request(method));
    QCOMPARE(t.state(), state);
    QCOMPARE(h.node->requests, QStringList{method}); // the TU got the request once
    QCOMPARE(t.isInvite(), method == QLatin1String("INVITE"));
    QCOMPARE(t.sentBy(), QStringLiteral("pc33.atlanta.com"));
    // In Trying a retransmission is absorbed: there is no response to send yet (17.2.2).
    t.receiveRetransmission();
    h.node->deliver(TransactionHarness::request(method), 1); // the same request again: no new TU call
    QCOMPARE(h.node->requests, QStringList{method});
    QVERIFY(h.sendTimes().isEmpty());
}

void TestServerTransaction::tryingAfter200ms_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("tuAnswersAt"); // -1: the TU does not answer
    QTest::addColumn<QStringList>("wire");   // labels on the wire
    QTest::addColumn<QList<qint64>>("times");
    // RFC 3261 17.2.1: 100 Trying if the TU will not answer within 200 ms.
    QTest::newRow("INVITE, TU silent") << QStringLiteral("INVITE") << qint64(-1) << QStringList{QStringLiteral("100 Trying")}
                                       << QList<qint64>{200};
    QTest::newRow("INVITE, TU answers at 150") << QStringLiteral("INVITE") << qint64(150)
                                               << QStringList{QStringLiteral("180 Ringing")} << QList<qint64>{150};
    QTest::newRow("INVITE, TU answers at 250")
        << QStringLiteral("INVITE") << qint64(250) << QStringList{QStringLiteral("100 Trying"), QStringLiteral("180 Ringing")}
        << QList<qint64>{200, 250};
    // No 100 Trying for non-INVITE from the transaction (RFC 3261 17.2.2).
    QTest::newRow("OPTIONS, TU silent") << QStringLiteral("OPTIONS") << qint64(-1) << QStringList{} << QList<qint64>{};
}

void TestServerTransaction::tryingAfter200ms()
{
    QFETCH(QString, method);
    QFETCH(qint64, tuAnswersAt);
    QFETCH(QStringList, wire);
    QFETCH(QList<qint64>, times);
    TransactionHarness h(500, Transport::Udp);
    const SipMessage request = TransactionHarness::request(method);
    ServerTransaction &t = receive(h, request);
    t.sendTryingAfter(200, Rules::UasProvisional);
    if (tuAnswersAt >= 0) {
        h.sim->advanceTo(tuAnswersAt);
        t.respond(h.response(request, 180), Rules::UasProvisional);
    }
    h.sim->advanceTo(1000);
    QStringList labels;
    for (const TraceMessage &m : h.sim->trace().messages)
        labels << m.label();
    QCOMPARE(labels, wire);
    QCOMPARE(h.sendTimes(), times);
    if (!wire.isEmpty())
        QCOMPARE(t.state(), State::Proceeding);
    // RFC 3261 8.2.6.1 / 8.2.6.2: the 100 has no To tag.
    for (const auto *m : h.messages(QStringLiteral("100 Trying")))
        QVERIFY(m->message.to().tag().isEmpty());
}

void TestServerTransaction::inviteFailureTimerGUntilH_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t2");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QList<qint64>>("sends"); // the 486, first one included
    QTest::addColumn<qint64>("timerH");
    // RFC 3261 17.2.1: Timer G starts at T1 and doubles up to T2; Timer H = 64*T1.
    QTest::newRow("UDP T1=500 T2=4000") << 500 << 4000 << Transport::Udp
                                        << QList<qint64>{0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500}
                                        << qint64(32000);
    QTest::newRow("UDP T1=100 T2=800") << 100 << 800 << Transport::Udp
                                       << QList<qint64>{0, 100, 300, 700, 1500, 2300, 3100, 3900, 4700, 5500, 6300}
                                       << qint64(6400);
    // Timer G only on an unreliable transport; Timer H on every transport.
    QTest::newRow("TCP") << 500 << 4000 << Transport::Tcp << QList<qint64>{0} << qint64(32000);
}

void TestServerTransaction::inviteFailureTimerGUntilH()
{
    QFETCH(int, t1);
    QFETCH(int, t2);
    QFETCH(Transport, transport);
    QFETCH(QList<qint64>, sends);
    QFETCH(qint64, timerH);
    TransactionHarness h(t1, transport, false, t2);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ServerTransaction &t = receive(h, invite);
    t.respond(h.response(invite, 486), Rules::UasFinal);
    QCOMPARE(t.state(), State::Completed);
    QVERIFY(t.hasFinalResponse());
    h.sim->advanceTo(timerH - 1);
    QCOMPARE(t.state(), State::Completed);
    QVERIFY(h.node->serverTimeouts.isEmpty());
    h.sim->advanceTo(10 * timerH);
    QCOMPARE(h.sendTimes(QStringLiteral("486 Busy Here")), sends);
    const auto wire = h.messages(QStringLiteral("486 Busy Here"));
    for (int i = 1; i < wire.size(); ++i) {
        QVERIFY(wire[i]->retransmission);
        QCOMPARE(wire[i]->rule.text, Rules::RetransmitG.text);
    }
    QCOMPARE(h.timerFired(QStringLiteral("Timer H")), QList<qint64>{timerH});
    QCOMPARE(h.node->serverTimeouts, QList<qint64>{timerH});
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Proceeding"), QStringLiteral("Completed"), QStringLiteral("Terminated")}));
    QCOMPARE(h.sim->pendingEvents(), 0);
}

void TestServerTransaction::inviteAckConfirmsAndTimerI_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t4");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<qint64>("ackAt");
    QTest::addColumn<QList<qint64>>("sends");
    QTest::addColumn<qint64>("timerI"); // after the ACK
    // RFC 3261 17.2.1: the ACK stops G and H, Confirmed; Timer I = T4 (unreliable) or 0.
    QTest::newRow("UDP ACK after two retransmissions") << 500 << 5000 << Transport::Udp << qint64(1600)
                                                       << QList<qint64>{0, 500, 1500} << qint64(5000);
    QTest::newRow("UDP T1=100 T4=1000") << 100 << 1000 << Transport::Udp << qint64(50) << QList<qint64>{0} << qint64(1000);
    QTest::newRow("TCP") << 500 << 5000 << Transport::Tcp << qint64(40) << QList<qint64>{0} << qint64(0);
}

void TestServerTransaction::inviteAckConfirmsAndTimerI()
{
    QFETCH(int, t1);
    QFETCH(int, t4);
    QFETCH(Transport, transport);
    QFETCH(qint64, ackAt);
    QFETCH(QList<qint64>, sends);
    QFETCH(qint64, timerI);
    TransactionHarness h(t1, transport, false, 4000, t4);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ServerTransaction &t = receive(h, invite);
    t.respond(h.response(invite, 603), Rules::UasFinal);
    h.sim->advanceTo(ackAt);
    // The hop-by-hop ACK has the INVITE's branch (17.1.1.3) and matches the transaction (17.2.3).
    const SipMessage ack = TransactionHarness::request(QStringLiteral("ACK"));
    h.node->deliver(ack, 1);
    QCOMPARE(t.state(), State::Confirmed);
    QCOMPARE(h.node->acks, 0); // absorbed, never passed to the TU
    h.node->deliver(ack, 1);   // a retransmitted ACK is absorbed too (Timer I's purpose)
    QCOMPARE(h.node->acks, 0);
    h.sim->advanceTo(ackAt + timerI);
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.timerFired(QStringLiteral("Timer I")), timerI > 0 ? QList<qint64>{ackAt + timerI} : QList<qint64>{});
    h.sim->advanceTo(100000);
    QCOMPARE(h.sendTimes(QStringLiteral("603 Decline")), sends);
    QVERIFY(h.timerFired(QStringLiteral("Timer H")).isEmpty());
    QVERIFY(h.node->serverTimeouts.isEmpty());
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Proceeding"), QStringLiteral("Completed"), QStringLiteral("Confirmed"),
                                       QStringLiteral("Terminated")}));
}

void TestServerTransaction::inviteRetransmissionGetsLastResponse()
{
    // RFC 3261 17.2.1: in Proceeding a retransmitted INVITE gets the last provisional response;
    // in Completed the final response again.
    TransactionHarness h(500, Transport::Udp);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ServerTransaction &t = receive(h, invite);
    t.respond(h.response(invite, 180), Rules::UasProvisional);
    h.sim->advanceTo(500);
    h.node->deliver(invite, 1);
    QCOMPARE(h.node->requests, QStringList{QStringLiteral("INVITE")});
    const auto ringing = h.messages(QStringLiteral("180 Ringing"));
    QCOMPARE(ringing.size(), 2);
    QCOMPARE(ringing[1]->sendTimeMs, qint64(500));
    QVERIFY(ringing[1]->retransmission);
    QCOMPARE(ringing[1]->rule.text, Rules::ResendLastResponse.text);
    h.sim->advanceTo(600);
    t.respond(h.response(invite, 480), Rules::UasFinal);
    h.sim->advanceTo(700);
    h.node->deliver(invite, 1);
    QCOMPARE(h.sendTimes(QStringLiteral("480 Temporarily Unavailable")), (QList<qint64>{600, 700}));
    // A second final response from the TU is not sent (the transaction has one already).
    t.respond(h.response(invite, 500), Rules::UasFinal);
    QVERIFY(h.messages(QStringLiteral("500 Server Internal Error")).isEmpty());
    QCOMPARE(t.finalStatus(), 480);
}

void TestServerTransaction::invite2xx_data()
{
    QTest::addColumn<bool>("live");
    QTest::addColumn<int>("t1");
    QTest::addColumn<State>("after2xx");
    QTest::addColumn<qint64>("terminatedAt"); // -1: at once
    // RFC 3261 17.2.1: a 2xx ends the INVITE server transaction; the TU retransmits the 2xx.
    QTest::newRow("simulated: Terminated") << false << 500 << State::Terminated << qint64(-1);
    // RFC 6026 7.1 (live mode): Accepted, then Timer L = 64*T1.
    QTest::newRow("live T1=500: Accepted, Timer L") << true << 500 << State::Accepted << qint64(32000);
    QTest::newRow("live T1=100: Accepted, Timer L") << true << 100 << State::Accepted << qint64(6400);
}

void TestServerTransaction::invite2xx()
{
    QFETCH(bool, live);
    QFETCH(int, t1);
    QFETCH(State, after2xx);
    QFETCH(qint64, terminatedAt);
    TransactionHarness h(t1, Transport::Udp, live);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ServerTransaction &t = receive(h, invite);
    const SipMessage ok = h.response(invite, 200);
    t.respond(ok, Rules::UasFinal);
    QCOMPARE(t.state(), after2xx);
    QCOMPARE(t.finalStatus(), 200);
    if (live) {
        // In Accepted a retransmitted INVITE is absorbed (RFC 6026 7.1): no new TU request, no
        // response from the transaction; the TU's 2xx retransmission still goes out.
        h.sim->advanceTo(t1);
        h.node->deliver(invite, 1);
        QCOMPARE(h.node->requests, QStringList{QStringLiteral("INVITE")});
        t.respond(ok, Rules::Retransmit2xx);
        QCOMPARE(h.sendTimes(QStringLiteral("200 OK")), (QList<qint64>{0, t1}));
        // The ACK for the 2xx goes to the TU.
        const SipMessage ack = TransactionHarness::request(QStringLiteral("ACK"));
        h.node->deliver(ack, 1);
        QCOMPARE(h.node->acks, 1);
        h.sim->advanceTo(terminatedAt - 1);
        QCOMPARE(t.state(), State::Accepted);
        h.sim->advanceTo(terminatedAt);
    }
    QCOMPARE(t.state(), State::Terminated);
    h.sim->advanceTo(100000);
    QCOMPARE(h.sendTimes(QStringLiteral("200 OK")), (live ? QList<qint64>{0, t1} : QList<qint64>{0})); // no Timer G for 2xx
    QVERIFY(h.timerFired(QStringLiteral("Timer H")).isEmpty());
}

void TestServerTransaction::nonInviteTimerJ_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<qint64>("timerJ");
    // RFC 3261 17.2.2: Timer J = 64*T1 on an unreliable transport, 0 on a reliable one.
    QTest::newRow("UDP T1=500") << 500 << Transport::Udp << qint64(32000);
    QTest::newRow("UDP T1=100") << 100 << Transport::Udp << qint64(6400);
    QTest::newRow("TCP") << 500 << Transport::Tcp << qint64(0);
}

void TestServerTransaction::nonInviteTimerJ()
{
    QFETCH(int, t1);
    QFETCH(Transport, transport);
    QFETCH(qint64, timerJ);
    TransactionHarness h(t1, transport);
    const SipMessage bye = TransactionHarness::request(QStringLiteral("BYE"));
    ServerTransaction &t = receive(h, bye);
    QCOMPARE(t.state(), State::Trying);
    t.respond(h.response(bye, 100), Rules::UasProvisional); // a provisional: Proceeding
    QCOMPARE(t.state(), State::Proceeding);
    h.sim->advanceTo(10);
    h.node->deliver(bye, 1); // a retransmission in Proceeding gets the 100 again
    t.respond(h.response(bye, 200), Rules::UasFinal);
    QCOMPARE(t.state(), State::Completed);
    h.node->deliver(bye, 1); // in Completed: the 200 again, no new TU request
    QCOMPARE(h.node->requests, QStringList{QStringLiteral("BYE")});
    QCOMPARE(h.sendTimes(QStringLiteral("100 Trying")), (QList<qint64>{0, 10}));
    QCOMPARE(h.sendTimes(QStringLiteral("200 OK")), (QList<qint64>{10, 10}));
    h.sim->advanceTo(10 + timerJ - 1);
    if (timerJ > 0)
        QCOMPARE(t.state(), State::Completed);
    h.sim->advanceTo(10 + timerJ);
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.timerFired(QStringLiteral("Timer J")), timerJ > 0 ? QList<qint64>{10 + timerJ} : QList<qint64>{});
    // No retransmission of a non-INVITE final response on its own (17.2.2 has no Timer G).
    h.sim->advanceTo(100000);
    QCOMPARE(h.sendTimes(QStringLiteral("200 OK")), (QList<qint64>{10, 10}));
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Trying"), QStringLiteral("Proceeding"), QStringLiteral("Completed"),
                                       QStringLiteral("Terminated")}));
}

void TestServerTransaction::matches_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("sentBy");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("matches");
    // RFC 3261 17.2.3: branch and sent-by equal, method equal, ACK matching the INVITE.
    QTest::newRow("INVITE") << QStringLiteral("z9hG4bK776asdhds") << QStringLiteral("pc33.atlanta.com")
                            << QStringLiteral("INVITE") << true;
    QTest::newRow("ACK matches INVITE") << QStringLiteral("z9hG4bK776asdhds") << QStringLiteral("pc33.atlanta.com")
                                        << QStringLiteral("ACK") << true;
    QTest::newRow("sent-by case-insensitive") << QStringLiteral("z9hG4bK776asdhds") << QStringLiteral("PC33.Atlanta.COM")
                                              << QStringLiteral("INVITE") << true;
    QTest::newRow("CANCEL is its own transaction") << QStringLiteral("z9hG4bK776asdhds") << QStringLiteral("pc33.atlanta.com")
                                                   << QStringLiteral("CANCEL") << false;
    QTest::newRow("other branch") << QStringLiteral("z9hG4bK776asdhdX") << QStringLiteral("pc33.atlanta.com")
                                  << QStringLiteral("INVITE") << false;
    QTest::newRow("other sent-by") << QStringLiteral("z9hG4bK776asdhds") << QStringLiteral("pc33.atlanta.com:5062")
                                   << QStringLiteral("INVITE") << false;
}

void TestServerTransaction::matches()
{
    QFETCH(QString, branch);
    QFETCH(QString, sentBy);
    QFETCH(QString, method);
    QFETCH(bool, matches);
    TransactionHarness h(500, Transport::Udp);
    ServerTransaction &t = receive(h, TransactionHarness::request(QStringLiteral("INVITE")));
    QCOMPARE(t.matches(branch, sentBy, method), matches);
    QCOMPARE(t.id(), QStringLiteral("z9hG4bK776asdhds/INVITE"));
}

QTEST_GUILESS_MAIN(TestServerTransaction)
#include "tst_servertransaction.moc"
