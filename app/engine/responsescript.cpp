#include "responsescript.h"

#include "statuscoderegistry.h"

#include <QStringList>

namespace SipLab {

std::optional<QList<ResponseStep>> ResponseScript::parse(const QString &text, const Defaults &defaults,
                                                         QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<ResponseStep>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<ResponseStep> steps;
    if (defaults.allowNone && text.trimmed() == QLatin1String("none"))
        return steps;
    int previousAt = 0; // ms after the request arrived
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        QString codeText = item;
        std::optional<int> at;
        const int atSign = item.indexOf(QLatin1Char('@'));
        if (atSign >= 0) {
            bool ok = false;
            const int ms = item.mid(atSign + 1).toInt(&ok);
            if (!ok || ms < 0 || ms > 3600000)
                return fail(
                    QStringLiteral("bad time in '%1': @MS takes 0-3600000 milliseconds after the request")
                        .arg(item));
            at = ms;
            codeText = item.left(atSign);
        }
        ResponseStep step;
        if (codeText.endsWith(QLatin1Char('r'))) {
            step.reliable = true;
            codeText.chop(1);
        }
        step.code = StatusCodeRegistry::parseCode(codeText);
        if (step.code == 0)
            return fail(QStringLiteral("unknown response code: %1").arg(item));
        // "200r" parses: ScenarioFile::validate refuses it (RFC 3262 3), naming the step.
        if (at) {
            if (*at < previousAt)
                return fail(
                    QStringLiteral("'%1': the time goes backwards (the previous response is at %2 ms)")
                        .arg(item)
                        .arg(previousAt));
            step.delayMs = *at - previousAt;
        } else {
            step.delayMs = step.code < 200 ? defaults.provisionalDelayMs : defaults.finalDelayMs;
        }
        previousAt += step.delayMs;
        steps.append(step);
    }
    if (defaults.requireFinal && (steps.isEmpty() || steps.last().code < 200))
        return fail(QStringLiteral("must end with a final response (200-699): %1").arg(text));
    return steps;
}

QString ResponseScript::text(const QList<ResponseStep> &steps)
{
    QStringList items;
    int at = 0; // @MS counts from the request's arrival; a step's delay from the previous step
    for (const ResponseStep &step : steps) {
        at += step.delayMs;
        items.append(QStringLiteral("%1%2@%3").arg(step.code).arg(step.reliable ? QStringLiteral("r") : QString()).arg(at));
    }
    return items.join(QLatin1Char(','));
}

} // namespace SipLab
