#pragma once

#include "scenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace SipLab {

/// The UAS's answers written as a list, for `siplab-cli run --uas` and `serve --uas`:
/// "180,183r,200" or, with times, "180@100,486@300". Each item is CODE[r][@MS]:
///   CODE  a response code 100-699;
///   r     sent reliably (RFC 3262: Require: 100rel, RSeq); ScenarioFile::validate allows it
///         only on 101-199;
///   @MS   when it is sent, in ms after the request arrived. Times never go backwards.
/// An item without @MS follows the previous one after the default delay of its class.
/// The result is Scenario's ResponseStep list, whose delays count from the previous step.
class ResponseScript
{
public:
    struct Defaults
    {
        int provisionalDelayMs = 100; // a 1xx without @MS, after the previous step
        int finalDelayMs = 1000;      // a 2xx-6xx without @MS, after the previous step
        bool allowNone = true;        // "none": an empty list (the UAS never answers)
        bool requireFinal = false;    // the list must end with a final response (200-699);
                                      // the error then reads "must end with ...": callers prefix the flag
    };

    /// The steps, or nullopt with *error naming the bad item ("unknown response code: 999").
    static std::optional<QList<ResponseStep>> parse(const QString &text, const Defaults &defaults,
                                                    QString *error);
    static std::optional<QList<ResponseStep>> parse(const QString &text, QString *error)
    {
        return parse(text, Defaults(), error);
    }
    /// The list written back for parse(), every item with its time: "180@100,200@1100"; an
    /// empty list gives an empty string. parse(text(steps)) gives `steps` again.
    static QString text(const QList<ResponseStep> &steps);
};

} // namespace SipLab
