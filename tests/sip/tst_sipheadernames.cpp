// SipHeaderNames: the canonical spelling of header names (RFC 3261 7.3.1: names are
// case-insensitive) and the compact forms of RFC 3261 7.3.3.
#include "sipheadernames.h"

#include <QTest>

using namespace SipLab;

class TestSipHeaderNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void everyCanonicalNameIsItsOwn_data();
    void everyCanonicalNameIsItsOwn();
    void listHeaders_data();
    void listHeaders();
};

void TestSipHeaderNames::canonical_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << "Call-ID" << "Call-ID";
    QTest::newRow("lower case") << "call-id" << "Call-ID";
    QTest::newRow("upper case") << "CALL-ID" << "Call-ID";
    QTest::newRow("mixed case") << "cAlL-iD" << "Call-ID";
    QTest::newRow("CSeq lower") << "cseq" << "CSeq";
    QTest::newRow("WWW-Authenticate lower") << "www-authenticate" << "WWW-Authenticate";
    QTest::newRow("compact v") << "v" << "Via";
    QTest::newRow("compact V") << "V" << "Via";
    QTest::newRow("compact i") << "i" << "Call-ID";
    QTest::newRow("compact m") << "m" << "Contact";
    QTest::newRow("compact l") << "l" << "Content-Length";
    QTest::newRow("compact k") << "k" << "Supported";
    QTest::newRow("compact o (RFC 3265)") << "o" << "Event";
    QTest::newRow("compact x (RFC 4028)") << "x" << "Session-Expires";
    QTest::newRow("spaces around") << "  To " << "To";
    // Same length, first and last letters as a known name, but another name: not mistaken for it.
    QTest::newRow("Frum is not From") << "Frum" << "Frum";
    QTest::newRow("VIA") << "VIA" << "Via";
    QTest::newRow("Vxa") << "vxa" << "Vxa";
    QTest::newRow("unknown lower") << "x-custom-header" << "X-Custom-Header";
    QTest::newRow("unknown upper") << "X-CUSTOM" << "X-Custom";
    QTest::newRow("unknown mixed kept") << "X-MyHeader" << "X-MyHeader";
    QTest::newRow("empty") << "" << "";
}

void TestSipHeaderNames::canonical()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(SipHeaderNames::canonical(name), expected);
    QCOMPARE(SipHeaderNames::canonical(QStringView(name)), expected);
}

void TestSipHeaderNames::everyCanonicalNameIsItsOwn_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"Accept", "Accept-Encoding", "Accept-Language", "Alert-Info", "Allow", "Allow-Events",
                          "Authentication-Info", "Authorization", "Call-ID", "Call-Info", "Contact",
                          "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
                          "Content-Type", "CSeq", "Date", "Error-Info", "Event", "Expires", "From", "In-Reply-To",
                          "Max-Forwards", "Min-Expires", "Min-SE", "MIME-Version", "Organization", "Priority",
                          "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Require", "RAck", "Reason",
                          "Record-Route", "Refer-To", "Referred-By", "Reply-To", "Require", "Retry-After", "Route",
                          "RSeq", "Server", "Session-Expires", "SIP-ETag", "SIP-If-Match", "Subject",
                          "Subscription-State", "Supported", "Timestamp", "To", "Unsupported", "User-Agent", "Via",
                          "Warning", "WWW-Authenticate", "Accept-Contact"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSipHeaderNames::everyCanonicalNameIsItsOwn()
{
    // A canonical name maps to itself in both overloads, and its lower- and upper-case
    // spellings map back to it.
    QFETCH(QString, name);
    QCOMPARE(SipHeaderNames::canonical(name), name);
    QCOMPARE(SipHeaderNames::canonical(QStringView(name)), name);
    QCOMPARE(SipHeaderNames::canonical(name.toLower()), name);
    QCOMPARE(SipHeaderNames::canonical(name.toUpper()), name);
}

void TestSipHeaderNames::listHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("list");
    QTest::addColumn<QString>("compact");
    QTest::newRow("Via") << "Via" << true << "v";
    QTest::newRow("Route") << "Route" << true << "";
    QTest::newRow("Contact") << "Contact" << true << "m";
    QTest::newRow("Call-ID") << "Call-ID" << false << "i";
    QTest::newRow("WWW-Authenticate (commas inside)") << "WWW-Authenticate" << false << "";
    QTest::newRow("Date (commas inside)") << "Date" << false << "";
}

void TestSipHeaderNames::listHeaders()
{
    QFETCH(QString, name);
    QFETCH(bool, list);
    QFETCH(QString, compact);
    QCOMPARE(SipHeaderNames::isListHeader(name), list);
    QCOMPARE(SipHeaderNames::compactForm(name), compact);
}

QTEST_GUILESS_MAIN(TestSipHeaderNames)
#include "tst_sipheadernames.moc"
