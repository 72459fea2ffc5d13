// SipMessage: the header model the engine reads for every message. The typed accessors that the
// hot paths use (topVia kept parsed, firstValue, fromTag/toTag, cseq) must give what the slower
// general ones give (headerValues, NameAddr::parse, Via::parse), after any change of the headers.
#include "sipmessage.h"
#include "sipparser.h"

#include <QTest>

using namespace SipLab;

namespace {

/// What topVia() must be: the general path (every Via value split, the first parsed).
std::optional<Via> slowTopVia(const SipMessage &m)
{
    const QStringList values = m.headerValues(QStringLiteral("Via"));
    if (values.isEmpty())
        return std::nullopt;
    const Via via = Via::parse(values.first());
    if (!via.isValid())
        return std::nullopt;
    return via;
}

SipMessage invite()
{
    SipMessage m = SipMessage::request(QStringLiteral("INVITE"), QStringLiteral("sip:bob@biloxi.example.com"));
    m.addHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds"));
    m.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    m.addHeader(QStringLiteral("To"), QStringLiteral("Bob <sip:bob@biloxi.example.com>"));
    m.addHeader(QStringLiteral("From"), QStringLiteral("Alice <sip:alice@atlanta.example.com>;tag=1928301774"));
    m.addHeader(QStringLiteral("Call-ID"), QStringLiteral("a84b4c76e66710@pc33.atlanta.example.com"));
    m.addHeader(QStringLiteral("CSeq"), QStringLiteral("314159 INVITE"));
    return m;
}

} // namespace

class TestSipMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topViaFollowsChanges_data();
    void topViaFollowsChanges();
    void topViaOfLists_data();
    void topViaOfLists();
    void firstValue_data();
    void firstValue();
    void tags_data();
    void tags();
    void cseq_data();
    void cseq();
    void headerNames_data();
    void headerNames();
    void toBytes_data();
    void toBytes();
    void keptAddressesFollowChanges_data();
    void keptAddressesFollowChanges();
    void copiesAreIndependent_data();
    void copiesAreIndependent();
    void movedFromIsEmpty();
};

void TestSipMessage::topViaFollowsChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedBranch"); // empty: no usable top Via
    QTest::newRow("as built") << "none" << "z9hG4bK776asdhds";
    QTest::newRow("proxy prepends its Via (RFC 3261 16.6 step 8)") << "prepend" << "z9hG4bKproxy1";
    QTest::newRow("prepend with the compact name") << "prepend-compact" << "z9hG4bKproxy1";
    QTest::newRow("a proxy's Via as the first of a list") << "prepend-list" << "z9hG4bKlist1";
    QTest::newRow("response pops the top Via (16.7 step 3)") << "prepend-pop" << "z9hG4bK776asdhds";
    QTest::newRow("pop the first of a list") << "prepend-list-pop" << "z9hG4bKlist2";
    QTest::newRow("pop the only Via") << "pop" << "";
    QTest::newRow("remove every Via") << "remove" << "";
    QTest::newRow("remove by compact name") << "remove-compact" << "";
    QTest::newRow("replace every Via") << "set" << "z9hG4bKset";
    QTest::newRow("append a second Via keeps the first") << "append" << "z9hG4bK776asdhds";
    QTest::newRow("Via inserted above From") << "insert-first" << "z9hG4bK776asdhds";
    QTest::newRow("malformed top Via") << "prepend-bad" << "";
    QTest::newRow("empty first Via line, the next one counts") << "empty-first" << "z9hG4bKsecond";
    // A response copies the request's Via lines (RFC 3261 8.2.6.2) and takes over its top Via.
    QTest::newRow("response copies the Vias") << "copy" << "z9hG4bKproxy1";
    QTest::newRow("Vias copied below one of its own") << "copy-below" << "z9hG4bKown";
    QTest::newRow("Vias copied below an empty Via line") << "copy-below-empty" << "z9hG4bK776asdhds";
    QTest::newRow("no Via to copy") << "copy-none" << "";
    // A node's own Via, added already parsed (SipNode::addOwnVia / prependOwnVia).
    QTest::newRow("own Via on top, parsed by the caller") << "prependVia" << "z9hG4bKown1";
    QTest::newRow("own Via on top of a list") << "prependVia-list" << "z9hG4bKown1";
    QTest::newRow("own Via as the first line of a new request") << "addVia-first" << "z9hG4bKown1";
    QTest::newRow("own Via below another keeps the other") << "addVia-second" << "z9hG4bK776asdhds";
    QTest::newRow("own Via below an empty Via line") << "addVia-after-empty" << "z9hG4bKown1";
    QTest::newRow("own Via on top, then popped") << "prependVia-pop" << "z9hG4bK776asdhds";
}

