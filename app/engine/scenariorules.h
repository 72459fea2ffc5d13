#pragma once

#include "scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SipLab {

/// The rules a Scenario follows, in one place for the call builder, the scenario file and
/// `siplab-cli run`:
/// - normalise() makes the consequences of an edit follow from it (a REGISTER has no CANCEL,
///   T2 is never below T1, ...) and says what it changed;
/// - validate() lists what no edit may leave behind, each problem naming its field;
/// - the edit helpers change the UAS's response list the way the builder does (the final
///   response is always the last step, RFC 3261 17.2.1).
/// Every rule that comes from the protocol cites its RFC section.
class ScenarioRules
{
public:
    /// One finding of normalise() or validate(): the field ("uac.cancelAfterMs",
    /// "uas.responses[1].code") and the reason, in English.
    struct Finding
    {
        QString field;
        QString reason;
        QString text() const { return field + QStringLiteral(": ") + reason; }
        bool operator==(const Finding &) const = default;
    };

    /// Applies every normalisation rule to `scenario`; returns what it changed (empty when the
    /// scenario already followed the rules). Idempotent: a second call changes nothing.
    static QList<Finding> normalise(Scenario &scenario);
    /// Every problem of `scenario`, in a fixed order (the first is the one to show); empty = valid.
    static QList<Finding> validate(const Scenario &scenario);
    /// The first problem as "field: reason", or an empty string.
    static QString firstProblem(const Scenario &scenario);

    /// Parses a list of F-numbers to lose on the wire: "7, 9", "F7,f9". Parts that are not
    /// F-numbers (1 or more) are skipped and listed in `rejected` when given.
    static QList<int> parseDrop(const QString &text, QStringList *rejected = nullptr);
    /// The list written back for parseDrop(): "7, 9".
    static QString dropText(const QList<int> &drop);

    // Edits of the UAS's responses (the steps before the final response are provisional).
    /// The final response becomes `code` (appended with `delayMs` when there was none).
    static void setFinalResponse(Scenario &scenario, int code, int delayMs);
    /// Removes the final response: the UAS never answers finally (only its provisional steps).
    static void removeFinalResponse(Scenario &scenario);
    /// Adds a provisional response after the existing ones, before the final one.
    static void addProvisional(Scenario &scenario, int code);
    /// Removes step `row` when it is a provisional response.
    static void removeProvisional(Scenario &scenario, int row);
    /// The final response step, or nullptr when the UAS sends none.
    static const ResponseStep *finalResponse(const Scenario &scenario);

    /// The server's password: the same as the UAC's (accepts) or a different one (refuses the
    /// credentials, RFC 3665 2.5).
    static void setServerAcceptsPassword(Scenario &scenario, bool accepts);
    static bool serverAcceptsPassword(const Scenario &scenario);
    /// Turns the challenge of one node on or off; turning one off leaves another's alone.
    static void setAuth(Scenario &scenario, AuthAt at, bool on);
};

} // namespace SipLab
