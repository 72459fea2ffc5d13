// ClientTransaction: the INVITE (RFC 3261 17.1.1, Figure 5) and non-INVITE (17.1.2, Figure 6)
// client transactions: Timer A/B/D and E/F/K, their instants for two values of T1, the states,
// the ACK for a 3xx-6xx (17.1.1.3), and what the transaction user is told.
#include "enginerules.h"
#include "transactionharness.h"

#include <QTest>

using namespace SipLab;
using namespace SipLab::Test;

using State = ClientTransaction::State;
Q_DECLARE_METATYPE(SipLab::Transport)

class TestClientTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retransmitUntilTimeout_data();
    void retransmitUntilTimeout();
    void inviteProvisionalStopsTimerAandB_data();
    void inviteProvisionalStopsTimerAandB();
    void nonInviteProceedingRetransmitsEveryT2();
    void inviteFailureAckAndTimerD_data();
    void inviteFailureAckAndTimerD();
    void invite2xxEndsTransaction();
    void nonInviteFinalAndTimerK_data();
    void nonInviteFinalAndTimerK();
    void matches_data();
    void matches();
};

void TestClientTransaction::retransmitUntilTimeout_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("t1");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QList<qint64>>("sends");   // the request on the wire, first one included
    QTest::addColumn<QString>("timer");         // Timer B or F
    QTest::addColumn<qint64>("timeout");        // 64*T1 on every transport

    // RFC 3261 17.1.1.2: Timer A starts at T1 and doubles; Timer B = 64*T1. Seven transmissions:
    // at 0, T1, 3T1, 7T1, 15T1, 31T1, 63T1.
    QTest::newRow("INVITE UDP T1=500") << QStringLiteral("INVITE") << 500 << Transport::Udp
                                       << QList<qint64>{0, 500, 1500, 3500, 7500, 15500, 31500} << QStringLiteral("Timer B")
                                       << qint64(32000);
    QTest::newRow("INVITE UDP T1=100") << QStringLiteral("INVITE") << 100 << Transport::Udp
                                       << QList<qint64>{0, 100, 300, 700, 1500, 3100, 6300} << QStringLiteral("Timer B")
                                       << qint64(6400);
    // Timer A only on an unreliable transport; Timer B on every transport.
    QTest::newRow("INVITE TCP") << QStringLiteral("INVITE") << 500 << Transport::Tcp << QList<qint64>{0}
                                << QStringLiteral("Timer B") << qint64(32000);
    // RFC 3261 17.1.2.2: Timer E doubles up to T2 (4 s), Timer F = 64*T1.
    QTest::newRow("OPTIONS UDP T1=500")
        << QStringLiteral("OPTIONS") << 500 << Transport::Udp
        << QList<qint64>{0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500} << QStringLiteral("Timer F")
        << qint64(32000);
    QTest::newRow("BYE UDP T1=100") << QStringLiteral("BYE") << 100 << Transport::Udp
                                    << QList<qint64>{0, 100, 300, 700, 1500, 3100, 6300} << QStringLiteral("Timer F")
                                    << qint64(6400);
    QTest::newRow("REGISTER TCP") << QStringLiteral("REGISTER") << 500 << Transport::Tcp << QList<qint64>{0}
                                  << QStringLiteral("Timer F") << qint64(32000);
}

void TestClientTransaction::retransmitUntilTimeout()
{
    QFETCH(QString, method);
    QFETCH(int, t1);
    QFETCH(Transport, transport);
    QFETCH(QList<qint64>, sends);
    QFETCH(QString, timer);
    QFETCH(qint64, timeout);
    TransactionHarness h(t1, transport);
    ClientTransaction &t = h.node->startClientTransaction(TransactionHarness::request(method), 1, Rules::UacInvite);
    QCOMPARE(t.state(), method == QLatin1String("INVITE") ? State::Calling : State::Trying);
    h.sim->advanceTo(timeout - 1);
    QVERIFY(!t.isTerminated());
    QVERIFY(h.node->timeouts.isEmpty());
    h.sim->advanceTo(10 * timeout);
    QCOMPARE(h.sendTimes(method), sends);
    const auto wire = h.messages(method);
    for (int i = 0; i < wire.size(); ++i) {
        QCOMPARE(wire[i]->retransmission, i > 0);
        if (i > 0)
            QCOMPARE(wire[i]->rule.text, method == QLatin1String("INVITE") ? Rules::RetransmitA.text : Rules::RetransmitE.text);
    }
    QCOMPARE(h.timerFired(timer), QList<qint64>{timeout});
    QCOMPARE(h.node->timeouts, QList<qint64>{timeout}); // the TU treats it as 408 (RFC 3261 8.1.3.1)
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.sim->pendingEvents(), 0);
}

