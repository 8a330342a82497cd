#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace dm {

// The unit that stands for the top of the domain. The extension lists it as "root"; the vendor has no such unit.
inline constexpr auto kTopUnitId = "root";

// The body that names one account: {"domain", "accountName"}, as the vendor's account endpoints expect (the domain
// is left out when the profile has none).
[[nodiscard]] QJsonObject accountRequestBody(const QString& domain, const QString& accountName);

// Accounts, activation and units in every spelling the platform is known to use (CONTRACT.md part one and two):
// missing or mistyped documented fields are an error that names the field, never a guess.
[[nodiscard]] Expected<Account, ApiError> accountFromJson(const QJsonValue& value);
[[nodiscard]] Expected<Activation, ApiError> activationFromJson(const QJsonValue& value, const QString& path);
[[nodiscard]] Expected<Unit, ApiError> unitFromJson(const QJsonValue& value);
// getUnitList's data: a bare array (vendor) or {items} (extension). Without a root unit in the list, one named
// `topName` (the domain) is put first, with the vendor's top-level units below it.
[[nodiscard]] Expected<QList<Unit>, ApiError> unitListFromJson(const QJsonValue& data, const QString& topName);

// {"items": [...], "nextCursor": string|null} with each item read by `item`.
template <typename T>
[[nodiscard]] Expected<KeysetPage<T>, ApiError>
pageFromJson(const QJsonValue& value, const std::function<Expected<T, ApiError>(const QJsonValue&)>& item);

} // namespace dm

#include "api/AccountJson.inl"
