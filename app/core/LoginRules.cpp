#include "core/LoginRules.h"

#include "core/EnumNames.h"

namespace dm {
namespace {

constexpr EnumName<LoginRuleLevel> kLevels[] = {{LoginRuleLevel::Domain, "domain"},
                                                {LoginRuleLevel::Account, "account"}};
constexpr EnumName<LoginAction> kActions[] = {{LoginAction::Allow, "allow"}, {LoginAction::Deny, "deny"}};
constexpr EnumName<LoginRuleKind> kKinds[] = {{LoginRuleKind::Region, "region"}, {LoginRuleKind::Cidr, "cidr"}};

} // namespace

QString toString(LoginRuleLevel level)
{
    return enumToString(kLevels, level);
}

std::optional<LoginRuleLevel> loginRuleLevelFromString(QStringView text)
{
    return enumFromString(kLevels, text);
}

QString toString(LoginAction action)
{
    return enumToString(kActions, action);
}

std::optional<LoginAction> loginActionFromString(QStringView text)
{
    return enumFromString(kActions, text);
}

QString toString(LoginRuleKind kind)
{
    return enumToString(kKinds, kind);
}

std::optional<LoginRuleKind> loginRuleKindFromString(QStringView text)
{
    return enumFromString(kKinds, text);
}

} // namespace dm
