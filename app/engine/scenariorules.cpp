#include "scenariorules.h"

#include <QPair>
#include <QSet>

#include <algorithm>

namespace SipLab {

QString ScenarioRules::Finding::text() const
{
    return field + QStringLiteral(": ") + reason;
}

namespace {

bool isInvite(const Scenario &s)
{
    return s.method == QLatin1String("INVITE");
}

void validateSteps(const QList<ResponseStep> &steps, const QString &path, QList<ScenarioRules::Finding> &out)
{
    for (int i = 0; i < steps.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const ResponseStep &s = steps[i];
        if (s.code < 100 || s.code > 699)
            out.append({p + QStringLiteral(".code"), QStringLiteral("%1 is not a response code (100-699)").arg(s.code)});
        if (s.delayMs < 0)
            out.append({p + QStringLiteral(".delayMs"), QStringLiteral("must not be negative")});
        // RFC 3261 17.2.1: once the final response is sent, the transaction sends nothing else.
        if (s.code >= 200 && i != steps.size() - 1)
            out.append({p + QStringLiteral(".code"),
                        QStringLiteral("the final response %1 must be the last step; nothing follows a final response "
                                       "(RFC 3261 17.2.1)")
                            .arg(s.code)});
        // RFC 3261 17.2.1: the server transaction sends 100 Trying itself.
        if (s.code == 100 && i > 0)
            out.append({p + QStringLiteral(".code"),
                        QStringLiteral("100 Trying is hop by hop and sent by the transaction layer, not a later step")});
        // RFC 3262 3: only 101-199 can be sent reliably.
        if (s.reliable && (s.code <= 100 || s.code >= 200))
            out.append({p + QStringLiteral(".reliable"),
                        QStringLiteral("only provisional responses 101-199 can be sent reliably (RFC 3262 3)")});
    }
}

/// The call as a graph: the callee devices behind the last proxy, the lanes each element
/// forwards to (`next`), the UAC's alternate first hop. Names must be lanes, and the path from
/// the UAC must reach the callee without coming back to an element it passed.
void validateGraph(const Scenario &s, QList<ScenarioRules::Finding> &out)
{
    if (s.targetCount() > Scenario::MaxTargets)
        out.append({QStringLiteral("forking.devices"),
                    QStringLiteral("at most %1 devices besides uas (3 in all), got %2")
                        .arg(Scenario::MaxTargets - 1)
                        .arg(s.forking.devices.size())});
    for (int i = 1; i < s.targetCount() && i < Scenario::MaxTargets; ++i) {
        const QString path = QStringLiteral("forking.devices[%1]").arg(i - 1);
        validateSteps(s.target(i).responses, path + QStringLiteral(".responses"), out);
        validateSteps(s.target(i).retryResponses, path + QStringLiteral(".retryResponses"), out);
    }
    if (s.forking.branchTimeoutMs <= 0)
        out.append({QStringLiteral("forking.branchTimeoutMs"), QStringLiteral("must be positive")});
    // RFC 3261 16.5: the proxy responsible for the callee's domain forks; with no proxy there
    // is nobody to fork.
    if (s.targetCount() > 1 && s.proxies.isEmpty())
        out.append({QStringLiteral("forking.devices"),
                    QStringLiteral("forking to %1 devices needs a proxy in front of them (RFC 3261 16.5)")
                        .arg(s.targetCount())});
    // Lane names: every node's name must be unique, since the graph refers to nodes by name.
    QStringList lanes = {s.uac.address.name};
    for (const ProxySettings &p : s.proxies)
        lanes.append(p.address.name);
    for (int i = 0; i < s.targetCount() && i < Scenario::MaxTargets; ++i)
        lanes.append(s.target(i).address.name);
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.indexOf(lanes[i]) != i) {
            out.append({QStringLiteral("address.name"),
                        QStringLiteral("two nodes are called \"%1\"; every lane needs a name of its own").arg(lanes[i])});
            break;
        }
    }
    const int firstDevice = 1 + int(s.proxies.size());
    for (int i = 0; i < s.proxies.size(); ++i) {
        const QString path = QStringLiteral("proxies[%1].next").arg(i);
        const bool last = i == s.proxies.size() - 1;
        for (const QString &name : s.proxies[i].next) {
            const int lane = int(lanes.indexOf(name));
            if (lane < 0) {
                out.append({path, QStringLiteral("\"%1\" is no node of this call (the lanes are %2)")
                                      .arg(name, lanes.join(QStringLiteral(", ")))});
                return;
            }
            // A request that goes back to the caller or to an element it already passed loops
            // (RFC 3261 16.3 step 4 / 8.2.2.2 would stop it with 482 Loop Detected).
            if (lane <= i + 1) {
                out.append({path, QStringLiteral("%1 -> %2 makes a loop: %2 is before %1 on the path (RFC 3261 16.3, 482 Loop Detected)")
                                      .arg(lanes[i + 1], name)});
                return;
            }
            if (!last && lane != i + 2) {
                out.append({path, QStringLiteral("%1 forwards to the next element, %2, not to %3")
                                      .arg(lanes[i + 1], lanes[i + 2], name)});
                return;
            }
            if (last && lane < firstDevice) {
                out.append({path, QStringLiteral("the last proxy forwards to the callee's devices, not to %1").arg(name)});
                return;
            }
        }
        if (s.proxies[i].next.size() != QSet<QString>(s.proxies[i].next.begin(), s.proxies[i].next.end()).size())
            out.append({path, QStringLiteral("a device is listed twice")});
    }
    if (!s.uac.alternateProxy.isEmpty()) {
        const int lane = int(lanes.indexOf(s.uac.alternateProxy));
        // RFC 3263 4.3: the next server to try is another proxy, not the first hop itself.
        if (lane < 0)
            out.append({QStringLiteral("uac.alternateProxy"),
                        QStringLiteral("\"%1\" is no node of this call (the lanes are %2)")
                            .arg(s.uac.alternateProxy, lanes.join(QStringLiteral(", ")))});
        else if (lane < 2 || lane >= firstDevice)
            out.append({QStringLiteral("uac.alternateProxy"),
                        QStringLiteral("the alternate first hop must be a proxy after the first one (P2), not %1")
                            .arg(s.uac.alternateProxy)});
    }
    for (int i = 0; i < s.proxies.size(); ++i) {
        if (s.proxies[i].down && s.uac.alternateProxy.isEmpty() && i == 0)
            continue; // a first hop that is down and no alternate: the call times out (408), a lesson of its own
        if (s.proxies[i].down && i > 0)
            out.append({QStringLiteral("proxies[%1].down").arg(i),
                        QStringLiteral("only the first hop can be down (the UAC fails over to uac.alternateProxy)")});
    }
}

} // namespace

