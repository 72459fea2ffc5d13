#include "servecommand.h"

#include "classroomserver.h"
#include "cliparser.h"
#include "livenetwork.h"
#include "liveoptions.h"
#include "responsecatalog.h"
#include "responsescript.h"
#include "scenarionames.h"
#include "serveroptions.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <limits>
#include <utility>

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

CliParser makeParser()
{
    CliParser p(QStringLiteral("serve"), QStringLiteral("--role proxy|uas|registrar|server [OPTIONS]"),
                QStringLiteral("Runs one SIP element on a real UDP socket until SIGINT or SIGTERM and prints each\n"
                               "message as it happens: time in ms, F-number, call tag, sender -> receiver, e.g.\n"
                               "    152 F7 c3 P1 -> 127.0.0.1:5080: INVITE sip:service@127.0.0.1:5080\n"
                               "The call tag (c1, c2, ...) numbers the calls in the order they first appeared, so the\n"
                               "lines of concurrent calls can be told apart (grep ' c3 ').\n"
                               "--role server is a registrar and proxy in one: phones REGISTER with it and call each\n"
                               "other by address of record (sip:USER@LISTEN-ADDRESS); 404 for an unknown user, 480 for\n"
                               "a user with no current registration, 403 for other domains unless authenticated."));
    p.addOption({QStringLiteral("role")}, QStringLiteral("proxy|uas|registrar|server"), QStringLiteral("the element to run (required)"));
    p.addOption({QStringLiteral("listen")}, QStringLiteral("HOST:PORT"),
                QStringLiteral("address to bind (default 127.0.0.1:5060, uas 127.0.0.1:5080)"));
    p.addAllowRemoteOption();
    p.addOption({QStringLiteral("next")}, QStringLiteral("HOST:PORT[,HOST:PORT...]"),
                QStringLiteral("proxy: where requests for its own domain go (its location service);\n"
                               "without it requests go to their Request-URI, and 404 when that is the proxy;\n"
                               "two or three addresses: the proxy forks to all of them (RFC 3261 16.5-16.7)"));
    p.addOption({QStringLiteral("fork")}, QStringLiteral("parallel|sequential"),
                QStringLiteral("proxy with several --next: all at once (default) or one after another"));
    p.addOption({QStringLiteral("branch-timeout-ms")}, QStringLiteral("N"),
                QStringLiteral("sequential fork: time each next hop gets before its branch is cancelled\n"
                               "(default 8000)"));
    p.addOption({QStringLiteral("proxy")}, QStringLiteral("forward|CODE"),
                QStringLiteral("proxy: forward (default), or answer every new request with CODE\n"
                               "(407 challenges with Digest and forwards once the credentials are right)"));
    p.addOption({QStringLiteral("password")}, QStringLiteral("PASSWORD"),
                QStringLiteral("the password Digest credentials are checked against (default secret)"));
    p.addOption({QStringLiteral("uas")}, QStringLiteral("CODES"),
                QStringLiteral("uas: responses to each new request, e.g. 180,200 (default) or 486;\n"
                               "CODE@MS sends it MS ms after the request arrived (180@0,200@2000)"));
    p.addOption({QStringLiteral("answer-after-ms")}, QStringLiteral("N"),
                QStringLiteral("uas: delay of a final response without @MS (default 100)"));
    p.addT1Option(QStringLiteral("timer T1 (default 500; T2 = 8*T1, T4 = 10*T1 as in RFC 3261)"));
    p.addQuietOption();
    p.addOption({QStringLiteral("max-time-ms")}, QStringLiteral("N"),
                QStringLiteral("stop after N ms (for scripts; default: run until a signal)"));
    ServeServerOptions::addOptions(p);
    p.addEpilog(QStringLiteral("Exit status: 0 stopped by a signal or --max-time-ms, 1 the address cannot be bound,\n"
                               "2 bad usage."));
    return p;
}

/// The element's settings from the command line; an empty problem when they are all good.
struct ServeSettings
{
    Role role = Role::Proxy;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QList<QPair<QHostAddress, quint16>> next; // --next: one hop, or the targets of a fork
    ForkMode fork = ForkMode::Parallel;
    int branchTimeoutMs = 8000;
    int respondWith = 0;
    QList<ResponseStep> steps;
    QString password = QStringLiteral("secret");
    int maxTimeMs = -1;
    int t1Ms = 500;
    bool quiet = false;
};

