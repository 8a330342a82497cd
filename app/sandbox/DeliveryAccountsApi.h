#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// Our delivery-mailbox account extensions under /api/open/delivery/account/ (list, getActivation, resendActivation,
// setStatus, resetPassword, setAddressBasis), as CONTRACT.md "Delivery accounts" describes them.
void registerDeliveryAccountsApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
