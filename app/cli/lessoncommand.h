#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli lesson --list` and `siplab-cli lesson NAME [--lang en|zh|both] [--times] [-o FILE]`:
/// the built-in lessons (LessonLibrary, docs/lessons.md).
class LessonCommand
{
public:
    /// arguments[0] is the command name ("lesson"). Returns the process exit code: 0, or 2 for
    /// bad usage and an unknown lesson, 1 when the output file cannot be written.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace SipLab