void TestClientTransaction::inviteProvisionalStopsTimerAandB_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<qint64>("provisionalAt");
    QTest::addColumn<QList<qint64>>("sends");
    QTest::newRow("T1=500, 100 after one retransmission") << 500 << qint64(600) << QList<qint64>{0, 500};
    QTest::newRow("T1=500, 180 before T1") << 500 << qint64(499) << QList<qint64>{0};
    QTest::newRow("T1=100, 180 after three retransmissions") << 100 << qint64(750) << QList<qint64>{0, 100, 300, 700};
}

void TestClientTransaction::inviteProvisionalStopsTimerAandB()
{
    QFETCH(int, t1);
    QFETCH(qint64, provisionalAt);
    QFETCH(QList<qint64>, sends);
    TransactionHarness h(t1, Transport::Udp);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ClientTransaction &t = h.node->startClientTransaction(invite, 1, Rules::UacInvite);
    h.sim->advanceTo(provisionalAt);
    t.receiveResponse(h.response(invite, 180), 1);
    // RFC 3261 17.1.1.2: a 1xx moves Calling to Proceeding; Timer A stops; Timer B acts only
    // in Calling, so the transaction waits in Proceeding (a proxy's Timer C ends it, 16.8).
    QCOMPARE(t.state(), State::Proceeding);
    QVERIFY(t.hasProvisional());
    QCOMPARE(h.node->responses, QList<int>{180});
    h.sim->advanceTo(200 * t1);
    QCOMPARE(h.sendTimes(QStringLiteral("INVITE")), sends);
    QCOMPARE(h.timerFired(QStringLiteral("Timer B")), QList<qint64>{});
    QVERIFY(h.node->timeouts.isEmpty());
    QCOMPARE(t.state(), State::Proceeding);
    // Further provisional responses go up as well; the state stays.
    t.receiveResponse(h.response(invite, 183), 1);
    QCOMPARE(h.node->responses, (QList<int>{180, 183}));
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Calling"), QStringLiteral("Proceeding")}));
}

void TestClientTransaction::nonInviteProceedingRetransmitsEveryT2()
{
    // RFC 3261 17.1.2.2: in Proceeding, Timer E fires every T2; Timer F still ends it at 64*T1.
    TransactionHarness h(500, Transport::Udp);
    const SipMessage bye = TransactionHarness::request(QStringLiteral("BYE"));
    ClientTransaction &t = h.node->startClientTransaction(bye, 1, Rules::UacInvite);
    h.sim->advanceTo(600); // after the first retransmission at 500; Timer E is due at 1500
    t.receiveResponse(h.response(bye, 100), 1);
    QCOMPARE(t.state(), State::Proceeding);
    h.sim->advanceTo(40000);
    QCOMPARE(h.sendTimes(QStringLiteral("BYE")),
             (QList<qint64>{0, 500, 1500, 5500, 9500, 13500, 17500, 21500, 25500, 29500}));
    QCOMPARE(h.timerFired(QStringLiteral("Timer F")), QList<qint64>{32000});
    QCOMPARE(h.node->timeouts, QList<qint64>{32000});
    QCOMPARE(t.state(), State::Terminated);
}

void TestClientTransaction::inviteFailureAckAndTimerD_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("timerD"); // after the final response
    // RFC 3261 17.1.1.2: Timer D "at least 32 seconds for unreliable transports", 0 for reliable.
    QTest::newRow("486 UDP T1=500") << 500 << Transport::Udp << 486 << qint64(32000);
    QTest::newRow("302 UDP T1=500") << 500 << Transport::Udp << 302 << qint64(32000);
    QTest::newRow("603 TCP") << 500 << Transport::Tcp << 603 << qint64(0);
    QTest::newRow("486 UDP T1=100") << 100 << Transport::Udp << 486 << qint64(32000);
}

