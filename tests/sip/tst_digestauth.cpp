// DigestAuth: the RFC 2617 3.5 example (qop=auth), the RFC 2069 form without qop, the
// challenge and credentials SIP sends (RFC 3261 22.4), and verification.
#include "digestauth.h"

#include <QTest>

using namespace SipLab;

namespace {
// RFC 2617 3.5: the challenge and the credentials of the example.
const QString Rfc2617Challenge = QStringLiteral("Digest\r\n realm=\"testrealm@host.com\",\r\n qop=\"auth,auth-int\",\r\n"
                                                " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\",\r\n"
                                                " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
const QString Rfc2617Authorization = QStringLiteral("Digest username=\"Mufasa\",\r\n realm=\"testrealm@host.com\",\r\n"
                                                    " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\",\r\n uri=\"/dir/index.html\",\r\n"
                                                    " qop=auth,\r\n nc=00000001,\r\n cnonce=\"0a4f113b\",\r\n"
                                                    " response=\"6629fae49393a05397450978507c4ef1\",\r\n"
                                                    " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
} // namespace

class TestDigestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void response_data();
    void response();
    void parse_data();
    void parse();
    void challenge();
    void credentials_data();
    void credentials();
    void verify_data();
    void verify();
};

void TestDigestAuth::response_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("nc");
    QTest::addColumn<QString>("cnonce");
    QTest::addColumn<QString>("qop");
    QTest::addColumn<QString>("expected");
    // RFC 2617 3.5, the example's request-digest.
    QTest::newRow("RFC 2617 3.5") << QStringLiteral("Mufasa") << QStringLiteral("testrealm@host.com")
                                  << QStringLiteral("Circle Of Life") << QStringLiteral("GET")
                                  << QStringLiteral("/dir/index.html") << QStringLiteral("dcd98b7102dd2f0e8b11d0f600bfb0c093")
                                  << QStringLiteral("00000001") << QStringLiteral("0a4f113b") << QStringLiteral("auth")
                                  << QStringLiteral("6629fae49393a05397450978507c4ef1");
    // RFC 2069 2.1.1 (RFC 2617 3.2.2.1 without qop): MD5(H(A1):nonce:H(A2)), nc and cnonce unused.
    // The RFC 2069 2.4 example inputs (password "CircleOfLife"); the expected value was computed
    // independently (Python hashlib) from the RFC 2069 formula.
    QTest::newRow("RFC 2069, no qop") << QStringLiteral("Mufasa") << QStringLiteral("testrealm@host.com")
                                      << QStringLiteral("CircleOfLife") << QStringLiteral("GET")
                                      << QStringLiteral("/dir/index.html")
                                      << QStringLiteral("dcd98b7102dd2f0e8b11d0f600bfb0c093") << QStringLiteral("ignored")
                                      << QStringLiteral("ignored") << QString()
                                      << QStringLiteral("1949323746fe6a43ef61f9606e7febea");
    // The same inputs with qop: the nonce count enters the digest, so nc=00000002 differs
    // (expected value computed independently with Python hashlib).
    QTest::newRow("RFC 2617 3.5, nc=00000002") << QStringLiteral("Mufasa") << QStringLiteral("testrealm@host.com")
                                               << QStringLiteral("Circle Of Life") << QStringLiteral("GET")
                                               << QStringLiteral("/dir/index.html")
                                               << QStringLiteral("dcd98b7102dd2f0e8b11d0f600bfb0c093")
                                               << QStringLiteral("00000002") << QStringLiteral("0a4f113b")
                                               << QStringLiteral("auth") << QStringLiteral("15b6bb427e3fecd23a43cb702ce447d5");
}

void TestDigestAuth::response()
{
    QFETCH(QString, username);
    QFETCH(QString, realm);
    QFETCH(QString, password);
    QFETCH(QString, method);
    QFETCH(QString, uri);
    QFETCH(QString, nonce);
    QFETCH(QString, nc);
    QFETCH(QString, cnonce);
    QFETCH(QString, qop);
    QFETCH(QString, expected);
    QCOMPARE(DigestAuth::response(username, realm, password, method, uri, nonce, nc, cnonce, qop), expected);
}

void TestDigestAuth::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2617 challenge realm") << Rfc2617Challenge << QStringLiteral("realm") << QStringLiteral("testrealm@host.com");
    QTest::newRow("2617 challenge qop list") << Rfc2617Challenge << QStringLiteral("qop") << QStringLiteral("auth,auth-int");
    QTest::newRow("2617 challenge opaque") << Rfc2617Challenge << QStringLiteral("opaque")
                                           << QStringLiteral("5ccc069c403ebaf9f0171e9517f40e41");
    QTest::newRow("2617 credentials unquoted nc") << Rfc2617Authorization << QStringLiteral("nc") << QStringLiteral("00000001");
    QTest::newRow("2617 credentials unquoted qop") << Rfc2617Authorization << QStringLiteral("qop") << QStringLiteral("auth");
    QTest::newRow("2617 credentials response") << Rfc2617Authorization << QStringLiteral("response")
                                               << QStringLiteral("6629fae49393a05397450978507c4ef1");
    // Names are case-insensitive (RFC 2617 1.2); the scheme token too.
    QTest::newRow("upper-case name") << QStringLiteral("digest REALM=\"atlanta.com\"") << QStringLiteral("realm")
                                     << QStringLiteral("atlanta.com");
    // quoted-pair inside a quoted-string (RFC 2616 2.2).
    QTest::newRow("escaped quote") << QStringLiteral("Digest realm=\"a\\\"b\", nonce=\"n\"") << QStringLiteral("realm")
                                   << QStringLiteral("a\"b");
    QTest::newRow("not Digest") << QStringLiteral("Basic realm=\"x\"") << QStringLiteral("realm") << QString();
}

