#pragma once

#include "api/ApiError.h"
#include "core/DeliveryEvidence.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace dm {

// The delivery evidence and the address basis (CONTRACT.md §10, §18), read strictly: a missing or mistyped field is a
// Protocol error naming it. The recipient's ID number is masked as it is read.
[[nodiscard]] Expected<std::optional<AddressBasis>, ApiError> addressBasisFromJson(const QJsonValue& value,
                                                                                   const QString& path);
[[nodiscard]] QJsonValue addressBasisToJson(const std::optional<AddressBasis>& basis);
[[nodiscard]] Expected<DeliveryEvidence, ApiError> deliveryEvidenceFromJson(const QJsonValue& value);

} // namespace dm
