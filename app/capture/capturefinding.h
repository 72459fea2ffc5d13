#pragma once

#include "calltrace.h"
#include "language.h"

#include <QString>
#include <QStringList>

namespace SipLab {

enum class FindingSeverity { Error, Warning, Note };

/// One thing a captured call does against RFC 3261: the message it is seen at, how serious it
/// is, and the rule (an English source string in context "SipLab::Rules" with %1, %2 ... for
/// the arguments, Chinese in the .ts file, and its RFC section).
struct CaptureFinding
{
    int fNumber = 0;
    FindingSeverity severity = FindingSeverity::Note;
    TraceRule rule;
    QStringList arguments;

    QString text(Language language) const;
    QString section() const { return QString::fromLatin1(rule.section ? rule.section : ""); }
    /// "error", "warning", "note"
    static QString severityName(FindingSeverity severity);
    /// "F7 error: text (RFC 3261 17.1.1.3)"
    QString toString(Language language) const;
};

} // namespace SipLab
