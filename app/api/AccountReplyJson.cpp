#include "api/AccountReplyJson.h"

#include "api/AccountJson.h"
#include "api/FieldReader.h"
#include "api/WireValue.h"

namespace dm {

Expected<PasswordResetResult, ApiError> passwordResetFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("passwordReset"));
    PasswordResetResult result;
    result.accountName = reader.string(QStringLiteral("accountName"));
    result.delivery =
        reader.enumeration(QStringLiteral("delivery"), &passwordDeliveryFromString, PasswordDelivery::Sms);
    result.passChangeFirstLogin = reader.smallInteger(QStringLiteral("passChangeFirstLogin"), 0, 2);
    result.updatedAt = reader.integer(QStringLiteral("updatedAt"));
    if (reader.ok()) {
        if (result.delivery == PasswordDelivery::Return) {
            result.password = reader.string(QStringLiteral("password"));
            if (result.password.isEmpty()) {
                reader.fail(QStringLiteral("password"));
            }
        } else {
            result.smsSentAt = reader.integer(QStringLiteral("smsSentAt"));
        }
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return result;
}

Expected<NumberedPage<Account>, ApiError> unitAccountPageFromJson(const QJsonValue& value, int pageNum, int pageSize)
{
    const ItemParser<Account> account = [](const QJsonValue& item, const QString& path) -> Expected<Account, ApiError> {
        if (!item.isObject()) {
            return Unexpected{protocolError(path)};
        }
        auto read = accountFromJson(item);
        if (!read) {
            ApiError error = read.error();
            error.detail += QStringLiteral(" (%1)").arg(path);
            return Unexpected{error};
        }
        return read;
    };
    return numberedPageFromJson(value, QStringLiteral("unitAccountPage"), pageNum, pageSize, account);
}

Expected<Activation, ApiError> activationReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("activation"));
    (void)reader.string(QStringLiteral("accountName"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return activationFromJson(value, QStringLiteral("activation"));
}

} // namespace dm
