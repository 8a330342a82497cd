#pragma once

#include "core/Expected.h"
#include "core/LoginRules.h"
#include "core/PolicyInput.h"

#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <optional>

namespace dm {

// A login-rule list as people write it: {"rules": [...], "defaultAction": "allow" | "deny" | null}. Either key may
// be left out (that part stays as it is). The keys of a whole document as `loginRule/get` returns it (level,
// targetId, version, updatedAt) are accepted too, so that a list read with dmctl can be edited and sent back.
struct LoginRuleDraft
{
    std::optional<QList<LoginRule>> rules;    // nullopt: the list stays
    bool defaultGiven = false;                // false: the default stays
    std::optional<LoginAction> defaultAction; // given and empty: follow the domain's default (account level only)
};

// Checks everything loginRule/update checks (CONTRACT.md §12), before anything is sent: unknown keys, actions and
// kinds, canonical CIDR networks, region names the platform accepts, repeated values, at most 200 rules, null
// defaults at domain level. Rule values are trimmed first, as the platform does.
[[nodiscard]] Expected<LoginRuleDraft, InputError> loginRuleDraftFromJson(const QJsonValue& value,
                                                                          LoginRuleLevel level);

// An IPv4 or IPv6 network written exactly the way the platform stores it: 10.0.0.0/8, 2001:db8::/32 (RFC 5952, no
// host bits set, no leading zeros).
[[nodiscard]] bool isCanonicalCidr(QStringView text);
// A province-level name in full (广东省), or a city-level name that does not start with one (衢州市).
[[nodiscard]] bool isLoginRegionName(QStringView text);

} // namespace dm
