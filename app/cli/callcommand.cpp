#include "callcommand.h"

#include "cliparser.h"
#include "livenetwork.h"
#include "liveoptions.h"
#include "responsecatalog.h"
#include "signalwatcher.h"
#include "sipuri.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <limits>
#include <utility>

namespace SipLab {

namespace {

CliParser makeParser()
{
    CliParser p(QStringLiteral("call"), QStringLiteral("--to sip:USER@HOST:PORT [OPTIONS]"),
                QStringLiteral("Acts once as the UAC over a real UDP socket and prints each message as it happens."));
    p.addOption({QStringLiteral("to")}, QStringLiteral("sip:USER@HOST:PORT"), QStringLiteral("the callee (required)"));
    p.addOption({QStringLiteral("method")}, QStringLiteral("M"),
                QStringLiteral("INVITE (default; then ACK and BYE), REGISTER, OPTIONS, MESSAGE ..."));
    p.addOption({QStringLiteral("expect")}, QStringLiteral("CODE"),
                QStringLiteral("final status that counts as success (default 200)"));
    p.addOption({QStringLiteral("from")}, QStringLiteral("sip:USER@HOST"),
                QStringLiteral("caller identity (default sip:alice@<listen address>)"));
    p.addOption({QStringLiteral("outbound-proxy")}, QStringLiteral("HOST:PORT"),
                QStringLiteral("send every request, in-dialog ones too, to this proxy (RFC 3261 8.1.2)"));
    p.addOption({QStringLiteral("listen")}, QStringLiteral("HOST:PORT"),
                QStringLiteral("local address (default 127.0.0.1:0, a free port)"));
    p.addAllowRemoteOption();
    p.addOption({QStringLiteral("username")}, QStringLiteral("U"), QStringLiteral("Digest user name (default alice)"));
    p.addOption({QStringLiteral("password")}, QStringLiteral("P"), QStringLiteral("Digest password (default secret)"));
    p.addOption({QStringLiteral("cancel-after-ms")}, QStringLiteral("N"),
                QStringLiteral("CANCEL the INVITE N ms after the first provisional response"));
    p.addOption({QStringLiteral("hangup-after-ms")}, QStringLiteral("N"), QStringLiteral("BYE N ms after the ACK (default 500)"));
    p.addOption({QStringLiteral("timeout-ms")}, QStringLiteral("N"), QStringLiteral("give up after N ms (default 40000)"));
    p.addQuietOption();
    p.addEpilog(QStringLiteral("Exit status: 0 when the final response is the expected one, 1 otherwise, 2 on bad usage."));
    return p;
}

QString valueOr(const CliParser &p, const QString &name, const QString &fallback)
{
    return p.isSet(name) ? p.value(name) : fallback;
}

} // namespace

QString CallCommand::usage()
{
    return makeParser().helpText();
}

int CallCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliParser p = makeParser();
    if (const std::optional<int> done = p.parse(args, out, err))
        return *done;
    auto fail = [&](const QString &message) { return p.fail(err, message); };
    if (!p.positional().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(p.positional().first()));
    const QString toText = p.value(QStringLiteral("to"));
    QString method = valueOr(p, QStringLiteral("method"), QStringLiteral("INVITE"));
    const QString fromText = p.value(QStringLiteral("from"));
    const QString listenText = valueOr(p, QStringLiteral("listen"), QStringLiteral("127.0.0.1:0"));
    const QString outboundText = p.value(QStringLiteral("outbound-proxy"));
    const QString username = valueOr(p, QStringLiteral("username"), QStringLiteral("alice"));
    const QString password = valueOr(p, QStringLiteral("password"), QStringLiteral("secret"));
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    const bool allowRemote = p.isSet(QStringLiteral("allow-remote"));
    int expect = 200;
    if (p.isSet(QStringLiteral("expect"))) {
        expect = ResponseCatalog::parseCode(p.value(QStringLiteral("expect")));
        if (expect < 100 || expect > 699)
            return fail(QStringLiteral("--expect needs a response code, not '%1'").arg(p.value(QStringLiteral("expect"))));
    }
    int cancelAfter = -1, hangupAfter = 500, timeoutMs = 40000;
    for (const auto &[name, target] : {std::pair{QStringLiteral("cancel-after-ms"), &cancelAfter},
                                       std::pair{QStringLiteral("hangup-after-ms"), &hangupAfter},
                                       std::pair{QStringLiteral("timeout-ms"), &timeoutMs}}) {
        if (!p.intValue(name, 0, std::numeric_limits<int>::max(), target))
            return fail(QStringLiteral("--%1 needs a number of milliseconds, not '%2'").arg(name, p.value(name)));
    }
    if (toText.isEmpty())
        return fail(QStringLiteral("--to sip:USER@HOST:PORT is required"));
    method = method.toUpper();
    if (!Scenario::supportedMethods().contains(method))
        return fail(QStringLiteral("--method %1 is not one of %2").arg(method, Scenario::supportedMethods().join(QStringLiteral(", "))));
    const SipUri to = SipUri::parse(toText);
    QHostAddress toAddress;
    quint16 toPort = 0;
    QString error;
    if (!to.isValid() || !to.isSipOrSips()
        || !LiveOptions::parseHostPort(to.host() + QLatin1Char(':') + QString::number(to.port() > 0 ? to.port() : 5060),
                                       &toAddress, &toPort, &error))
        return fail(QStringLiteral("--to '%1' must be sip:USER@IP:PORT %2").arg(toText, error));
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    if (!LiveOptions::parseHostPort(listenText, &listenAddress, &listenPort, &error, true))
        return fail(QStringLiteral("--listen: ") + error);
    if (!listenAddress.isLoopback() && !allowRemote)
        return fail(QStringLiteral("--listen %1 is not a loopback address; add --allow-remote to bind it anyway").arg(listenText));

