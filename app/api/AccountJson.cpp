#include "api/AccountJson.h"

#include <limits>

namespace dm {

Expected<Activation, ApiError> activationFromJson(const QJsonValue& value, const QString& path)
{
    JsonReader reader(value, path);
    Activation activation;
    const QString state = reader.string(QStringLiteral("state"));
    activation.smsSentAt = reader.optionalInteger(QStringLiteral("smsSentAt"));
    activation.firstLoginAt = reader.optionalInteger(QStringLiteral("firstLoginAt"));
    activation.activatedAt = reader.optionalInteger(QStringLiteral("activatedAt"));
    const qint64 reminders = reader.integer(QStringLiteral("reminderCount"));
    if (reminders < 0 || reminders > std::numeric_limits<int>::max()) {
        reader.fail(QStringLiteral("reminderCount"));
    }
    activation.reminderCount = static_cast<int>(reminders);
    if (const auto known = activationStateFromString(state)) {
        activation.state = *known;
    } else {
        reader.fail(QStringLiteral("state"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return activation;
}

Expected<Account, ApiError> accountFromJson(const QJsonValue& value)
{
    JsonReader reader(value, QStringLiteral("account"));
    Account account;
    account.accountName = reader.string(QStringLiteral("accountName"));
    account.address = reader.string(QStringLiteral("address"));
    account.name = reader.string(QStringLiteral("name"));
    account.jobNumber = reader.optionalString(QStringLiteral("jobNumber"));
    account.idNumber = reader.optionalString(QStringLiteral("idNumber"));
    account.mobile = reader.optionalString(QStringLiteral("mobile"));
    account.unitId = reader.string(QStringLiteral("unitId"));
    const QString status = reader.string(QStringLiteral("status"));
    account.visibleInAddr = reader.boolean(QStringLiteral("visibleInAddr"));
    account.passChangeFirstLogin = static_cast<int>(reader.integer(QStringLiteral("passChangeFirstLogin")));
    account.createdAt = reader.integer(QStringLiteral("createdAt"));
    account.updatedAt = reader.integer(QStringLiteral("updatedAt"));
    const QJsonObject activation = reader.object(QStringLiteral("activation"));
    if (const auto known = accountStatusFromString(status)) {
        account.status = *known;
    } else {
        reader.fail(QStringLiteral("status"));
    }
    if (account.passChangeFirstLogin < 0 || account.passChangeFirstLogin > 2) {
        reader.fail(QStringLiteral("passChangeFirstLogin"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    auto parsedActivation = activationFromJson(activation, QStringLiteral("account.activation"));
    if (!parsedActivation) {
        return Unexpected{parsedActivation.error()};
    }
    account.activation = *parsedActivation;
    return account;
}

Expected<Unit, ApiError> unitFromJson(const QJsonValue& value)
{
    JsonReader reader(value, QStringLiteral("unit"));
    Unit unit;
    unit.unitId = reader.string(QStringLiteral("unitId"));
    unit.name = reader.string(QStringLiteral("name"));
    unit.parentUnitId = reader.optionalString(QStringLiteral("parentUnitId"));
    unit.createdAt = reader.integer(QStringLiteral("createdAt"));
    unit.accountCount = static_cast<int>(reader.optionalInteger(QStringLiteral("accountCount")).value_or(0));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return unit;
}

} // namespace dm
