#pragma once

#include "sandbox/ApiCall.h"
#include "sandbox/PlatformContext.h"

namespace dm::sandbox {

// The unit endpoints that walk the unit tree (part one of CONTRACT.md, /api/open/unit/...).

// getAccountList {unitId?, recursion?, pageNum?, pageSize?} -> {list: [vendor rows], count}.
[[nodiscard]] ApiResult getAccountList(PlatformContext& context, const ApiCall& call);
// moveUnit {unitId, parentId?}: a unit (with its sub-units) under another parent; data null.
[[nodiscard]] ApiResult moveUnitTree(PlatformContext& context, const ApiCall& call);
// updateUnitRank {unitId, rank}: the unit's sort weight; data null.
[[nodiscard]] ApiResult updateUnitRank(PlatformContext& context, const ApiCall& call);

} // namespace dm::sandbox
