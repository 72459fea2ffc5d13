#pragma once

#include "language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace SipLab {

/// The command line of one siplab-cli command on QCommandLineParser, with what every command
/// shares: --help printed from the options themselves (one source for parsing and help, laid
/// out for help2man), errors as "siplab-cli COMMAND: ..." with exit code 2 naming the flag, and
/// the options several commands take (-o, --lang, --times, --t1-ms, live addresses).
class CliParser
{
public:
    /// synopsis: what follows "siplab-cli COMMAND" in the usage line(s), one per line.
    CliParser(const QString &command, const QString &synopsis, const QString &description);

    /// A heading in --help above the options added after it ("Output ...:").
    void addSection(const QString &title);
    /// A flag without value; names without dashes ("times", or {"o", "output"}).
    void addFlag(const QStringList &names, const QString &help);
    /// An option with a value: "--method M". help may hold '\n' for its own line breaks.
    void addOption(const QStringList &names, const QString &valueName, const QString &help);
    /// A line of its own at the end of --help (examples, exit status).
    void addEpilog(const QString &text);

    // The options more than one command takes.
    void addOutputOption(const QString &help);   // -o FILE (also --output FILE)
    void addLanguageOption(const QString &help); // --lang en|zh|both
    void addTimesOption(const QString &help);    // --times
    void addQuietOption();                       // --quiet
    void addAllowRemoteOption();                 // --allow-remote
    void addT1Option(const QString &help);       // --t1-ms N

    /// Parses arguments (arguments[0] is the command name). nullopt: go on with the command;
    /// otherwise the exit code: 0 after --help (printed to out), 2 after a usage error (to err).
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    bool isSet(const QString &name) const { return m_parser->isSet(name); }
    /// The value, or a null string when the option was not given.
    QString value(const QString &name) const;
    /// Every value of a repeatable option, in order.
    QStringList values(const QString &name) const { return m_parser->values(name); }
    QStringList positional() const { return m_parser->positionalArguments(); }

    /// Prints "siplab-cli COMMAND: message" to err; returns 2 (bad usage).
    int fail(QTextStream &err, const QString &message) const;
    QString errorPrefix() const { return QStringLiteral("siplab-cli %1: ").arg(m_command); }
    QString helpText() const;

    /// The value of an integer option within [min, max]; true when it was not given (*value
    /// keeps its default) or is valid.
    bool intValue(const QString &name, int min, int max, int *value) const;
    /// --lang: en, zh or both; `fallback` when not given; nullopt (with *error) for anything else.
    std::optional<ShownLanguages> languages(ShownLanguages fallback, QString *error) const;

private:
    struct HelpEntry
    {
        QString left; // "--method M", or a section title when help is null
        QString help;
    };
    void add(const QCommandLineOption &option, const QString &left, const QString &help);
    QString parseError(const QStringList &arguments) const;

    QString m_command;
    QString m_synopsis;
    QString m_description;
    QStringList m_epilog;
    std::unique_ptr<QCommandLineParser> m_parser = std::make_unique<QCommandLineParser>(); // movable
    QList<HelpEntry> m_help;
};

} // namespace SipLab
