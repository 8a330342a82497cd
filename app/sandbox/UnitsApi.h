#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// The vendor's public unit (department) endpoints under /api/open/unit/ (getUnitList, createUnit, deleteUnit,
// getAccountList), as CONTRACT.md "Units (vendor)" describes them.
void registerUnitsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