void TestClientTransaction::inviteFailureAckAndTimerD()
{
    QFETCH(int, t1);
    QFETCH(Transport, transport);
    QFETCH(int, code);
    QFETCH(qint64, timerD);
    TransactionHarness h(t1, transport);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ClientTransaction &t = h.node->startClientTransaction(invite, 1, Rules::UacInvite);
    h.sim->advanceTo(50);
    t.receiveResponse(h.response(invite, 180), 1);
    h.sim->advanceTo(1000);
    const SipMessage failure = h.response(invite, code);
    t.receiveResponse(failure, 1);
    QCOMPARE(t.state(), State::Completed);
    QCOMPARE(t.finalStatus(), code);
    QCOMPARE(h.node->responses, (QList<int>{180, code}));

    // RFC 3261 17.1.1.3: the ACK: Request-URI, Call-ID, From, CSeq number and Route of the
    // INVITE, To of the response (with its tag), one Via equal to the INVITE's top Via.
    const auto acks = h.messages(QStringLiteral("ACK"));
    QCOMPARE(acks.size(), 1);
    const SipMessage ack = acks[0]->message; // a copy: the trace grows below
    QCOMPARE(acks[0]->sendTimeMs, qint64(1000));
    QCOMPARE(acks[0]->rule.text, Rules::AckNon2xx.text);
    QCOMPARE(ack.requestUri(), invite.requestUri());
    QCOMPARE(ack.headerLines(QStringLiteral("Via")), invite.headerValues(QStringLiteral("Via")).mid(0, 1));
    QCOMPARE(ack.headerLines(QStringLiteral("Route")), invite.headerLines(QStringLiteral("Route")));
    QCOMPARE(ack.header(QStringLiteral("From")), invite.header(QStringLiteral("From")));
    QCOMPARE(ack.header(QStringLiteral("To")), failure.header(QStringLiteral("To")));
    QVERIFY(ack.to().tag() == QLatin1String("a6c85cf"));
    QCOMPARE(ack.callId(), invite.callId());
    QCOMPARE(ack.header(QStringLiteral("CSeq")), QStringLiteral("314159 ACK"));

    // A retransmitted final response in Completed: ACK again, not passed to the TU.
    t.receiveResponse(failure, 1);
    QCOMPARE(h.node->responses, (QList<int>{180, code}));
    const auto again = h.messages(QStringLiteral("ACK"));
    QCOMPARE(again.size(), 2);
    QVERIFY(again[1]->retransmission);
    QCOMPARE(again[1]->rule.text, Rules::AckNon2xxAgain.text);
    QCOMPARE(again[1]->message, ack);

    // Timer D, then Terminated; Timer B never fires (it was stopped in Proceeding).
    h.sim->advanceTo(1000 + timerD - 1);
    if (timerD > 0) {
        QEXPECT_FAIL("486 UDP T1=100", "Timer D is 64*T1 (6.4 s here), below the 32 s of RFC 3261 17.1.1.2", Abort);
        QCOMPARE(t.state(), State::Completed);
    }
    h.sim->advanceTo(1000 + timerD);
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.timerFired(QStringLiteral("Timer D")), timerD > 0 ? QList<qint64>{1000 + timerD} : QList<qint64>{});
    QCOMPARE(h.timerFired(QStringLiteral("Timer B")), QList<qint64>{});
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Calling"), QStringLiteral("Proceeding"), QStringLiteral("Completed"),
                                       QStringLiteral("Terminated")}));
}

void TestClientTransaction::invite2xxEndsTransaction()
{
    // RFC 3261 17.1.1.2: a 2xx goes to the TU and the transaction terminates at once; the TU
    // sends the ACK (13.2.2.4), so the transaction sends none; a 2xx retransmission is stray.
    TransactionHarness h(500, Transport::Udp);
    const SipMessage invite = TransactionHarness::request(QStringLiteral("INVITE"));
    ClientTransaction &t = h.node->startClientTransaction(invite, 1, Rules::UacInvite);
    h.sim->advanceTo(700); // one retransmission at 500
    const SipMessage ok = h.response(invite, 200);
    h.node->deliver(ok, 1);
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(t.finalStatus(), 200);
    QCOMPARE(h.node->responses, QList<int>{200});
    h.node->deliver(ok, 1);
    QCOMPARE(h.node->stray, QList<int>{200});
    h.sim->advanceTo(100000);
    QCOMPARE(h.sendTimes(QStringLiteral("INVITE")), (QList<qint64>{0, 500}));
    QVERIFY(h.messages(QStringLiteral("ACK")).isEmpty());
    QVERIFY(h.timerFired(QStringLiteral("Timer B")).isEmpty());
    QVERIFY(h.node->timeouts.isEmpty());
    QCOMPARE(h.states(), (QStringList{QStringLiteral("Calling"), QStringLiteral("Terminated")}));
}