    QHostAddress outboundAddress;
    quint16 outboundPort = 0;
    if (!outboundText.isEmpty() && !LiveOptions::parseHostPort(outboundText, &outboundAddress, &outboundPort, &error))
        return fail(QStringLiteral("--outbound-proxy: ") + error);

    LiveNetwork network;
    network.setElementRole(ElementRole::Uas);

    if (!network.bind(0, listenAddress, listenPort)) {
        err << "siplab-cli call: " << network.errorString() << '\n';
        return 1;
    }
    const QString ip = listenAddress.toString();
    const int port = network.boundPort(0);

    Scenario s;
    s.title = QStringLiteral("call");
    s.method = method;
    const SipUri from = SipUri::parse(fromText);
    s.uac.address.name = QStringLiteral("UAC");
    s.uac.address.user = from.isValid() && !from.user().isEmpty() ? from.user() : QStringLiteral("alice");
    s.uac.address.ip = ip;
    s.uac.address.host = ip;
    s.uac.address.port = port;
    const QString target = toAddress.toString() + QLatin1Char(':') + QString::number(toPort);
    // REGISTER goes to the registrar's domain (RFC 3261 10.2): the --to address.
    s.uac.address.domain = method == QLatin1String("REGISTER") ? target
                           : from.isValid() ? from.host() + (from.port() > 0 ? QStringLiteral(":%1").arg(from.port()) : QString())
                                            : ip;
    s.uac.username = username;
    s.uac.password = password;
    s.uac.cancelAfterMs = cancelAfter;
    s.uac.supports100rel = false;
    s.uas.address.name = target;
    s.uas.address.user = to.user();
    s.uas.address.ip = toAddress.toString();
    s.uas.address.host = s.uas.address.ip;
    s.uas.address.domain = target; // the Request-URI is sip:user@ip:port
    s.uas.address.port = toPort;
    s.hangup = Hangup::Uac;
    s.hangupAfterMs = hangupAfter;

    int finalStatus = 0;
    QObject::connect(&network, &LiveNetwork::messageTraced, &network,
                     [&out, quiet](int number, qint64 timeMs, const QString &fromName, const QString &toName,
                                   const SipMessage &message, bool retransmission) {
                         if (quiet)
                             return;
                         out << LiveOptions::fLine(number, timeMs, fromName, toName, message, retransmission) << '\n';
                         out.flush();
                     });
    QObject::connect(&network, &LiveNetwork::transportError, &network, [&err](const QString &message) {
        err << "siplab-cli call: " << message << '\n';
        err.flush();
    });
    QObject::connect(&network, &LiveNetwork::datagramRejected, &network,
                     [&err](const QString &peer, int status, const QString &reason) {
                         err << LiveOptions::rejectionLine(QStringLiteral("call"), peer, status, reason) << '\n';
                         err.flush();
                     });
    QObject::connect(&network, &LiveNetwork::callFinished, &network, [&finalStatus](int status) {
        finalStatus = status;
        // Let the last message (ACK for a 3xx-6xx) leave before the event loop ends.
        QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &network, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(timeoutMs, &network, [&err] {
        err << "siplab-cli call: no final outcome within the timeout\n";
        QCoreApplication::exit(0);
    });
    auto simulation = std::make_unique<Simulation>(s, QList<int>{1});
    if (outboundPort != 0)
        simulation->setOutboundLane(simulation->laneFor(outboundAddress.toString(), outboundPort));
    network.start(std::move(simulation));
    QCoreApplication::exec();
    network.stop();
    if (finalStatus == 0) {
        err << "siplab-cli call: no final response\n";
        return 1;
    }
    err << "siplab-cli call: final status " << finalStatus << ' ' << ResponseCatalog::reasonPhrase(finalStatus)
        << (finalStatus == expect ? " (expected)" : QStringLiteral(" (expected %1)").arg(expect)) << '\n';
    return finalStatus == expect ? 0 : 1;
}

} // namespace SipLab
