#include "callcommand.h"

#include "livenetwork.h"
#include "liveoptions.h"
#include "responsecatalog.h"
#include "signalwatcher.h"
#include "sipuri.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace SipLab {

QString CallCommand::usage()
{
    return QStringLiteral(
        "Usage: siplab-cli call --to sip:USER@HOST:PORT [OPTIONS]\n"
        "Acts once as the UAC over a real UDP socket and prints each message as it happens.\n"
        "Exit status 0 when the final response is the expected one, 1 otherwise, 2 on bad usage.\n"
        "\n"
        "  --method M             INVITE (default; then ACK and BYE), REGISTER, OPTIONS, MESSAGE ...\n"
        "  --expect CODE          final status that counts as success (default 200)\n"
        "  --from sip:USER@HOST   caller identity (default sip:alice@<listen address>)\n"
        "  --outbound-proxy HOST:PORT\n"
        "                         send every request, in-dialog ones too, to this proxy (RFC 3261 8.1.2)\n"
        "  --listen HOST:PORT     local address (default 127.0.0.1:0, a free port)\n"
        "  --allow-remote         needed to bind an address other than loopback\n"
        "  --username U           Digest user name (default alice)\n"
        "  --password P           Digest password (default secret)\n"
        "  --cancel-after-ms N    CANCEL the INVITE N ms after the first provisional response\n"
        "  --hangup-after-ms N    BYE N ms after the ACK (default 500)\n"
        "  --timeout-ms N         give up after N ms (default 40000)\n"
        "  --quiet                print no F-lines\n");
}

int CallCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString toText, method = QStringLiteral("INVITE"), fromText, listenText = QStringLiteral("127.0.0.1:0");
    QString outboundText;
    QString username = QStringLiteral("alice"), password = QStringLiteral("secret");
    int expect = 200, cancelAfter = -1, hangupAfter = 500, timeoutMs = 40000;
    bool quiet = false, allowRemote = false;
    auto fail = [&](const QString &message) {
        err << "siplab-cli call: " << message << '\n';
        return 2;
    };
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString value, error;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (arg == QLatin1String("--quiet")) {
            quiet = true;
        } else if (arg == QLatin1String("--allow-remote")) {
            allowRemote = true;
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--to"), &toText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--method"), &method, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--from"), &fromText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--listen"), &listenText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--outbound-proxy"), &outboundText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--username"), &username, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--password"), &password, &error)) {
            if (!error.isEmpty())
                return fail(error);
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--expect"), &value, &error)) {
            if (!error.isEmpty())
                return fail(error);
            expect = ResponseCatalog::parseCode(value);
            if (expect < 100 || expect > 699)
                return fail(QStringLiteral("--expect needs a response code, not '%1'").arg(value));
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--cancel-after-ms"), &value, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--hangup-after-ms"), &value, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--timeout-ms"), &value, &error)) {
            if (!error.isEmpty())
                return fail(error);
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0)
                return fail(QStringLiteral("%1 needs a number of milliseconds, not '%2'").arg(arg.section(QLatin1Char('='), 0, 0), value));
            if (arg.startsWith(QLatin1String("--cancel")))
                cancelAfter = n;
            else if (arg.startsWith(QLatin1String("--hangup")))
                hangupAfter = n;
            else
                timeoutMs = n;
        } else {
            return fail(QStringLiteral("unknown option '%1'\n\n").arg(arg) + usage());
        }
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
                         err << "siplab-cli call: from " << peer << ": "
                             << (status ? QStringLiteral("answered %1 %2").arg(status).arg(reason)
                                        : QStringLiteral("dropped (%1)").arg(reason))
                             << '\n';
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
