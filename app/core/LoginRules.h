#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// Login rules exist for the whole domain and per account; there is no unit level (CONTRACT.md §12).
enum class LoginRuleLevel
{
    Domain,
    Account,
};

enum class LoginAction
{
    Allow,
    Deny,
};

enum class LoginRuleKind
{
    Region, // a province-level name in full, or a city-level name (衢州市)
    Cidr,   // a canonical IPv4 or IPv6 network
};

struct LoginRule
{
    LoginAction action = LoginAction::Allow;
    LoginRuleKind kind = LoginRuleKind::Region;
    QString value;

    friend bool operator==(const LoginRule&, const LoginRule&) = default;
};

// One level's ordered list: the first matching rule decides. defaultAction is empty for an account that follows the
// domain's default; the domain always has one.
struct LoginRuleDocument
{
    LoginRuleLevel level = LoginRuleLevel::Domain;
    QString targetId;
    QList<LoginRule> rules;
    std::optional<LoginAction> defaultAction;
    qint64 version = 0;
    std::optional<qint64> updatedAt;
};

// What the platform would decide for one login: matchedRule is the 0-based index in `level`'s list, or empty when a
// default decided.
struct LoginDecision
{
    LoginAction action = LoginAction::Allow;
    std::optional<int> matchedRule;
    LoginRuleLevel level = LoginRuleLevel::Domain;
};

[[nodiscard]] QString toString(LoginRuleLevel level);
[[nodiscard]] std::optional<LoginRuleLevel> loginRuleLevelFromString(QStringView text);
[[nodiscard]] QString toString(LoginAction action);
[[nodiscard]] std::optional<LoginAction> loginActionFromString(QStringView text);
[[nodiscard]] QString toString(LoginRuleKind kind);
[[nodiscard]] std::optional<LoginRuleKind> loginRuleKindFromString(QStringView text);

} // namespace dm
