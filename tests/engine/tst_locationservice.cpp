// The registrar's location service (RFC 3261 10.3): each row sends a sequence of REGISTER
// requests (at given seconds) and checks every answer's status and the Contacts of the last.
#include "locationservice.h"
#include "sipparser.h"

#include <QTest>

using namespace SipLab;

namespace {

constexpr qint64 Epoch = 1700000000000LL; // any wall-clock origin: the service only compares times

/// "SECONDS|CALL-ID|CSEQ|EXPIRES|CONTACT": EXPIRES empty = no Expires header, CONTACT empty =
/// no Contact (a query); CONTACT is the header value as written (may hold several, with commas).
SipMessage registerFrom(const QString &step, const QString &user = QStringLiteral("bob"))
{
    const QStringList f = step.split(QLatin1Char('|'));
    QByteArray text = "REGISTER sip:127.0.0.1 SIP/2.0\r\n"
                      "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK" + f[1].toUtf8() + f[2].toUtf8() + "\r\n"
                      "Max-Forwards: 70\r\n"
                      "To: Bob <sip:" + user.toUtf8() + "@127.0.0.1:5060>\r\n"
                      "From: Bob <sip:" + user.toUtf8() + "@127.0.0.1>;tag=1\r\n"
                      "Call-ID: " + f[1].toUtf8() + "\r\n"
                      "CSeq: " + f[2].toUtf8() + " REGISTER\r\n";
    if (!f[3].isEmpty())
        text += "Expires: " + f[3].toUtf8() + "\r\n";
    if (!f[4].isEmpty())
        text += "Contact: " + f[4].toUtf8() + "\r\n";
    text += "Content-Length: 0\r\n\r\n";
    const SipParseResult parsed = SipParser::parse(text);
    if (!parsed.isValid())
        qFatal("test REGISTER does not parse: %s", qPrintable(parsed.error.toString()));
    return *parsed.message;
}

qint64 timeOf(const QString &step)
{
    return Epoch + qint64(step.section(QLatin1Char('|'), 0, 0).toDouble() * 1000);
}

} // namespace

class TestLocationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processRegister_data();
    void processRegister();
    void lookupOrdersByQ();
    void capAnswers503WithRetryAfter();
    void unknownAndExpiredAddresses();
    void stateSurvivesJson();
    void badStateIsRefused_data();
    void badStateIsRefused();
};

