#pragma once

#include "api/ApiError.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace dm {

// The delivery policy shapes of CONTRACT.md §11, read strictly: every value in its type and range, enum values
// from the contract's sets only, null nowhere (a level's document leaves unset fields out). Unknown keys are ignored
// so that a field added to the contract later does not break older clients.
[[nodiscard]] Expected<DeliveryPolicy, ApiError> deliveryPolicyFromJson(const QJsonValue& value, const QString& path);
// The document of one level (policy/get and policy/update); the domain's must be complete.
[[nodiscard]] Expected<PolicyDocument, ApiError> policyDocumentFromJson(const QJsonValue& value);
[[nodiscard]] Expected<EffectivePolicy, ApiError> effectivePolicyFromJson(const QJsonValue& value);

// The `policy` object of an update: the fields of `set` with their values, those of `inherit` as null.
[[nodiscard]] QJsonObject policyChangeToJson(const DeliveryPolicy& set, const QList<PolicyField>& inherit);

} // namespace dm
