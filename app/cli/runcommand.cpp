#include "runcommand.h"

#include "engine.h"
#include "ladderexport.h"
#include "ladderfootnotes.h"
#include "responsecatalog.h"
#include "scenariofile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace SipLab {

namespace {

/// Reads the value of an option given as "--name value" or "--name=value".
struct Args
{
    QStringList list;
    int index = 0;
    QString error;

    bool takeValue(const QString &arg, const QString &name, QString *value)
    {
        if (arg.startsWith(name + QLatin1Char('='))) {
            *value = arg.mid(name.size() + 1);
            return true;
        }
        if (arg != name)
            return false;
        if (index + 1 >= list.size()) {
            error = QStringLiteral("%1 needs a value").arg(name);
            *value = QString();
            return true;
        }
        *value = list[++index];
        return true;
    }
};

bool parseInt(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

/// "180,486" -> provisional steps 100 ms apart, the final 1000 ms after; "183r" is reliable.
bool parseSteps(const QString &text, QList<ResponseStep> *steps, QString *error)
{
    steps->clear();
    if (text == QLatin1String("none"))
        return true;
    for (const QString &raw : text.split(QLatin1Char(','))) {
        QString item = raw.trimmed();
        ResponseStep step;
        if (item.endsWith(QLatin1Char('r'))) {
            step.reliable = true;
            item.chop(1);
        }
        step.code = ResponseCatalog::parseCode(item);
        if (step.code == 0) {
            *error = QStringLiteral("unknown response code: %1").arg(raw.trimmed());
            return false;
        }
        step.delayMs = step.code < 200 ? 100 : 1000;
        steps->append(step);
    }
    return true;
}

bool parseProxy(const QString &text, int *respondWith, QString *error)
{
    if (text == QLatin1String("forward")) {
        *respondWith = 0;
        return true;
    }
    const int code = ResponseCatalog::parseCode(text);
    if (code == 0) {
        *error = QStringLiteral("unknown response code: %1").arg(text);
        return false;
    }
    *respondWith = code;
    return true;
}

} // namespace

QString RunCommand::usage()
{
    return QStringLiteral(
        "Usage: siplab-cli run [SCENARIO.json] [options]\n"
        "Runs a call on the simulated UAC, proxies and UAS and prints the ladder, one line per\n"
        "message on the wire (F1 UAC -> P1: INVITE). Flags override the file; with neither, the\n"
        "default scenario (basic call through one proxy, 180 then 200, the caller hangs up).\n"
        "\n"
        "  --method M                 INVITE (default), REGISTER, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY,\n"
        "                             REFER, INFO, UPDATE, PUBLISH\n"
        "  --proxies 0|1|2            number of proxies\n"
        "  --record-route on|off      proxies stay in the path (default on)\n"
        "  --uas CODES|none           UAS responses in order, e.g. 180,486 or 183r,200 (r = reliable,\n"
        "                             RFC 3262); none = the UAS never answers\n"
        "  --proxy forward|CODE       P1 forwards (default) or answers itself with CODE\n"
        "  --proxy2 forward|CODE      the same for P2 (needs --proxies 2)\n"
        "  --auth proxy|uas           who challenges (407 at P1, or 401 at the UAS)\n"
        "  --register bind|update|query|remove\n"
        "                             with --method REGISTER: bind the UA's contact (default), add a\n"
        "                             second contact, query the bindings (no Contact) or remove them\n"
        "                             all (Contact: *, Expires: 0); RFC 3261 10.2, RFC 3665 2.1-2.4\n"
        "  --server-password PW       the password the challenging server holds (needs --auth); one\n"
        "                             other than the UAC's is refused with a second 401/407 (RFC 3665\n"
        "                             2.5)\n"
        "  --uac-cancel-after-ms N    the UAC cancels N ms after a provisional response\n"
        "  --hangup uac|uas           who sends BYE\n"
        "  --max-forwards N           the UAC's initial Max-Forwards (0-255)\n"
        "  --drop N[,N...]            lose these messages on the wire (F-numbers)\n"
        "  --transport udp|tcp        transport (UDP retransmits)\n"
        "  --t1-ms N                  timer T1 (default 500)\n"
        "\n"
        "Output (the format follows the -o extension, or --format):\n"
        "  -o FILE                    write to FILE (atomically) instead of standard output:\n"
        "                             .svg .png .pdf (the ladder as drawn on screen), .txt (the list\n"
        "                             below), .mmd (Mermaid), .puml (PlantUML), .pcap (Wireshark,\n"
        "                             tshark, sngrep), .json (the whole trace), .html (an interactive\n"
        "                             handout: click an arrow for its explanation, play, print)\n"
        "  --format F                 svg, png, pdf, text (F1 UAC -> P1: INVITE), ladder (UTF-8\n"
        "                             drawing), mermaid, plantuml, pcap, json or html (default text)\n"
        "  --detail full|messages     images and html: full (default) draws the transaction-state\n"
        "                             and timer tags; messages only the arrows (for slides)\n"
        "  --times                    text: add the virtual send time in ms as a first column\n"
        "  --no-time                  ladder and images: no time column\n"
        "  --title TEXT               a title above the ladder (SVG <title>, PDF title)\n"
        "  --notes en|zh|both|none    the explanations as numbered footnotes (notes in Mermaid and\n"
        "                             PlantUML)\n"
        "  --lanes UAC,P1,UAS         lanes to include (messages to or from other lanes are left out)\n"
        "  --scale N                  PNG: pixels per point (default 2)\n"
        "  --dpi N                    PNG: resolution in dots per inch (sets the scale to N/96)\n"
        "  --page A4|A3|Letter|Legal  PDF page size (default A4); long ladders continue on further\n"
        "                             pages with the lane headers repeated\n"
        "  --landscape                PDF pages in landscape orientation\n"
        "  --lang en|zh               language of the explanations in JSON output order\n");
}

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Args a;
    a.list = arguments.mid(1);
    QString file, method, proxies, recordRoute, uas, proxy, proxy2, auth, registerAction, serverPassword, cancel, hangup, maxForwards, drop, transport,
        t1, format, output, lang, title, notes, lanes, scale, dpi, page;
    QString detail; // issue 16: --detail full|messages
    bool times = false;
    bool noTime = false;
    bool landscape = false;
    for (a.index = 0; a.index < a.list.size(); ++a.index) {
        const QString arg = a.list[a.index];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (arg == QLatin1String("--times")) {
            times = true;
            continue;
        }
        if (arg == QLatin1String("--no-time")) {
            noTime = true;
            continue;
        }
        if (arg == QLatin1String("--landscape")) {
            landscape = true;
            continue;
        }
        if (a.takeValue(arg, QStringLiteral("--method"), &method) || a.takeValue(arg, QStringLiteral("--proxies"), &proxies)
            || a.takeValue(arg, QStringLiteral("--record-route"), &recordRoute) || a.takeValue(arg, QStringLiteral("--uas"), &uas)
            || a.takeValue(arg, QStringLiteral("--proxy"), &proxy) || a.takeValue(arg, QStringLiteral("--proxy2"), &proxy2)
            || a.takeValue(arg, QStringLiteral("--auth"), &auth)
            || a.takeValue(arg, QStringLiteral("--register"), &registerAction)
            || a.takeValue(arg, QStringLiteral("--server-password"), &serverPassword)
            || a.takeValue(arg, QStringLiteral("--uac-cancel-after-ms"), &cancel)
            || a.takeValue(arg, QStringLiteral("--hangup"), &hangup)
            || a.takeValue(arg, QStringLiteral("--max-forwards"), &maxForwards)
            || a.takeValue(arg, QStringLiteral("--drop"), &drop) || a.takeValue(arg, QStringLiteral("--transport"), &transport)
            || a.takeValue(arg, QStringLiteral("--t1-ms"), &t1) || a.takeValue(arg, QStringLiteral("--format"), &format)
            || a.takeValue(arg, QStringLiteral("-o"), &output) || a.takeValue(arg, QStringLiteral("--output"), &output)
            || a.takeValue(arg, QStringLiteral("--lang"), &lang) || a.takeValue(arg, QStringLiteral("--title"), &title)
            || a.takeValue(arg, QStringLiteral("--notes"), &notes) || a.takeValue(arg, QStringLiteral("--lanes"), &lanes)
            || a.takeValue(arg, QStringLiteral("--scale"), &scale) || a.takeValue(arg, QStringLiteral("--dpi"), &dpi)
            || a.takeValue(arg, QStringLiteral("--page"), &page)
            || a.takeValue(arg, QStringLiteral("--detail"), &detail)) {
            if (!a.error.isEmpty()) {
                err << "siplab-cli run: " << a.error << '\n';
                return 2;
            }
            continue;
        }
        if (arg.startsWith(QLatin1Char('-'))) {
            err << "siplab-cli run: unknown option '" << arg << "'\n\n" << usage();
            return 2;
        }
        if (!file.isEmpty()) {
            err << "siplab-cli run: one scenario file at a time (got '" << file << "' and '" << arg << "')\n";
            return 2;
        }
        file = arg;
    }