void TestLocationService::processRegister_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QStringList>("lastContacts");
    QTest::addColumn<int>("minExpires"); // Min-Expires of the last answer (0 when none)

    // 10.3 step 7: a new binding, with the expiry of the Expires header.
    QTest::newRow("bind")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>"} << QList<int>{200}
        << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3600"} << 0;
    // The contact's expires parameter wins over the header; a longer one is shortened (max 3600).
    QTest::newRow("expires parameter, capped")
        << QStringList{"0|a|1|600|<sip:bob@10.0.0.1:5062>;expires=7200"} << QList<int>{200}
        << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3600"} << 0;
    // 10.2.3: no Contact is a query: the 200 lists the current bindings, the time left counted down.
    QTest::newRow("query lists the bindings")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>", "100|b|1||"} << QList<int>{200, 200}
        << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3500"} << 0;
    // 10.2.1.2: a second contact from another device is added beside the first.
    QTest::newRow("second contact added")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>", "10|b|1|1800|<sip:bob@10.0.0.2:5064>;q=0.5"}
        << QList<int>{200, 200}
        << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3590", "<sip:bob@10.0.0.2:5064>;expires=1800;q=0.5"} << 0;
    // A refresh of the same contact replaces its binding (10.3 step 7), it is not doubled.
    QTest::newRow("refresh replaces")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>", "60|a|2|3600|<sip:bob@10.0.0.1:5062>"}
        << QList<int>{200, 200} << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3600"} << 0;
    // 10.3 step 8: expires=0 removes one binding; the 200 lists the REMAINING ones.
    QTest::newRow("expires=0 lists the rest")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>, <sip:bob@10.0.0.2:5064>",
                       "0|a|2||<sip:bob@10.0.0.2:5064>;expires=0"}
        << QList<int>{200, 200} << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3600"} << 0;
    // 10.3 step 6: "Contact: *" with Expires: 0 removes every binding; the 200 has no Contact.
    QTest::newRow("star with Expires 0 removes all")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>, <sip:bob@10.0.0.2:5064>", "1|b|1|0|*"}
        << QList<int>{200, 200} << QStringList{} << 0;
    // 10.3 step 6: "*" with any other Expires, without Expires, or beside another Contact: 400.
    QTest::newRow("star with Expires 60: 400")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>", "1|b|1|60|*", "2|c|1||"} << QList<int>{200, 400, 200}
        << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3598"} << 0;
    QTest::newRow("star without Expires: 400") << QStringList{"0|b|1||*"} << QList<int>{400} << QStringList{} << 0;
    QTest::newRow("star beside a contact: 400")
        << QStringList{"0|b|1|0|*, <sip:bob@10.0.0.1:5062>"} << QList<int>{400} << QStringList{} << 0;
    // 10.3 step 7: same Call-ID, CSeq not higher: the request is out of order and fails, nothing changes.
    QTest::newRow("stale CSeq, same Call-ID")
        << QStringList{"0|a|5|3600|<sip:bob@10.0.0.1:5062>", "1|a|4|0|<sip:bob@10.0.0.1:5062>", "2|a|5|0|*", "3|q|1||"}
        << QList<int>{200, 400, 400, 200} << QStringList{"<sip:bob@10.0.0.1:5062>;expires=3597"} << 0;
    // Another Call-ID may change the binding whatever its CSeq (a rebooted phone, 10.3 step 7).
    QTest::newRow("other Call-ID, lower CSeq")
        << QStringList{"0|a|5|3600|<sip:bob@10.0.0.1:5062>", "1|b|1|0|<sip:bob@10.0.0.1:5062>"}
        << QList<int>{200, 200} << QStringList{} << 0;
    // 10.3 step 7: an expiry below the minimum (60 s here) gets 423 with Min-Expires.
    QTest::newRow("423 below the minimum")
        << QStringList{"0|a|1|30|<sip:bob@10.0.0.1:5062>"} << QList<int>{423} << QStringList{} << 60;
    QTest::newRow("expires=0 is not too brief")
        << QStringList{"0|a|1|30|<sip:bob@10.0.0.1:5062>;expires=0"} << QList<int>{200} << QStringList{} << 0;
    // Atomic (10.3 step 7): one bad contact and none of the request's bindings is made.
    QTest::newRow("atomic: one too brief, none bound")
        << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>, <sip:bob@10.0.0.2:5064>;expires=5", "1|b|1||"}
        << QList<int>{423, 200} << QStringList{} << 0;
    QTest::newRow("bad q: 400") << QStringList{"0|a|1|3600|<sip:bob@10.0.0.1:5062>;q=2"} << QList<int>{400}
                                << QStringList{} << 0;
    // A binding lives until its expiry, then a query no longer lists it.
    QTest::newRow("expired binding gone")
        << QStringList{"0|a|1|60|<sip:bob@10.0.0.1:5062>", "61|b|1||"} << QList<int>{200, 200} << QStringList{} << 0;
    // URI comparison (19.1.4): the host in another case is the same contact.
    QTest::newRow("same contact, host case")
        << QStringList{"0|a|1|3600|<sip:bob@PC.example:5062>", "0|a|2|3600|<sip:bob@pc.example:5062>"}
        << QList<int>{200, 200} << QStringList{"<sip:bob@pc.example:5062>;expires=3600"} << 0;
}

void TestLocationService::processRegister()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<int>, statuses);
    QFETCH(QStringList, lastContacts);
    QFETCH(int, minExpires);
    QCOMPARE(steps.size(), statuses.size());

    LocationService::Settings settings;
    settings.minExpires = 60;
    settings.maxExpires = 3600;
    LocationService service(settings);
    LocationService::Result result;
    for (int i = 0; i < steps.size(); ++i) {
        result = service.processRegister(registerFrom(steps[i]), timeOf(steps[i]));
        QVERIFY2(result.status == statuses[i],
                 qPrintable(QStringLiteral("step %1 (%2): %3 %4").arg(i).arg(steps[i]).arg(result.status).arg(result.reason)));
    }
    if (result.status == 200)
        QCOMPARE(result.contacts, lastContacts);
    QCOMPARE(result.minExpires, minExpires);
}

void TestLocationService::lookupOrdersByQ()
{
    LocationService service;
    QCOMPARE(service.processRegister(registerFrom("0|a|1|3600|<sip:bob@10.0.0.1:1>;q=0.2, <sip:bob@10.0.0.2:2>;q=0.9, "
                                                  "<sip:bob@10.0.0.3:3>"),
                                     Epoch)
                 .status,
             200);
    const QList<LocationService::Binding> found = service.lookup(QStringLiteral("sip:bob@127.0.0.1"), Epoch + 1000);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].uri, QStringLiteral("sip:bob@10.0.0.3:3")); // no q = 1
    QCOMPARE(found[1].uri, QStringLiteral("sip:bob@10.0.0.2:2"));
    QCOMPARE(found[2].uri, QStringLiteral("sip:bob@10.0.0.1:1"));
    // The AOR is the To URI without port or parameters, host in lower case (10.3 step 5).
    QCOMPARE(LocationService::addressOfRecord(SipUri::parse(QStringLiteral("sip:bob@EXAMPLE.org:5070;transport=udp"))),
             QStringLiteral("sip:bob@example.org"));
}

