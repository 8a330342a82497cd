#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// /api/open/delivery/policy/get, /update and /getEffective: the delivery policy at domain, unit and account level,
// with optimistic concurrency on a version per document.
void registerPolicyApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