    Scenario s = Scenario::defaultScenario();
    if (!file.isEmpty()) {
        const ScenarioLoadResult loaded = ScenarioFile::load(file);
        if (!loaded.isValid()) {
            err << "siplab-cli run: " << loaded.error << '\n';
            return 2;
        }
        s = *loaded.scenario;
    }
    auto bad = [&err](const QString &what) {
        err << "siplab-cli run: " << what << '\n';
        return 2;
    };
    QString error;
    if (!method.isNull())
        s.method = method.toUpper();
    if (!proxies.isNull()) {
        int n = 0;
        if (!parseInt(proxies, 0, 2, &n))
            return bad(QStringLiteral("--proxies must be 0, 1 or 2, not '%1'").arg(proxies));
        s.setProxyCount(n);
    }
    if (!recordRoute.isNull()) {
        if (recordRoute != QLatin1String("on") && recordRoute != QLatin1String("off"))
            return bad(QStringLiteral("--record-route must be on or off, not '%1'").arg(recordRoute));
        for (ProxySettings &p : s.proxies)
            p.recordRoute = recordRoute == QLatin1String("on");
    }
    if (!uas.isNull() && !parseSteps(uas, &s.uas.responses, &error))
        return bad(error);
    if (!proxy.isNull()) {
        if (s.proxies.isEmpty())
            return bad(QStringLiteral("--proxy needs at least one proxy (--proxies 1 or 2)"));
        if (!parseProxy(proxy, &s.proxies[0].respondWith, &error))
            return bad(error);
    }
    if (!proxy2.isNull()) {
        if (s.proxies.size() < 2)
            return bad(QStringLiteral("--proxy2 needs two proxies (--proxies 2)"));
        if (!parseProxy(proxy2, &s.proxies[1].respondWith, &error))
            return bad(error);
    }
    if (!auth.isNull()) {
        if (auth == QLatin1String("proxy"))
            s.auth = AuthAt::Proxy;
        else if (auth == QLatin1String("uas"))
            s.auth = AuthAt::Uas;
        else if (auth == QLatin1String("none"))
            s.auth = AuthAt::None;
        else
            return bad(QStringLiteral("--auth must be proxy, uas or none, not '%1'").arg(auth));
        if (s.auth == AuthAt::Proxy && s.proxies.isEmpty())
            return bad(QStringLiteral("--auth proxy needs a proxy (--proxies 1 or 2)"));
    }
    if (!registerAction.isNull()) {
        // RFC 3261 10.2.1 (bind, update), 10.2.3 (query), 10.2.2 (remove); RFC 3665 2.1-2.4.
        static const QList<QPair<QString, RegisterAction>> actions = {
            {QStringLiteral("bind"), RegisterAction::Bind}, {QStringLiteral("update"), RegisterAction::Update},
            {QStringLiteral("query"), RegisterAction::Query}, {QStringLiteral("remove"), RegisterAction::Remove}};
        auto found = std::find_if(actions.cbegin(), actions.cend(), [&](const auto &p) { return p.first == registerAction; });
        if (found == actions.cend())
            return bad(QStringLiteral("--register must be bind, update, query or remove, not '%1'").arg(registerAction));
        if (s.method != QLatin1String("REGISTER"))
            return bad(QStringLiteral("--register (bind, update, query or remove) needs --method REGISTER, the method is %1")
                           .arg(s.method));
        s.uac.registerAction = found->second;
    }
    if (!serverPassword.isNull()) {
        // RFC 3665 2.5: the server checks the credentials against the password it holds.
        if (s.auth == AuthAt::None)
            return bad(QStringLiteral("--server-password needs a server that challenges (--auth proxy or --auth uas)"));
        s.uac.serverPassword = serverPassword;
    }
    if (!cancel.isNull() && !parseInt(cancel, 0, 3600000, &s.uac.cancelAfterMs))
        return bad(QStringLiteral("--uac-cancel-after-ms must be a number of milliseconds, not '%1'").arg(cancel));
    if (!hangup.isNull()) {
        if (hangup == QLatin1String("uac"))
            s.hangup = Hangup::Uac;
        else if (hangup == QLatin1String("uas"))
            s.hangup = Hangup::Uas;
        else
            return bad(QStringLiteral("--hangup must be uac or uas, not '%1'").arg(hangup));
    }
    if (!maxForwards.isNull() && !parseInt(maxForwards, 0, 255, &s.uac.maxForwards))
        return bad(QStringLiteral("--max-forwards must be 0-255, not '%1'").arg(maxForwards));
    if (!drop.isNull()) {
        s.network.drop.clear();
        for (const QString &f : drop.split(QLatin1Char(','))) {
            int n = 0;
            if (!parseInt(f.trimmed().remove(QLatin1Char('F')), 1, 1000000, &n))
                return bad(QStringLiteral("--drop takes F-numbers like 7 or 7,9, not '%1'").arg(f));
            s.network.drop.append(n);
        }
    }
    if (!transport.isNull()) {
        if (transport == QLatin1String("udp"))
            s.network.transport = Transport::Udp;
        else if (transport == QLatin1String("tcp"))
            s.network.transport = Transport::Tcp;
        else
            return bad(QStringLiteral("--transport must be udp or tcp, not '%1'").arg(transport));
    }
    if (!t1.isNull()) {
        if (!parseInt(t1, 1, 60000, &s.network.t1Ms))
            return bad(QStringLiteral("--t1-ms must be 1-60000, not '%1'").arg(t1));
        s.network.t2Ms = qMax(s.network.t2Ms, s.network.t1Ms);
    }
    if (!lang.isNull() && lang != QLatin1String("en") && lang != QLatin1String("zh"))
        return bad(QStringLiteral("--lang must be en or zh, not '%1'").arg(lang));
    std::optional<LadderExport::Format> chosen = LadderExport::Format::Text;
    if (!format.isNull()) {
        chosen = LadderExport::formatFromName(format);
        if (!chosen)
            return bad(QStringLiteral("--format must be one of %1, not '%2'")
                           .arg(LadderExport::formatNames().join(QStringLiteral(", ")), format));
    } else if (!output.isEmpty() && output != QLatin1String("-")) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        chosen = suffix.isEmpty() ? LadderExport::Format::Text : LadderExport::formatFromPath(output);
        if (!chosen)
            return bad(QStringLiteral("unsupported output format '.%1' (use %2, or --format)")
                           .arg(suffix, LadderExport::supportedExtensions().join(QStringLiteral(" "))));
    }
    const LadderExport::Format outFormat = *chosen;
    if ((output.isEmpty() || output == QLatin1String("-")) && !LadderExport::isText(outFormat)
        && outFormat != LadderExport::Format::Svg) // SVG is XML text: it may go to standard output
        return bad(QStringLiteral("%1 is binary: write it to a file with -o FILE.%2").arg(format, LadderExport::extension(outFormat)));

    LadderImageOptions options;
    options.title = title;
    options.layout.showTimeColumn = outFormat == LadderExport::Format::Text ? times : !noTime;
    if (!notes.isNull() && !LadderFootnotes::parse(notes, &options.notes))
        return bad(QStringLiteral("--notes must be en, zh, both or none, not '%1'").arg(notes));
    if (!scale.isNull()) {
        bool ok = false;
        options.pngScale = scale.toDouble(&ok);
        if (!ok || options.pngScale < 0.25 || options.pngScale > 8)
            return bad(QStringLiteral("--scale must be a number from 0.25 to 8, not '%1'").arg(scale));
    }
    if (!dpi.isNull() && !parseInt(dpi, 24, 1200, &options.pngDpi))
        return bad(QStringLiteral("--dpi must be 24-1200, not '%1'").arg(dpi));
    if (!page.isNull()) {
        const QString p = page.toLower();
        if (p == QLatin1String("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (p == QLatin1String("a3"))
            options.pageSize = QPageSize(QPageSize::A3);
        else if (p == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else if (p == QLatin1String("legal"))
            options.pageSize = QPageSize(QPageSize::Legal);
        else
            return bad(QStringLiteral("--page must be A4, A3, Letter or Legal, not '%1'").arg(page));
    }
    if (landscape)
        options.orientation = QPageLayout::Landscape;
    // issue 16: "messages" leaves out the transaction-state and timer tags (slides).
    if (!detail.isNull()) {
        if (detail != QLatin1String("full") && detail != QLatin1String("messages"))
            return bad(QStringLiteral("--detail must be full or messages, not '%1'").arg(detail));
        options.layout.showAnnotations = detail == QLatin1String("full");
    }

    const QString problem = ScenarioFile::validate(s);
    if (!problem.isEmpty())
        return bad(QStringLiteral("invalid scenario: %1").arg(problem));

    const CallTrace trace = Engine::run(s);
    if (!lanes.isNull()) {
        QSet<int> shown;
        for (const QString &name : lanes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int index = trace.nodeIndex(name.trimmed());
            if (index < 0) {
                QStringList names;
                for (const TraceNode &n : trace.nodes)
                    names.append(n.name());
                return bad(QStringLiteral("--lanes: no lane '%1' in this call (lanes: %2)").arg(name.trimmed(), names.join(QLatin1Char(','))));
            }
            shown.insert(index);
        }
        if (shown.size() < 2)
            return bad(QStringLiteral("--lanes needs at least two lanes"));
        for (int i = 0; i < trace.nodes.size(); ++i) {
            if (!shown.contains(i))
                options.layout.hiddenNodes.insert(i);
        }
    }
    QByteArray bytes;
    if (outFormat == LadderExport::Format::Text && options.notes == NotesLanguage::None && options.title.isEmpty()
        && options.layout.hiddenNodes.isEmpty()) {
        bytes = trace.toText(times).toUtf8();
    } else {
        QString exportError;
        bytes = LadderExport::bytes(trace, outFormat, options, &exportError);
        if (bytes.isEmpty())
            return bad(exportError.isEmpty() ? QStringLiteral("nothing to export") : exportError);
    }
    if (output.isEmpty() || output == QLatin1String("-")) {
        out << QString::fromUtf8(bytes);
        return 0;
    }
    QSaveFile save(output);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return bad(QStringLiteral("%1: cannot write: %2").arg(output, save.errorString()));
    return 0;
}

} // namespace SipLab