void TestDigestAuth::parse()
{
    QFETCH(QString, value);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DigestAuth::parse(value).value(name), expected);
}

void TestDigestAuth::challenge()
{
    // RFC 3261 22.4 / 25.1 (the 401 example of RFC 3261 22.4 uses these names).
    QCOMPARE(DigestAuth::challenge(QStringLiteral("biloxi.com"), QStringLiteral("dcd98b7102dd2f0e8b11d0f600bfb0c093")),
             QStringLiteral("Digest realm=\"biloxi.com\", qop=\"auth\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
                            "algorithm=MD5"));
    const QString withOpaque = DigestAuth::challenge(QStringLiteral("biloxi.com"), QStringLiteral("n1"),
                                                     QStringLiteral("5ccc069c403ebaf9f0171e9517f40e41"));
    QCOMPARE(DigestAuth::parse(withOpaque).value(QStringLiteral("opaque")), QStringLiteral("5ccc069c403ebaf9f0171e9517f40e41"));
    QCOMPARE(DigestAuth::parse(withOpaque).value(QStringLiteral("algorithm")), QStringLiteral("MD5"));
}

void TestDigestAuth::credentials_data()
{
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("expected");
    // RFC 2617 3.5: answering the example challenge with the example's cnonce gives the example
    // response; qop=auth is chosen from "auth,auth-int", the opaque is returned (3.2.2).
    QTest::newRow("RFC 2617 3.5")
        << Rfc2617Challenge
        << QStringLiteral("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
                          "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", "
                          "response=\"6629fae49393a05397450978507c4ef1\", algorithm=MD5, cnonce=\"0a4f113b\", qop=auth, "
                          "nc=00000001, opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
    // RFC 2617 3.2.1: qop-options is a list; LWS after the comma is allowed.
    QTest::newRow("auth after LWS in the list")
        << QStringLiteral("Digest realm=\"testrealm@host.com\", qop=\"auth-int, auth\", "
                          "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"")
        << QStringLiteral("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
                          "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", "
                          "response=\"6629fae49393a05397450978507c4ef1\", algorithm=MD5, cnonce=\"0a4f113b\", qop=auth, "
                          "nc=00000001");
    // No qop in the challenge: the RFC 2069 form, no cnonce, nc or qop.
    QTest::newRow("RFC 2069 challenge")
        << QStringLiteral("Digest realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"")
        << QStringLiteral("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
                          "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", "
                          "response=\"670fd8c2df070c60b045671b8b24ff02\", algorithm=MD5");
}

void TestDigestAuth::credentials()
{
    QFETCH(QString, challenge);
    QFETCH(QString, expected);
    QCOMPARE(DigestAuth::credentials(challenge, QStringLiteral("Mufasa"), QStringLiteral("Circle Of Life"), QStringLiteral("GET"),
                                     QStringLiteral("/dir/index.html"), QStringLiteral("0a4f113b")),
             expected);
}

void TestDigestAuth::verify_data()
{
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RFC 2617 3.5") << Rfc2617Authorization << QStringLiteral("testrealm@host.com")
                                  << QStringLiteral("Circle Of Life") << QStringLiteral("GET") << true;
    QTest::newRow("wrong password") << Rfc2617Authorization << QStringLiteral("testrealm@host.com")
                                    << QStringLiteral("CircleOfLife") << QStringLiteral("GET") << false;
    QTest::newRow("other realm") << Rfc2617Authorization << QStringLiteral("biloxi.com") << QStringLiteral("Circle Of Life")
                                 << QStringLiteral("GET") << false;
    // A2 includes the method: the same credentials do not authorise another method.
    QTest::newRow("other method") << Rfc2617Authorization << QStringLiteral("testrealm@host.com")
                                  << QStringLiteral("Circle Of Life") << QStringLiteral("POST") << false;
    QTest::newRow("no response") << QStringLiteral("Digest username=\"Mufasa\", realm=\"testrealm@host.com\"")
                                 << QStringLiteral("testrealm@host.com") << QStringLiteral("Circle Of Life")
                                 << QStringLiteral("GET") << false;
    // A SIP REGISTER answered by credentials() verifies (RFC 3261 22.4: digest-uri = Request-URI).
    QTest::newRow("round trip REGISTER")
        << DigestAuth::credentials(DigestAuth::challenge(QStringLiteral("biloxi.com"), QStringLiteral("a1b2c3")),
                                   QStringLiteral("bob"), QStringLiteral("zanzibar"), QStringLiteral("REGISTER"),
                                   QStringLiteral("sip:biloxi.com"), QStringLiteral("0a4f113b"))
        << QStringLiteral("biloxi.com") << QStringLiteral("zanzibar") << QStringLiteral("REGISTER") << true;
}

void TestDigestAuth::verify()
{
    QFETCH(QString, credentials);
    QFETCH(QString, realm);
    QFETCH(QString, password);
    QFETCH(QString, method);
    QFETCH(bool, valid);
    QCOMPARE(DigestAuth::verify(credentials, realm, password, method), valid);
}

QTEST_GUILESS_MAIN(TestDigestAuth)
#include "tst_digestauth.moc"