void TestClientTransaction::nonInviteFinalAndTimerK_data()
{
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t4");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("timerK");
    // RFC 3261 17.1.2.2: Timer K = T4 on an unreliable transport, 0 on a reliable one.
    QTest::newRow("200 UDP T4=5000") << 500 << 5000 << Transport::Udp << 200 << qint64(5000);
    QTest::newRow("404 UDP T1=100 T4=1000") << 100 << 1000 << Transport::Udp << 404 << qint64(1000);
    QTest::newRow("200 TCP") << 500 << 5000 << Transport::Tcp << 200 << qint64(0);
}

void TestClientTransaction::nonInviteFinalAndTimerK()
{
    QFETCH(int, t1);
    QFETCH(int, t4);
    QFETCH(Transport, transport);
    QFETCH(int, code);
    QFETCH(qint64, timerK);
    TransactionHarness h(t1, transport, false, 4000, t4);
    const SipMessage reg = TransactionHarness::request(QStringLiteral("REGISTER"));
    ClientTransaction &t = h.node->startClientTransaction(reg, 1, Rules::UacInvite);
    h.sim->advanceTo(2 * t1);
    const SipMessage final = h.response(reg, code);
    t.receiveResponse(final, 1);
    QCOMPARE(t.state(), State::Completed); // on TCP too, until the zero Timer K runs
    QCOMPARE(h.node->responses, QList<int>{code});
    // The retransmissions stop with the final response; nothing is ACKed for non-INVITE.
    const int sentBefore = int(h.sendTimes().size());
    t.receiveResponse(final, 1); // absorbed (Completed) or ignored (Terminated)
    QCOMPARE(h.node->responses, QList<int>{code});
    h.sim->advanceTo(2 * t1 + timerK);
    QCOMPARE(t.state(), State::Terminated);
    QCOMPARE(h.timerFired(QStringLiteral("Timer K")), timerK > 0 ? QList<qint64>{2 * t1 + timerK} : QList<qint64>{});
    h.sim->advanceTo(200 * t1);
    QCOMPARE(int(h.sendTimes().size()), sentBefore);
    QVERIFY(h.messages(QStringLiteral("ACK")).isEmpty());
    QVERIFY(h.timerFired(QStringLiteral("Timer F")).isEmpty());
    QCOMPARE(h.sim->pendingEvents(), 0);
}

void TestClientTransaction::matches_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("cseq");
    QTest::addColumn<bool>("matches");
    // RFC 3261 17.1.3: top Via branch and CSeq method.
    QTest::newRow("same branch and method") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds")
                                            << QStringLiteral("314159 INVITE") << true;
    QTest::newRow("other branch") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhdX")
                                  << QStringLiteral("314159 INVITE") << false;
    // A 200 to a CANCEL carries the INVITE's branch but the CANCEL method (9.1).
    QTest::newRow("CANCEL method") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds")
                                   << QStringLiteral("314159 CANCEL") << false;
    QTest::newRow("no CSeq") << QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds") << QString() << false;
}

void TestClientTransaction::matches()
{
    QFETCH(QString, via);
    QFETCH(QString, cseq);
    QFETCH(bool, matches);
    TransactionHarness h(500, Transport::Udp);
    ClientTransaction &t = h.node->startClientTransaction(TransactionHarness::request(QStringLiteral("INVITE")), 1,
                                                          Rules::UacInvite);
    SipMessage r = SipMessage::response(180, QStringLiteral("Ringing"));
    r.addHeader(QStringLiteral("Via"), via);
    if (!cseq.isEmpty())
        r.addHeader(QStringLiteral("CSeq"), cseq);
    QCOMPARE(t.matches(r), matches);
    QCOMPARE(t.id(), QStringLiteral("z9hG4bK776asdhds/INVITE"));
}

QTEST_GUILESS_MAIN(TestClientTransaction)
#include "tst_clienttransaction.moc"
