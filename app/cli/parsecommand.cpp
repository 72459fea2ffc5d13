#include "parsecommand.h"

#include "cliparser.h"
#include "sipparser.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace SipLab {

int ParseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliParser p(
        QStringLiteral("parse"), QStringLiteral("FILE|-"),
        QStringLiteral("Parses one SIP message (RFC 3261) and prints it with canonical header names, or\n"
                       "prints what is wrong and where (exit 1). - reads standard input."));
    p.addEpilog(
        QStringLiteral("Exit status: 0 a valid message, 1 an invalid one (the message says what and where),\n"
                       "2 bad usage or a file that cannot be read."));
    if (const std::optional<int> done = p.parse(arguments, out, err))
        return *done;
    const QStringList args = p.positional();
    if (args.size() != 1)
        return p.fail(err, QStringLiteral("expected one FILE (or - for standard input)"));
    const QString path = args.first();
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "siplab-cli parse: cannot read standard input\n";
            return 2;
        }
        bytes = in.read(1024 * 1024 + 1);
    } else {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            err << "siplab-cli parse: " << path << ": " << in.errorString() << '\n';
            return 2;
        }
        bytes = in.read(1024 * 1024 + 1);
    }
    if (bytes.size() > 1024 * 1024) {
        err << path << ": larger than 1 MiB, not a SIP message\n";
        return 1;
    }
    const SipParseResult result = SipParser::parse(bytes);
    if (!result.isValid()) {
        err << path << ": " << result.error.toString() << '\n';
        return 1;
    }
    const SipMessage &m = *result.message;
    out << m.startLine() << '\n';
    for (const SipHeader &h : m.headers())
        out << h.name << ": " << h.value << '\n';
    if (!m.body().isEmpty()) {
        out << '\n';
        out.flush();
        out << QString::fromUtf8(m.body());
        if (!m.body().endsWith('\n'))
            out << '\n';
    }
    return 0;
}

} // namespace SipLab