QString readSettings(const CliParser &p, ServeSettings *s)
{
    const QString role = p.value(QStringLiteral("role"));
    if (role.isNull())
        return QStringLiteral("--role proxy|uas|registrar|server is required");
    if (role == QLatin1String("proxy"))
        s->role = Role::Proxy;
    else if (role == QLatin1String("uas"))
        s->role = Role::Uas;
    else if (role == QLatin1String("registrar"))
        s->role = Role::Registrar;
    else if (role == QLatin1String("server"))
        s->role = Role::Server;
    else
        return QStringLiteral("--role must be proxy, uas, registrar or server, not '%1'").arg(role);
    if (s->role != Role::Server && s->role != Role::Registrar && ServeServerOptions::anySet(p))
        return QStringLiteral("--users, --state, --domain, --min-expires, --max-expires and --max-bindings are for "
                              "--role server or registrar");
    if (!p.intValue(QStringLiteral("t1-ms"), 10, 10000, &s->t1Ms))
        return QStringLiteral("--t1-ms needs 10 to 10000 milliseconds, not '%1'").arg(p.value(QStringLiteral("t1-ms")));
    int answerAfterMs = 100;
    for (const auto &[name, target] : {std::pair{QStringLiteral("answer-after-ms"), &answerAfterMs},
                                       std::pair{QStringLiteral("max-time-ms"), &s->maxTimeMs}}) {
        if (!p.intValue(name, 0, std::numeric_limits<int>::max(), target))
            return QStringLiteral("--%1 needs a number of milliseconds, not '%2'").arg(name, p.value(name));
    }
    s->quiet = p.isSet(QStringLiteral("quiet"));
    if (p.isSet(QStringLiteral("password")))
        s->password = p.value(QStringLiteral("password"));
    QString listenText = p.value(QStringLiteral("listen"));
    if (listenText.isEmpty())
        listenText = s->role == Role::Uas ? QStringLiteral("127.0.0.1:5080") : QStringLiteral("127.0.0.1:5060");
    QString error;
    if (!LiveOptions::parseHostPort(listenText, &s->listenAddress, &s->listenPort, &error))
        return QStringLiteral("--listen: ") + error;
    if (!s->listenAddress.isLoopback() && !p.isSet(QStringLiteral("allow-remote")))
        return QStringLiteral("--listen %1 is not a loopback address: other machines could reach this element; "
                              "add --allow-remote to bind it anyway")
            .arg(listenText);
    if (const QString next = p.value(QStringLiteral("next")); !next.isEmpty()) {
        if (s->role != Role::Proxy)
            return QStringLiteral("--next is for --role proxy");
        const QStringList hops = next.split(QLatin1Char(','));
        if (hops.size() > Scenario::MaxTargets)
            return QStringLiteral("--next takes at most %1 addresses to fork to, not %2").arg(Scenario::MaxTargets).arg(hops.size());
        for (const QString &hop : hops) {
            QHostAddress address;
            quint16 port = 0;
            if (!LiveOptions::parseHostPort(hop.trimmed(), &address, &port, &error))
                return QStringLiteral("--next: ") + error;
            s->next.append({address, port});
        }
    }
    if (const QString fork = p.value(QStringLiteral("fork")); !fork.isNull()) {
        const std::optional<ForkMode> mode = ScenarioNames::value(fork, ScenarioNames::forkModes());
        if (!mode)
            return QStringLiteral("--fork must be parallel or sequential, not '%1'").arg(fork);
        if (s->next.size() < 2)
            return QStringLiteral("--fork needs two or three --next addresses to fork to");
        s->fork = *mode;
    }
    if (p.isSet(QStringLiteral("branch-timeout-ms"))) {
        if (!p.intValue(QStringLiteral("branch-timeout-ms"), 1, 3600000, &s->branchTimeoutMs))
            return QStringLiteral("--branch-timeout-ms needs 1 to 3600000 milliseconds, not '%1'")
                .arg(p.value(QStringLiteral("branch-timeout-ms")));
        if (s->fork != ForkMode::Sequential)
            return QStringLiteral("--branch-timeout-ms is for --fork sequential");
    }
    if (const QString proxy = p.value(QStringLiteral("proxy")); !proxy.isNull() && proxy != QLatin1String("forward")) {
        s->respondWith = ResponseCatalog::parseCode(proxy);
        if (s->respondWith < 300 || s->respondWith > 699)
            return QStringLiteral("--proxy must be forward or a code from 300 to 699, not '%1'").arg(proxy);
    }
    // The UAS answers at once with its provisional responses and after --answer-after-ms with
    // the final one; a registrar answers 200 (RFC 3261 10.3).
    ResponseScript::Defaults defaults;
    defaults.provisionalDelayMs = 0;
    defaults.finalDelayMs = answerAfterMs;
    defaults.allowNone = false;
    defaults.requireFinal = true;
    const QString uas = p.isSet(QStringLiteral("uas")) ? p.value(QStringLiteral("uas"))
                        : s->role == Role::Registrar  ? QStringLiteral("200")
                                                      : QStringLiteral("180,200");
    const auto steps = ResponseScript::parse(uas, defaults, &error);
    if (!steps)
        return error.startsWith(QLatin1String("must end")) ? QStringLiteral("--uas ") + error : error;
    s->steps = *steps;
    return {};
}

} // namespace

QString ServeCommand::usage()
{
    return makeParser().helpText();
}

int ServeCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliParser p = makeParser();
    if (const std::optional<int> done = p.parse(args, out, err))
        return *done;
    if (!p.positional().isEmpty())
        return p.fail(err, QStringLiteral("unexpected argument '%1'").arg(p.positional().first()));
    ServeSettings settings;
    if (const QString problem = readSettings(p, &settings); !problem.isEmpty())
        return p.fail(err, problem);
    ServeServerOptions serverOptions; // --role server|registrar: users, state, domains, bounds
    if (const QString problem = serverOptions.read(p); !problem.isEmpty())
        return p.fail(err, problem);
    const Role role = settings.role;
    const QHostAddress listenAddress = settings.listenAddress;
    const quint16 listenPort = settings.listenPort;
    const QList<QPair<QHostAddress, quint16>> next = settings.next;
    const ForkMode fork = settings.fork;
    const int branchTimeoutMs = settings.branchTimeoutMs;
    const int respondWith = settings.respondWith;
    const QList<ResponseStep> steps = settings.steps;
    const QString password = settings.password;
    const int t1Ms = settings.t1Ms;
    const bool quiet = settings.quiet;
    const int maxTimeMs = settings.maxTimeMs;

    constexpr int LocalLane = 1;
    // --role server|registrar: the classroom server (app/net), the same one the GUI runs.
    ClassroomServer classroom;
    LiveNetwork ownNetwork;
    LiveNetwork *networkPointer = &ownNetwork;
    NodeAddress local;
    if (role == Role::Server || role == Role::Registrar) {
        ClassroomServer::Config config;
        if (const QString problem = serverOptions.configure(role == Role::Server, listenAddress, listenPort,
                                                            !listenAddress.isLoopback(), &config);
            !problem.isEmpty())
            return p.fail(err, problem);
        config.t1Ms = t1Ms;
        config.registrarSteps = steps;
        config.password = password;
        QString error;
        if (!classroom.prepare(config, &error))
            return p.fail(err, error);
        if (!classroom.listen(&error)) {
            err << "siplab-cli serve: " << error << '\n';
            return 1;
        }
        networkPointer = classroom.network();
        local = localAddress(classroom.nodeName(), listenAddress, classroom.port(), QString());
    } else {
        ownNetwork.setElementRole(role == Role::Proxy ? ElementRole::Proxy : ElementRole::Uas);
        if (!ownNetwork.bind(LocalLane, listenAddress, listenPort)) {
            err << "siplab-cli serve: " << ownNetwork.errorString() << '\n';
            return 1;
        }
        local = localAddress(role == Role::Proxy ? QStringLiteral("P1") : QStringLiteral("UAS"), listenAddress,
                             ownNetwork.boundPort(LocalLane), role == Role::Proxy ? QString() : QStringLiteral("siplab"));
        ownNetwork.serve(LocalLane, [=](const SipMessage &request, const QString &peerIp, int peerPort) {
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
            if (role == Role::Proxy) {
                ProxySettings p;
                p.address = local;
                p.respondWith = respondWith;
                s.proxies.append(p);
                // The next hop: --next, else where the Request-URI points (RFC 3261 16.5, 16.6).
                const SipUri uri = request.parsedRequestUri();
                s.uas.address = !next.isEmpty() ? peerAddress(next.first().first.toString(), next.first().second, uri.user())
                                                : peerAddress(uri.host(), uri.port() > 0 ? uri.port() : 5060, uri.user());
                if (next.isEmpty() && s.uas.address.ip == local.ip && s.uas.address.port == local.port && p.respondWith == 0)
                    // Our own domain and no location service (--next): nobody to forward to (21.4.4).
                    s.proxies.first().respondWith = 404;
                external.append(2);
                if (next.size() > 1) {
                    // Several next hops: the proxy forks to them (RFC 3261 16.5-16.7), lanes 2, 3, 4.
                    s.setTargetCount(int(next.size()));
                    s.forking.mode = fork;
                    s.forking.branchTimeoutMs = branchTimeoutMs;
                    for (int i = 0; i < next.size(); ++i) {
                        s.target(i).address = peerAddress(next[i].first.toString(), next[i].second, uri.user());
                        if (i > 0)
                            external.append(2 + i);
                    }
                }
            } else {
                s.uas.address = local;
                s.uas.responses = steps;
                s.uas.retryResponses = steps;
            }
            return std::make_unique<Simulation>(s, external);
        });
    }
    LiveNetwork &network = *networkPointer;

    // --quiet: nothing is connected, so the network does not even emit the messages.
    if (!quiet) {
        QObject::connect(
            &network, &LiveNetwork::messageTraced, &network,
            [&out, role, local](int number, qint64 timeMs, const QString &from, const QString &to,
                                const SipMessage &message, bool retransmission, int call) {
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
                         [&err](const QString &peer, int status, const QString &reason) {
                             err << LiveOptions::rejectionLine(QStringLiteral("serve"), peer, status, reason) << '\n';
                             err.flush();
                         });
    }
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
    if (classroom.isRunning() && !classroom.saveState(&saveError))
        err << "siplab-cli serve: " << saveError << '\n';
    err << "siplab-cli serve: stopped; " << network.datagramsReceived() << " datagrams received, "
        << network.datagramsRejected() << " rejected, " << network.callCount()
            << (network.callCount() == 1 ? " call still open\n" : " calls still open\n");
    return code;
}

} // namespace SipLab
