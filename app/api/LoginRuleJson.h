#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"
#include "core/LoginRules.h"

#include <QJsonArray>
#include <QJsonValue>

namespace dm {

// The login rule shapes of CONTRACT.md §12, read strictly.
[[nodiscard]] Expected<LoginRule, ApiError> loginRuleFromJson(const QJsonValue& value, const QString& path);
// loginRule/get and loginRule/update; the domain's document always has a defaultAction.
[[nodiscard]] Expected<LoginRuleDocument, ApiError> loginRuleDocumentFromJson(const QJsonValue& value);
[[nodiscard]] Expected<LoginDecision, ApiError> loginDecisionFromJson(const QJsonValue& value);

[[nodiscard]] QJsonArray loginRulesToJson(const QList<LoginRule>& rules);

} // namespace dm
