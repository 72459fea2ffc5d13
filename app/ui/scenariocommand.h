#pragma once

#include "scenario.h"

#include <QUndoCommand>

#include <functional>

namespace SipLab {

/// One undoable edit of the scenario: the scenario before and after. Undo and redo hand the
/// stored scenario to `apply` (the main window re-runs the engine).
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(const Scenario &before, const Scenario &after, const QString &text,
                    std::function<void(const Scenario &)> apply);
    void undo() override;
    void redo() override;

private:
    Scenario m_before;
    Scenario m_after;
    std::function<void(const Scenario &)> m_apply;
};

} // namespace SipLab
