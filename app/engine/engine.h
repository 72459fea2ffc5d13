#pragma once

#include "calltrace.h"
#include "scenario.h"

namespace SipLab {

/// Runs a Scenario on a virtual clock with an event queue (no timers, sockets or threads) and
/// returns the CallTrace: every message the UAC, the proxies and the UAS put on the wire as
/// RFC 3261 (and 3262, 4028) says they would. Deterministic: the same scenario always gives a
/// byte-identical trace.
class Engine
{
public:
    static CallTrace run(const Scenario &scenario);
};

} // namespace SipLab
