#pragma once

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// /sandbox/faults/set and /sandbox/faults/get: the operator's switch for fault injection at run time. Operations
// access: a valid token, never faulted or rate limited, loopback only like the whole server.
void registerFaultsApis(SandboxServer& server, FaultPlan& plan);

} // namespace dm::sandbox
