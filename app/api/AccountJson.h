#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"

#include <QJsonValue>

#include <functional>

namespace dm {

// The contract's JSON shapes of accounts, activation and units, read strictly.
[[nodiscard]] Expected<Account, ApiError> accountFromJson(const QJsonValue& value);
[[nodiscard]] Expected<Activation, ApiError> activationFromJson(const QJsonValue& value, const QString& path);
[[nodiscard]] Expected<Unit, ApiError> unitFromJson(const QJsonValue& value);

// {"items": [...], "nextCursor": string|null} with each item read by `item`.
template <typename T>
[[nodiscard]] Expected<KeysetPage<T>, ApiError>
pageFromJson(const QJsonValue& value, const std::function<Expected<T, ApiError>(const QJsonValue&)>& item);

} // namespace dm

#include "api/AccountJson.inl"
