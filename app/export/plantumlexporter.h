#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"

#include <QString>

namespace SipLab {

/// The ladder as PlantUML sequence text (@startuml ... @enduml): participants with aliases
/// (name and address), one arrow per message (dashed for a retransmission, `->x` when lost),
/// and the explanations as `note over` lines when asked for.
class PlantUmlExporter
{
public:
    static QString toPlantUml(const CallTrace &trace, const LadderExportOptions &options = {});
    /// Text made safe for one PlantUML line: line breaks as the `\n` escape, a backslash doubled.
    static QString escape(const QString &text);
};

} // namespace SipLab
