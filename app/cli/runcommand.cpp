#include "runcommand.h"

#include "engine.h"
#include "responsecatalog.h"
#include "scenariofile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

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
        "  --uac-cancel-after-ms N    the UAC cancels N ms after a provisional response\n"
        "  --hangup uac|uas           who sends BYE\n"
        "  --max-forwards N           the UAC's initial Max-Forwards (0-255)\n"
        "  --drop N[,N...]            lose these messages on the wire (F-numbers)\n"
        "  --transport udp|tcp        transport (UDP retransmits)\n"
        "  --t1-ms N                  timer T1 (default 500)\n"
        "  --format text|json         output format (default text, or from the -o extension)\n"
        "  --times                    add the virtual send time in ms as a first column\n"
        "  -o FILE                    write to FILE (atomically) instead of standard output\n"
        "  --lang en|zh               language of the explanations in JSON output order\n");
}

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Args a;
    a.list = arguments.mid(1);
    QString file, method, proxies, recordRoute, uas, proxy, proxy2, auth, cancel, hangup, maxForwards, drop, transport,
        t1, format, output, lang;
    bool times = false;
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
        if (a.takeValue(arg, QStringLiteral("--method"), &method) || a.takeValue(arg, QStringLiteral("--proxies"), &proxies)
            || a.takeValue(arg, QStringLiteral("--record-route"), &recordRoute) || a.takeValue(arg, QStringLiteral("--uas"), &uas)
            || a.takeValue(arg, QStringLiteral("--proxy"), &proxy) || a.takeValue(arg, QStringLiteral("--proxy2"), &proxy2)
            || a.takeValue(arg, QStringLiteral("--auth"), &auth)
            || a.takeValue(arg, QStringLiteral("--uac-cancel-after-ms"), &cancel)
            || a.takeValue(arg, QStringLiteral("--hangup"), &hangup)
            || a.takeValue(arg, QStringLiteral("--max-forwards"), &maxForwards)
            || a.takeValue(arg, QStringLiteral("--drop"), &drop) || a.takeValue(arg, QStringLiteral("--transport"), &transport)
            || a.takeValue(arg, QStringLiteral("--t1-ms"), &t1) || a.takeValue(arg, QStringLiteral("--format"), &format)
            || a.takeValue(arg, QStringLiteral("-o"), &output) || a.takeValue(arg, QStringLiteral("--output"), &output)
            || a.takeValue(arg, QStringLiteral("--lang"), &lang)) {
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
    if (format.isNull() && !output.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix == QLatin1String("json"))
            format = QStringLiteral("json");
        else if (suffix == QLatin1String("txt") || suffix.isEmpty())
            format = QStringLiteral("text");
        else
            return bad(QStringLiteral("unsupported output format '.%1' (use .txt or .json)").arg(suffix));
    }
    if (format.isNull())
        format = QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return bad(QStringLiteral("--format must be text or json, not '%1'").arg(format));

    const QString problem = ScenarioFile::validate(s);
    if (!problem.isEmpty())
        return bad(QStringLiteral("invalid scenario: %1").arg(problem));

    const CallTrace trace = Engine::run(s);
    const QByteArray bytes = format == QLatin1String("json") ? trace.toJson() : trace.toText(times).toUtf8();
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