void TestSipMessage::topViaFollowsChanges()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedBranch);
    SipMessage m = invite();
    const QString proxyVia = QStringLiteral("SIP/2.0/UDP p1.example.com;branch=z9hG4bKproxy1");
    if (change == QLatin1String("prepend")) {
        m.prependHeader(QStringLiteral("Via"), proxyVia);
    } else if (change == QLatin1String("prepend-compact")) {
        m.prependHeader(QStringLiteral("v"), proxyVia);
    } else if (change == QLatin1String("prepend-list")) {
        m.prependHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP a.example.com;branch=z9hG4bKlist1, "
                                                              "SIP/2.0/UDP b.example.com;branch=z9hG4bKlist2"));
    } else if (change == QLatin1String("prepend-pop")) {
        m.prependHeader(QStringLiteral("Via"), proxyVia);
        QVERIFY(m.removeFirstValue(QStringLiteral("Via")));
    } else if (change == QLatin1String("prepend-list-pop")) {
        m.prependHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP a.example.com;branch=z9hG4bKlist1, "
                                                              "SIP/2.0/UDP b.example.com;branch=z9hG4bKlist2"));
        QVERIFY(m.removeFirstValue(QStringLiteral("Via")));
    } else if (change == QLatin1String("pop")) {
        QVERIFY(m.removeFirstValue(QStringLiteral("Via")));
    } else if (change == QLatin1String("remove")) {
        m.addHeader(QStringLiteral("Via"), proxyVia);
        QCOMPARE(m.removeHeader(QStringLiteral("Via")), 2);
    } else if (change == QLatin1String("remove-compact")) {
        QCOMPARE(m.removeHeader(QStringLiteral("v")), 1);
    } else if (change == QLatin1String("set")) {
        m.addHeader(QStringLiteral("Via"), proxyVia);
        m.setHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/TCP c.example.com;branch=z9hG4bKset"));
    } else if (change == QLatin1String("append")) {
        m.addHeader(QStringLiteral("Via"), proxyVia);
    } else if (change == QLatin1String("insert-first")) {
        m.insertHeaderBefore(QStringLiteral("From"), QStringLiteral("Via"), proxyVia);
    } else if (change == QLatin1String("prepend-bad")) {
        m.prependHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP"));
    } else if (change == QLatin1String("empty-first")) {
        m.removeHeader(QStringLiteral("Via"));
        m.addHeader(QStringLiteral("Via"), QString());
        m.addHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP d.example.com;branch=z9hG4bKsecond"));
    } else if (change.contains(QLatin1String("Via"))) {
        const QString value = QStringLiteral("SIP/2.0/TCP Own.Example.com:5070;branch=z9hG4bKown1");
        const Via parsed(QStringLiteral("TCP"), QStringLiteral("Own.Example.com"), 5070, QStringLiteral("z9hG4bKown1"));
        QCOMPARE(parsed, Via::parse(value)); // what the nodes rely on
        if (change == QLatin1String("prependVia-list"))
            m.prependHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP a.example.com;branch=z9hG4bKlist1, "
                                                                  "SIP/2.0/UDP b.example.com;branch=z9hG4bKlist2"));
        if (change.startsWith(QLatin1String("addVia")))
            m.removeHeader(QStringLiteral("Via"));
        if (change == QLatin1String("addVia-second"))
            m.addHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds"));
        if (change == QLatin1String("addVia-after-empty"))
            m.addHeader(QStringLiteral("Via"), QString());
        if (change.startsWith(QLatin1String("prependVia")))
            m.prependVia(parsed);
        else
            m.addVia(parsed);
        if (change == QLatin1String("prependVia-pop"))
            QVERIFY(m.removeFirstValue(QStringLiteral("Via")));
        QCOMPARE(m.toBytes().count(QByteArray("Via: " + value.toUtf8() + "\r\n")), change == QLatin1String("prependVia-pop") ? 0 : 1);
    } else if (change.startsWith(QLatin1String("copy"))) {
        SipMessage response = SipMessage::response(200, QStringLiteral("OK"));
        if (change == QLatin1String("copy-below"))
            response.addHeader(QStringLiteral("Via"), QStringLiteral("SIP/2.0/UDP own.example.com;branch=z9hG4bKown"));
        if (change == QLatin1String("copy-below-empty"))
            response.addHeader(QStringLiteral("Via"), QString());
        if (change == QLatin1String("copy"))
            m.prependHeader(QStringLiteral("Via"), proxyVia);
        if (change == QLatin1String("copy-none"))
            m.removeHeader(QStringLiteral("Via"));
        response.addViasOf(m);
        QCOMPARE(response.headerLines(QStringLiteral("Via")).mid(response.headerLines(QStringLiteral("Via")).size()
                                                                - m.headerLines(QStringLiteral("Via")).size()),
                 m.headerLines(QStringLiteral("Via")));
        m = response;
    }
    const std::optional<Via> expected = slowTopVia(m);
    QCOMPARE(m.topVia().has_value(), expected.has_value());
    QCOMPARE(m.topVia() ? m.topVia()->branch() : QString(), expectedBranch);
    if (expected)
        QCOMPARE(*m.topVia(), *expected);
    // A copy carries the same top Via, and equal messages compare equal.
    const SipMessage copy = m;
    QCOMPARE(copy.topVia(), m.topVia());
    QVERIFY(copy == m);
}

