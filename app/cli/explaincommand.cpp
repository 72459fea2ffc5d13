#include "explaincommand.h"

#include "languagepack.h"
#include "responsecatalog.h"

#include <QTextStream>

namespace SipLab {

namespace {

const char *const Context = "SipLab::ExplainCommand";

QString label(const char *english, Language language)
{
    return LanguagePack::text(language, Context, english);
}

QString className(ResponseClass c, Language language)
{
    const ResponseClassInfo &info = ResponseCatalog::classInfo(c);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(info.range), ResponseCatalog::text(info.name, language));
}

void printField(QTextStream &out, const char *english, const QString &value, Language language)
{
    if (value.isEmpty())
        return;
    out << label(english, language) << ": ";
    // Multi-line texts (the article's bullet points) are indented under their label.
    const QStringList lines = value.split(QLatin1Char('\n'));
    out << lines.first() << '\n';
    for (int i = 1; i < lines.size(); ++i)
        out << "  " << lines[i] << '\n';
}

void explain(QTextStream &out, const ResponseCodeInfo &info, Language language)
{
    out << "== " << info.code << ' ' << info.reasonPhrase;
    if (info.name && QString::fromLatin1(info.name) != QString::fromLatin1(info.reasonPhrase))
        out << " (" << ResponseCatalog::text(info.name, language) << ')';
    else if (info.name && language == Language::Chinese && ResponseCatalog::text(info.name, language) != QLatin1String(info.name))
        out << " (" << ResponseCatalog::text(info.name, language) << ')';
    out << " [" << (language == Language::English ? "English" : "中文") << "]\n";
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Class"), className(info.responseClass(), language), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Source"),
               info.fromDocument ? label(QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "the source article"), language)
                                 : label(QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "IANA registry (not in the source article)"), language),
               language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Meaning"), ResponseCatalog::text(info.description, language), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Defined in"), QString::fromLatin1(info.rfcSection), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Required headers"), ResponseCatalog::text(info.requiredHeaders, language), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "UAC on receipt"), ResponseCatalog::text(info.uacAction, language), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "Stateful proxy on receipt"), ResponseCatalog::text(info.proxyAction, language), language);
    printField(out, QT_TRANSLATE_NOOP("SipLab::ExplainCommand", "RFC note"), ResponseCatalog::text(info.rfcNote, language), language);
}

QString usage()
{
    return QStringLiteral("Usage: siplab-cli explain CODE [--lang zh|en|both]\n"
                          "       siplab-cli explain --list\n"
                          "Explains a SIP response code (100-699) in English and Chinese (default both).\n");
}

} // namespace

int ExplainCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString codeText;
    QString lang = QStringLiteral("both");
    bool list = false;
    const QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (a == QLatin1String("--list")) {
            list = true;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (a.contains(QLatin1Char('='))) {
                lang = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                lang = args[++i];
            } else {
                err << "siplab-cli explain: --lang needs a value: zh, en or both\n";
                return 2;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << "siplab-cli explain: unknown option '" << a << "'\n" << usage();
            return 2;
        } else if (codeText.isNull()) {
            codeText = a;
        } else {
            err << "siplab-cli explain: one code at a time (got '" << codeText << "' and '" << a << "')\n";
            return 2;
        }
    }
    if (lang != QLatin1String("zh") && lang != QLatin1String("en") && lang != QLatin1String("both")) {
        err << "siplab-cli explain: --lang must be zh, en or both, not '" << lang << "'\n";
        return 2;
    }
    if (list) {
        if (!codeText.isNull()) {
            err << "siplab-cli explain: --list takes no code\n";
            return 2;
        }
        for (const ResponseCodeInfo &info : ResponseCatalog::codes()) {
            out << info.code << ' ' << qSetFieldWidth(36) << Qt::left << QString::fromLatin1(info.reasonPhrase)
                << qSetFieldWidth(0) << (info.fromDocument ? "document" : "IANA") << '\n';
        }
        return 0;
    }
    if (codeText.isNull()) {
        err << usage();
        return 2;
    }
    const int code = ResponseCatalog::parseCode(codeText);
    const ResponseCodeInfo *info = code ? ResponseCatalog::find(code) : nullptr;
    if (!info) {
        err << "unknown response code: " << codeText << '\n';
        return 2;
    }
    if (lang != QLatin1String("zh"))
        explain(out, *info, Language::English);
    if (lang == QLatin1String("both"))
        out << '\n';
    if (lang != QLatin1String("en"))
        explain(out, *info, Language::Chinese);
    return 0;
}

} // namespace SipLab
