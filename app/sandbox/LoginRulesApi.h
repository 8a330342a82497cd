#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// /api/open/delivery/loginRule/get, /update and /evaluate: ordered allow/deny rules by region or IP network, with
// a default for everything else (其他地区/ip(段)), for the whole domain and for single accounts (个别规则).
void registerLoginRulesApis(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