void TestSipMessage::topViaOfLists_data()
{
    // The first non-empty value of the Via lines (RFC 3261 7.3.1 lists, 18.2.1 / 18.2.2), the
    // same as splitting every line; what the live network reads for each datagram.
    QTest::addColumn<QStringList>("vias");
    QTest::addColumn<QString>("expectedHost"); // empty: no usable top Via
    QTest::newRow("one") << QStringList{"SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1"} << "10.0.0.1";
    QTest::newRow("two lines") << QStringList{"SIP/2.0/UDP 10.0.0.2;branch=z9hG4bK2", "SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1"}
                               << "10.0.0.2";
    QTest::newRow("list in one line") << QStringList{"SIP/2.0/UDP 10.0.0.3;branch=z9hG4bK3 , SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1"}
                                      << "10.0.0.3";
    QTest::newRow("empty values first") << QStringList{" , ,SIP/2.0/UDP 10.0.0.4;branch=z9hG4bK4"} << "10.0.0.4";
    QTest::newRow("empty line first") << QStringList{"", "SIP/2.0/UDP 10.0.0.5;branch=z9hG4bK5"} << "10.0.0.5";
    QTest::newRow("quoted comma") << QStringList{"SIP/2.0/UDP 10.0.0.6;branch=z9hG4bK6;x=\"a,b\",SIP/2.0/UDP 10.0.0.1"}
                                  << "10.0.0.6";
    QTest::newRow("escaped quote") << QStringList{"SIP/2.0/UDP 10.0.0.7;branch=z9hG4bK7;x=\"a\\\",b\",SIP/2.0/UDP 10.0.0.1"}
                                   << "10.0.0.7";
    QTest::newRow("angle brackets") << QStringList{"SIP/2.0/UDP 10.0.0.8;branch=z9hG4bK8;x=<a,b>,SIP/2.0/UDP 10.0.0.1"}
                                    << "10.0.0.8";
    QTest::newRow("unterminated quote") << QStringList{"SIP/2.0/UDP 10.0.0.9;x=\"a,b"} << "10.0.0.9";
    QTest::newRow("bad first value") << QStringList{"garbage, SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1"} << "";
    QTest::newRow("none") << QStringList{} << "";
}

