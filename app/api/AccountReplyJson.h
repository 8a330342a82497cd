#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/NumberedPage.h"
#include "core/PasswordReset.h"

#include <QJsonValue>

namespace dm {

// The account answers that are not the plain account object, read strictly.
// resetPassword: the password must be there (non-empty) for a Return delivery and smsSentAt for an Sms one.
[[nodiscard]] Expected<PasswordResetResult, ApiError> passwordResetFromJson(const QJsonValue& value);
// unit/getAccountList: the vendor's {"list": [row...], "count"}, or {"items", "total", "pageNum", "pageSize"}. The page
// number and size asked for stand in when the answer does not repeat them.
[[nodiscard]] Expected<NumberedPage<Account>, ApiError> unitAccountPageFromJson(const QJsonValue& value, int pageNum,
                                                                                int pageSize);
// delivery/account/getActivation: the activation object plus accountName.
[[nodiscard]] Expected<Activation, ApiError> activationReplyFromJson(const QJsonValue& value);

} // namespace dm
