#include "api/AccountReplyJson.h"

#include "api/AccountJson.h"
#include "api/FieldReader.h"
#include "api/WireValue.h"

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

Expected<NumberedPage<Account>, ApiError> unitAccountPageFromJson(const QJsonValue& value, int pageNum, int pageSize)
{
    // The vendor answers {list, count}; the extension's first reading was {items, total, pageNum, pageSize}.
    const QJsonObject object = value.toObject();
    const QString path = QStringLiteral("unitAccountPage");
    const auto items = wire::rows(value, {QStringLiteral("list"), QStringLiteral("items")});
    const QJsonValue totalValue = object.contains(QStringLiteral("count")) ? object.value(QStringLiteral("count"))
                                                                           : object.value(QStringLiteral("total"));
    const auto total = wire::integer(totalValue, 0, FieldReader::kMaxExact);
    if (!items) {
        return Unexpected{protocolError(path + QStringLiteral(".list"))};
    }
    if (!total) {
        return Unexpected{protocolError(path + QStringLiteral(".count"))};
    }
    NumberedPage<Account> page;
    page.total = *total;
    page.pageNum = pageNum;
    page.pageSize = pageSize;
    // The answer need not repeat the page asked for; when it does, it must make sense.
    for (const auto& [field, target, max] :
         {std::tuple{"pageNum", &page.pageNum, qint64(std::numeric_limits<int>::max())},
          std::tuple{"pageSize", &page.pageSize, qint64(1000)}}) {
        const QJsonValue given = object.value(QLatin1String(field));
        if (given.isUndefined() || given.isNull()) {
            continue;
        }
        const auto number = wire::integer(given, 1, max);
        if (!number) {
            return Unexpected{protocolError(path + QLatin1Char('.') + QLatin1String(field))};
        }
        *target = static_cast<int>(*number);
    }
    if (items->size() > page.pageSize) {
        return Unexpected{protocolError(path + QStringLiteral(".list"))};
    }
    page.items.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString itemPath = QStringLiteral("%1.list[%2]").arg(path).arg(i);
        if (!items->at(i).isObject()) {
            return Unexpected{protocolError(itemPath)};
        }
        auto account = accountFromJson(items->at(i));
        if (!account) {
            ApiError error = account.error();
            error.detail += QStringLiteral(" (%1)").arg(itemPath);
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