QList<ScenarioRules::Finding> ScenarioRules::normalise(Scenario &s)
{
    QList<Finding> changed;
    if (!isInvite(s)) {
        // RFC 3261 9.1: CANCEL applies to INVITE; other requests are not cancelled.
        if (s.uac.cancelAfterMs >= 0) {
            s.uac.cancelAfterMs = -1;
            changed.append({QStringLiteral("uac.cancelAfterMs"),
                            QStringLiteral("cleared: only an INVITE can be cancelled (RFC 3261 9.1), the method is %1").arg(s.method)});
        }
        // RFC 3261 14: a re-INVITE modifies a session an INVITE created.
        if (s.reInvite) {
            s.reInvite = false;
            changed.append({QStringLiteral("reInvite"),
                            QStringLiteral("cleared: a re-INVITE needs an INVITE session (RFC 3261 14), the method is %1").arg(s.method)});
        }
        // RFC 3261 15: BYE ends a session an INVITE created; the UAS has none to end.
        if (s.hangup == Hangup::Uas) {
            s.hangup = Hangup::Uac;
            changed.append({QStringLiteral("hangup"),
                            QStringLiteral("set to uac: only an INVITE creates a session the UAS can end with BYE (RFC 3261 15)")});
        }
        // RFC 3261 13.2.1: the offer is in the INVITE or, without one there, in the 2xx; other
        // requests carry no offer to leave out.
        if (!s.uac.offerInInvite) {
            s.uac.offerInInvite = true;
            changed.append({QStringLiteral("uac.offerInInvite"),
                            QStringLiteral("set to true: only an INVITE carries an SDP offer (RFC 3261 13.2.1), the method is %1")
                                .arg(s.method)});
        }
    }
    // RFC 3261 10.2.1-10.2.3: updating, querying and removing bindings are REGISTER requests.
    if (s.method != QLatin1String("REGISTER") && s.uac.registerAction != RegisterAction::Bind) {
        s.uac.registerAction = RegisterAction::Bind;
        changed.append({QStringLiteral("uac.register"),
                        QStringLiteral("set to bind: only a REGISTER updates, queries or removes bindings (RFC 3261 10.2), "
                                       "the method is %1")
                            .arg(s.method)});
    }
    // RFC 3261 17.1.2.2: retransmission intervals double from T1 up to T2, so T2 is at least T1.
    if (s.network.t2Ms < s.network.t1Ms) {
        s.network.t2Ms = s.network.t1Ms;
        changed.append({QStringLiteral("network.t2Ms"),
                        QStringLiteral("raised to %1, the value of network.t1Ms (RFC 3261 17.1.2.2)").arg(s.network.t1Ms)});
    }
    return changed;
}

