#pragma once

#include "api/ApiError.h"
#include "core/DeliveryStats.h"
#include "core/Expected.h"

#include <QJsonValue>
#include <QList>

namespace dm {

// The statistics answers of CONTRACT.md §14, read strictly.
[[nodiscard]] Expected<ActivationFunnel, ApiError> activationFunnelFromJson(const QJsonValue& value);
[[nodiscard]] Expected<QList<MailDay>, ApiError> mailDailyFromJson(const QJsonValue& value);
[[nodiscard]] Expected<qint64, ApiError> logCountFromJson(const QJsonValue& value);

} // namespace dm
