#pragma once

#include "api/ApiError.h"
#include "api/LogFilters.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/LogRecords.h"

#include <QJsonObject>
#include <QJsonValue>

namespace dm {

// dm_api internal. The log records of CONTRACT.md §13, read strictly: every field there, enum values from the
// contract's sets only.
[[nodiscard]] Expected<OperationRecord, ApiError> operationRecordFromJson(const QJsonValue& value, const QString& path);
[[nodiscard]] Expected<LoginRecord, ApiError> loginRecordFromJson(const QJsonValue& value, const QString& path);
[[nodiscard]] Expected<MailRecord, ApiError> mailRecordFromJson(const QJsonValue& value, const QString& path);

// One page of each query ({"items": [...], "nextCursor": ...}).
[[nodiscard]] Expected<KeysetPage<OperationRecord>, ApiError> operationPageFromJson(const QJsonValue& value);
[[nodiscard]] Expected<KeysetPage<LoginRecord>, ApiError> loginPageFromJson(const QJsonValue& value);
[[nodiscard]] Expected<KeysetPage<MailRecord>, ApiError> mailPageFromJson(const QJsonValue& value);

// Request bodies: the window plus the filters that are set.
[[nodiscard]] QJsonObject logQueryBody(const LogWindow& window, const OperationFilter& filter);
[[nodiscard]] QJsonObject logQueryBody(const LogWindow& window, const LoginFilter& filter);
[[nodiscard]] QJsonObject logQueryBody(const LogWindow& window, const MailFilter& filter);
void addPaging(QJsonObject& body, const PageRequest& page);

} // namespace dm
