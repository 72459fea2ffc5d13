// siplab-cli run --register bind|update|query|remove and --server-password: the exact ladder
// of each registration (RFC 3665 2.1-2.5), the Contact and Expires headers the UAC sends and the
// bindings the registrar's 200 OK lists (RFC 3261 10.2.1-10.2.3, 10.3 step 8), and the errors.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace SipLab;

namespace {
using Result = CliRunner::Result;

Result runCommand(const QStringList &args)
{
    return CliRunner::run(QStringList{QStringLiteral("run")} + args);
}

/// The values of header `name` in a raw SIP message, in order.
QStringList headerValues(const QString &message, const QString &name)
{
    QStringList values;
    const QStringList lines = message.split(QStringLiteral("\r\n"));
    for (const QString &line : lines) {
        if (line.isEmpty())
            break; // end of the headers
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            values.append(line.mid(colon + 1).trimmed());
    }
    return values;
}
} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ladder_data();
    void ladder();
    void headers_data();
    void headers();
    void errors_data();
    void errors();
    void usageNamesTheOptions();
};

void TestRunCommand::ladder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList reg{"--method", "REGISTER"};
    const QString direct = "F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 200 OK\n";
    QTest::newRow("bind") << reg + QStringList{"--register", "bind"} << direct;
    QTest::newRow("update") << reg + QStringList{"--register", "update"} << direct;
    QTest::newRow("query") << reg + QStringList{"--register", "query"} << direct;
    QTest::newRow("remove") << reg + QStringList{"--register=remove"} << direct;
    // RFC 3665 2.1: the registrar challenges with 401, the credentials are accepted.
    QTest::newRow("2.1 same password") << reg + QStringList{"--auth", "proxy", "--server-password", "secret"}
                                       << "F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 401 Unauthorized\n"
                                          "F3 UAC -> P1: REGISTER\nF4 P1 -> UAC: 200 OK\n";
    // RFC 3665 2.5: the registrar holds another password and refuses the credentials again.
    QTest::newRow("2.5 other password") << reg + QStringList{"--auth", "proxy", "--server-password", "wrong"}
                                        << "F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 401 Unauthorized\n"
                                           "F3 UAC -> P1: REGISTER\nF4 P1 -> UAC: 401 Unauthorized\n";
    QTest::newRow("2.5 remove refused") << reg + QStringList{"--register", "remove", "--auth", "proxy", "--server-password=x"}
                                        << "F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 401 Unauthorized\n"
                                           "F3 UAC -> P1: REGISTER\nF4 P1 -> UAC: 401 Unauthorized\n";
    // The refusal is not only for REGISTER: an INVITE challenged by P1 with 407 (RFC 3261 22.3).
    QTest::newRow("INVITE refused at P1") << QStringList{"--auth", "proxy", "--server-password", "x", "--uas", "200"}
                                          << "F1 UAC -> P1: INVITE\nF2 P1 -> UAC: 407 Proxy Authentication Required\n"
                                             "F3 UAC -> P1: ACK\nF4 UAC -> P1: INVITE\n"
                                             "F5 P1 -> UAC: 407 Proxy Authentication Required\nF6 UAC -> P1: ACK\n";
}

void TestRunCommand::ladder()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = runCommand(args);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expected);
}

void TestRunCommand::headers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("requestContact");
    QTest::addColumn<QStringList>("requestExpires");
    QTest::addColumn<QStringList>("okContact");
    const QString own = "<sip:alice@pc33.atlanta.example:5070>";
    const QString mail = "<mailto:alice@atlanta.example>";
    // RFC 3261 10.2.1, RFC 3665 2.1: the UA's own contact, with the expiry it asks for.
    QTest::newRow("bind") << "bind" << QStringList{own} << QStringList{"3600"} << QStringList{own + ";expires=3600"};
    // RFC 3665 2.2: a second contact (mailto) added; the 200 OK lists both bindings.
    QTest::newRow("update") << "update" << QStringList{mail} << QStringList{"3600"}
                            << QStringList{own + ";expires=3600", mail + ";expires=3600"};
    // RFC 3261 10.2.3, RFC 3665 2.3: no Contact, no Expires; the 200 OK lists the bindings.
    QTest::newRow("query") << "query" << QStringList() << QStringList() << QStringList{own + ";expires=3600"};
    // RFC 3261 10.2.2, RFC 3665 2.4: Contact: * with Expires: 0; no binding is left.
    QTest::newRow("remove") << "remove" << QStringList{"*"} << QStringList{"0"} << QStringList();
}

