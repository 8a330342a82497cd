#pragma once

#include "sandbox/PlatformDb.h"
#include "sandbox/SandboxIdentity.h"
#include "sandbox/SimClock.h"

namespace dm::sandbox {

// What an endpoint module needs from the running platform. Handlers run on the server's thread, one at a time, so
// they use the database directly.
struct PlatformContext
{
    PlatformDb& platform;
    SimClock& clock;
    const Identity& identity;
};

} // namespace dm::sandbox
