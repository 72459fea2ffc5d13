#include "lessoncommand.h"

#include "engine.h"
#include "languagepack.h"
#include "lessonlibrary.h"

#include <QSaveFile>
#include <QTextStream>

namespace SipLab {

namespace {

const char *const Context = "SipLab::LessonCommand";

QString label(const char *english, Language language)
{
    return LanguagePack::text(language, Context, english);
}

QString usage()
{
    return QStringLiteral("Usage: siplab-cli lesson --list\n"
                          "       siplab-cli lesson NAME [--lang en|zh|both] [--times] [-o FILE]\n"
                          "Prints a built-in lesson: its title, learning goals and introduction (in English and\n"
                          "Chinese by default) and the ladder of its scenario. --list shows every lesson: id,\n"
                          "English title, Chinese title.\n");
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
    QString name;
    QString lang = QStringLiteral("both");
    QString outputPath;
    bool list = false;
    bool times = false;
    const QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (a == QLatin1String("--list")) {
            list = true;
        } else if (a == QLatin1String("--times")) {
            times = true;
        } else if (a == QLatin1String("--lang") || a == QLatin1String("-o")) {
            if (i + 1 >= args.size()) {
                err << "siplab-cli lesson: " << a << " needs a value\n" << usage();
                return 2;
            }
            (a == QLatin1String("-o") ? outputPath : lang) = args[++i];
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.section(QLatin1Char('='), 1);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << "siplab-cli lesson: unknown option '" << a << "'\n" << usage();
            return 2;
        } else if (name.isNull()) {
            name = a;
        } else {
            err << "siplab-cli lesson: one lesson at a time (got '" << name << "' and '" << a << "')\n";
            return 2;
        }
    }
    if (lang != QLatin1String("zh") && lang != QLatin1String("en") && lang != QLatin1String("both")) {
        err << "siplab-cli lesson: --lang must be zh, en or both, not '" << lang << "'\n";
        return 2;
    }
    QString text;
    QTextStream buffer(&text);
    if (list) {
        if (!name.isNull()) {
            err << "siplab-cli lesson: --list takes no lesson name\n";
            return 2;
        }
        for (const Lesson &lesson : LessonLibrary::lessons()) {
            buffer << qSetFieldWidth(40) << Qt::left << lesson.idString() << qSetFieldWidth(0)
                   << lesson.titleText(Language::English) << " | " << lesson.titleText(Language::Chinese) << '\n';
        }
    } else {
        if (name.isNull()) {
            err << usage();
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
        if (lang != QLatin1String("zh"))
            printTexts(buffer, *lesson, Language::English);
        if (lang != QLatin1String("en"))
            printTexts(buffer, *lesson, Language::Chinese);
        buffer << "Ladder:\n" << Engine::run(*loaded.scenario).toText(times);
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
