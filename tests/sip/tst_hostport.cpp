// HostPort: host [":" port] of RFC 3261 25.1, shared by SipUri (19.1.1) and Via sent-by (20.42).
#include "hostport.h"

#include <QTest>

using namespace SipLab;

class TestHostPort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestHostPort::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");  // empty: must not parse
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error"); // the whole error for subject "X"
    QTest::newRow("host name") << QStringLiteral("atlanta.com") << QStringLiteral("atlanta.com") << 0 << QString();
    QTest::newRow("host and port") << QStringLiteral("erlang.bell-telephone.com:5060")
                                   << QStringLiteral("erlang.bell-telephone.com") << 5060 << QString();
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.4:5062") << QStringLiteral("192.0.2.4") << 5062 << QString();
    QTest::newRow("IPv6 reference") << QStringLiteral("[2001:db8::10]") << QStringLiteral("[2001:db8::10]") << 0 << QString();
    QTest::newRow("IPv6 reference and port") << QStringLiteral("[2001:db8::10]:5070") << QStringLiteral("[2001:db8::10]")
                                             << 5070 << QString();
    QTest::newRow("port 65535") << QStringLiteral("h.example.com:65535") << QStringLiteral("h.example.com") << 65535
                                << QString();
    QTest::newRow("unterminated IPv6") << QStringLiteral("[2001:db8::10") << QString() << 0
                                       << QStringLiteral("X has an unterminated IPv6 reference");
    QTest::newRow("garbage after IPv6") << QStringLiteral("[2001:db8::10]x5070") << QString() << 0
                                        << QStringLiteral("X has garbage after the IPv6 reference");
    // port = 1*DIGIT (RFC 3261 25.1): no sign, no empty port, within 1..65535.
    QTest::newRow("signed port") << QStringLiteral("h.example.com:+50") << QString() << 0
                                 << QStringLiteral("X has an invalid port '+50'");
    QTest::newRow("empty port") << QStringLiteral("h.example.com:") << QString() << 0
                                << QStringLiteral("X has an invalid port ''");
    QTest::newRow("port zero") << QStringLiteral("h.example.com:0") << QString() << 0
                               << QStringLiteral("X has an invalid port '0'");
    QTest::newRow("port 65536") << QStringLiteral("h.example.com:65536") << QString() << 0
                                << QStringLiteral("X has an invalid port '65536'");
    QTest::newRow("empty host") << QStringLiteral(":5060") << QString() << 0 << QStringLiteral("X has an invalid host ''");
    QTest::newRow("underscore") << QStringLiteral("a_b.example.com") << QString() << 0
                                << QStringLiteral("X has an invalid host 'a_b.example.com'");
    QTest::newRow("bracket inside name") << QStringLiteral("ab]c.example.com") << QString() << 0
                                         << QStringLiteral("X has an invalid host 'ab]c.example.com'");
    QTest::newRow("not hex in IPv6") << QStringLiteral("[2001:db8::g]") << QString() << 0
                                     << QStringLiteral("X has an invalid host '[2001:db8::g]'");
}

void TestHostPort::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    QString problem;
    const std::optional<HostPort> hp = HostPort::parse(text, QStringLiteral("X"), &problem);
    QCOMPARE(hp.has_value(), !host.isEmpty());
    QCOMPARE(problem, error);
    if (hp) {
        QCOMPARE(hp->host, host);
        QCOMPARE(hp->port, port);
        QVERIFY(HostPort::isValidHost(hp->host));
    }
}

QTEST_GUILESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