QList<ScenarioRules::Finding> ScenarioRules::validate(const Scenario &s)
{
    QList<Finding> out;
    if (!Scenario::supportedMethods().contains(s.method))
        out.append({QStringLiteral("method"), QStringLiteral("\"%1\" is not one of %2")
                                                   .arg(s.method, Scenario::supportedMethods().join(QStringLiteral(", ")))});
    if (s.proxies.size() > 2)
        out.append({QStringLiteral("proxies"), QStringLiteral("at most 2 proxies, got %1").arg(s.proxies.size())});
    if (s.uac.maxForwards < 0 || s.uac.maxForwards > 255)
        out.append({QStringLiteral("uac.maxForwards"), QStringLiteral("%1 is out of range (0-255)").arg(s.uac.maxForwards)});
    validateSteps(s.uas.responses, QStringLiteral("uas.responses"), out);
    validateSteps(s.uas.retryResponses, QStringLiteral("uas.retryResponses"), out);
    validateGraph(s, out);
    for (int i = 0; i < s.proxies.size(); ++i) {
        const int code = s.proxies[i].respondWith;
        const QString field = QStringLiteral("proxies[%1].respondWith").arg(i);
        if (code != 0 && (code < 100 || code > 699))
            out.append({field, QStringLiteral("%1 is not a response code (100-699, or 0 to forward)").arg(code)});
        // RFC 3261 16.7: a proxy answering a request itself sends a final response.
        else if (code != 0 && code < 200)
            out.append({field, QStringLiteral("a proxy answering itself must send a final response (200-699), not %1").arg(code)});
        // RFC 3261 8.3: a redirect server answers with a 3xx naming the new location.
        else if (s.proxies[i].role == ProxyRole::Redirect && (code < 300 || code > 399))
            out.append({field, QStringLiteral("a redirect server (role \"redirect\") answers with a 3xx, not %1").arg(code)});
    }
    const QList<QPair<QString, const QMap<QString, int> *>> answerSets = {
        {QStringLiteral("uac.answers"), &s.uac.answers}, {QStringLiteral("uas.answers"), &s.uas.answers}};
    for (const auto &[path, answers] : answerSets) {
        for (auto it = answers->begin(); it != answers->end(); ++it) {
            if (it.value() < 200 || it.value() > 699)
                out.append({path + QLatin1Char('.') + it.key(),
                            QStringLiteral("%1 is not a final response code (200-699)").arg(it.value())});
        }
    }
    if (s.network.t1Ms <= 0)
        out.append({QStringLiteral("network.t1Ms"), QStringLiteral("must be positive")});
    if (s.network.t2Ms < s.network.t1Ms)
        out.append({QStringLiteral("network.t2Ms"), QStringLiteral("must not be smaller than network.t1Ms (RFC 3261 17.1.2.2)")});
    // RFC 3261 16.6 step 11: "The timer MUST be larger than 3 minutes" (and 16.7 step 2 for a reset).
    if (s.network.timerCMs <= NetworkSettings::MinTimerCMs)
        out.append({QStringLiteral("network.timerCMs"),
                    QStringLiteral("%1 ms is too short: Timer C must be larger than 3 minutes (%2 ms, RFC 3261 16.6 step 11)")
                        .arg(s.network.timerCMs)
                        .arg(NetworkSettings::MinTimerCMs)});
    if (s.network.latencyMs < 0)
        out.append({QStringLiteral("network.latencyMs"), QStringLiteral("must not be negative")});
    for (int f : s.network.drop) {
        if (f < 1)
            out.append({QStringLiteral("network.drop"), QStringLiteral("%1 is not an F-number (1 or more)").arg(f)});
    }
    if (s.uac.cancelAfterMs >= 0) {
        // RFC 3261 9.1: CANCEL applies to INVITE only, and a UAC must not send it before it
        // received a provisional response.
        if (!isInvite(s))
            out.append({QStringLiteral("uac.cancelAfterMs"),
                        QStringLiteral("only an INVITE can be cancelled (RFC 3261 9), the method is %1").arg(s.method)});
        // With no proxy, the only provisional responses come from the UAS: its own 1xx steps,
        // or the 100 Trying its transaction layer sends after 200 ms (RFC 3261 17.2.1). A UAS
        // that answers finally at once leaves nothing to cancel.
        const bool uasAnswersAtOnce = !s.uas.responses.isEmpty() && s.uas.responses.first().code >= 200
                                      && s.uas.responses.first().delayMs < 200;
        if (s.proxies.isEmpty() && uasAnswersAtOnce)
            out.append({QStringLiteral("uac.cancelAfterMs"),
                        QStringLiteral("CANCEL needs a provisional response first (RFC 3261 9.1), but the UAS "
                                       "sends its final response %1 before any provisional one")
                            .arg(s.uas.responses.first().code)});
    }
    // RFC 3261 15: BYE ends a session an INVITE created.
    if (s.hangup == Hangup::Uas && !isInvite(s))
        out.append({QStringLiteral("hangup"), QStringLiteral("only an INVITE creates a session the UAS can end with BYE")});
    if (s.uac.registerAction != RegisterAction::Bind && s.method != QLatin1String("REGISTER"))
        out.append({QStringLiteral("uac.register"),
                    QStringLiteral("only a REGISTER updates, queries or removes bindings (RFC 3261 10.2), the method is %1").arg(s.method)});
    // RFC 3261 14: a re-INVITE modifies a session an INVITE created.
    if (s.reInvite && !isInvite(s))
        out.append({QStringLiteral("reInvite"), QStringLiteral("a re-INVITE needs an INVITE session, the method is %1").arg(s.method)});
    if (!s.uac.offerInInvite && !isInvite(s))
        out.append({QStringLiteral("uac.offerInInvite"),
                    QStringLiteral("only an INVITE carries an SDP offer, the method is %1").arg(s.method)});
    return out;
}

