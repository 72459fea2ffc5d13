#pragma once

#include "scenario.h"
#include "scenariorules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SipLab {

/// The result of reading a scenario: the scenario, or an error naming the field and the reason.
struct ScenarioLoadResult
{
    std::optional<Scenario> scenario;
    QString error; // "uas.responses[1].code: 999 is not a response code (100-699)"
    /// What ScenarioRules::normalise changed in the file's scenario ("uac.cancelAfterMs: cleared: ...").
    QList<ScenarioRules::Finding> normalised;
    bool isValid() const { return scenario.has_value(); }
};

/// Reads and writes scenarios as JSON ("format": "siplab-scenario", "version": 1), described in
/// docs/scenario-format.md. Missing fields take the defaults of Scenario::defaultScenario(); unknown
/// fields, wrong types and impossible combinations are errors that name the field. The scenario
/// read is normalised by ScenarioRules (as every edit in the call builder is) before it is checked.
class ScenarioFile
{
public:
    static constexpr int Version = 1;
    static const QString FormatName; // "siplab-scenario"

    static ScenarioLoadResult fromJson(const QByteArray &json);
    static ScenarioLoadResult load(const QString &path);
    static QJsonObject toJsonObject(const Scenario &scenario);
    static QByteArray toJson(const Scenario &scenario);
    /// Writes atomically (QSaveFile): the old file stays intact if anything fails.
    static bool save(const Scenario &scenario, const QString &path, QString *error = nullptr);
    /// The first problem of a scenario built in code (CLI flags, the GUI), or an empty string:
    /// ScenarioRules::firstProblem.
    static QString validate(const Scenario &scenario);
};

} // namespace SipLab
