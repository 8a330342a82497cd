#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// The vendor's public account endpoints under /api/open/account/ (createAccount, getAccount, updateAccount,
// updatePassword, deleteAccount, recoverAccount, moveUnit), as CONTRACT.md "Accounts (vendor)" describes them.
void registerAccountsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