QString ScenarioRules::firstProblem(const Scenario &scenario)
{
    const QList<Finding> problems = validate(scenario);
    return problems.isEmpty() ? QString() : problems.first().text();
}

QList<int> ScenarioRules::parseDrop(const QString &text, QStringList *rejected)
{
    QList<int> drop;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        bool ok = false;
        const int f = QString(trimmed).remove(QLatin1Char('F'), Qt::CaseInsensitive).toInt(&ok);
        if (ok && f > 0)
            drop.append(f);
        else if (rejected)
            rejected->append(trimmed);
    }
    return drop;
}

QString ScenarioRules::dropText(const QList<int> &drop)
{
    QStringList parts;
    for (int f : drop)
        parts.append(QString::number(f));
    return parts.join(QStringLiteral(", "));
}

namespace {
/// Device `device`'s responses, or nullptr when it does not exist.
QList<ResponseStep> *responsesOf(Scenario &s, int device)
{
    return device >= 0 && device < s.targetCount() ? &s.target(device).responses : nullptr;
}
} // namespace

void ScenarioRules::setFinalResponse(Scenario &s, int code, int delayMs, int device)
{
    QList<ResponseStep> *r = responsesOf(s, device);
    if (!r)
        return;
    if (!r->isEmpty() && r->last().code >= 200)
        r->last().code = code;
    else
        r->append({code, delayMs, false});
}