void TestLocationService::capAnswers503WithRetryAfter()
{
    LocationService::Settings settings;
    settings.maxBindings = 3;
    settings.retryAfter = 17;
    LocationService service(settings);
    for (int i = 0; i < 3; ++i) {
        const SipMessage r = registerFrom(QStringLiteral("0|c%1|1|3600|<sip:u@10.0.0.%1:5060>").arg(i), QStringLiteral("u%1").arg(i));
        QCOMPARE(service.processRegister(r, Epoch).status, 200);
    }
    // RFC 3261 21.5.4: the table is full: 503 with Retry-After, and nothing is stored.
    const LocationService::Result full
        = service.processRegister(registerFrom("0|c9|1|3600|<sip:u@10.0.0.9:5060>", QStringLiteral("u9")), Epoch);
    QCOMPARE(full.status, 503);
    QCOMPARE(full.retryAfter, 17);
    QCOMPARE(service.bindingCount(Epoch), 3);
    QVERIFY(!service.knows(QStringLiteral("sip:u9@127.0.0.1")));
    // A refresh of an existing binding is not growth: still accepted when full.
    QCOMPARE(service.processRegister(registerFrom("1|c0|2|3600|<sip:u@10.0.0.0:5060>", QStringLiteral("u0")), Epoch).status, 200);
    // Once bindings expire, there is room again.
    QCOMPARE(service.processRegister(registerFrom("0|c9|1|3600|<sip:u@10.0.0.9:5060>", QStringLiteral("u9")),
                                     Epoch + 3601 * 1000)
                 .status,
             200);
}

void TestLocationService::unknownAndExpiredAddresses()
{
    LocationService service;
    const QString aor = QStringLiteral("sip:bob@127.0.0.1");
    QVERIFY(!service.knows(aor));
    QCOMPARE(service.processRegister(registerFrom("0|a|1|60|<sip:bob@10.0.0.1:5062>"), Epoch).status, 200);
    QVERIFY(service.knows(aor));
    QCOMPARE(service.lookup(aor, Epoch + 59000).size(), 1);
    // Known, but its binding expired: the proxy answers 480, not 404.
    QCOMPARE(service.lookup(aor, Epoch + 60000).size(), 0);
    QVERIFY(service.knows(aor));
}

void TestLocationService::stateSurvivesJson()
{
    LocationService first;
    SipMessage withAgent = registerFrom("0|a|7|3600|<sip:bob@10.0.0.1:5062>;q=0.4");
    withAgent.addHeader(QStringLiteral("User-Agent"), QStringLiteral("baresip v1.0.0"));
    QCOMPARE(first.processRegister(withAgent, Epoch).status, 200);
    QCOMPARE(first.processRegister(registerFrom("0|b|1|60|<sip:al@10.0.0.2:5062>", QStringLiteral("al")), Epoch).status, 200);
    LocationService second;
    QString error;
    // Restarted 100 s later: the 60 s binding expired, the other is kept with its Call-ID/CSeq.
    QVERIFY2(second.fromJson(first.toJson(), Epoch + 100000, &error), qPrintable(error));
    QCOMPARE(second.bindingCount(Epoch + 100000), 1);
    const QList<LocationService::Binding> bob = second.lookup(QStringLiteral("sip:bob@127.0.0.1"), Epoch + 100000);
    QCOMPARE(bob.size(), 1);
    QCOMPARE(bob[0].q, 400);
    // The phone's User-Agent is kept with the binding (the GUI's registered-users table shows it).
    QCOMPARE(bob[0].userAgent, QStringLiteral("baresip v1.0.0"));
    QVERIFY(second.knows(QStringLiteral("sip:al@127.0.0.1")));
    // The stored CSeq still orders requests after the restart (10.3 step 7).
    QCOMPARE(second.processRegister(registerFrom("100|a|6|3600|<sip:bob@10.0.0.1:5062>"), Epoch + 100000).status, 400);
}

void TestLocationService::badStateIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << QByteArray("{bindings") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("bindings not a list") << QByteArray(R"({"bindings":{"sip:a@b":3}})") << QStringLiteral("not a list");
    QTest::newRow("bad uri") << QByteArray(R"({"bindings":{"sip:a@b":[{"uri":"::"}]}})") << QStringLiteral("not a URI");
}

void TestLocationService::badStateIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    LocationService service;
    QCOMPARE(service.processRegister(registerFrom("0|a|1|3600|<sip:bob@10.0.0.1:5062>"), Epoch).status, 200);
    QString error;
    QVERIFY(!service.fromJson(json, Epoch, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(service.bindingCount(Epoch), 1); // left as it was
}

QTEST_GUILESS_MAIN(TestLocationService)
#include "tst_locationservice.moc"
