#include "runcommand.h"

#include "climodule.h"
#include "cliparser.h"
#include "engine.h"
#include "exportformat.h"
#include "laddertextformats.h"
#include "responsescript.h"
#include "scenariofile.h"
#include "scenarionames.h"
#include "scenariorules.h"
#include "statuscoderegistry.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace SipLab {

namespace {

RunCommand::DrawingExport s_drawing = nullptr; // set by the commands module

CliParser makeParser()
{
    CliParser p(QStringLiteral("run"), QStringLiteral("[SCENARIO.json] [OPTIONS]"),
                QStringLiteral(
                    "Runs a call on the simulated UAC, proxies and UAS and prints the ladder, one line per\n"
                    "message on the wire (F1 UAC -> P1: INVITE). Flags override the file; with neither, the\n"
                    "default scenario (basic call through one proxy, 180 then 200, the caller hangs up)."));
    const QString n = QStringLiteral("N");
    p.addOption({QStringLiteral("method")}, QStringLiteral("M"),
                QStringLiteral("INVITE (default), REGISTER, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY,\n"
                               "REFER, INFO, UPDATE, PUBLISH"));
    p.addOption({QStringLiteral("proxies")}, QStringLiteral("0|1|2"), QStringLiteral("number of proxies"));
    p.addOption({QStringLiteral("record-route")}, QStringLiteral("on|off"),
                QStringLiteral("proxies stay in the path (default on)"));
    p.addOption({QStringLiteral("uas")}, QStringLiteral("CODES|none"),
                QStringLiteral("UAS responses in order, e.g. 180,486 or 183r,200 (r = reliable,\n"
                               "RFC 3262); CODE@MS sends it MS ms after the request arrived\n"
                               "(180@100,486@300; default 100 ms after the previous response\n"
                               "for 1xx, 1000 ms for a final); none = the UAS never answers"));
    p.addOption({QStringLiteral("targets")}, QStringLiteral("1|2|3"),
                QStringLiteral("callee devices behind the last proxy (default 1; lanes UAS1-UAS3\n"
                               "when more than one: desk phone, softphone, voicemail)"));
    p.addOption({QStringLiteral("fork")}, QStringLiteral("parallel|sequential"),
                QStringLiteral("how the last proxy tries the devices: all at once (default) or\n"
                               "one after another (RFC 3261 16.5-16.7); needs --targets 2 or 3"));
    p.addOption({QStringLiteral("branch-timeout-ms")}, n,
                QStringLiteral("sequential fork: time each device gets before the proxy cancels\n"
                               "its branch and tries the next (default 8000)"));
    p.addOption({QStringLiteral("uas1")}, QStringLiteral("CODES|none"),
                QStringLiteral("the same as --uas: device 1's responses"));
    p.addOption({QStringLiteral("uas2")}, QStringLiteral("CODES|none"),
                QStringLiteral("device 2's responses (needs --targets 2 or 3), e.g.\n"
                               "--uas1 180@100,486@300 --uas2 180@100,200@600"));
    p.addOption({QStringLiteral("uas3")}, QStringLiteral("CODES|none"),
                QStringLiteral("device 3's responses (needs --targets 3)"));
    p.addFlag({QStringLiteral("redirect-server")},
              QStringLiteral("P1 is a redirect server of its own (RFC 3665 3.6): it answers 300\n"
                             "listing every device (302 with one device; --proxy CODE picks\n"
                             "another 3xx) and the UAC sends the request on via P2 (sets\n"
                             "--proxies 2)"));
    p.addFlag({QStringLiteral("alternate-proxy")},
              QStringLiteral("P1 is down; after Timer B the UAC sends the request to P2, its\n"
                             "alternate proxy, which challenges it with 407 (RFC 3263 4.3, RFC\n"
                             "3665 3.4; sets --proxies 2)"));
    p.addFlag({QStringLiteral("alg")},
              QStringLiteral("P1 is an ALG: pre-loaded Route, Record-Route, and the SDP's\n"
                             "address and port rewritten to its own (RFC 3665 3.5; sets\n"
                             "--proxies 2, P2 does not record-route)"));
    p.addOption({QStringLiteral("proxy")}, QStringLiteral("forward|CODE"),
                QStringLiteral("P1 forwards (default) or answers itself with CODE"));
    p.addOption({QStringLiteral("proxy2")}, QStringLiteral("forward|CODE"),
                QStringLiteral("the same for P2 (needs --proxies 2)"));
    p.addOption({QStringLiteral("auth")}, QStringLiteral("proxy|uas"),
                QStringLiteral("who challenges (407 at P1, or 401 at the UAS); none: nobody"));
    p.addOption({QStringLiteral("register")}, QStringLiteral("bind|update|query|remove"),
                QStringLiteral("with --method REGISTER: bind the UA's contact (default), add a\n"
                               "second contact, query the bindings (no Contact) or remove them\n"
                               "all (Contact: *, Expires: 0); RFC 3261 10.2, RFC 3665 2.1-2.4"));
    p.addOption({QStringLiteral("server-password")}, QStringLiteral("PW"),
                QStringLiteral("the password the challenging server holds (needs --auth); one\n"
                               "other than the UAC's is refused with a second 401/407 (RFC 3665\n"
                               "2.5)"));
    p.addOption({QStringLiteral("uac-cancel-after-ms")}, n,
                QStringLiteral("the UAC cancels N ms after a provisional response"));
    p.addOption({QStringLiteral("hangup")}, QStringLiteral("uac|uas"),
                QStringLiteral("who sends BYE (none: nobody)"));
    p.addOption({QStringLiteral("max-forwards")}, n,
                QStringLiteral("the UAC's initial Max-Forwards (0-255)"));
    p.addOption({QStringLiteral("drop")}, QStringLiteral("N[,N...]"),
                QStringLiteral("lose these messages on the wire (F-numbers)"));
    p.addOption({QStringLiteral("transport")}, QStringLiteral("udp|tcp"),
                QStringLiteral("transport (UDP retransmits)"));
    p.addT1Option(QStringLiteral("timer T1 (default 500; T2 rises to T1 when smaller)"));

    p.addSection(QStringLiteral("Output (the format follows the -o extension, or --format):"));
    p.addOutputOption(QStringLiteral("write to FILE (atomically) instead of standard output:\n"
                                     ".svg .png .pdf (the ladder as drawn on screen), .txt (the list\n"
                                     "below), .mmd (Mermaid), .puml (PlantUML), .pcap (Wireshark,\n"
                                     "tshark, sngrep), .json (the whole trace), .html (an interactive\n"
                                     "handout: click an arrow for its explanation, play, print)"));
    p.addOption({QStringLiteral("format")}, QStringLiteral("F"),
                QStringLiteral("svg, png, pdf, text (F1 UAC -> P1: INVITE), ladder (UTF-8\n"
                               "drawing), mermaid, plantuml, pcap, json or html (default text)"));
    p.addOption({QStringLiteral("detail")}, QStringLiteral("full|messages"),
                QStringLiteral("images and html: full (default) draws the transaction-state\n"
                               "and timer tags; messages only the arrows (for slides)"));
    p.addTimesOption(QStringLiteral("text: add the virtual send time in ms as a first column"));
    p.addFlag({QStringLiteral("no-time")}, QStringLiteral("ladder and images: no time column"));
    p.addOption({QStringLiteral("title")}, QStringLiteral("TEXT"),
                QStringLiteral("a title above the ladder (SVG <title>, PDF title)"));
    p.addOption({QStringLiteral("notes")}, QStringLiteral("en|zh|both|none"),
                QStringLiteral("the explanations as numbered footnotes (notes in Mermaid and\n"
                               "PlantUML)"));
    p.addLanguageOption(QStringLiteral("the language of the explanations: the same as --notes LANG\n"
                                       "(an explicit --notes wins)"));
    p.addOption({QStringLiteral("lanes")}, QStringLiteral("UAC,P1,UAS"),
                QStringLiteral("lanes to include (messages to or from other lanes are left out)"));
    p.addOption({QStringLiteral("scale")}, n, QStringLiteral("PNG: pixels per point (default 2)"));
    p.addOption({QStringLiteral("dpi")}, n,
                QStringLiteral("PNG: resolution in dots per inch (sets the scale to N/96)"));
    p.addOption({QStringLiteral("page")}, QStringLiteral("A4|A3|Letter|Legal"),
                QStringLiteral("PDF page size (default A4); long ladders continue on further\n"
                               "pages with the lane headers repeated"));
    p.addFlag({QStringLiteral("landscape")}, QStringLiteral("PDF pages in landscape orientation"));
    p.addEpilog(QStringLiteral(
        "Exit status: 0 success, 2 bad usage or an invalid scenario (the message names the flag\n"
        "or the field)."));
    return p;
}

/// What went wrong, said for the user; empty when all is well.
using Problem = QString;

Problem loadScenario(const CliParser &p, Scenario *s)
{
    const QStringList files = p.positional();
    if (files.size() > 1)
        return QStringLiteral("one scenario file at a time (got '%1' and '%2')").arg(files[0], files[1]);
    *s = Scenario::defaultScenario();
    if (files.isEmpty())
        return {};
    const ScenarioLoadResult loaded = ScenarioFile::load(files.first());
    if (!loaded.isValid())
        return loaded.error;
    *s = *loaded.scenario;
    return {};
}

Problem parseProxy(const QString &text, int *respondWith)
{
    if (text == QLatin1String("forward")) {
        *respondWith = 0;
        return {};
    }
    const int code = StatusCodeRegistry::parseCode(text);
    if (code == 0)
        return QStringLiteral("unknown response code: %1").arg(text);
    *respondWith = code;
    return {};
}

/// --redirect-server, --alternate-proxy, --alg: what P1 is (each needs two proxies).
Problem applyElements(const CliParser &p, Scenario &s)
{
    const QStringList flags = {QStringLiteral("redirect-server"), QStringLiteral("alternate-proxy"), QStringLiteral("alg")};
    QStringList set;
    for (const QString &f : flags) {
        if (p.isSet(f))
            set.append(QStringLiteral("--") + f);
    }
    if (set.isEmpty())
        return {};
    if (set.size() > 1)
        return QStringLiteral("%1 and %2 both say what P1 is; choose one").arg(set[0], set[1]);
    if (p.isSet(QStringLiteral("proxies")) && s.proxies.size() != 2)
        return QStringLiteral("%1 needs two proxies (P1 and P2), not --proxies %2").arg(set[0]).arg(s.proxies.size());
    s.setProxyCount(2);
    // What P1 is follows ScenarioRules, as in the call builder.
    if (p.isSet(QStringLiteral("redirect-server"))) {
        // RFC 3665 3.6 / RFC 3261 8.3: a redirect server answers every new request with a 3xx.
        ScenarioRules::setFirstHopRole(s, ProxyRole::Redirect);
    } else if (p.isSet(QStringLiteral("alternate-proxy"))) {
        // RFC 3665 3.4: Proxy 1 is down, Proxy 2 is the alternate and challenges the caller.
        ScenarioRules::setFirstHopDown(s, true);
        s.proxies[1].respondWith = 407;
    } else {
        // RFC 3665 3.5: the ALG record-routes, Proxy 2 does not.
        ScenarioRules::setFirstHopRole(s, ProxyRole::Alg);
    }
    return {};
}

/// --targets, --fork, --branch-timeout-ms, --uas / --uas1, --uas2, --uas3: the callee's devices.
Problem applyTargets(const CliParser &p, Scenario &s)
{
    if (p.isSet(QStringLiteral("targets"))) {
        int n = 0;
        if (!p.intValue(QStringLiteral("targets"), 1, Scenario::MaxTargets, &n))
            return QStringLiteral("--targets must be 1, 2 or 3 (callee devices), not '%1'")
                .arg(p.value(QStringLiteral("targets")));
        s.setTargetCount(n);
    }
    if (const QString fork = p.value(QStringLiteral("fork")); !fork.isNull()) {
        const std::optional<ForkMode> mode = ScenarioNames::value(fork, ScenarioNames::forkModes());
        if (!mode)
            return QStringLiteral("--fork must be parallel or sequential, not '%1'").arg(fork);
        if (s.targetCount() < 2)
            return QStringLiteral("--fork needs more than one device to fork to (--targets 2 or 3)");
        s.forking.mode = *mode;
    }
    if (p.isSet(QStringLiteral("branch-timeout-ms"))) {
        if (!p.intValue(QStringLiteral("branch-timeout-ms"), 1, 3600000, &s.forking.branchTimeoutMs))
            return QStringLiteral("--branch-timeout-ms must be 1-3600000 milliseconds, not '%1'")
                .arg(p.value(QStringLiteral("branch-timeout-ms")));
        if (s.targetCount() < 2)
            return QStringLiteral("--branch-timeout-ms needs more than one device (--targets 2 or 3)");
    }
    if (p.isSet(QStringLiteral("uas")) && p.isSet(QStringLiteral("uas1")))
        return QStringLiteral("--uas and --uas1 both give device 1's responses; use one");
    for (int i = 0; i < Scenario::MaxTargets; ++i) {
        const QString flag = i == 0 && p.isSet(QStringLiteral("uas")) ? QStringLiteral("uas") : QStringLiteral("uas%1").arg(i + 1);
        if (!p.isSet(flag))
            continue;
        if (i >= s.targetCount())
            return QStringLiteral("--%1 needs %2 devices (--targets %2); this call has %3")
                .arg(flag)
                .arg(i + 1)
                .arg(s.targetCount());
        QString error;
        const auto steps = ResponseScript::parse(p.value(flag), &error);
        if (!steps)
            return QStringLiteral("--%1: %2").arg(flag, error);
        s.target(i).responses = *steps;
    }
    if (s.proxies.isEmpty() && s.targetCount() > 1)
        return QStringLiteral("--targets %1 needs a proxy to fork (--proxies 1 or 2)").arg(s.targetCount());
    if (!s.proxies.isEmpty() && s.proxies[0].role == ProxyRole::Redirect && s.proxies[0].respondWith == 302
        && s.targetCount() > 1)
        s.proxies[0].respondWith = 300; // RFC 3261 21.3.1: several locations, 300 lists them
    return {};
}

/// --method, --proxies, --record-route, --uas, --proxy, --proxy2: who takes part and answers.
Problem applyTopology(const CliParser &p, Scenario &s)
{
    if (p.isSet(QStringLiteral("method")))
        s.method = p.value(QStringLiteral("method")).toUpper();
    if (p.isSet(QStringLiteral("proxies"))) {
        int n = 0;
        if (!p.intValue(QStringLiteral("proxies"), 0, 2, &n))
            return QStringLiteral("--proxies must be 0, 1 or 2, not '%1'")
                .arg(p.value(QStringLiteral("proxies")));
        s.setProxyCount(n);
    }
    if (const QString rr = p.value(QStringLiteral("record-route")); !rr.isNull()) {
        if (rr != QLatin1String("on") && rr != QLatin1String("off"))
            return QStringLiteral("--record-route must be on or off, not '%1'").arg(rr);
        for (ProxySettings &proxy : s.proxies)
            proxy.recordRoute = rr == QLatin1String("on");
    }
    if (const Problem problem = applyElements(p, s); !problem.isEmpty())
        return problem;
    if (const Problem problem = applyTargets(p, s); !problem.isEmpty())
        return problem;
    if (const QString proxy = p.value(QStringLiteral("proxy")); !proxy.isNull()) {
        if (s.proxies.isEmpty())
            return QStringLiteral("--proxy needs at least one proxy (--proxies 1 or 2)");
        if (const Problem problem = parseProxy(proxy, &s.proxies[0].respondWith); !problem.isEmpty())
            return problem;
    }
    if (const QString proxy2 = p.value(QStringLiteral("proxy2")); !proxy2.isNull()) {
        if (s.proxies.size() < 2)
            return QStringLiteral("--proxy2 needs two proxies (--proxies 2)");
        if (const Problem problem = parseProxy(proxy2, &s.proxies[1].respondWith); !problem.isEmpty())
            return problem;
    }
    return {};
}

/// "proxy, uas or none" from a ScenarioNames table.
template <typename E> QString alternatives(const ScenarioNames::Table<E> &table)
{
    QStringList names = ScenarioNames::names(table);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

/// --auth, --register, --server-password: who challenges and what a REGISTER asks.
Problem applyAuthentication(const CliParser &p, Scenario &s)
{
    if (const QString auth = p.value(QStringLiteral("auth")); !auth.isNull()) {
        const std::optional<AuthAt> at = ScenarioNames::value(auth, ScenarioNames::auths());
        if (!at)
            return QStringLiteral("--auth must be %1, not '%2'")
                .arg(alternatives(ScenarioNames::auths()), auth);
        s.auth = *at;
        if (s.auth == AuthAt::Proxy && s.proxies.isEmpty())
            return QStringLiteral("--auth proxy needs a proxy (--proxies 1 or 2)");
    }
    if (const QString action = p.value(QStringLiteral("register")); !action.isNull()) {
        // RFC 3261 10.2.1 (bind, update), 10.2.3 (query), 10.2.2 (remove); RFC 3665 2.1-2.4.
        const std::optional<RegisterAction> found =
            ScenarioNames::value(action, ScenarioNames::registerActions());
        if (!found)
            return QStringLiteral("--register must be %1, not '%2'")
                .arg(alternatives(ScenarioNames::registerActions()), action);
        if (s.method != QLatin1String("REGISTER"))
            return QStringLiteral("--register (%1) needs --method REGISTER, the method is %2")
                .arg(alternatives(ScenarioNames::registerActions()), s.method);
        s.uac.registerAction = *found;
    }
    if (p.isSet(QStringLiteral("server-password"))) {
        // RFC 3665 2.5: the server checks the credentials against the password it holds.
        if (s.auth == AuthAt::None)
            return QStringLiteral(
                "--server-password needs a server that challenges (--auth proxy or --auth uas)");
        s.uac.serverPassword = p.value(QStringLiteral("server-password"));
    }
    return {};
}

/// --uac-cancel-after-ms, --hangup, --max-forwards: what the user agents do.
Problem applyUserAgents(const CliParser &p, Scenario &s)
{
    if (!p.intValue(QStringLiteral("uac-cancel-after-ms"), 0, 3600000, &s.uac.cancelAfterMs))
        return QStringLiteral("--uac-cancel-after-ms must be a number of milliseconds, not '%1'")
            .arg(p.value(QStringLiteral("uac-cancel-after-ms")));
    if (const QString hangup = p.value(QStringLiteral("hangup")); !hangup.isNull()) {
        const std::optional<Hangup> who = ScenarioNames::value(hangup, ScenarioNames::hangups());
        if (!who)
            return QStringLiteral("--hangup must be %1, not '%2'")
                .arg(alternatives(ScenarioNames::hangups()), hangup);
        s.hangup = *who;
    }
    if (!p.intValue(QStringLiteral("max-forwards"), 0, 255, &s.uac.maxForwards))
        return QStringLiteral("--max-forwards must be 0-255, not '%1'")
            .arg(p.value(QStringLiteral("max-forwards")));
    return {};
}

/// --drop, --transport, --t1-ms: the network between them.
Problem applyNetwork(const CliParser &p, Scenario &s)
{
    if (const QString drop = p.value(QStringLiteral("drop")); !drop.isNull()) {
        s.network.drop.clear();
        for (const QString &f : drop.split(QLatin1Char(','))) {
            bool ok = false;
            const int number = QString(f.trimmed()).remove(QLatin1Char('F')).toInt(&ok);
            if (!ok || number < 1 || number > 1000000)
                return QStringLiteral("--drop takes F-numbers like 7 or 7,9, not '%1'").arg(f);
            s.network.drop.append(number);
        }
    }
    if (const QString transport = p.value(QStringLiteral("transport")); !transport.isNull()) {
        const std::optional<Transport> t = ScenarioNames::value(transport, ScenarioNames::transports());
        if (!t)
            return QStringLiteral("--transport must be %1, not '%2'")
                .arg(alternatives(ScenarioNames::transports()), transport);
        s.network.transport = *t;
    }
    if (p.isSet(QStringLiteral("t1-ms"))) {
        if (!p.intValue(QStringLiteral("t1-ms"), 1, 60000, &s.network.t1Ms))
            return QStringLiteral("--t1-ms must be 1-60000, not '%1'").arg(p.value(QStringLiteral("t1-ms")));
        // RFC 3261 17.1.2.2: T2 caps the doubling interval, so it is never below T1.
        s.network.t2Ms = qMax(s.network.t2Ms, s.network.t1Ms);
    }
    return {};
}

bool toStandardOutput(const CliParser &p)
{
    const QString output = p.value(QStringLiteral("o"));
    return output.isEmpty() || output == QLatin1String("-");
}

/// --format, else the -o extension, else text.
Problem chooseFormat(const CliParser &p, ExportFormat *format)
{
    *format = ExportFormat::Text;
    const QString name = p.value(QStringLiteral("format"));
    if (!name.isNull()) {
        const std::optional<ExportFormat> chosen = ExportFormats::fromName(name);
        if (!chosen)
            return QStringLiteral("--format must be one of %1, not '%2'")
                .arg(ExportFormats::names().join(QStringLiteral(", ")), name);
        *format = *chosen;
    } else if (!toStandardOutput(p)) {
        const QString output = p.value(QStringLiteral("o"));
        const QString suffix = QFileInfo(output).suffix().toLower();
        const std::optional<ExportFormat> chosen =
            suffix.isEmpty() ? ExportFormat::Text : ExportFormats::fromPath(output);
        if (!chosen)
            return QStringLiteral("unsupported output format '.%1' (use %2, or --format)")
                .arg(suffix, ExportFormats::extensions().join(QLatin1Char(' ')));
        *format = *chosen;
    }
    const ExportFormatInfo &info = ExportFormats::info(*format);
    if (toStandardOutput(p) && info.binary)
        return QStringLiteral("%1 is binary: write it to a file with -o FILE.%2").arg(name, info.extension);
    return {};
}

/// --title, --times/--no-time, --notes/--lang, --scale, --dpi, --page, --landscape.
Problem readExportOptions(const CliParser &p, ExportFormat format, RunExportOptions *o)
{
    o->title = p.value(QStringLiteral("title"));
    o->showTimes =
        format == ExportFormat::Text ? p.isSet(QStringLiteral("times")) : !p.isSet(QStringLiteral("no-time"));
    QString error;
    const std::optional<ShownLanguages> lang = p.languages(ShownLanguages::None, &error);
    if (!lang)
        return error;
    o->notes = *lang;
    if (const QString notes = p.value(QStringLiteral("notes"));
        !notes.isNull() && !shownLanguagesFromString(notes, &o->notes))
        return QStringLiteral("--notes must be en, zh, both or none, not '%1'").arg(notes);
    if (const QString scale = p.value(QStringLiteral("scale")); !scale.isNull()) {
        bool ok = false;
        o->pngScale = scale.toDouble(&ok);
        if (!ok || *o->pngScale < 0.25 || *o->pngScale > 8)
            return QStringLiteral("--scale must be a number from 0.25 to 8, not '%1'").arg(scale);
    }
    if (!p.intValue(QStringLiteral("dpi"), 24, 1200, &o->pngDpi))
        return QStringLiteral("--dpi must be 24-1200, not '%1'").arg(p.value(QStringLiteral("dpi")));
    if (const QString page = p.value(QStringLiteral("page")); !page.isNull()) {
        using Page = RunExportOptions::Page;
        static const ScenarioNames::Table<Page> pages = {{QStringLiteral("a4"), Page::A4},
                                                         {QStringLiteral("a3"), Page::A3},
                                                         {QStringLiteral("letter"), Page::Letter},
                                                         {QStringLiteral("legal"), Page::Legal}};
        const std::optional<Page> found = ScenarioNames::value(page.toLower(), pages);
        if (!found)
            return QStringLiteral("--page must be A4, A3, Letter or Legal, not '%1'").arg(page);
        o->page = *found;
    }
    o->landscape = p.isSet(QStringLiteral("landscape"));
    if (const QString detail = p.value(QStringLiteral("detail")); !detail.isNull()) {
        if (detail != QLatin1String("full") && detail != QLatin1String("messages"))
            return QStringLiteral("--detail must be full or messages, not '%1'").arg(detail);
        o->showAnnotations = detail == QLatin1String("full");
    }
    return {};
}

/// --lanes UAC,P1,UAS: the lanes of the trace to keep.
Problem applyLanes(const CliParser &p, const CallTrace &trace, RunExportOptions *o)
{
    const QString lanes = p.value(QStringLiteral("lanes"));
    if (lanes.isNull())
        return {};
    QSet<int> shown;
    for (const QString &name : lanes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int index = trace.nodeIndex(name.trimmed());
        if (index < 0) {
            QStringList names;
            for (const TraceNode &n : trace.nodes)
                names.append(n.name());
            return QStringLiteral("--lanes: no lane '%1' in this call (lanes: %2)")
                .arg(name.trimmed(), names.join(QLatin1Char(',')));
        }
        shown.insert(index);
    }
    if (shown.size() < 2)
        return QStringLiteral("--lanes needs at least two lanes");
    for (int i = 0; i < trace.nodes.size(); ++i) {
        if (!shown.contains(i))
            o->hiddenNodes.insert(i);
    }
    return {};
}

/// The bytes to standard output, or atomically to the -o file.
Problem writeOutput(const CliParser &p, const QByteArray &bytes, QTextStream &out)
{
    if (toStandardOutput(p)) {
        out << QString::fromUtf8(bytes);
        return {};
    }
    const QString output = p.value(QStringLiteral("o"));
    QSaveFile save(output);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return QStringLiteral("%1: cannot write: %2").arg(output, save.errorString());
    return {};
}

/// The scenario the file and the flags describe, checked as a scenario file is.
Problem buildScenario(const CliParser &p, Scenario *s)
{
    using Step = Problem (*)(const CliParser &, Scenario &);
    for (Step step :
         {Step(applyTopology), Step(applyAuthentication), Step(applyUserAgents), Step(applyNetwork)}) {
        if (const Problem problem = step(p, *s); !problem.isEmpty())
            return problem;
    }
    return {};
}

/// The format run() will write these arguments in; nothing for --help or bad usage (run()
/// answers those without writing). Callable before any QCoreApplication exists.
std::optional<ExportFormat> requestedFormat(const QStringList &arguments)
{
    CliParser p = makeParser();
    QString sink;
    QTextStream out(&sink);
    QTextStream err(&sink);
    if (p.parse(arguments, out, err))
        return std::nullopt;
    ExportFormat format = ExportFormat::Text;
    if (!chooseFormat(p, &format).isEmpty())
        return std::nullopt;
    return format;
}

} // namespace

QString RunCommand::usage()
{
    return makeParser().helpText();
}

bool RunCommand::needsPainter(const QStringList &arguments)
{
    const std::optional<ExportFormat> format = requestedFormat(arguments);
    return format && ExportFormats::info(*format).needsPainter;
}

const char *RunCommand::module(const QStringList &arguments)
{
    const std::optional<ExportFormat> format = requestedFormat(arguments);
    if (!format || LadderTextFormats::writes(*format))
        return nullptr; // --help, bad usage or a text format: run or answered here
    return *format == ExportFormat::Pcap ? CliModule::Capture : CliModule::Commands;
}

void RunCommand::setDrawingExport(DrawingExport drawing)
{
    s_drawing = drawing;
}

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliParser p = makeParser();
    if (const std::optional<int> done = p.parse(arguments, out, err))
        return *done;
    Scenario s;
    if (const Problem problem = loadScenario(p, &s); !problem.isEmpty())
        return p.fail(err, problem);
    if (const Problem problem = buildScenario(p, &s); !problem.isEmpty())
        return p.fail(err, problem);
    ExportFormat format = ExportFormat::Text;
    if (const Problem problem = chooseFormat(p, &format); !problem.isEmpty())
        return p.fail(err, problem);
    RunExportOptions options;
    if (const Problem problem = readExportOptions(p, format, &options); !problem.isEmpty())
        return p.fail(err, problem);
    // The scenario is complete: normalise it as the call builder and the scenario file do
    // (ScenarioRules), say what the options changed, then check it.
    for (const ScenarioRules::Finding &change : ScenarioRules::normalise(s))
        err << "siplab-cli run: note: " << change.text() << '\n';
    if (const QString problem = ScenarioFile::validate(s); !problem.isEmpty())
        return p.fail(err, QStringLiteral("invalid scenario: %1").arg(problem));

    const CallTrace trace = Engine::run(s);
    if (const Problem problem = applyLanes(p, trace, &options); !problem.isEmpty())
        return p.fail(err, problem);
    QString error;
    QByteArray bytes;
    if (LadderTextFormats::writes(format))
        bytes = LadderTextFormats::bytes(trace, format, options);
    else if (s_drawing)
        bytes = s_drawing(trace, format, options, &error);
    else // the executable sends these to a module (module()); not reached
        error = QStringLiteral("%1 is written by the commands module, which is not loaded")
                    .arg(ExportFormats::info(format).name);
    if (bytes.isEmpty() && (!error.isEmpty() || format != ExportFormat::Text))
        return p.fail(err, error.isEmpty() ? QStringLiteral("nothing to export") : error);
    if (const Problem problem = writeOutput(p, bytes, out); !problem.isEmpty())
        return p.fail(err, problem);
    return 0;
}

} // namespace SipLab
