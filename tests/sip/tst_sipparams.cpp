// SipParams: the ordered ;name=value parameters shared by SipUri, NameAddr and Via.
#include "sipparams.h"

#include <QTest>

using namespace SipLab;

namespace {
SipParams fromList(const QStringList &pairs)
{
    SipParams params;
    for (const QString &p : pairs) {
        const int eq = p.indexOf(QLatin1Char('='));
        params.append(eq >= 0 ? p.left(eq) : p, eq >= 0 ? p.mid(eq + 1) : QString());
    }
    return params;
}
} // namespace

class TestSipParams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookup_data();
    void lookup();
    void set_data();
    void set();
    void remove_data();
    void remove();
    void serialise_data();
    void serialise();
    void equality();
};

void TestSipParams::lookup_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("has");
    QTest::addColumn<QString>("value");
    // RFC 3261 19.1.1 example sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15
    const QStringList maddr{QStringLiteral("maddr=239.255.255.1"), QStringLiteral("ttl=15")};
    QTest::newRow("value") << maddr << QStringLiteral("ttl") << true << QStringLiteral("15");
    // RFC 3261 19.1.4: parameter names compare case-insensitively.
    QTest::newRow("name case-insensitive") << maddr << QStringLiteral("MADDR") << true << QStringLiteral("239.255.255.1");
    QTest::newRow("absent") << maddr << QStringLiteral("transport") << false << QString();
    // RFC 3261 16.12 / 19.1.1: "lr" is a flag without a value.
    QTest::newRow("flag") << QStringList{QStringLiteral("lr")} << QStringLiteral("lr") << true << QString();
    // RFC 3581 3: rport without a value in a request.
    QTest::newRow("rport flag") << QStringList{QStringLiteral("rport"), QStringLiteral("branch=z9hG4bKnashds8")}
                                << QStringLiteral("rport") << true << QString();
    QTest::newRow("first of two wins") << QStringList{QStringLiteral("tag=a"), QStringLiteral("TAG=b")}
                                       << QStringLiteral("tag") << true << QStringLiteral("a");
    QTest::newRow("empty list") << QStringList{} << QStringLiteral("tag") << false << QString();
}

void TestSipParams::lookup()
{
    QFETCH(QStringList, params);
    QFETCH(QString, name);
    QFETCH(bool, has);
    QFETCH(QString, value);
    const SipParams p = fromList(params);
    QCOMPARE(p.has(name), has);
    QCOMPARE(p.value(name), value);
    QCOMPARE(p.size(), params.size());
    QCOMPARE(p.isEmpty(), params.isEmpty());
}

void TestSipParams::set_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    // RFC 3581 4: the server fills the empty rport in place and adds received after it.
    QTest::newRow("fill rport in place")
        << QStringList{QStringLiteral("rport"), QStringLiteral("branch=z9hG4bKnashds8")} << QStringLiteral("rport")
        << QStringLiteral("5060") << QStringLiteral(";rport=5060;branch=z9hG4bKnashds8");
    QTest::newRow("append new") << QStringList{QStringLiteral("branch=z9hG4bK776asdhds")} << QStringLiteral("received")
                                << QStringLiteral("192.0.2.1")
                                << QStringLiteral(";branch=z9hG4bK776asdhds;received=192.0.2.1");
    // The existing spelling of the name is kept (only the value changes).
    QTest::newRow("keeps spelling") << QStringList{QStringLiteral("Tag=1")} << QStringLiteral("tag")
                                    << QStringLiteral("2") << QStringLiteral(";Tag=2");
    QTest::newRow("set to flag") << QStringList{QStringLiteral("lr=on")} << QStringLiteral("lr") << QString()
                                 << QStringLiteral(";lr");
    QTest::newRow("on empty") << QStringList{} << QStringLiteral("tag") << QStringLiteral("a6c85cf")
                              << QStringLiteral(";tag=a6c85cf");
}

void TestSipParams::set()
{
    QFETCH(QStringList, params);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    SipParams p = fromList(params);
    p.set(name, value);
    QCOMPARE(p.toString(), expected);
    QCOMPARE(p.value(name), value);
}

void TestSipParams::remove_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("middle") << QStringList{QStringLiteral("user=phone"), QStringLiteral("lr"), QStringLiteral("ttl=15")}
                            << QStringLiteral("lr") << QStringLiteral(";user=phone;ttl=15");
    QTest::newRow("every copy, any case") << QStringList{QStringLiteral("lr"), QStringLiteral("x=1"), QStringLiteral("LR")}
                                          << QStringLiteral("Lr") << QStringLiteral(";x=1");
    QTest::newRow("absent is no-op") << QStringList{QStringLiteral("x=1")} << QStringLiteral("y") << QStringLiteral(";x=1");
}

void TestSipParams::remove()
{
    QFETCH(QStringList, params);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    SipParams p = fromList(params);
    p.remove(name);
    QCOMPARE(p.toString(), expected);
    QVERIFY(!p.has(name));
}

void TestSipParams::serialise_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList{} << QString();
    // RFC 3261 19.1.3 example sip:alice@atlanta.com;transport=tcp ... ;method=REGISTER
    QTest::newRow("order kept") << QStringList{QStringLiteral("transport=tcp"), QStringLiteral("method=REGISTER"), QStringLiteral("lr")}
                                << QStringLiteral(";transport=tcp;method=REGISTER;lr");
    QTest::newRow("value as written") << QStringList{QStringLiteral("received=[2001:db8::9:1]")}
                                      << QStringLiteral(";received=[2001:db8::9:1]");
}

void TestSipParams::serialise()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expected);
    const SipParams p = fromList(params);
    QCOMPARE(p.toString(), expected);
    QCOMPARE(p.list().size(), params.size());
}

void TestSipParams::equality()
{
    QCOMPARE(fromList({QStringLiteral("a=1"), QStringLiteral("b")}), fromList({QStringLiteral("a=1"), QStringLiteral("b")}));
    // Order is part of the value (what is written on the wire).
    QVERIFY(!(fromList({QStringLiteral("a=1"), QStringLiteral("b")}) == fromList({QStringLiteral("b"), QStringLiteral("a=1")})));
}

QTEST_GUILESS_MAIN(TestSipParams)
#include "tst_sipparams.moc"
