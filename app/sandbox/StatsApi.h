#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// /api/open/delivery/stats/activationFunnel, mailDaily and logCounts: figures the platform computes itself, the
// last one so that a client can reconcile its cached logs against the platform for a window and filters.
void registerStatsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
