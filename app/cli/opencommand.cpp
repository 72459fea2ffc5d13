#include "opencommand.h"

#include "capturecalls.h"
#include "capturefile.h"
#include "exportformat.h"
#include "laddertextformats.h"
#include "textladderexporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace SipLab {

namespace {

OpenCommand::DrawingExport s_drawing = nullptr; // set by the commands module

QString finalText(const CapturedCall &call)
{
    const int status = call.finalStatus();
    if (!status)
        return QStringLiteral("-");
    for (const CapturedMessage &m : call.messages) {
        if (m.message.isResponse() && m.message.statusCode() == status)
            return m.message.summary();
    }
    return QString::number(status);
}

QJsonArray findingsJson(const CapturedCall &call, int fNumber)
{
    QJsonArray a;
    for (const CaptureFinding &f : call.findings) {
        if (fNumber && f.fNumber != fNumber)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("f"), f.fNumber);
        o.insert(QStringLiteral("severity"), CaptureFinding::severityName(f.severity));
        o.insert(QStringLiteral("section"), f.section());
        o.insert(QStringLiteral("en"), f.text(Language::English));
        o.insert(QStringLiteral("zh"), f.text(Language::Chinese));
        a.append(o);
    }
    return a;
}

/// The text list of a call ("F1 a -> b: INVITE") with each finding on the line of its message:
/// "  ! error: ACK ... (RFC 3261 17.1.1.3)".
QString markedList(const CapturedCall &call, const QList<Language> &languages)
{
    const QStringList lines = TextLadderExporter::list(call.trace, false).split(QLatin1Char('\n'));
    QString text;
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        text += lines[i];
        for (const CaptureFinding &f : call.findings) {
            if (f.fNumber != i + 1)
                continue;
            QStringList texts;
            for (Language l : languages)
                texts.append(f.text(l));
            text += QStringLiteral("  ! %1: %2 (%3)")
                        .arg(CaptureFinding::severityName(f.severity), texts.join(QStringLiteral(" / ")), f.section());
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

void OpenCommand::setDrawingExport(DrawingExport drawing)
{
    s_drawing = drawing;
}

QString OpenCommand::usage()
{
    return QStringLiteral(
        "Usage: siplab-cli open FILE [options]\n"
        "Reads a capture (pcap or pcapng: Ethernet, Linux cooked SLL/SLL2, raw IP or loopback;\n"
        "IPv4/IPv6, fragments reassembled; SIP over UDP and TCP), groups its SIP messages into calls\n"
        "by Call-ID and prints them like 'run': F1 192.168.1.2:5060 -> 192.168.1.1:5060: INVITE.\n"
        "Lanes are named from From/To/Via when they say who it is, else IP:port.\n"
        "\n"
        "  --call N                   only the Nth call (the numbers of --list)\n"
        "  --call-id ID               only the call with this Call-ID\n"
        "  --list                     list the calls: Call-ID, first request, final response, messages\n"
        "  --check                    print the findings (F7 error: ... (RFC 3261 17.1.1.3)); exit 1\n"
        "                             when one is an error, 0 when none is\n"
        "  --format F                 text (default), json, svg, png, pdf, ladder, mermaid, plantuml\n"
        "  -o FILE                    write to FILE (atomically); the format follows its extension\n"
        "  --lang en|zh|both          language of the findings (--check, the ! marks) and of the notes\n"
        "  --merge-hosts              one lane per host: the ports of one IP share a lane\n"
        "\n"
        "Without --call every call is shown, in capture order (the drawings need one call).\n"
        "A finding is marked on the line of its message (text) or by a badge on its arrow (drawings).\n"
        "Exit status: 0 done, 1 --check found an error, 2 bad usage or a file that cannot be read.\n");
}

int OpenCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption callOption(QStringLiteral("call"), QString(), QStringLiteral("N"));
    const QCommandLineOption callIdOption(QStringLiteral("call-id"), QString(), QStringLiteral("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("F"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check"));
    const QCommandLineOption listOption(QStringLiteral("list"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption mergeHostsOption(QStringLiteral("merge-hosts"));
    parser.addOptions({helpOption, callOption, callIdOption, formatOption, outputOption, checkOption, listOption, langOption,
                       mergeHostsOption});
    auto bad = [&err](const QString &what) {
        err << "siplab-cli open: " << what << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText() + QLatin1Char('\n') + usage());
    if (parser.isSet(helpOption)) {
        out << usage();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return bad(files.isEmpty() ? QStringLiteral("which capture? (siplab-cli open FILE)")
                                   : QStringLiteral("one capture at a time (got %1)").arg(files.join(QStringLiteral(", "))));
    if (parser.isSet(callOption) && parser.isSet(callIdOption))
        return bad(QStringLiteral("--call and --call-id exclude each other"));
    const QString lang = parser.value(langOption);
    QList<Language> languages{Language::English};
    if (lang == QLatin1String("zh"))
        languages = {Language::Chinese};
    else if (lang == QLatin1String("both"))
        languages = {Language::English, Language::Chinese};
    else if (!lang.isEmpty() && lang != QLatin1String("en"))
        return bad(QStringLiteral("--lang must be en, zh or both, not '%1'").arg(lang));

    // Output format: --format, else the -o extension, else text.
    static const QStringList allowed = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("svg"), QStringLiteral("png"),
                                        QStringLiteral("pdf"), QStringLiteral("ladder"), QStringLiteral("mermaid"), QStringLiteral("plantuml")};
    const QString output = parser.value(outputOption);
    ExportFormat format = ExportFormat::Text;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        const auto f = ExportFormats::fromName(name);
        if (!allowed.contains(name) || !f)
            return bad(QStringLiteral("--format must be one of %1, not '%2'").arg(allowed.join(QStringLiteral(", ")), name));
        format = *f;
    } else if (!output.isEmpty() && output != QLatin1String("-") && !QFileInfo(output).suffix().isEmpty()) {
        const auto f = ExportFormats::fromPath(output);
        if (!f || *f == ExportFormat::Pcap)
            return bad(QStringLiteral("unsupported output format '.%1' (use --format)").arg(QFileInfo(output).suffix()));
        format = *f;
    }
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    if (toStdout && ExportFormats::info(format).binary)
        return bad(QStringLiteral("%1 is binary: write it to a file with -o FILE.%2")
                       .arg(ExportFormats::info(format).name, ExportFormats::info(format).extension));

    const CaptureReadResult capture = CaptureFile::read(files.first());
    if (!capture.ok() && capture.messages.isEmpty())
        return bad(capture.error);
    for (const QString &w : capture.warnings)
        err << "siplab-cli open: " << w << '\n';
    const QList<CapturedCall> calls =
        CaptureCalls::group(capture, parser.isSet(mergeHostsOption) ? LaneGrouping::Host : LaneGrouping::AddressAndPort);

    // The calls shown, with their numbers (1-based, as --list prints them).
    QList<int> shown;
    if (parser.isSet(callOption)) {
        bool ok = false;
        const int n = parser.value(callOption).toInt(&ok);
        if (!ok || n < 1 || n > calls.size())
            return bad(QStringLiteral("--call must be 1-%1 (%2 calls in %3), not '%4'")
                           .arg(calls.size())
                           .arg(calls.size())
                           .arg(files.first(), parser.value(callOption)));
        shown.append(n - 1);
    } else if (parser.isSet(callIdOption)) {
        for (int i = 0; i < calls.size(); ++i) {
            if (calls[i].callId == parser.value(callIdOption))
                shown.append(i);
        }
        if (shown.isEmpty())
            return bad(QStringLiteral("no call with Call-ID '%1' in %2").arg(parser.value(callIdOption), files.first()));
    } else {
        for (int i = 0; i < calls.size(); ++i)
            shown.append(i);
    }
    const int readError = capture.ok() ? 0 : 2;
    auto finish = [&](int code) {
        if (!capture.ok())
            err << "siplab-cli open: " << capture.error << " (the messages before it are shown)\n";
        return readError ? readError : code;
    };

    QByteArray bytes;
    int status = 0;
    if (parser.isSet(listOption)) {
        // Like sngrep's call list: one line a call.
        QString text = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(QStringLiteral("#"), 3)
                           .arg(QStringLiteral("Call-ID"), -40)
                           .arg(QStringLiteral("Method"), -9)
                           .arg(QStringLiteral("Final"), -24)
                           .arg(QStringLiteral("Msgs"), 5)
                           .arg(QStringLiteral("From -> To"));
        for (int i : std::as_const(shown)) {
            const CapturedCall &c = calls[i];
            QString fromTo;
            for (const CapturedMessage &m : c.messages) {
                if (m.message.isRequest()) {
                    fromTo = QStringLiteral("%1 -> %2").arg(m.message.header(QStringLiteral("From")).section(QLatin1Char(';'), 0, 0),
                                                             m.message.header(QStringLiteral("To")).section(QLatin1Char(';'), 0, 0));
                    break;
                }
            }
            text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(i + 1, 3)
                        .arg(c.callId, -40)
                        .arg(c.firstRequest(), -9)
                        .arg(finalText(c), -24)
                        .arg(c.messages.size(), 5)
                        .arg(fromTo);
        }
        bytes = text.toUtf8();
    } else if (parser.isSet(checkOption)) {
        QString text;
        int count = 0;
        for (int i : std::as_const(shown)) {
            const CapturedCall &c = calls[i];
            for (const CaptureFinding &f : c.findings) {
                ++count;
                if (f.severity == FindingSeverity::Error)
                    status = 1;
                if (shown.size() > 1)
                    text += QStringLiteral("call %1 ").arg(i + 1);
                QStringList texts;
                for (Language l : std::as_const(languages))
                    texts.append(f.text(l));
                text += QStringLiteral("F%1 %2: %3 (%4)\n")
                            .arg(f.fNumber)
                            .arg(CaptureFinding::severityName(f.severity), texts.join(QStringLiteral(" / ")), f.section());
            }
        }
        if (!count)
            text = QStringLiteral("no findings\n");
        bytes = text.toUtf8();
    } else if (format == ExportFormat::Json) {
        QJsonArray array;
        for (int i : std::as_const(shown)) {
            const CapturedCall &c = calls[i];
            for (int k = 0; k < c.trace.messages.size(); ++k) {
                const TraceMessage &tm = c.trace.messages[k];
                const CapturedMessage &cm = c.messages[k];
                QJsonObject o;
                o.insert(QStringLiteral("call"), i + 1);
                o.insert(QStringLiteral("f"), tm.fNumber);
                o.insert(QStringLiteral("from"), c.trace.nodes.value(tm.from).name());
                o.insert(QStringLiteral("to"), c.trace.nodes.value(tm.to).name());
                o.insert(QStringLiteral("fromAddress"), cm.payload.srcAddress());
                o.insert(QStringLiteral("toAddress"), cm.payload.dstAddress());
                o.insert(QStringLiteral("timeUs"), c.timeUs(k, capture.firstTimeUs));
                o.insert(QStringLiteral("frame"), cm.payload.frame);
                o.insert(QStringLiteral("label"), tm.label());
                o.insert(QStringLiteral("callId"), c.callId);
                o.insert(QStringLiteral("retransmission"), tm.retransmission);
                o.insert(QStringLiteral("message"), QString::fromUtf8(cm.payload.bytes));
                o.insert(QStringLiteral("findings"), findingsJson(c, tm.fNumber));
                array.append(o);
            }
        }
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == ExportFormat::Text) {
        QString text;
        for (int i : std::as_const(shown)) {
            if (shown.size() > 1)
                text += QStringLiteral("%1Call %2: %3\n").arg(text.isEmpty() ? QString() : QStringLiteral("\n")).arg(i + 1).arg(calls[i].callId);
            text += markedList(calls[i], languages);
        }
        bytes = text.toUtf8();
    } else {
        if (shown.size() != 1)
            return bad(QStringLiteral("%1 holds %2 calls: choose one with --call N or --call-id ID (--list shows them)")
                           .arg(files.first())
                           .arg(shown.size()));
        LadderExportOptions options;
        options.title = QStringLiteral("%1 — %2").arg(QFileInfo(files.first()).fileName(), calls[shown.first()].callId);
        if (!lang.isEmpty())
            shownLanguagesFromString(lang, &options.notes);
        const CapturedCall &call = calls[shown.first()];
        QString error;
        if (LadderTextFormats::writes(format))
            bytes = LadderTextFormats::bytes(call.trace, format, options);
        else if (s_drawing)
            bytes = s_drawing(call, format, options, &error);
        else // the executable sends drawings to the commands module (module()); not reached
            error = QStringLiteral("%1 is drawn by the commands module, which is not loaded")
                        .arg(ExportFormats::info(format).name);
        if (bytes.isEmpty())
            return bad(error.isEmpty() ? QStringLiteral("nothing to export") : error);
    }

    if (toStdout) {
        out << QString::fromUtf8(bytes);
        return finish(status);
    }
    QSaveFile save(output);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return bad(QStringLiteral("%1: cannot write: %2").arg(output, save.errorString()));
    return finish(status);
}

} // namespace SipLab
