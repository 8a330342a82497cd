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
    // Vendor account rows and units carry this project's extension fields (activation, idNumber...) as extras;
    // false with --vendor-only.
    bool extensionExtras = true;
};

} // namespace dm::sandbox
