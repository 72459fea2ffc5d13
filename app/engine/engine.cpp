#include "engine.h"

#include "sipnode.h"
#include "simulation.h"

namespace SipLab {

namespace {
bool anyNodeAnswers(const Scenario &s, int code)
{
    for (const ProxySettings &p : s.proxies) {
        if (p.respondWith == code)
            return true;
    }
    for (const ResponseStep &step : s.uas.responses) {
        if (step.code == code)
            return true;
    }
    return false;
}
} // namespace

CallTrace Engine::run(const Scenario &scenario)
{
    // What the UAC offers follows from what the learner asked a node to answer: a 422 needs a
    // Session-Expires below the minimum, a 423 an expiry below it. The trace keeps the scenario
    // as the learner wrote it.
    Scenario effective = scenario;
    if (anyNodeAnswers(scenario, 422) && effective.uac.sessionExpires == 0)
        effective.uac.sessionExpires = 90; // RFC 4028 4: 90 s is the smallest allowed interval
    if (anyNodeAnswers(scenario, 423) && effective.uac.expires >= SipNode::MinExpires)
        effective.uac.expires = 60;
    Simulation simulation(effective);
    CallTrace trace = simulation.run();
    trace.scenario = scenario;
    return trace;
}

} // namespace SipLab