void ScenarioRules::removeFinalResponse(Scenario &s, int device)
{
    QList<ResponseStep> *r = responsesOf(s, device);
    if (r && !r->isEmpty() && r->last().code >= 200)
        r->removeLast();
}

void ScenarioRules::addProvisional(Scenario &s, int code, int device)
{
    QList<ResponseStep> *r = responsesOf(s, device);
    if (!r)
        return;
    int at = 0;
    while (at < r->size() && (*r)[at].code < 200)
        ++at;
    r->insert(at, {code, 100, false});
}

void ScenarioRules::removeProvisional(Scenario &s, int row, int device)
{
    QList<ResponseStep> *r = responsesOf(s, device);
    if (r && row >= 0 && row < r->size() && (*r)[row].code < 200)
        r->removeAt(row);
}

const ResponseStep *ScenarioRules::finalResponse(const Scenario &s, int device)
{
    if (device < 0 || device >= s.targetCount())
        return nullptr;
    const QList<ResponseStep> &r = s.target(device).responses;
    if (!r.isEmpty() && r.last().code >= 200)
        return &r.last();
    return nullptr;
}

void ScenarioRules::setDeviceCount(Scenario &s, int count)
{
    s.setTargetCount(count);
    // RFC 3261 16.5: the proxy responsible for the callee's domain forks; it must exist.
    if (s.targetCount() > 1 && s.proxies.isEmpty())
        s.setProxyCount(1);
    if (!s.proxies.isEmpty()) {
        QStringList lanes;
        for (int i = 0; i < s.targetCount(); ++i)
            lanes.append(s.target(i).address.name);
        QStringList &next = s.proxies.last().next;
        next.erase(std::remove_if(next.begin(), next.end(), [&lanes](const QString &n) { return !lanes.contains(n); }),
                   next.end());
        // RFC 3261 21.3.1: 300 Multiple Choices lists several locations; 21.3.3: 302 one.
        ProxySettings &p1 = s.proxies.first();
        if (p1.role == ProxyRole::Redirect && (p1.respondWith == 300 || p1.respondWith == 302))
            p1.respondWith = s.targetCount() > 1 ? 300 : 302;
    }
}

void ScenarioRules::removeDevice(Scenario &s, int device)
{
    const int count = s.targetCount();
    if (count <= 1 || device < 0 || device >= count)
        return;
    const QString removed = s.target(device).address.name;
    QList<UasSettings> devices;
    for (int i = 0; i < count; ++i) {
        if (i != device)
            devices.append(s.target(i));
    }
    s.uas = devices.takeFirst();
    s.forking.devices = devices;
    if (!s.proxies.isEmpty())
        s.proxies.last().next.removeAll(removed);
    // Lanes keep their order, renumbered (UAS1, UAS2 / UAS); setDeviceCount drops `next` names
    // that no longer exist and keeps the redirect server's code in step.
    QStringList renamed;
    for (int i = 0; i < s.targetCount(); ++i)
        renamed.append(s.target(i).address.name);
    s.setTargetCount(count - 1);
    if (!s.proxies.isEmpty()) {
        for (QString &n : s.proxies.last().next) {
            const int at = int(renamed.indexOf(n));
            if (at >= 0)
                n = s.target(at).address.name;
        }
    }
    setDeviceCount(s, count - 1);
}

