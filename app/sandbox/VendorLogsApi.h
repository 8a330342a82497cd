#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// The vendor's page-numbered log queries under /api/open/logquery/ (webLogin, receivedMail; CONTRACT.md §9a): the
// same login and mail logs as the extension's /api/open/delivery/log/ queries, in the vendor's dialect. Part one, so
// also served with --vendor-only.
void registerVendorLogsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