void TestSipMessage::topViaOfLists()
{
    QFETCH(QStringList, vias);
    QFETCH(QString, expectedHost);
    SipMessage m = SipMessage::request(QStringLiteral("OPTIONS"), QStringLiteral("sip:a@10.0.0.1"));
    for (const QString &v : vias)
        m.addHeader(QLatin1String(v.size() % 2 ? "v" : "Via"), v); // compact and long names
    const std::optional<Via> reference = slowTopVia(m);
    QCOMPARE(m.topVia().has_value(), reference.has_value());
    QCOMPARE(m.topVia().has_value(), !expectedHost.isEmpty());
    if (m.topVia()) {
        QCOMPARE(m.topVia()->toString(), reference->toString());
        QCOMPARE(m.topVia()->host(), expectedHost);
    }
}

void TestSipMessage::firstValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("one Route") << "Route" << QStringList{"<sip:p1.example.com;lr>"};
    QTest::newRow("Route list on one line") << "Route" << QStringList{"<sip:p1.example.com;lr>, <sip:p2.example.com;lr>"};
    QTest::newRow("comma inside <>") << "Route" << QStringList{"<sip:p1.example.com;lr;x=a,b>, <sip:p2.example.com;lr>"};
    QTest::newRow("quoted comma in a Contact") << "Contact" << QStringList{"\"Doe, John\" <sip:j@example.com>, <sip:k@example.com>"};
    QTest::newRow("empty first line") << "Contact" << QStringList{"", "<sip:k@example.com>"};
    QTest::newRow("compact Contact") << "m" << QStringList{"<sip:k@example.com>;expires=60"};
    QTest::newRow("absent") << "Record-Route" << QStringList{};
    QTest::newRow("not a list header: the whole line") << "From" << QStringList{"\"A, B\" <sip:a@example.com>;tag=1"};
}

void TestSipMessage::firstValue()
{
    QFETCH(QString, name);
    QFETCH(QStringList, lines);
    SipMessage m = SipMessage::request(QStringLiteral("INVITE"), QStringLiteral("sip:x@example.com"));
    for (const QString &line : lines)
        m.addHeader(name, line);
    QCOMPARE(m.firstValue(name), m.headerValues(name).value(0));
}

void TestSipMessage::tags_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("name-addr with tag") << "Alice <sip:alice@atlanta.example.com>;tag=1928301774";
    QTest::newRow("no tag") << "Bob <sip:bob@biloxi.example.com>";
    QTest::newRow("URI parameter named tag inside <>") << "<sip:bob@biloxi.example.com;tag=uri>";
    QTest::newRow("URI tag and header tag") << "<sip:bob@biloxi.example.com;tag=uri>;tag=header";
    QTest::newRow("addr-spec: parameters belong to the header (RFC 3261 20.10)") << "sip:bob@biloxi.example.com;tag=abc";
    QTest::newRow("quoted display name with ; and <") << "\"x;tag=no <y>\" <sip:a@example.com>;tag=yes";
    QTest::newRow("TAG in capitals") << "<sip:a@example.com>;TAG=Upper";
    QTest::newRow("spaces around =") << "<sip:a@example.com> ; tag = spaced ";
    QTest::newRow("other parameters first") << "<sip:a@example.com>;x=1;tag=second;y";
    QTest::newRow("tag without value") << "<sip:a@example.com>;tag";
}

void TestSipMessage::tags()
{
    QFETCH(QString, value);
    SipMessage m = SipMessage::response(180, QStringLiteral("Ringing"));
    m.addHeader(QStringLiteral("From"), value);
    m.addHeader(QStringLiteral("To"), value);
    const NameAddr parsed = NameAddr::parse(value);
    QVERIFY(parsed.isValid());
    QCOMPARE(m.fromTag(), parsed.tag());
    QCOMPARE(m.toTag(), parsed.tag());
    QCOMPARE(NameAddr::headerParameter(value, QStringLiteral("tag")), parsed.tag());
}

