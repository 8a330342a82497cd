#include "api/AccountReplyJson.h"

#include "api/AccountJson.h"
#include "api/FieldReader.h"

#include <initializer_list>
#include <limits>
#include <tuple>

namespace dm {
namespace {

// Fields JsonReader::integer would convert unchecked, with their ranges.
std::optional<ApiError> checkNumbers(const QJsonValue& value, const QString& path,
                                     std::initializer_list<std::tuple<const char*, qint64, qint64>> fields)
{
    FieldReader reader(value, path);
    for (const auto& [name, min, max] : fields) {
        const QString field = QLatin1String(name);
        if (reader.has(field) && reader.raw(field).isDouble()) {
            (void)reader.integer(field, min, max);
        }
    }
    return reader.ok() || !value.isObject() ? std::nullopt : std::optional<ApiError>(reader.error());
}

} // namespace

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

Expected<NumberedPage<Account>, ApiError> unitAccountPageFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("unitAccountPage"));
    NumberedPage<Account> page;
    const QJsonArray items = reader.array(QStringLiteral("items"));
    page.total = reader.integer(QStringLiteral("total"));
    page.pageNum = static_cast<int>(reader.integer(QStringLiteral("pageNum"), 1, std::numeric_limits<int>::max()));
    page.pageSize = reader.smallInteger(QStringLiteral("pageSize"), 1, 200);
    if (reader.ok() && items.size() > page.pageSize) {
        reader.fail(QStringLiteral("items"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        // accountFromJson names its fields "account.<field>"; the index says which item.
        if (!items.at(i).isObject()) {
            return Unexpected{protocolError(reader.childPath(QStringLiteral("items[%1]").arg(i)))};
        }
        auto account = accountFromJson(items.at(i));
        if (!account) {
            ApiError error = account.error();
            error.detail += QStringLiteral(" (%1)").arg(reader.childPath(QStringLiteral("items[%1]").arg(i)));
            return Unexpected{error};
        }
        page.items.append(*account);
    }
    return page;
}

Expected<Activation, ApiError> activationReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("activation"));
    (void)reader.string(QStringLiteral("accountName"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    if (auto bad = checkNumbers(value, QStringLiteral("activation"),
                                {{"smsSentAt", 0, FieldReader::kMaxExact},
                                 {"firstLoginAt", 0, FieldReader::kMaxExact},
                                 {"activatedAt", 0, FieldReader::kMaxExact},
                                 {"reminderCount", 0, std::numeric_limits<int>::max()}})) {
        return Unexpected{*bad};
    }
    return activationFromJson(value, QStringLiteral("activation"));
}

} // namespace dm
