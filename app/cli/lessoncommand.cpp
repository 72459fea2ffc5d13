#include "lessoncommand.h"

#include "cliparser.h"
#include "engine.h"
#include "languagepack.h"
#include "lessonlibrary.h"
#include "textladderexporter.h"

#include <QSaveFile>
#include <QTextStream>

namespace SipLab {

namespace {

const char *const Context = "SipLab::LessonCommand";

QString label(const char *english, Language language)
{
    return LanguagePack::text(language, Context, english);
}

CliParser makeParser()
{
    CliParser p(QStringLiteral("lesson"), QStringLiteral("--list\nNAME [--lang en|zh|both] [--times] [-o FILE]"),
                QStringLiteral("Prints a built-in lesson: its title, learning goals and introduction (in English and\n"
                               "Chinese by default) and the ladder of its scenario. --list shows every lesson: id,\n"
                               "English title, Chinese title."));
    p.addFlag({QStringLiteral("list")}, QStringLiteral("list the built-in lessons (RFC 3665 flows, one per response class)"));
    p.addLanguageOption(QStringLiteral("the language(s) of the title, goals and introduction (default both)"));
    p.addTimesOption(QStringLiteral("add the virtual send time in ms as a first column of the ladder"));
    p.addOutputOption(QStringLiteral("write to FILE (atomically) instead of standard output"));
    p.addEpilog(QStringLiteral("Exit status: 0 success, 1 the file cannot be written, 2 bad usage or an unknown lesson."));
    return p;
}

void printTexts(QTextStream &out, const Lesson &lesson, Language language)
{
    out << "== " << lesson.titleText(language) << " (" << lesson.reference << ") ["
        << (language == Language::English ? "English" : "中文") << "]\n";
    out << label(QT_TRANSLATE_NOOP("SipLab::LessonCommand", "Learning goals"), language) << ":\n";
    for (const QString &goal : lesson.goalsText(language).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << "  - " << goal << '\n';
    out << label(QT_TRANSLATE_NOOP("SipLab::LessonCommand", "Introduction"), language) << ":\n";
    out << "  " << lesson.introductionText(language) << "\n\n";
}

} // namespace

int LessonCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliParser p = makeParser();
    if (const std::optional<int> done = p.parse(arguments, out, err))
        return *done;
    const QStringList names = p.positional();
    if (names.size() > 1)
        return p.fail(err, QStringLiteral("one lesson at a time (got '%1' and '%2')").arg(names[0], names[1]));
    const QString name = names.value(0);
    const bool list = p.isSet(QStringLiteral("list"));
    const bool times = p.isSet(QStringLiteral("times"));
    const QString outputPath = p.value(QStringLiteral("o"));
    QString error;
    const std::optional<ShownLanguages> languages = p.languages(ShownLanguages::Both, &error);
    if (!languages)
        return p.fail(err, error);
    QString text;
    QTextStream buffer(&text);
    if (list) {
        if (!name.isNull())
            return p.fail(err, QStringLiteral("--list takes no lesson name"));
        for (const Lesson &lesson : LessonLibrary::lessons()) {
            buffer << qSetFieldWidth(40) << Qt::left << lesson.idString() << qSetFieldWidth(0)
                   << lesson.titleText(Language::English) << " | " << lesson.titleText(Language::Chinese) << '\n';
        }
    } else {
        if (name.isNull()) {
            err << p.helpText();
            return 2;
        }
        const Lesson *lesson = LessonLibrary::find(name);
        if (!lesson) {
            err << "siplab-cli lesson: no lesson named '" << name
                << "'; run 'siplab-cli lesson --list' to see the lessons\n";
            return 2;
        }
        const ScenarioLoadResult loaded = LessonLibrary::scenario(name);
        if (!loaded.isValid()) {
            err << "siplab-cli lesson: " << loaded.error << '\n';
            return 1;
        }
        buffer << "Lesson: " << lesson->idString() << "\n\n";
        for (Language language : languagesOf(*languages))
            printTexts(buffer, *lesson, language);
        buffer << "Ladder:\n" << TextLadderExporter::list(Engine::run(*loaded.scenario), times);
    }
    buffer.flush();
    if (outputPath.isEmpty()) {
        out << text;
        return 0;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << "siplab-cli lesson: cannot write " << outputPath << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace SipLab