void TestSipMessage::cseq_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("number");
    QTest::addColumn<QString>("method");
    QTest::newRow("INVITE") << "314159 INVITE" << true << 314159u << "INVITE";
    QTest::newRow("tab and spaces (LWS, RFC 3261 20.16)") << " 2 \t ACK " << true << 2u << "ACK";
    QTest::newRow("largest 32-bit number") << "4294967295 BYE" << true << 4294967295u << "BYE";
    QTest::newRow("number too large (RFC 3261 8.1.1.5: below 2**31 when chosen, 32 bits at most)") << "4294967296 BYE" << false << 0u << "";
    QTest::newRow("no method") << "1" << false << 0u << "";
    QTest::newRow("no number") << "INVITE" << false << 0u << "";
    QTest::newRow("letters in the number") << "1a INVITE" << false << 0u << "";
    QTest::newRow("two methods") << "1 INVITE BYE" << false << 0u << "";
    QTest::newRow("empty") << "" << false << 0u << "";
}

void TestSipMessage::cseq()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(quint32, number);
    QFETCH(QString, method);
    SipMessage m = SipMessage::request(QStringLiteral("INVITE"), QStringLiteral("sip:x@example.com"));
    m.addHeader(QStringLiteral("CSeq"), value);
    const std::optional<CSeq> c = m.cseq();
    QCOMPARE(c.has_value(), valid);
    if (valid) {
        QCOMPARE(c->number, number);
        QCOMPARE(c->method, method);
    }
}

void TestSipMessage::headerNames_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("looked");
    QTest::addColumn<bool>("found");
    QTest::newRow("canonical") << "Call-ID" << "Call-ID" << true;
    QTest::newRow("lower case lookup") << "Call-ID" << "call-id" << true;
    QTest::newRow("compact lookup (RFC 3261 7.3.3)") << "Call-ID" << "i" << true;
    QTest::newRow("compact added, long lookup") << "i" << "CALL-ID" << true;
    QTest::newRow("spaces around the name") << "Call-ID" << " Call-ID " << true;
    QTest::newRow("extension header, other case") << "X-Lab-Note" << "x-lab-note" << true;
    QTest::newRow("a prefix is not the header") << "Contact" << "Content" << false;
    QTest::newRow("another compact form") << "Call-ID" << "f" << false;
}

void TestSipMessage::headerNames()
{
    QFETCH(QString, added);
    QFETCH(QString, looked);
    QFETCH(bool, found);
    SipMessage m = SipMessage::request(QStringLiteral("OPTIONS"), QStringLiteral("sip:x@example.com"));
    m.addHeader(added, QStringLiteral("value"));
    QCOMPARE(m.hasHeader(looked), found);
    QCOMPARE(m.header(looked), found ? QStringLiteral("value") : QString());
}

void TestSipMessage::toBytes_data()
{
    // toBytes writes ASCII directly and hands anything else to the UTF-8 codec: the bytes must be
    // what encoding the whole text gives, wherever the non-ASCII characters stand.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("ASCII") << QStringLiteral("Alice <sip:alice@atlanta.example.com>;tag=1") << QByteArray();
    QTest::newRow("Chinese display name")
        << QString::fromUtf8("\"\xe7\x88\xb1\xe4\xb8\xbd\xe4\xb8\x9d\" <sip:alice@atlanta.example.com>;tag=1") << QByteArray();
    QTest::newRow("non-ASCII at the end") << QString::fromUtf8("Alice <sip:alice@atlanta.example.com>;x=\xc3\xa9") << QByteArray();
    QTest::newRow("astral character") << QString::fromUtf8("\"\xf0\x9f\x93\x9e\" <sip:a@b.example.com>") << QByteArray("v=0\r\n");
    QTest::newRow("body kept as bytes") << QStringLiteral("<sip:a@b.example.com>") << QByteArray("\xe4\xb8\xad\x00z", 5);
}

void TestSipMessage::toBytes()
{
    QFETCH(QString, from);
    QFETCH(QByteArray, body);
    SipMessage m = invite();
    m.setHeader(QStringLiteral("From"), from);
    m.setRawBody(body);
    QString text = m.startLine() + QStringLiteral("\r\n");
    for (const SipHeader &h : m.headers())
        text += h.name + QStringLiteral(": ") + h.value + QStringLiteral("\r\n");
    QCOMPARE(m.toBytes(), text.toUtf8() + "\r\n" + body);
}

