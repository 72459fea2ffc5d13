#include "cliparser.h"

#include <QTextStream>

namespace SipLab {

namespace {
constexpr int HelpColumn = 29; // where the option descriptions start, as in the man pages
} // namespace

CliParser::CliParser(const QString &command, const QString &synopsis, const QString &description)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_description(description)
{
    // "-o" and "--lang" alike: one dash or two, a word is one option, never a group of letters.
    m_parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

void CliParser::add(const QCommandLineOption &option, const QString &left, const QString &help)
{
    m_parser->addOption(option);
    m_help.append({left, help});
}

void CliParser::addSection(const QString &title)
{
    m_help.append({title, QString()});
}

void CliParser::addFlag(const QStringList &names, const QString &help)
{
    QStringList shown;
    for (const QString &n : names)
        shown.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    add(QCommandLineOption(names, help), shown.join(QStringLiteral(", ")), help);
}

void CliParser::addOption(const QStringList &names, const QString &valueName, const QString &help)
{
    QStringList shown;
    for (const QString &n : names)
        shown.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    add(QCommandLineOption(names, help, valueName),
        shown.join(QStringLiteral(", ")) + QLatin1Char(' ') + valueName, help);
}

void CliParser::addEpilog(const QString &text)
{
    m_epilog.append(text);
}

void CliParser::addOutputOption(const QString &help)
{
    // --output is the long spelling scripts used before; the help shows -o.
    m_parser->addOption(
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, help, QStringLiteral("FILE")));
    m_help.append({QStringLiteral("-o FILE"), help});
}

void CliParser::addLanguageOption(const QString &help)
{
    addOption({QStringLiteral("lang")}, QStringLiteral("en|zh|both"), help);
}

void CliParser::addTimesOption(const QString &help)
{
    addFlag({QStringLiteral("times")}, help);
}

void CliParser::addQuietOption()
{
    addFlag({QStringLiteral("quiet")}, QStringLiteral("print no F-lines"));
}

void CliParser::addAllowRemoteOption()
{
    addFlag({QStringLiteral("allow-remote")},
            QStringLiteral("needed to bind an address other than loopback"));
}

void CliParser::addT1Option(const QString &help)
{
    addOption({QStringLiteral("t1-ms")}, QStringLiteral("N"), help);
}

QString CliParser::helpText() const
{
    QString text;
    const QStringList synopsis = m_synopsis.split(QLatin1Char('\n'));
    for (int i = 0; i < synopsis.size(); ++i)
        text += (i == 0 ? QStringLiteral("Usage: ") : QStringLiteral("       ")) +
                QStringLiteral("siplab-cli %1 %2\n").arg(m_command, synopsis[i]);
    text += m_description + QLatin1Char('\n');
    if (!m_help.isEmpty() && !m_help.first().help.isNull())
        text += QStringLiteral("\nOptions:\n");
    auto line = [&text](const QString &left, const QString &help) {
        const QStringList lines = help.split(QLatin1Char('\n'));
        QString first = QStringLiteral("  ") + left;
        if (first.size() + 1 > HelpColumn) {
            text += first + QLatin1Char('\n');
            first.clear();
        }
        for (int i = 0; i < lines.size(); ++i) {
            const QString lead = i == 0 ? first : QString();
            text += lead.leftJustified(HelpColumn) + lines[i] + QLatin1Char('\n');
        }
    };
    for (const HelpEntry &e : m_help) {
        if (e.help.isNull())
            text += QLatin1Char('\n') + e.left + QLatin1Char('\n');
        else
            line(e.left, e.help);
    }
    line(QStringLiteral("-h, --help"), QStringLiteral("print this help and exit"));
    for (const QString &e : m_epilog)
        text += QLatin1Char('\n') + e + QLatin1Char('\n');
    return text;
}

QString CliParser::parseError(const QStringList &arguments) const
{
    // QCommandLineParser names the option without its dashes; say it as the user typed it.
    const QStringList unknown = m_parser->unknownOptionNames();
    if (!unknown.isEmpty()) {
        for (const QString &arg : arguments.mid(1)) {
            QString name = arg.section(QLatin1Char('='), 0, 0);
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            if (arg.startsWith(QLatin1Char('-')) && name == unknown.first())
                return QStringLiteral("unknown option '%1'").arg(arg.section(QLatin1Char('='), 0, 0));
        }
        return QStringLiteral("unknown option '%1'").arg(unknown.first());
    }
    // "Missing value after '--register'." -> "--register needs a value"
    const QString text = m_parser->errorText();
    const int open = text.indexOf(QLatin1Char('\''));
    const int close = text.lastIndexOf(QLatin1Char('\''));
    if (text.startsWith(QLatin1String("Missing value")) && open >= 0 && close > open)
        return QStringLiteral("%1 needs a value").arg(text.mid(open + 1, close - open - 1));
    if (text.startsWith(QLatin1String("Unexpected value")) && open >= 0 && close > open)
        return QStringLiteral("%1 takes no value")
            .arg(text.mid(open + 1, close - open - 1).section(QLatin1Char('='), 0, 0));
    QString message = text;
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

std::optional<int> CliParser::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("print this help and exit"));
    m_parser->addOption(help);
    // QCommandLineParser wants the program first; arguments[0] is the command name.
    const QStringList argv = QStringList{QStringLiteral("siplab-cli")} + arguments.mid(1);
    if (!m_parser->parse(argv)) {
        // --help wins over a bad option elsewhere on the line.
        if (argv.contains(QStringLiteral("--help")) || argv.contains(QStringLiteral("-h"))) {
            out << helpText();
            return 0;
        }
        const QString message = parseError(argv);
        err << errorPrefix() << message;
        if (message.startsWith(QLatin1String("unknown option")))
            err << "\n\n" << helpText();
        else
            err << '\n';
        return 2;
    }
    if (m_parser->isSet(help)) {
        out << helpText();
        return 0;
    }
    return std::nullopt;
}

QString CliParser::value(const QString &name) const
{
    return m_parser->isSet(name) ? m_parser->value(name) : QString();
}

int CliParser::fail(QTextStream &err, const QString &message) const
{
    err << errorPrefix() << message << '\n';
    return 2;
}

bool CliParser::intValue(const QString &name, int min, int max, int *value) const
{
    if (!m_parser->isSet(name))
        return true;
    bool ok = false;
    const int v = m_parser->value(name).trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

std::optional<ShownLanguages> CliParser::languages(ShownLanguages fallback, QString *error) const
{
    if (!m_parser->isSet(QStringLiteral("lang")))
        return fallback;
    const QString text = m_parser->value(QStringLiteral("lang"));
    ShownLanguages shown = ShownLanguages::None;
    if (!shownLanguagesFromString(text, &shown) || shown == ShownLanguages::None) {
        *error = QStringLiteral("--lang must be zh, en or both, not '%1'").arg(text);
        return std::nullopt;
    }
    return shown;
}

} // namespace SipLab
