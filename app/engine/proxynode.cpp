#include "proxynode.h"

#include "clienttransaction.h"
#include "digestauth.h"
#include "enginerules.h"
#include "serverstate.h"
#include "servertransaction.h"
#include "textscan.h"

namespace SipLab {

namespace {
int classRank(int code)
{
    // RFC 3261 16.7 step 6: a 6xx wins; otherwise the lowest class; among 4xx prefer
    // 401, 407, 415, 420 and 484 (they let the client fix the request).
    if (code >= 600)
        return 0;
    static const QList<int> preferred4xx = {401, 407, 415, 420, 484};
    if (code >= 400 && code < 500)
        return preferred4xx.contains(code) ? 40 : 41;
    return code / 100 * 10;
}
} // namespace

ProxyNode::ProxyNode(Simulation &simulation, int index, int proxyNumber)
    : SipNode(simulation, index)
    , m_settings(simulation.scenario().proxies[proxyNumber])
    , m_number(proxyNumber)
{
}

bool ProxyNode::isResponsibleForCallee() const
{
    // The proxy next to the UAS runs the callee's domain and its location service (RFC 3261 16.5).
    return m_index == m_sim.uasIndex() - 1;
}

bool ProxyNode::isRegistrar() const
{
    return m_sim.scenario().registrar == RegistrarAt::Proxy && m_number == 0;
}

bool ProxyNode::challenges() const
{
    return m_settings.respondWith == 407 || (m_sim.scenario().auth == AuthAt::Proxy && m_number == 0);
}

ProxyNode::Context *ProxyNode::contextOf(ClientTransaction *transaction, Branch **branch)
{
    for (auto &c : m_contexts) {
        for (Branch &b : c->branches) {
            if (b.transaction == transaction) {
                if (branch)
                    *branch = &b;
                return c.get();
            }
        }
    }
    return nullptr;
}

ProxyNode::Context *ProxyNode::contextOf(ServerTransaction *transaction)
{
    for (auto &c : m_contexts) {
        if (c->server == transaction)
            return c.get();
    }
    return nullptr;
}

void ProxyNode::onRequest(ServerTransaction &transaction, const SipMessage &request, int from)
{
    const QString method = request.method();
    if (method == QLatin1String("CANCEL")) {
        handleCancel(transaction, request);
        return;
    }
    // RFC 3261 16.3 step 3: Max-Forwards 0 -> 483, never forwarded.
    if (request.maxForwards() == 0) {
        transaction.respond(makeFinalResponse(request, 483, m_sim.newTag()), Rules::ProxyTooManyHops);
        return;
    }
    if (m_settings.answers.contains(method)) {
        transaction.respond(makeFinalResponse(request, m_settings.answers.value(method), m_sim.newTag(), m_settings.retryAfter),
                            Rules::ProxyRejects);
        return;
    }
    const bool inDialog = !request.toTag().isEmpty();
    QStringList classroomTargets;
    if (m_sim.serverState() && m_sim.serverState()->routeByLocation && m_number == 0
        && serveClassroom(transaction, request, &classroomTargets))
        return;
    const QString classroomTarget = classroomTargets.value(0);
    if (!inDialog && classroomTarget.isEmpty()) {
        if (method == QLatin1String("REGISTER") && isRegistrar()) {
            answerRegister(transaction, request);
            return;
        }
        if (challenges()) {
            // RFC 3261 22.3: credentials for our realm in Proxy-Authorization, else 407.
            bool ok = false;
            for (const QString &c : request.headerLines(QStringLiteral("Proxy-Authorization")))
                ok = ok || DigestAuth::verify(c, address().domain, m_sim.scenario().uac.passwordOnServer(), method);
            if (!ok) {
                transaction.respond(makeFinalResponse(request, 407, m_sim.newTag()), Rules::ProxyChallenge);
                return;
            }
        }
        const int code = m_settings.respondWith;
        if (code != 0 && code != 407) {
            bool answer = true;
            TraceRule rule = Rules::ProxyRejects;
            if (code >= 300 && code < 400) {
                // A redirect server answers for the callee's address of record only; a request
                // already sent to the new Contact is forwarded (RFC 3261 8.3).
                const SipUri uri = request.parsedRequestUri();
                // A redirect server of its own (ProxyRole::Redirect) never forwards (RFC 3665 3.6).
                answer = m_settings.role == ProxyRole::Redirect
                    || (uri.user() == m_sim.scenario().uas.address.user
                        && TextScan::equalsIgnoreCase(uri.host(), m_sim.scenario().uas.address.domain));
                rule = Rules::ProxyRedirects;
            } else if (code == 503) {
                answer = !m_rejectedOnce;
                rule = m_settings.retryAfter > 0 ? Rules::UasUnavailableRetryAfter : Rules::ProxyRejects;
            } else if (code == 422) {
                // RFC 4028: only a Session-Expires below our minimum is rejected.
                const int se = request.header(QStringLiteral("Session-Expires")).section(QLatin1Char(';'), 0, 0).toInt();
                answer = se > 0 && se < MinSE;
                rule = Rules::UasSessionTooSmall;
            } else if (code == 423 && method == QLatin1String("REGISTER")) {
                const int expires = request.header(QStringLiteral("Expires")).toInt();
                answer = expires > 0 && expires < MinExpires;
                rule = Rules::RegistrarTooBrief;
            } else if (code == 401) {
                bool ok = false;
                for (const QString &c : request.headerLines(QStringLiteral("Authorization")))
                    ok = ok || DigestAuth::verify(c, address().domain, m_sim.scenario().uac.passwordOnServer(), method);
                answer = !ok;
                rule = Rules::RegistrarChallenge;
            }
            if (answer) {
                m_rejectedOnce = true;
                SipMessage r = makeFinalResponse(request, code, m_sim.newTag(), m_settings.retryAfter);
                if (code >= 300 && code < 400) {
                    // RFC 3261 21.3.1: 300 Multiple Choices lists every device of the callee, in
                    // order; the other 3xx name one address (the first device).
                    const int devices = code == 300 ? m_sim.targetCount() : 1;
                    QStringList contacts;
                    for (int i = 0; i < devices; ++i)
                        contacts.append(QLatin1Char('<') + m_sim.scenario().targetContact(i) + QLatin1Char('>'));
                    r.setHeader(QStringLiteral("Contact"), contacts.join(QStringLiteral(", ")));
                }
                transaction.respond(r, rule);
                return;
            }
        }
    }
    auto context = std::make_unique<Context>();
    context->server = &transaction;
    context->from = from;
    m_contexts.push_back(std::move(context));
    Context &ctx = *m_contexts.back();
    if (method == QLatin1String("INVITE"))
        transaction.sendTryingAfter(0, Rules::Trying); // RFC 3261 16.2: the proxy answers 100 at once
    // RFC 3261 16.5: the callee's proxy looks the address of record up and retargets the request.
    QString target = classroomTarget;
    const SipUri uri = request.parsedRequestUri();
    const NodeAddress &uas = m_sim.scenario().uas.address;
    if (!target.isEmpty()) {
        // --role server: the contact the location service gave (serveClassroom).
    } else if (!inDialog && isResponsibleForCallee() && method != QLatin1String("REGISTER") && uri.user() == uas.user
        && TextScan::equalsIgnoreCase(uri.host(), uas.domain)) {
        target = QStringLiteral("sip:%1@%2:%3").arg(uas.user, uas.host).arg(uas.port);
    } else if (m_sim.isLive() && !inDialog && isResponsibleForCallee() && method != QLatin1String("REGISTER") && isOwnUri(uri)) {
        // Live mode: a request for our own domain (sip:service@proxy) goes to the next hop
        // we were given, which plays the location service (RFC 3261 16.5, 16.6 step 1).
        target = QStringLiteral("sip:%1%2:%3").arg(uri.user().isEmpty() ? QString() : uri.user() + QLatin1Char('@'), uas.ip).arg(uas.port);
    }
    if (classroomTargets.size() > 1) {
        // --role server, an address of record with several contacts: every registered device
        // rings at once (RFC 3261 16.5: the target set is every contact of the location service).
        for (const QString &t : std::as_const(classroomTargets))
            forward(ctx, request, from, t, Rules::ProxyForkParallel);
        return;
    }
    if (classroomTarget.isEmpty() && !inDialog && method != QLatin1String("REGISTER")) {
        const QStringList targets = forkTargets(request);
        if (!targets.isEmpty()) {
            // RFC 3261 16.5 / 16.6: one branch per device, all at once (parallel) or one after
            // another (sequential search, the next when the previous failed, 16.7 step 4).
            if (m_sim.scenario().forking.mode == ForkMode::Parallel) {
                for (const QString &t : targets)
                    forward(ctx, request, from, t, Rules::ProxyForkParallel);
            } else {
                ctx.pendingTargets = targets;
                tryNextTarget(ctx, Rules::ProxyForkSequential);
            }
            return;
        }
    }
    forward(ctx, request, from, target,
            !classroomTarget.isEmpty() ? Rules::ServerRoutesByLocation
            : inDialog                 ? Rules::ProxyForwardInDialog
                                       : Rules::ProxyForward);
}

QStringList ProxyNode::forkTargets(const SipMessage &request) const
{
    const Scenario &s = m_sim.scenario();
    if (m_sim.targetCount() < 2 || !isResponsibleForCallee())
        return {};
    const SipUri uri = request.parsedRequestUri();
    const bool forCallee = uri.user() == s.uas.address.user && TextScan::equalsIgnoreCase(uri.host(), s.uas.address.domain);
    // Live mode: a request for our own address goes to the next hops we were given (--next A,B).
    if (!forCallee && !(m_sim.isLive() && isOwnUri(uri)))
        return {}; // already retargeted (a Contact from a 3xx): that one device only
    QStringList targets;
    if (!m_settings.next.isEmpty()) {
        for (const QString &name : m_settings.next) {
            for (int i = 0; i < m_sim.targetCount(); ++i) {
                if (s.target(i).address.name == name)
                    targets.append(s.targetContact(i));
            }
        }
    } else {
        for (int i = 0; i < m_sim.targetCount(); ++i) {
            if (!m_sim.isLive()) {
                targets.append(s.targetContact(i));
                continue;
            }
            // Live: the user part of the request, at the device's IP address and port.
            const NodeAddress &a = s.target(i).address;
            targets.append(QStringLiteral("sip:%1%2:%3")
                               .arg(uri.user().isEmpty() ? QString() : uri.user() + QLatin1Char('@'), a.ip)
                               .arg(a.port));
        }
    }
    return targets;
}

bool ProxyNode::tryNextTarget(Context &context, const TraceRule &rule)
{
    if (context.pendingTargets.isEmpty() || context.cancelled || context.finalSent || context.stopSearch)
        return false;
    forward(context, context.server->request(), context.from, context.pendingTargets.takeFirst(), rule);
    Branch &branch = context.branches.last();
    if (branch.transaction->isInvite() && !context.pendingTargets.isEmpty()) {
        ClientTransaction *tp = branch.transaction;
        branch.branchTimer = m_sim.schedule(m_sim.scenario().forking.branchTimeoutMs, [this, tp] { fireBranchTimeout(tp); });
    }
    return true;
}

void ProxyNode::fireBranchTimeout(ClientTransaction *transaction)
{
    Branch *branch = nullptr;
    Context *ctx = contextOf(transaction, &branch);
    if (!ctx || branch->done || ctx->finalSent || ctx->cancelled)
        return;
    branch->branchTimer = 0;
    // The device had its time: cancel its branch (its 487 ends it) and go on with the next one.
    m_sim.annotate(AnnotationKind::Timer, m_index, QStringLiteral("branch timeout"), QStringLiteral("fired"),
                   Rules::ProxyBranchTimeout);
    cancelBranch(*ctx, *branch, Rules::ProxyBranchTimeout);
    tryNextTarget(*ctx, Rules::ProxyBranchTimeout);
}

bool ProxyNode::mayRelay(const SipMessage &request) const
{
    // RFC 3261 26.3.2.2: a proxy for a domain forwards requests from outside into its domain,
    // but requests to other domains only for senders who authenticated; it is no open relay.
    const ServerState *server = m_sim.serverState();
    if (server->isOurDomain(request.parsedRequestUri()))
        return true;
    const QString route = request.firstValue(QStringLiteral("Route"));
    if (!route.isEmpty() && isOwnUri(NameAddr::parse(route).uri()) && !request.toTag().isEmpty())
        return true; // in a dialog this server record-routed (16.4): it stays on the path it set up
    QString user;
    return server->requiresAuthentication()
        && checkUserCredentials(request, QStringLiteral("Proxy-Authorization"), &user) == 0;
}

bool ProxyNode::serveClassroom(ServerTransaction &transaction, const SipMessage &request, QStringList *targets)
{
    ServerState *server = m_sim.serverState();
    const QString method = request.method();
    const SipUri uri = request.parsedRequestUri();
    const bool inDialog = !request.toTag().isEmpty();
    const bool ours = server->isOurDomain(uri);
    auto answer = [&](int code, const TraceRule &rule, const QString &why = QString()) {
        SipMessage r = makeFinalResponse(request, code, m_sim.newTag());
        if (!why.isEmpty())
            r.addHeader(QStringLiteral("Warning"), warningValue(why));
        transaction.respond(r, rule);
        return true;
    };
    auto challenge = [&](int code, bool stale, const TraceRule &rule) {
        transaction.respond(makeChallenge(request, code, m_sim.newTag(), stale), rule);
        return true;
    };
    if (inDialog) {
        if (ours && !uri.user().isEmpty()) {
            // RFC 3261 16.5: a Request-URI in our domain is looked up whatever the request (a
            // UA that sends in-dialog requests to the address of record, as SIPp's uac does).
            const QList<LocationService::Binding> bindings
                = server->location.lookup(server->addressOfRecord(uri), m_sim.wallClockMs());
            if (bindings.isEmpty())
                return answer(server->knows(uri) ? 480 : 404,
                              server->knows(uri) ? Rules::ServerNotRegistered : Rules::ServerUnknownUser);
            targets->append(bindings.first().uri); // in a dialog: one target, never a fork
            return false;
        }
        return mayRelay(request) ? false : answer(403, Rules::ServerNoRelay, QStringLiteral("not a dialog of this server"));
    }

    if (method == QLatin1String("REGISTER")) {
        if (!ours) // RFC 3261 10.3 step 1: only registrations for our own domain
            return answer(403, Rules::ServerNoRelay, QStringLiteral("%1 is not this registrar's domain").arg(uri.host()));
        if (server->requiresAuthentication()) {
            // RFC 3261 10.3 steps 3-4: the registrar authenticates with 401, and a user may only
            // change the bindings of its own address of record.
            QString user;
            bool stale = false;
            if (checkUserCredentials(request, QStringLiteral("Authorization"), &user, &stale) != 0)
                return challenge(401, stale, Rules::RegistrarChallenge);
            if (user != request.to().uri().user())
                return answer(403, Rules::RegistrarRefuses,
                              QStringLiteral("%1 may not register %2").arg(user, request.to().uri().user()));
        }
        TraceRule rule;
        const SipMessage r = registerWithLocation(request, m_sim.newTag(), &rule);
        transaction.respond(r, rule);
        return true;
    }
    if (ours && uri.user().isEmpty()) {
        if (method == QLatin1String("OPTIONS")) {
            // RFC 3261 11.2: the server's own capabilities; Allow names REGISTER too (20.5).
            SipMessage r = makeResponse(request, 200, m_sim.newTag());
            r.addHeader(QStringLiteral("Allow"), QStringLiteral("INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER"));
            r.addHeader(QStringLiteral("Accept"), QStringLiteral("application/sdp"));
            r.setBody(QByteArray());
            transaction.respond(r, Rules::ServerOptions);
            return true;
        }
        return answer(404, Rules::ServerUnknownUser, QStringLiteral("no user part in the Request-URI"));
    }
    if (server->requiresAuthentication() && method == QLatin1String("INVITE")) {
        // RFC 3261 22.3: the proxy asks the caller to authenticate with 407.
        QString user;
        bool stale = false;
        if (checkUserCredentials(request, QStringLiteral("Proxy-Authorization"), &user, &stale) != 0)
            return challenge(407, stale, Rules::ProxyChallenge);
    }
    if (!ours) {
        if (!mayRelay(request))
            return answer(403, Rules::ServerNoRelay, QStringLiteral("%1 is not this server's domain").arg(uri.host()));
        return false; // an authenticated user calls out: forwarded by the Request-URI (16.6)
    }
    // RFC 3261 16.5: the location service gives the targets of the address of record: every
    // current contact, highest q first; with more than one the request forks to all of them.
    const QList<LocationService::Binding> bindings
        = server->location.lookup(server->addressOfRecord(uri), m_sim.wallClockMs());
    if (!bindings.isEmpty()) {
        for (const LocationService::Binding &b : bindings)
            targets->append(b.uri);
        return false;
    }
    if (server->knows(uri))
        return answer(480, Rules::ServerNotRegistered, QStringLiteral("%1 has no current registration").arg(uri.user()));
    return answer(404, Rules::ServerUnknownUser, QStringLiteral("%1 is not a user of this domain").arg(uri.user()));
}

SipMessage ProxyNode::rewriteSdp(const SipMessage &message) const
{
    if (m_settings.role != ProxyRole::Alg || message.body().isEmpty()
        || !message.header(QStringLiteral("Content-Type")).startsWith(QStringLiteral("application/sdp"), Qt::CaseInsensitive))
        return message;
    // RFC 3665 3.5: "the ALG terminates both media streams and bridges them. This is done by the
    // ALG modifying the SDP": the connection address becomes the ALG's, the port one it relays
    // (2000 towards the callee as in F2, 2002 towards the caller).
    const int port = message.isRequest() ? 2000 : 2002;
    QList<QByteArray> lines = message.body().split('\n');
    for (QByteArray &line : lines) {
        const bool cr = line.endsWith('\r');
        QByteArray l = cr ? line.chopped(1) : line;
        if (l.startsWith("c=IN IP4 ") || l.startsWith("c=IN IP6 "))
            l = "c=IN IP4 " + address().ip.toLatin1();
        else if (l.startsWith("m=")) {
            QList<QByteArray> parts = l.split(' ');
            if (parts.size() > 1)
                parts[1] = QByteArray::number(port);
            l = parts.join(' ');
        }
        line = cr ? l + '\r' : l;
    }
    SipMessage out = message;
    out.setBody(lines.join('\n'), message.header(QStringLiteral("Content-Type")));
    return out;
}

SipMessage ProxyNode::prepareForward(const SipMessage &request, const QString &branch, bool addRecordRoute) const
{
    SipMessage out = request;
    // RFC 3261 16.4: remove our own URI from the top of Route.
    const QString route = out.firstValue(QStringLiteral("Route"));
    if (!route.isEmpty() && isOwnUri(NameAddr::parse(route).uri()))
        out.removeFirstValue(QStringLiteral("Route"));
    // RFC 3261 16.6 step 3: Max-Forwards minus one (70 when absent).
    const int mf = out.maxForwards();
    out.setHeader(QStringLiteral("Max-Forwards"), QString::number(mf < 0 ? 70 : mf - 1));
    // RFC 3261 16.6 step 4: Record-Route with lr, above any existing value.
    if (addRecordRoute) {
        const QString rr = QStringLiteral("<sip:%1;lr>").arg(routeHost());
        if (out.hasHeader(QStringLiteral("Record-Route")))
            out.prependHeader(QStringLiteral("Record-Route"), rr);
        else
            out.insertHeaderBefore(QStringLiteral("To"), QStringLiteral("Record-Route"), rr);
    }
    // RFC 3261 16.6 step 8: our own Via on top, with a new branch.
    prependOwnVia(out, branch);
    return out;
}

int ProxyNode::nextHop(const SipMessage &request, int from) const
{
    // RFC 3261 16.6 step 6-7: the first Route value, else the Request-URI; a domain that is no
    // node of ours goes one hop further along the chain (as DNS would say, RFC 3263).
    const int hop = nextHopByRoute(request);
    if (hop >= 0 && hop != m_index)
        return hop;
    // Otherwise the next node along the chain, away from where the request came from (a peer
    // seen only in live mode, after the callee's lanes, counts as upstream).
    return from > m_index && from <= m_sim.lastTargetIndex() ? m_index - 1 : m_index + 1;
}

void ProxyNode::forward(Context &context, const SipMessage &request, int from, const QString &target,
                        const TraceRule &rule)
{
    static const QStringList dialogCreating = {QStringLiteral("INVITE"), QStringLiteral("SUBSCRIBE"),
                                               QStringLiteral("REFER")};
    const bool inDialog = !request.toTag().isEmpty();
    // RFC 3665 3.5: an ALG stays in the path of the media and so of the dialog (Record-Route).
    const bool recordRoute = m_settings.recordRoute || m_settings.role == ProxyRole::Alg;
    SipMessage out = rewriteSdp(
        prepareForward(request, m_sim.newBranch(), recordRoute && !inDialog && dialogCreating.contains(request.method())));
    if (!target.isEmpty())
        out.setRequestUri(target);
    const int hop = nextHop(out, from);
    ClientTransaction &t = startClientTransaction(out, hop, rule);
    Branch branch;
    branch.transaction = &t;
    if (t.isInvite()) {
        // RFC 3261 16.6 step 11: Timer C for each INVITE branch.
        ClientTransaction *tp = &t;
        branch.timerC = m_sim.schedule(m_sim.scenario().network.timerCMs, [this, tp] { fireTimerC(tp); });
    }
    context.branches.append(branch);
    if (!target.isEmpty())
        context.triedTargets.append(target);
}

void ProxyNode::onResponse(ClientTransaction &transaction, const SipMessage &response)
{
    Branch *branch = nullptr;
    Context *ctx = contextOf(&transaction, &branch);
    if (!ctx)
        return; // the response to a CANCEL we sent ourselves: no Via left after ours (16.7 step 3)
    const int code = response.statusCode();
    if (code == 100)
        return; // RFC 3261 16.7 step 5: a 100 is never forwarded (and does not reset Timer C)
    SipMessage upstream = rewriteSdp(response);
    upstream.removeFirstValue(QStringLiteral("Via")); // RFC 3261 16.7 step 3
    if (code < 200) {
        if (transaction.isInvite()) {
            // RFC 3261 16.7 step 2: a 101-199 resets Timer C.
            m_sim.cancel(branch->timerC);
            ClientTransaction *tp = &transaction;
            branch->timerC = m_sim.schedule(m_sim.scenario().network.timerCMs, [this, tp] { fireTimerC(tp); });
        }
        if (branch->cancelPending)
            cancelBranch(*ctx, *branch, Rules::ProxyCancelBranch);
        if (!ctx->finalSent)
            ctx->server->respond(upstream, Rules::ProxyForwardProvisional);
        return;
    }
    m_sim.cancel(branch->timerC);
    m_sim.cancel(branch->branchTimer);
    branch->done = true;
    if (code < 300) {
        // RFC 3261 16.7 step 5: every 2xx is forwarded at once; the proxy does not ACK it.
        if (ctx->server->hasFinalResponse()) {
            const int to = nodeOfTopVia(upstream);
            if (to >= 0)
                sendStateless(upstream, to, Rules::ProxyForward2xx);
        } else {
            ctx->server->respond(upstream, Rules::ProxyForward2xx);
        }
        ctx->finalSent = true;
        ctx->pendingTargets.clear();
        // RFC 3261 16.7 step 10: cancel the other pending branches.
        for (Branch &b : ctx->branches)
            cancelBranch(*ctx, b, ctx->branches.size() > 1 ? Rules::ProxyCancelAfter2xx : Rules::ProxyCancelBranch);
        return;
    }
    if (code < 400 && m_settings.recurse && isResponsibleForCallee() && !ctx->cancelled && !ctx->finalSent) {
        // RFC 3261 16.5 / 16.7 step 4: recurse on Contacts not tried yet.
        for (const NameAddr &c : response.nameAddrs(QStringLiteral("Contact"))) {
            const QString target = c.uri().toString();
            if (c.uri().isValid() && !ctx->triedTargets.contains(target)) {
                forward(*ctx, ctx->server->request(), ctx->from, target, Rules::ProxyRecurse);
                return;
            }
        }
    }
    ctx->finals.append(response);
    if (code >= 600) {
        // RFC 3261 16.7 step 5/10: a 6xx ends the search: cancel what is still pending, start
        // no new branch; the 6xx goes upstream once every branch has ended.
        ctx->stopSearch = true;
        ctx->pendingTargets.clear();
        for (Branch &b : ctx->branches)
            cancelBranch(*ctx, b, ctx->branches.size() > 1 ? Rules::ProxyCancelAfter6xx : Rules::ProxyCancelBranch);
    } else if (!branch->cancelSent && !branch->cancelPending && !ctx->pendingTargets.isEmpty()
               && tryNextTarget(*ctx, Rules::ProxyNextBranch)) {
        // (A branch we cancelled ourselves, after its time ran out, already made way for the next.)
        // RFC 3261 16.7 step 4 / 16.6: a 3xx-5xx lets the request be tried elsewhere.
        return;
    }
    branchFinished(*ctx);
}

void ProxyNode::branchFinished(Context &context)
{
    if (context.finalSent)
        return;
    for (const Branch &b : context.branches) {
        if (!b.done)
            return;
    }
    const SipMessage &request = context.server->request();
    if (context.finals.isEmpty()) {
        // RFC 3261 16.7 step 6: no final response at all -> 408.
        respondUpstream(context, makeFinalResponse(request, 408, m_sim.newTag()), Rules::Proxy408);
        return;
    }
    const SipMessage *best = &context.finals.first();
    for (const SipMessage &r : context.finals) {
        if (classRank(r.statusCode()) < classRank(best->statusCode()))
            best = &r;
    }
    SipMessage upstream = *best;
    upstream.removeFirstValue(QStringLiteral("Via"));
    if (best->statusCode() == 401 || best->statusCode() == 407) {
        // RFC 3261 16.7 step 7: gather every challenge of every 401/407 received.
        for (const SipMessage &r : context.finals) {
            if (&r == best)
                continue;
            for (const QString &h : {QStringLiteral("WWW-Authenticate"), QStringLiteral("Proxy-Authenticate")}) {
                for (const QString &v : r.headerLines(h))
                    upstream.addHeader(h, v);
            }
        }
    }
    if (best->statusCode() == 503) {
        // RFC 3261 16.7 step 6: a 503 is not forwarded; 500 goes upstream instead.
        SipMessage r = makeFinalResponse(request, 500, best->toTag());
        respondUpstream(context, r, Rules::Proxy503To500);
        return;
    }
    respondUpstream(context, upstream, Rules::ProxyBestResponse);
}

void ProxyNode::respondUpstream(Context &context, const SipMessage &response, const TraceRule &rule)
{
    context.finalSent = true;
    context.server->respond(response, rule);
}

void ProxyNode::cancelBranch(Context &context, Branch &branch, const TraceRule &rule)
{
    Q_UNUSED(context)
    ClientTransaction *t = branch.transaction;
    if (branch.done || branch.cancelSent || !t->isInvite() || t->finalStatus() != 0)
        return;
    if (!t->hasProvisional()) {
        // RFC 3261 9.1: no CANCEL before a provisional response; wait for one.
        if (!branch.cancelPending)
            m_sim.annotate(AnnotationKind::Note, m_index, t->id(), QString(), Rules::NoteCancelWaits);
        branch.cancelPending = true;
        return;
    }
    branch.cancelPending = false;
    branch.cancelSent = true;
    // RFC 3261 9.1 / 16.10: a CANCEL built from the branch's INVITE, to the same destination.
    startClientTransaction(SipMessage::cancelFor(t->request()), t->destination(), rule);
}

void ProxyNode::handleCancel(ServerTransaction &transaction, const SipMessage &cancel)
{
    const auto via = cancel.topVia();
    ServerTransaction *target = via ? findCancelTarget(via->branch(), via->sentBy()) : nullptr;
    Context *ctx = target && target->isInvite() ? contextOf(target) : nullptr;
    if (!ctx) {
        if (target) {
            // The proxy answered that INVITE itself, or the CANCEL names a request of another
            // method (RFC 3261 9.2, e.g. a REGISTER the server answered): the CANCEL is answered
            // and changes nothing; its To tag is that of the final response (9.2).
            const QString tag = target->hasFinalResponse() ? target->lastResponse().toTag() : QString();
            transaction.respond(makeResponse(cancel, 200, tag.isEmpty() ? m_sim.newTag() : tag), Rules::ProxyCancelAnswer);
            return;
        }
        // RFC 3261 16.10: no response context: forward the CANCEL statelessly.
        SipMessage out = prepareForward(cancel, m_sim.newBranch(), false);
        sendStateless(out, nextHop(out, transaction.source()), Rules::ProxyForward);
        return;
    }
    // RFC 3261 16.10: 200 for the CANCEL at once, then CANCEL every pending branch.
    transaction.respond(makeResponse(cancel, 200, m_sim.newTag()), Rules::ProxyCancelAnswer);
    ctx->cancelled = true;
    for (Branch &b : ctx->branches)
        cancelBranch(*ctx, b, Rules::ProxyCancelBranch);
}

void ProxyNode::fireTimerC(ClientTransaction *transaction)
{
    Branch *branch = nullptr;
    Context *ctx = contextOf(transaction, &branch);
    if (!ctx || branch->done)
        return;
    branch->timerC = 0;
    m_sim.annotate(AnnotationKind::Timer, m_index, QStringLiteral("Timer C"), QStringLiteral("fired"), Rules::TimerC);
    if (transaction->hasProvisional()) {
        cancelBranch(*ctx, *branch, Rules::ProxyCancelOnTimerC); // RFC 3261 16.8: the 487 follows
        return;
    }
    // RFC 3261 16.8: without a provisional response, act as if a 408 had been received.
    transaction->terminate();
    branch->done = true;
    m_sim.cancel(branch->branchTimer);
    if (!branch->cancelPending && !branch->cancelSent && tryNextTarget(*ctx, Rules::ProxyNextBranch))
        return;
    branchFinished(*ctx);
}

void ProxyNode::onTimeout(ClientTransaction &transaction)
{
    Branch *branch = nullptr;
    Context *ctx = contextOf(&transaction, &branch);
    if (!ctx)
        return;
    // RFC 3261 16.6 step 7 / 16.7 step 6: a branch that timed out counts as a 408 from it.
    m_sim.cancel(branch->timerC);
    m_sim.cancel(branch->branchTimer);
    branch->done = true;
    if (!branch->cancelPending && !branch->cancelSent && tryNextTarget(*ctx, Rules::ProxyNextBranch))
        return;
    branchFinished(*ctx);
}

void ProxyNode::onAck(const SipMessage &ack, int from)
{
    // RFC 3261 16.6, 17: the ACK for a 2xx is forwarded like any request, without a transaction.
    if (ack.maxForwards() == 0)
        return; // RFC 3261 16.3 step 3: not forwarded, and an ACK is never answered
    QString target;
    if (ServerState *server = m_sim.serverState(); server && server->routeByLocation) {
        if (!mayRelay(ack))
            return; // --role server: no relay to other domains (26.3.2.2); an ACK is never answered
        const SipUri uri = ack.parsedRequestUri();
        if (server->isOurDomain(uri) && !uri.user().isEmpty()) {
            // RFC 3261 16.5: an ACK sent to the address of record goes where the INVITE went.
            const QList<LocationService::Binding> bindings
                = server->location.lookup(server->addressOfRecord(uri), m_sim.wallClockMs());
            if (bindings.isEmpty())
                return;
            target = bindings.first().uri;
        }
    }
    SipMessage out = rewriteSdp(prepareForward(ack, m_sim.newBranch(), false));
    if (!target.isEmpty())
        out.setRequestUri(target);
    sendStateless(out, nextHop(out, from), Rules::ProxyForwardAck2xx);
}

void ProxyNode::onStrayResponse(const SipMessage &response, int from)
{
    Q_UNUSED(from)
    // RFC 3261 16.7 / 16.11: no client transaction (a retransmitted 2xx): forward statelessly.
    const auto via = response.topVia();
    if (!via || m_sim.nodeForHost(via->host(), via->port()) != m_index)
        return;
    SipMessage upstream = response;
    upstream.removeFirstValue(QStringLiteral("Via"));
    const int to = nodeOfTopVia(upstream);
    if (to >= 0)
        sendStateless(upstream, to, Rules::ProxyForwardStateless, response.statusCode() < 300);
}

void ProxyNode::answerRegister(ServerTransaction &transaction, const SipMessage &request)
{
    // The proxy is the registrar (RFC 3261 10.3). It challenges with 401, not 407 (21.4.2).
    const Scenario &s = m_sim.scenario();
    const int code = m_settings.respondWith;
    if (s.auth == AuthAt::Proxy || code == 401 || code == 407) {
        bool ok = false;
        for (const QString &c : request.headerLines(QStringLiteral("Authorization")))
            ok = ok || DigestAuth::verify(c, address().domain, s.uac.passwordOnServer(), request.method());
        if (!ok) {
            transaction.respond(makeFinalResponse(request, 401, m_sim.newTag()), Rules::RegistrarChallenge);
            return;
        }
    }
    if (code == 423) {
        const int expires = request.header(QStringLiteral("Expires")).toInt();
        if (expires > 0 && expires < MinExpires) {
            transaction.respond(makeFinalResponse(request, 423, m_sim.newTag()), Rules::RegistrarTooBrief);
            return;
        }
    } else if (code >= 300 && code != 401 && code != 407 && !(code == 503 && m_rejectedOnce)) {
        m_rejectedOnce = true;
        transaction.respond(makeFinalResponse(request, code, m_sim.newTag(), m_settings.retryAfter), Rules::ProxyRejects);
        return;
    }
    transaction.respond(makeRegisterOk(request, m_sim.newTag()), Rules::RegistrarAnswer);
}

} // namespace SipLab