void ScenarioRules::setFirstHopRole(Scenario &s, ProxyRole role)
{
    if (role != ProxyRole::Proxy)
        s.setProxyCount(2);
    if (s.proxies.isEmpty())
        return;
    ProxySettings &p1 = s.proxies[0];
    const NodeAddress standard = Scenario::defaultProxyAddress(0);
    switch (role) {
    case ProxyRole::Proxy:
        if (p1.role == ProxyRole::Redirect)
            p1.respondWith = 0;
        if (p1.role != ProxyRole::Proxy) {
            p1.address.name = standard.name;
            p1.address.host = standard.host;
            p1.address.domain = standard.domain;
        }
        break;
    case ProxyRole::Redirect:
        // RFC 3261 8.3 / RFC 3665 3.6: a redirect server answers every new request with a 3xx:
        // 300 listing every device (21.3.1), 302 with one (21.3.3).
        p1.respondWith = s.targetCount() > 1 ? 300 : 302;
        p1.address.name = QStringLiteral("Redirect");
        p1.address.host = p1.address.domain = QStringLiteral("redirect.atlanta.example");
        break;
    case ProxyRole::Alg:
        // RFC 3665 3.5: the ALG record-routes (it must see the ACK and BYE to rewrite their SDP),
        // Proxy 2 does not.
        p1.respondWith = 0;
        p1.recordRoute = true;
        p1.address.name = QStringLiteral("ALG");
        p1.address.host = p1.address.domain = QStringLiteral("alg.atlanta.example");
        s.proxies[1].recordRoute = false;
        break;
    }
    p1.role = role;
    if (role != ProxyRole::Proxy)
        setFirstHopDown(s, false);
}

void ScenarioRules::setFirstHopDown(Scenario &s, bool down)
{
    if (!down) {
        if (!s.proxies.isEmpty())
            s.proxies[0].down = false;
        s.uac.alternateProxy.clear();
        return;
    }
    // RFC 3263 4.3 / RFC 3665 3.4: the UAC's first hop does not answer (Timer B); it sends the
    // request to the next server it knows, P2.
    setFirstHopRole(s, ProxyRole::Proxy);
    s.setProxyCount(2);
    s.proxies[0].down = true;
    s.proxies[0].respondWith = 0;
    s.uac.alternateProxy = s.proxies[1].address.name;
}

bool ScenarioRules::firstHopDown(const Scenario &s)
{
    return !s.proxies.isEmpty() && s.proxies[0].down && !s.uac.alternateProxy.isEmpty();
}

int ScenarioRules::minimumProxies(const Scenario &s)
{
    if (!s.proxies.isEmpty() && (s.proxies[0].role != ProxyRole::Proxy || s.proxies[0].down))
        return 2;
    if (!s.uac.alternateProxy.isEmpty())
        return 2;
    return s.targetCount() > 1 ? 1 : 0;
}

void ScenarioRules::setServerAcceptsPassword(Scenario &s, bool accepts)
{
    // RFC 3665 2.5: a server holding another password refuses the credentials.
    const QString other = s.uac.password == QLatin1String("not-the-same") ? QStringLiteral("another-one")
                                                                           : QStringLiteral("not-the-same");
    s.uac.serverPassword = accepts ? QString() : other;
}

bool ScenarioRules::serverAcceptsPassword(const Scenario &s)
{
    return s.uac.serverPassword.isEmpty() || s.uac.serverPassword == s.uac.password;
}

void ScenarioRules::setAuth(Scenario &s, AuthAt at, bool on)
{
    if (on)
        s.auth = at;
    else if (s.auth == at)
        s.auth = AuthAt::None;
}

} // namespace SipLab
