#pragma once

#include "sandbox/ApiCall.h"
#include "sandbox/PlatformContext.h"

namespace dm::sandbox {

// /api/open/delivery/account/list: the keyset-paged account listing for sync and search (filters, updatedSince,
// cursor), as CONTRACT.md "Delivery accounts" describes it.
[[nodiscard]] ApiResult listAccounts(PlatformContext& context, const ApiCall& call);

} // namespace dm::sandbox
