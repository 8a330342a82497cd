#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"
#include "sandbox/Cidr.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace dm::sandbox {

// Where a login comes from, as the login log records it: a province-level name and, below it, a city (empty for
// a municipality such as 北京市, or when unknown).
struct LoginLocation
{
    QString province;
    QString city;
};

// One entry of a login rule list: allow or deny logins from a region (province or city name) or an IP network.
struct LoginRule
{
    enum class Action
    {
        Allow,
        Deny,
    };
    enum class Kind
    {
        Region,
        Cidr,
    };
    Action action = Action::Allow;
    Kind kind = Kind::Region;
    QString value;
    std::optional<Cidr> network; // set for Kind::Cidr

    [[nodiscard]] bool matches(const std::optional<IpAddress>& ip, const std::optional<LoginLocation>& where) const;
    [[nodiscard]] QJsonObject toJson() const;
};

inline constexpr qsizetype kMaxLoginRules = 200;

// True for the 34 province-level names (全称, e.g. 广东省, 北京市, 内蒙古自治区, 香港特别行政区).
[[nodiscard]] bool isProvinceName(QStringView name);
// A region value a rule may name: a province-level name, or a city-level name (Chinese characters ending in
// 市, 州, 盟 or 地区, 2..16 characters) that does not start with a province-level name.
[[nodiscard]] bool isRegionName(QStringView name);
// Splits "浙江省衢州市" into province and city; "广东省" has no city. Fails unless it starts with a province-level
// name and the rest is empty or Chinese characters (at most 16: a city, prefecture or district).
[[nodiscard]] std::optional<LoginLocation> parseLoginLocation(QStringView text);

// Reads a "rules" array as the contract defines it; errors name the element, e.g. rules[2].value:cidr.
[[nodiscard]] Expected<QList<LoginRule>, ApiError> parseLoginRules(const QJsonValue& value);
[[nodiscard]] QJsonArray loginRulesToJson(const QList<LoginRule>& rules);

[[nodiscard]] QString actionName(LoginRule::Action action);
[[nodiscard]] std::optional<LoginRule::Action> parseAction(const QJsonValue& value);

} // namespace dm::sandbox
