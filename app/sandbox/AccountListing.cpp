#include "sandbox/AccountListing.h"

#include "sandbox/AccountRecords.h"

#include <QJsonArray>

#include <string>
#include <variant>
#include <vector>

namespace dm::sandbox {
namespace {

constexpr qint64 kDefaultPageSize = 100;
constexpr qint64 kMaxPageSize = 1000;

// Where the previous page stopped: the last row's id, and its updatedAt when the listing runs by (updatedAt, id).
struct Cursor
{
    std::optional<qint64> updatedAt;
    qint64 id = 0;
};

// Opaque to clients: base64url of "i:<id>" (order by id) or "u:<updatedAt>:<id>" (order by updatedAt, id).
QString encodeCursor(const Cursor& cursor)
{
    QByteArray text = cursor.updatedAt ? "u:" + QByteArray::number(*cursor.updatedAt) + ':' : QByteArray("i:");
    text += QByteArray::number(cursor.id);
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A cursor that was not made for this kind of listing (by id vs by updatedAt) is as malformed as garbage.
std::optional<Cursor> decodeCursor(const QString& text, bool byUpdated)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QList<QByteArray> parts = decoded.decoded.split(':');
    const QByteArray kind = byUpdated ? QByteArrayLiteral("u") : QByteArrayLiteral("i");
    if (parts.size() != (byUpdated ? 3 : 2) || parts.first() != kind) {
        return std::nullopt;
    }
    Cursor cursor;
    bool ok = false;
    cursor.id = parts.last().toLongLong(&ok);
    if (!ok || cursor.id < 0) {
        return std::nullopt;
    }
    if (byUpdated) {
        cursor.updatedAt = parts.at(1).toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    return cursor;
}

// An optional field that must be one of `allowed`; -401 PARAM.INVALID:<field>:value otherwise.
Expected<std::optional<QString>, ApiError> choiceField(const QJsonObject& body, const QString& field,
                                                       const QStringList& allowed)
{
    auto text = stringField(body, field, Presence::Optional, 32);
    if (!text) {
        return Unexpected{text.error()};
    }
    if (text.value() && !allowed.contains(**text)) {
        return Unexpected{parameterError(field, QStringLiteral("value"))};
    }
    return text.value();
}

const char* activationCondition(const QString& state)
{
    if (state == QLatin1String("activated")) {
        return " AND activated_at IS NOT NULL";
    }
    if (state == QLatin1String("firstLogin")) {
        return " AND activated_at IS NULL AND first_login_at IS NOT NULL";
    }
    if (state == QLatin1String("smsSent")) {
        return " AND activated_at IS NULL AND first_login_at IS NULL AND sms_sent_at IS NOT NULL";
    }
    return " AND activated_at IS NULL AND first_login_at IS NULL AND sms_sent_at IS NULL";
}

} // namespace

ApiResult listAccounts(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    auto status = choiceField(body, QStringLiteral("status"),
                              {QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("deleted")});
    if (!status) {
        return Unexpected{status.error()};
    }
    auto activation = choiceField(body, QStringLiteral("activationState"),
                                  {QStringLiteral("created"), QStringLiteral("smsSent"), QStringLiteral("firstLogin"),
                                   QStringLiteral("activated")});
    if (!activation) {
        return Unexpected{activation.error()};
    }
    auto unitId = stringField(body, QStringLiteral("unitId"), Presence::Optional, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto createdFrom = integerField(body, QStringLiteral("createdFrom"), Presence::Optional, 0);
    if (!createdFrom) {
        return Unexpected{createdFrom.error()};
    }
    auto createdTo = integerField(body, QStringLiteral("createdTo"), Presence::Optional, 0);
    if (!createdTo) {
        return Unexpected{createdTo.error()};
    }
    if (createdFrom.value() && createdTo.value() && **createdFrom >= **createdTo) {
        return Unexpected{parameterError(QStringLiteral("createdTo"), QStringLiteral("range"))};
    }
    auto keyword = stringField(body, QStringLiteral("keyword"), Presence::Optional, 64);
    if (!keyword) {
        return Unexpected{keyword.error()};
    }
    auto updatedSince = integerField(body, QStringLiteral("updatedSince"), Presence::Optional, 0);
    if (!updatedSince) {
        return Unexpected{updatedSince.error()};
    }
    auto pageSize = integerField(body, QStringLiteral("pageSize"), Presence::Optional, 1, kMaxPageSize);
    if (!pageSize) {
        return Unexpected{pageSize.error()};
    }
    auto cursorText = stringField(body, QStringLiteral("cursor"), Presence::Optional, 128);
    if (!cursorText) {
        return Unexpected{cursorText.error()};
    }
    const bool byUpdated = updatedSince.value().has_value();
    std::optional<Cursor> cursor;
    if (cursorText.value()) {
        cursor = decodeCursor(**cursorText, byUpdated);
        if (!cursor) {
            return Unexpected{parameterError(QStringLiteral("cursor"), QStringLiteral("format"))};
        }
    }

    // The SQL is program text assembled from fixed pieces; every value is bound.
    std::string sql = std::string("SELECT ") + kAccountColumns + " FROM accounts WHERE 1 = 1";
    std::vector<std::variant<qint64, QString>> values;
    if (status.value()) {
        sql += " AND status = ?";
        values.emplace_back(**status);
    }
    if (activation.value()) {
        sql += activationCondition(**activation);
    }
    if (unitId.value()) {
        sql += " AND unit_id = ?";
        values.emplace_back(**unitId);
    }
    if (createdFrom.value()) {
        sql += " AND created_at >= ?";
        values.emplace_back(**createdFrom);
    }
    if (createdTo.value()) {
        sql += " AND created_at < ?";
        values.emplace_back(**createdTo);
    }
    if (keyword.value() && !keyword.value()->isEmpty()) {
        const QString folded = keyword.value()->toLower();
        sql += " AND (instr(account_name, ?) > 0 OR instr(lower(name), ?) > 0 OR instr(lower(job_number), ?) > 0";
        values.insert(values.end(), {folded, folded, folded});
        const bool fourDigits = folded.size() == 4 && std::all_of(folded.cbegin(), folded.cend(), [](QChar c) {
                                    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
                                });
        if (fourDigits) {
            sql += " OR substr(mobile, -4) = ?";
            values.emplace_back(folded);
        }
        sql += ")";
    }
    if (byUpdated) {
        sql += " AND updated_at >= ?";
        values.emplace_back(**updatedSince);
        if (cursor) {
            sql += " AND (updated_at, id) > (?, ?)";
            values.emplace_back(*cursor->updatedAt);
            values.emplace_back(cursor->id);
        }
        sql += " ORDER BY updated_at, id";
    } else {
        if (cursor) {
            sql += " AND id > ?";
            values.emplace_back(cursor->id);
        }
        sql += " ORDER BY id";
    }
    // One row more than the page tells whether there is a next page, so nextCursor is null exactly at the end.
    const qint64 size = pageSize.value().value_or(kDefaultPageSize);
    sql += " LIMIT ?";
    values.emplace_back(size + 1);

    auto select = context.platform.db().prepare(sql);
    if (!select) {
        return Unexpected{databaseError(select.error())};
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::visit([&select, i](const auto& value) { select->bind(static_cast<int>(i + 1), value); }, values[i]);
    }
    QJsonArray items;
    std::optional<Cursor> last;
    bool more = false;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{databaseError(row.error())};
        }
        if (!row.value()) {
            break;
        }
        if (items.size() == size) {
            more = true;
            break;
        }
        const AccountRecord account = readAccount(*select);
        items.append(accountJson(account, context.identity.domain));
        last = Cursor{byUpdated ? std::optional<qint64>(account.updatedAt) : std::nullopt, account.id};
    }
    return QJsonValue(QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("nextCursor"), more && last ? QJsonValue(encodeCursor(*last)) : QJsonValue(QJsonValue::Null)}});
}

} // namespace dm::sandbox
