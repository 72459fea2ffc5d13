#include "capturefinding.h"

namespace SipLab {

QString CaptureFinding::text(Language language) const
{
    QString t = rule.explanation(language);
    for (const QString &a : arguments)
        t = t.arg(a);
    return t;
}

QString CaptureFinding::severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Note:
        return QStringLiteral("note");
    }
    return QString();
}

QString CaptureFinding::toString(Language language) const
{
    return QStringLiteral("F%1 %2: %3 (%4)").arg(fNumber).arg(severityName(severity), text(language), section());
}

} // namespace SipLab
