#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// /api/open/delivery/log/queryOperations, queryLogins and queryMails: the three logs, windowed (31 days at most),
// filtered and paged by keyset in a stable (time, id) order (mails also by (updatedAt, id)).
void registerLogsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