void TestSipMessage::keptAddressesFollowChanges_data()
{
    // A received message keeps From, To, a sole Contact and the top Via as the parser parsed
    // them; after any change of those headers the accessors must give the new values.
    QTest::addColumn<QString>("change");
    for (const char *c : {"setHeader To", "setHeader From", "addHeader Contact", "prependHeader Contact",
                          "insertHeaderBefore Contact", "removeHeader Contact", "removeFirstValue Contact",
                          "replaceTopVia", "removeFirstValue Via", "setHeader Call-ID", "setRequestUri"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestSipMessage::keptAddressesFollowChanges()
{
    QFETCH(QString, change);
    const SipParseResult r = SipParser::parse(
        "REGISTER sip:biloxi.example SIP/2.0\r\nVia: SIP/2.0/UDP a.example;branch=z9hG4bKa\r\n"
        "Via: SIP/2.0/UDP b.example;branch=z9hG4bKb\r\nFrom: <sip:bob@biloxi.example>;tag=1\r\n"
        "To: <sip:bob@biloxi.example>\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\nContact: <sip:bob@192.0.2.4>\r\n\r\n");
    QVERIFY(r.isValid());
    SipMessage m = *r.message;
    const QString other = QStringLiteral("<sip:carol@chicago.example>;tag=7");
    if (change == QLatin1String("setHeader To"))
        m.setHeader(QStringLiteral("t"), other);
    else if (change == QLatin1String("setHeader From"))
        m.setHeader(QStringLiteral("From"), other);
    else if (change == QLatin1String("addHeader Contact"))
        m.addHeader(QStringLiteral("Contact"), other);
    else if (change == QLatin1String("prependHeader Contact"))
        m.prependHeader(QStringLiteral("m"), other);
    else if (change == QLatin1String("insertHeaderBefore Contact"))
        m.insertHeaderBefore(QStringLiteral("Contact"), QStringLiteral("Contact"), other);
    else if (change == QLatin1String("removeHeader Contact"))
        m.removeHeader(QStringLiteral("Contact"));
    else if (change == QLatin1String("removeFirstValue Contact"))
        m.removeFirstValue(QStringLiteral("Contact"));
    else if (change == QLatin1String("replaceTopVia"))
        m.replaceTopVia(Via::parse(QStringLiteral("SIP/2.0/UDP a.example;branch=z9hG4bKa;received=192.0.2.9")));
    else if (change == QLatin1String("removeFirstValue Via"))
        m.removeFirstValue(QStringLiteral("Via"));
    else if (change == QLatin1String("setRequestUri"))
        m.setRequestUri(QStringLiteral("sip:carol@chicago.example;transport=udp"));
    else
        m.setHeader(QStringLiteral("Call-ID"), QStringLiteral("d"));
    QCOMPARE(m.from(), NameAddr::parse(m.header(QStringLiteral("From"))));
    QCOMPARE(m.to(), NameAddr::parse(m.header(QStringLiteral("To"))));
    QList<NameAddr> contacts;
    for (const QString &v : m.headerValues(QStringLiteral("Contact")))
        contacts << NameAddr::parse(v);
    QCOMPARE(m.nameAddrs(QStringLiteral("Contact")), contacts);
    QCOMPARE(m.parsedRequestUri(), SipUri::parse(m.requestUri()));
    QVERIFY(m.topVia().has_value());
    QCOMPARE(*m.topVia(), Via::parse(m.firstValue(QStringLiteral("Via"))));
    // The message reads back as the same message.
    const SipParseResult again = SipParser::parse(m.toBytes());
    QVERIFY(again.isValid());
    QCOMPARE(*again.message, m);
}

void TestSipMessage::copiesAreIndependent_data()
{
    // A copy shares the original's data until one of them changes (implicit sharing): a change
    // to the copy, by each way of changing a message, must not reach the original, nor the
    // original's change the copy.
    QTest::addColumn<QString>("change");
    for (const char *c : {"addHeader", "addVia", "prependVia", "replaceTopVia", "prependHeader", "insertHeaderBefore",
                          "setHeader", "removeHeader", "removeFirstValue Via", "setBody", "setRawBody", "setRequestUri",
                          "setReasonPhrase", "setSipVersion", "addViasOf", "assign another"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestSipMessage::copiesAreIndependent()
{
    QFETCH(QString, change);
    const SipMessage original = invite();
    const QByteArray originalBytes = original.toBytes();
    const std::optional<Via> originalTop = original.topVia();
    for (int changeOriginal = 0; changeOriginal < 2; ++changeOriginal) {
        SipMessage a = original;
        SipMessage b = a; // b shares a's data
        SipMessage &changed = changeOriginal ? a : b;
        const SipMessage &kept = changeOriginal ? b : a;
        const Via via(QStringLiteral("UDP"), QStringLiteral("p1.example.com"), 5060, QStringLiteral("z9hG4bKp1"));
        if (change == QLatin1String("addHeader"))
            changed.addHeader(QStringLiteral("Subject"), QStringLiteral("lunch"));
        else if (change == QLatin1String("addVia"))
            changed.addVia(via);
        else if (change == QLatin1String("prependVia"))
            changed.prependVia(via);
        else if (change == QLatin1String("replaceTopVia"))
            changed.replaceTopVia(via);
        else if (change == QLatin1String("prependHeader"))
            changed.prependHeader(QStringLiteral("Via"), via.toString());
        else if (change == QLatin1String("insertHeaderBefore"))
            changed.insertHeaderBefore(QStringLiteral("To"), QStringLiteral("Route"), QStringLiteral("<sip:p1.example.com;lr>"));
        else if (change == QLatin1String("setHeader"))
            changed.setHeader(QStringLiteral("Max-Forwards"), QStringLiteral("69"));
        else if (change == QLatin1String("removeHeader"))
            changed.removeHeader(QStringLiteral("Via"));
        else if (change == QLatin1String("removeFirstValue Via"))
            changed.removeFirstValue(QStringLiteral("Via"));
        else if (change == QLatin1String("setBody"))
            changed.setBody("v=0\r\n", QStringLiteral("application/sdp"));
        else if (change == QLatin1String("setRawBody"))
            changed.setRawBody("x");
        else if (change == QLatin1String("setRequestUri"))
            changed.setRequestUri(QStringLiteral("sip:carol@chicago.example.com"));
        else if (change == QLatin1String("setReasonPhrase"))
            changed.setReasonPhrase(QStringLiteral("Other"));
        else if (change == QLatin1String("setSipVersion"))
            changed.setSipVersion(QStringLiteral("SIP/3.0"));
        else if (change == QLatin1String("addViasOf"))
            changed.addViasOf(invite());
        else
            changed = SipMessage::response(486, QStringLiteral("Busy Here"));
        QVERIFY2(!(changed == original), "the change must show in the changed copy");
        QCOMPARE(kept.toBytes(), originalBytes);
        QCOMPARE(kept.topVia(), originalTop);
        QCOMPARE(kept, original);
        QCOMPARE(changed.topVia(), slowTopVia(changed));
    }
}

void TestSipMessage::movedFromIsEmpty()
{
    // A message moved from is an empty message that can be read, changed and assigned, as a
    // moved-from Qt container is (not a message without data).
    SipMessage from = invite();
    const QByteArray bytes = from.toBytes();
    SipMessage to = std::move(from);
    QCOMPARE(to.toBytes(), bytes);
    QVERIFY(from.headers().isEmpty());
    QVERIFY(!from.topVia().has_value());
    QCOMPARE(from.header(QStringLiteral("Via")), QString());
    from.addHeader(QStringLiteral("Call-ID"), QStringLiteral("x"));
    QCOMPARE(from.callId(), QStringLiteral("x"));
    SipMessage assigned = SipMessage::response(180, QStringLiteral("Ringing"));
    assigned = std::move(to);
    QCOMPARE(assigned.toBytes(), bytes);
    QCOMPARE(to.summary(), QStringLiteral("180 Ringing")); // to holds what assigned held
    QVERIFY(to.isResponse());
    // A default message and every other empty one share one block and stay independent.
    SipMessage e1, e2;
    e1.addHeader(QStringLiteral("To"), QStringLiteral("<sip:a@b>"));
    QVERIFY(e2.headers().isEmpty());
    QCOMPARE(SipMessage().toBytes(), e2.toBytes());
}

QTEST_GUILESS_MAIN(TestSipMessage)
#include "tst_sipmessage.moc"