void TestRunCommand::headers()
{
    QFETCH(QString, action);
    QFETCH(QStringList, requestContact);
    QFETCH(QStringList, requestExpires);
    QFETCH(QStringList, okContact);
    const Result r = runCommand({"--method", "REGISTER", "--register", action, "--format", "json"});
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray messages = doc.object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QString request = messages[0].toObject().value(QStringLiteral("message")).toString();
    const QString ok = messages[1].toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(request.startsWith(QStringLiteral("REGISTER sip:atlanta.example SIP/2.0\r\n")), qPrintable(request));
    QCOMPARE(headerValues(request, QStringLiteral("CSeq")), QStringList{"1 REGISTER"});
    QCOMPARE(headerValues(request, QStringLiteral("Contact")), requestContact);
    QCOMPARE(headerValues(request, QStringLiteral("Expires")), requestExpires);
    QVERIFY2(ok.startsWith(QStringLiteral("SIP/2.0 200 OK\r\n")), qPrintable(ok));
    QCOMPARE(headerValues(ok, QStringLiteral("Contact")), okContact);
    QCOMPARE(headerValues(ok, QStringLiteral("Date")).size(), 1); // RFC 3261 10.3 step 8
}

void TestRunCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("register without REGISTER")
        << QStringList{"--register", "query"}
        << "siplab-cli run: --register (bind, update, query or remove) needs --method REGISTER, the method is INVITE\n";
    QTest::newRow("register with OPTIONS")
        << QStringList{"--method", "OPTIONS", "--register", "remove"}
        << "siplab-cli run: --register (bind, update, query or remove) needs --method REGISTER, the method is OPTIONS\n";
    QTest::newRow("unknown action") << QStringList{"--method", "REGISTER", "--register", "delete"}
                                    << "siplab-cli run: --register must be bind, update, query or remove, not 'delete'\n";
    QTest::newRow("register without value") << QStringList{"--method", "REGISTER", "--register"}
                                            << "siplab-cli run: --register needs a value\n";
    QTest::newRow("password without challenge")
        << QStringList{"--method", "REGISTER", "--server-password", "x"}
        << "siplab-cli run: --server-password needs a server that challenges (--auth proxy or --auth uas)\n";
    QTest::newRow("password without value") << QStringList{"--auth", "proxy", "--server-password"}
                                            << "siplab-cli run: --server-password needs a value\n";
    // The topology flags (RFC 3261 16.5-16.7): each bad combination names the flag.
    QTest::newRow("four targets") << QStringList{"--targets", "4"}
                                  << "siplab-cli run: --targets must be 1, 2 or 3 (callee devices), not '4'\n";
    QTest::newRow("uas3 with two targets") << QStringList{"--targets", "2", "--uas3", "200"}
                                           << "siplab-cli run: --uas3 needs 3 devices (--targets 3); this call has 2\n";
    QTest::newRow("uas2 without targets") << QStringList{"--uas2", "200"}
                                          << "siplab-cli run: --uas2 needs 2 devices (--targets 2); this call has 1\n";
    QTest::newRow("fork with one target") << QStringList{"--fork", "parallel"}
                                          << "siplab-cli run: --fork needs more than one device to fork to (--targets 2 or 3)\n";
    QTest::newRow("unknown fork mode") << QStringList{"--targets", "2", "--fork", "random"}
                                       << "siplab-cli run: --fork must be parallel or sequential, not 'random'\n";
    QTest::newRow("delay not a number") << QStringList{"--targets", "2", "--uas2", "180@soon,200"}
                                        << "siplab-cli run: --uas2: bad time in '180@soon': @MS takes 0-3600000 milliseconds after the request\n";
    QTest::newRow("uas and uas1") << QStringList{"--uas", "200", "--uas1", "486"}
                                  << "siplab-cli run: --uas and --uas1 both give device 1's responses; use one\n";
    QTest::newRow("targets without proxy") << QStringList{"--proxies", "0", "--targets", "2"}
                                           << "siplab-cli run: --targets 2 needs a proxy to fork (--proxies 1 or 2)\n";
    QTest::newRow("two element roles") << QStringList{"--alg", "--redirect-server"}
                                       << "siplab-cli run: --redirect-server and --alg both say what P1 is; choose one\n";
    QTest::newRow("alg with one proxy") << QStringList{"--proxies", "1", "--alg"}
                                        << "siplab-cli run: --alg needs two proxies (P1 and P2), not --proxies 1\n";
    QTest::newRow("branch timeout without fork") << QStringList{"--branch-timeout-ms", "100"}
                                                 << "siplab-cli run: --branch-timeout-ms needs more than one device (--targets 2 or 3)\n";
}

void TestRunCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runCommand(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

void TestRunCommand::usageNamesTheOptions()
{
    const Result r = runCommand({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--register bind|update|query|remove")));
    QVERIFY(r.out.contains(QStringLiteral("--server-password PW")));
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
