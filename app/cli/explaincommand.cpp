#include "explaincommand.h"

#include "cliparser.h"
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

CliParser makeParser()
{
    CliParser p(QStringLiteral("explain"), QStringLiteral("CODE [--lang zh|en|both]\n--list"),
                QStringLiteral("Explains a SIP response code (100-699) in English and Chinese (default both):\n"
                               "its class, meaning, where it is defined, the headers it needs and what a UAC and a\n"
                               "stateful proxy do on receipt."));
    p.addLanguageOption(QStringLiteral("the language(s) of the explanation (default both)"));
    p.addFlag({QStringLiteral("list")}, QStringLiteral("list every code, its reason phrase and whether the source\n"
                                                       "document covers it"));
    p.addEpilog(QStringLiteral("Exit status: 0 success, 2 bad usage or an unknown code."));
    return p;
}

} // namespace

int ExplainCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliParser p = makeParser();
    if (const std::optional<int> done = p.parse(arguments, out, err))
        return *done;
    const QStringList codes = p.positional();
    if (codes.size() > 1)
        return p.fail(err, QStringLiteral("one code at a time (got '%1' and '%2')").arg(codes[0], codes[1]));
    QString error;
    const std::optional<ShownLanguages> languages = p.languages(ShownLanguages::Both, &error);
    if (!languages)
        return p.fail(err, error);
    if (p.isSet(QStringLiteral("list"))) {
        if (!codes.isEmpty())
            return p.fail(err, QStringLiteral("--list takes no code"));
        for (const ResponseCodeInfo &info : ResponseCatalog::codes()) {
            out << info.code << ' ' << qSetFieldWidth(36) << Qt::left << QString::fromLatin1(info.reasonPhrase)
                << qSetFieldWidth(0) << (info.fromDocument ? "document" : "IANA") << '\n';
        }
        return 0;
    }
    if (codes.isEmpty()) {
        err << p.helpText();
        return 2;
    }
    const int code = ResponseCatalog::parseCode(codes.first());
    const ResponseCodeInfo *info = code ? ResponseCatalog::find(code) : nullptr;
    if (!info) {
        err << "unknown response code: " << codes.first() << '\n';
        return 2;
    }
    const QList<Language> shown = languagesOf(*languages);
    for (int i = 0; i < shown.size(); ++i) {
        if (i > 0)
            out << '\n';
        explain(out, *info, shown[i]);
    }
    return 0;
}

} // namespace SipLab
