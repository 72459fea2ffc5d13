#include "servecommand.h"

#include "livenetwork.h"
#include "liveoptions.h"
#include "responsecatalog.h"
#include "serveroptions.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace SipLab {

namespace {

enum class Role { Proxy, Uas, Registrar, Server };

NodeAddress localAddress(const QString &name, const QHostAddress &address, quint16 port, const QString &user)
{
    NodeAddress a;
    a.name = name;
    a.user = user;
    a.ip = address.toString();
    a.host = a.ip;
    a.domain = a.ip;
    a.port = port;
    return a;
}

NodeAddress peerAddress(const QString &ip, int port, const QString &user = QString())
{
    NodeAddress a;
    a.name = ip + QLatin1Char(':') + QString::number(port);
    a.user = user;
    a.ip = ip;
    a.host = ip;
    a.domain = ip;
    a.port = port;
    return a;
}

bool parseCodes(const QString &text, int answerAfterMs, QList<ResponseStep> *steps, QString *error)
{
    steps->clear();
    for (const QString &raw : text.split(QLatin1Char(','))) {
        QString item = raw.trimmed();
        ResponseStep step;
        if (item.endsWith(QLatin1Char('r'))) {
            step.reliable = true;
            item.chop(1);
        }
        step.code = ResponseCatalog::parseCode(item);
        if (step.code < 100 || step.code > 699) {
            *error = QStringLiteral("unknown response code: %1").arg(raw.trimmed());
            return false;
        }
        step.delayMs = step.code < 200 ? 0 : answerAfterMs;
        steps->append(step);
    }
    if (steps->isEmpty() || steps->last().code < 200) {
        *error = QStringLiteral("--uas must end with a final response (200-699): %1").arg(text);
        return false;
    }
    return true;
}

} // namespace

QString ServeCommand::usage()
{
    return QStringLiteral(
        "Usage: siplab-cli serve --role proxy|uas|registrar|server [OPTIONS]\n"
        "Runs one SIP element on a real UDP socket until SIGINT or SIGTERM and prints each\n"
        "message as it happens: time in ms, F-number, call tag, sender -> receiver, e.g.\n"
        "    152 F7 c3 P1 -> 127.0.0.1:5080: INVITE sip:service@127.0.0.1:5080\n"
        "The call tag (c1, c2, ...) numbers the calls in the order they first appeared, so the\n"
        "lines of concurrent calls can be told apart (grep ' c3 ').\n"
        "--role server is a registrar and proxy in one: phones REGISTER with it and call each\n"
        "other by address of record (sip:USER@LISTEN-ADDRESS); 404 for an unknown user, 480 for\n"
        "a user with no current registration, 403 for other domains unless authenticated.\n"
        "\n"
        "  --listen HOST:PORT     address to bind (default 127.0.0.1:5060, uas 127.0.0.1:5080)\n"
        "  --allow-remote         needed to bind an address other than loopback\n"
        "  --next HOST:PORT       proxy: where requests for its own domain go (its location service);\n"
        "                         without it requests go to their Request-URI, and 404 when that is the proxy\n"
        "  --proxy forward|CODE   proxy: forward (default), or answer every new request with CODE\n"
        "                         (407 challenges with Digest and forwards once the credentials are right)\n"
        "  --password PASSWORD    the password Digest credentials are checked against (default secret)\n"
        "  --uas CODES            uas: responses to each new request, e.g. 180,200 (default) or 486\n"
        "  --answer-after-ms N    uas: delay of the final response (default 100)\n"
        "  --t1-ms N              timer T1 (default 500; T2 = 8*T1, T4 = 10*T1 as in RFC 3261)\n"
        "  --quiet                print no F-lines\n"
        "  --max-time-ms N        stop after N ms (for scripts; default: run until a signal)\n")
        + ServeServerOptions::usage();
}

int ServeCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Role role = Role::Proxy;
    bool roleGiven = false;
    QString listenText, nextText, uasText = QStringLiteral("180,200"), proxyText = QStringLiteral("forward");
    QString password = QStringLiteral("secret");
    int answerAfterMs = 100;
    int maxTimeMs = -1;
    int t1Ms = 500;
    bool quiet = false;
    bool allowRemote = false;
    ServeServerOptions serverOptions; // --role server|registrar: users, state, domains, bounds
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString value, error;
        auto fail = [&](const QString &message) {
            err << "siplab-cli serve: " << message << '\n';
            return 2;
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (arg == QLatin1String("--quiet")) {
            quiet = true;
        } else if (arg == QLatin1String("--allow-remote")) {
            allowRemote = true;
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--role"), &value, &error)) {
            if (!error.isEmpty())
                return fail(error);
            roleGiven = true;
            if (value == QLatin1String("proxy"))
                role = Role::Proxy;
            else if (value == QLatin1String("uas"))
                role = Role::Uas;
            else if (value == QLatin1String("registrar"))
                role = Role::Registrar;
            else if (value == QLatin1String("server"))
                role = Role::Server;
            else
                return fail(QStringLiteral("--role must be proxy, uas, registrar or server, not '%1'").arg(value));
        } else if (serverOptions.take(args, &i, &error)) {
            if (!error.isEmpty())
                return fail(error);
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--listen"), &listenText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--next"), &nextText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--uas"), &uasText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--proxy"), &proxyText, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--password"), &password, &error)) {
            if (!error.isEmpty())
                return fail(error);
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--t1-ms"), &value, &error)) {
            if (!error.isEmpty())
                return fail(error);
            bool ok = false;
            t1Ms = value.toInt(&ok);
            if (!ok || t1Ms < 10 || t1Ms > 10000)
                return fail(QStringLiteral("--t1-ms needs 10 to 10000 milliseconds, not '%1'").arg(value));
        } else if (LiveOptions::takeValue(args, &i, QStringLiteral("--answer-after-ms"), &value, &error)
                   || LiveOptions::takeValue(args, &i, QStringLiteral("--max-time-ms"), &value, &error)) {
            if (!error.isEmpty())
                return fail(error);
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0)
                return fail(QStringLiteral("%1 needs a number of milliseconds, not '%2'").arg(arg.section(QLatin1Char('='), 0, 0), value));
            (arg.startsWith(QLatin1String("--answer")) ? answerAfterMs : maxTimeMs) = n;
        } else {
            return fail(QStringLiteral("unknown option '%1'\n\n").arg(arg) + usage());
        }
    }
    auto fail = [&](const QString &message) {
        err << "siplab-cli serve: " << message << '\n';
        return 2;
    };
    if (!roleGiven)
        return fail(QStringLiteral("--role proxy|uas|registrar|server is required"));
    if (listenText.isEmpty())
        listenText = role == Role::Uas ? QStringLiteral("127.0.0.1:5080") : QStringLiteral("127.0.0.1:5060");
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString error;
    if (!LiveOptions::parseHostPort(listenText, &listenAddress, &listenPort, &error))
        return fail(QStringLiteral("--listen: ") + error);
    if (!listenAddress.isLoopback() && !allowRemote)
        return fail(QStringLiteral("--listen %1 is not a loopback address: other machines could reach this element; "
                                   "add --allow-remote to bind it anyway")
                        .arg(listenText));
    if (role == Role::Server || role == Role::Registrar) {
        if (!serverOptions.prepare(role == Role::Server, listenAddress, listenPort, !listenAddress.isLoopback(), &error))
            return fail(error);
    } else if (args.filter(QRegularExpression(QStringLiteral("^--(users|state|domain|min-expires|max-expires|max-bindings)"))).size()) {
        return fail(QStringLiteral("--users, --state, --domain, --min-expires, --max-expires and --max-bindings are for --role server or registrar"));
    }
    QHostAddress nextAddress;
    quint16 nextPort = 0;
    if (!nextText.isEmpty()) {
        if (role != Role::Proxy)
            return fail(QStringLiteral("--next is for --role proxy"));
        if (!LiveOptions::parseHostPort(nextText, &nextAddress, &nextPort, &error))
            return fail(QStringLiteral("--next: ") + error);
    }
    int respondWith = 0;
    if (proxyText != QLatin1String("forward")) {
        respondWith = ResponseCatalog::parseCode(proxyText);
        if (respondWith < 300 || respondWith > 699)
            return fail(QStringLiteral("--proxy must be forward or a code from 300 to 699, not '%1'").arg(proxyText));
    }
    QList<ResponseStep> steps;
    if (role == Role::Registrar && !args.contains(QStringLiteral("--uas")))
        uasText = QStringLiteral("200");
    if (!parseCodes(uasText, answerAfterMs, &steps, &error))
        return fail(error);

    constexpr int LocalLane = 1;
    LiveNetwork network;
    network.setElementRole(role == Role::Proxy || role == Role::Server ? ElementRole::Proxy
                           : role == Role::Uas ? ElementRole::Uas
                                               : ElementRole::Registrar);
    if (!network.bind(LocalLane, listenAddress, listenPort)) {
        err << "siplab-cli serve: " << network.errorString() << '\n';
        return 1;
    }
    const NodeAddress local = localAddress(role == Role::Proxy    ? QStringLiteral("P1")
                                           : role == Role::Server ? QStringLiteral("Server")
                                           : role == Role::Uas    ? QStringLiteral("UAS")
                                                                  : QStringLiteral("Registrar"),
                                           listenAddress, network.boundPort(LocalLane),
                                           role == Role::Proxy || role == Role::Server ? QString() : QStringLiteral("siplab"));
    ServerState *serverState = role == Role::Server || role == Role::Registrar ? serverOptions.state() : nullptr;
    if (serverState)
        serverState->port = network.boundPort(LocalLane);
    network.serve(LocalLane, [=](const SipMessage &request, const QString &peerIp, int peerPort) {
        Scenario s;
        s.title = QStringLiteral("serve");
        s.method = request.method();
        s.uac.address = peerAddress(peerIp, peerPort);
        s.uac.password = password;
        s.hangup = Hangup::Uac; // the peer hangs up; our nodes never start a BYE on their own
        s.registrar = RegistrarAt::Uas;
        // RFC 3261 17.1.1.1: T1 may be configured; T2 and T4 keep their default ratios to it.
        s.network.t1Ms = t1Ms;
        s.network.t2Ms = 8 * t1Ms;
        s.network.t4Ms = 10 * t1Ms;
        QList<int> external = {0};
        if (role == Role::Server) {
            // Registrar and proxy in one (RFC 3261 10.3, 16.5): the location service decides
            // where requests for our domain go; others go where their Request-URI points.
            ProxySettings p;
            p.address = local;
            s.proxies.append(p);
            s.registrar = RegistrarAt::Proxy;
            const SipUri uri = SipUri::parse(request.requestUri());
            s.uas.address = peerAddress(uri.host(), uri.port() > 0 ? uri.port() : 5060, uri.user());
            external.append(2);
        } else if (role == Role::Proxy) {
            ProxySettings p;
            p.address = local;
            p.respondWith = respondWith;
            s.proxies.append(p);
            // The next hop: --next, else where the Request-URI points (RFC 3261 16.5, 16.6).
            const SipUri uri = SipUri::parse(request.requestUri());
            s.uas.address = nextPort != 0 ? peerAddress(nextAddress.toString(), nextPort, uri.user())
                                          : peerAddress(uri.host(), uri.port() > 0 ? uri.port() : 5060, uri.user());
            if (nextPort == 0 && s.uas.address.ip == local.ip && s.uas.address.port == local.port && p.respondWith == 0)
                // Our own domain and no location service (--next): nobody to forward to (21.4.4).
                s.proxies.first().respondWith = 404;
            external.append(2);
        } else {
            s.uas.address = local;
            s.uas.responses = steps;
            s.uas.retryResponses = steps;
        }
        auto simulation = std::make_unique<Simulation>(s, external);
        simulation->setServerState(serverState);
        return simulation;
    });

    QObject::connect(&network, &LiveNetwork::messageTraced, &network,
                     [&out, quiet, role, local](int number, qint64 timeMs, const QString &from, const QString &to,
                                                const SipMessage &message, bool retransmission, int call) {
                         if (quiet)
                             return;
                         out << LiveOptions::fLine(number, timeMs, from, to, message, retransmission, call) << '\n';
                         // --role server: what the catalogue says about an answer the server gave itself.
                         if (role == Role::Server && from == local.name && !retransmission) {
                             const QString why = ServeServerOptions::explanation(message);
                             if (!why.isEmpty())
                                 out << "         " << message.statusCode() << ": " << why << '\n';
                         }
                         out.flush();
                     });
    QObject::connect(&network, &LiveNetwork::datagramRejected, &network,
                     [&err, quiet](const QString &peer, int status, const QString &reason) {
                         if (quiet)
                             return;
                         err << "siplab-cli serve: from " << peer << ": "
                             << (status ? QStringLiteral("answered %1 %2").arg(status).arg(reason)
                                        : QStringLiteral("dropped (%1)").arg(reason))
                             << '\n';
                         err.flush();
                     });
    QObject::connect(&network, &LiveNetwork::transportError, &network, [&err](const QString &message) {
        err << "siplab-cli serve: " << message << '\n';
        err.flush();
    });

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &network, [] { QCoreApplication::exit(0); });
    if (maxTimeMs >= 0)
        QTimer::singleShot(maxTimeMs, &network, [] { QCoreApplication::exit(0); });
    err << "siplab-cli serve: "
        << (role == Role::Proxy ? "proxy" : role == Role::Uas ? "uas" : role == Role::Server ? "server" : "registrar")
        << " listening on " << listenAddress.toString() << ':' << network.boundPort(LocalLane) << "/udp\n";
    err.flush();
    const int code = QCoreApplication::exec();
    QString saveError;
    if (!serverOptions.save(&saveError))
        err << "siplab-cli serve: " << saveError << '\n';
    err << "siplab-cli serve: stopped; " << network.datagramsReceived() << " datagrams received, "
        << network.datagramsRejected() << " rejected, " << network.callCount()
            << (network.callCount() == 1 ? " call still open\n" : " calls still open\n");
    return code;
}

} // namespace SipLab
