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
        QString text() const; // "field: reason" (out of line: the library and its tests concatenate differently)
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

    // Edits of a callee device's responses (the steps before the final response are
    // provisional). `device` is 0 for Scenario::uas (lane UAS / UAS1), 1 and 2 for
    // forking.devices (UAS2, UAS3); a device that does not exist is left alone.
    /// The final response becomes `code` (appended with `delayMs` when there was none).
    static void setFinalResponse(Scenario &scenario, int code, int delayMs, int device = 0);
    /// Removes the final response: the device never answers finally (only its provisional steps).
    static void removeFinalResponse(Scenario &scenario, int device = 0);
    /// Adds a provisional response after the existing ones, before the final one.
    static void addProvisional(Scenario &scenario, int code, int device = 0);
    /// Removes step `row` when it is a provisional response.
    static void removeProvisional(Scenario &scenario, int row, int device = 0);
    /// The final response step, or nullptr when the device sends none (or does not exist).
    static const ResponseStep *finalResponse(const Scenario &scenario, int device = 0);

    // Edits of the call's graph.
    /// Gives the callee `count` devices (1-3, Scenario::setTargetCount). Forking needs a proxy in
    /// front of the devices (RFC 3261 16.5): a call without one gets P1. The last proxy's `next`
    /// keeps only lanes that still exist; a redirect server answering 300/302 answers 300 when
    /// there are several devices to list, 302 for one (RFC 3261 21.3.1, 21.3.3).
    static void setDeviceCount(Scenario &scenario, int count);
    /// Removes device `device` (0-2); the others move up and are renamed UAS / UAS1.. in order.
    /// The last device is never removed.
    static void removeDevice(Scenario &scenario, int device);
    /// What the first proxy (P1) is. Redirect: a redirect server of its own, lane "Redirect",
    /// answering 300 listing every device (302 with one; RFC 3261 8.3, RFC 3665 3.6). Alg: lane
    /// "ALG", record-routes and rewrites the SDP; P2 does not record-route (RFC 3665 3.5). Proxy:
    /// back to a forwarding P1. Redirect and Alg need P2 behind P1 (the call gets two proxies) and
    /// clear firstHopDown.
    static void setFirstHopRole(Scenario &scenario, ProxyRole role);
    /// P1 is down and the UAC fails over to P2 after Timer B (RFC 3263 4.3, RFC 3665 3.4): sets
    /// proxies[0].down and uac.alternateProxy (two proxies, P1 forwarding). Off clears both.
    static void setFirstHopDown(Scenario &scenario, bool down);
    static bool firstHopDown(const Scenario &scenario);
    /// The fewest proxies the scenario's graph allows: 2 when P1 is a redirect server, an ALG or
    /// down with an alternate; 1 when the last proxy forks to several devices; else 0.
    static int minimumProxies(const Scenario &scenario);

    /// The server's password: the same as the UAC's (accepts) or a different one (refuses the
    /// credentials, RFC 3665 2.5).
    static void setServerAcceptsPassword(Scenario &scenario, bool accepts);
    static bool serverAcceptsPassword(const Scenario &scenario);
    /// Turns the challenge of one node on or off; turning one off leaves another's alone.
    static void setAuth(Scenario &scenario, AuthAt at, bool on);
};

} // namespace SipLab
