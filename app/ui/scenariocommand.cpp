#include "scenariocommand.h"

namespace SipLab {

ScenarioCommand::ScenarioCommand(const Scenario &before, const Scenario &after, const QString &text,
                                 std::function<void(const Scenario &)> apply)
    : QUndoCommand(text)
    , m_before(before)
    , m_after(after)
    , m_apply(std::move(apply))
{
}

void ScenarioCommand::undo()
{
    m_apply(m_before);
}

void ScenarioCommand::redo()
{
    m_apply(m_after);
}

} // namespace SipLab
