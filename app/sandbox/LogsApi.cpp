#include "sandbox/LogsApi.h"

#include "sandbox/JsonText.h"
#include "sandbox/LogQuery.h"

#include <array>
#include <span>
#include <string>

namespace dm::sandbox {
namespace {

// How a column goes into a row's JSON.
enum class Value
{
    Integer,
    Text,
    Flag, // an integer written as true or false
    IntegerOrNull,
    TextOrNull,
};

struct Field
{
    const char* key;
    int column;
    Value value;
};

// Each row is written as JSON text (JsonText) with its keys sorted, as a QJsonObject of the row would be written.
struct LogTable
{
    const char* table;
    const char* columns; // id and time first; mails end with updated_at
    std::span<const Field> fields;
};

void writeRow(const Stmt& row, std::span<const Field> fields, JsonText& out)
{
    out.beginObject();
    for (const Field& field : fields) {
        out.key(field.key);
        const bool nullable = field.value == Value::IntegerOrNull || field.value == Value::TextOrNull;
        if (nullable && row.isNull(field.column)) {
            out.null();
            continue;
        }
        switch (field.value) {
        case Value::Integer:
        case Value::IntegerOrNull:
            out.integer(row.int64(field.column));
            break;
        case Value::Text:
        case Value::TextOrNull:
            out.utf8(row.utf8(field.column));
            break;
        case Value::Flag:
            out.boolean(row.int64(field.column) != 0);
            break;
        }
    }
    out.endObject();
}

constexpr std::array kOperationFields{
    Field{"action", 3, Value::Text},   Field{"id", 0, Value::Integer},   Field{"ip", 7, Value::Text},
    Field{"operator", 2, Value::Text}, Field{"remark", 6, Value::Text},  Field{"result", 5, Value::Text},
    Field{"target", 4, Value::Text},   Field{"time", 1, Value::Integer},
};
constexpr std::array kLoginFields{
    Field{"abnormal", 8, Value::Flag},         Field{"accountName", 2, Value::Text}, Field{"city", 6, Value::Text},
    Field{"failReason", 9, Value::TextOrNull}, Field{"id", 0, Value::Integer},       Field{"ip", 4, Value::Text},
    Field{"method", 3, Value::Text},           Field{"province", 5, Value::Text},    Field{"result", 7, Value::Text},
    Field{"time", 1, Value::Integer},
};
constexpr std::array kMailFields{
    Field{"direction", 2, Value::Text},        Field{"id", 0, Value::Integer},
    Field{"messageId", 3, Value::Text},        Field{"readAt", 8, Value::IntegerOrNull},
    Field{"readClient", 9, Value::TextOrNull}, Field{"recipient", 6, Value::Text},
    Field{"sender", 5, Value::Text},           Field{"status", 7, Value::Text},
    Field{"subject", 4, Value::Text},          Field{"time", 1, Value::Integer},
    Field{"updatedAt", 10, Value::Integer},
};

const LogTable& tableOf(LogKind kind)
{
    static const LogTable operations{"operation_logs", "id, time, operator, action, target, result, remark, ip",
                                     kOperationFields};
    static const LogTable logins{"login_logs",
                                 "id, time, account_name, method, ip, province, city, result, abnormal, fail_reason",
                                 kLoginFields};
    static const LogTable mails{"mail_logs",
                                "id, time, direction, message_id, subject, sender, recipient, status, read_at, "
                                "read_client, updated_at",
                                kMailFields};
    switch (kind) {
    case LogKind::Operations:
        return operations;
    case LogKind::Logins:
        return logins;
    case LogKind::Mails:
        break;
    }
    return mails;
}

ApiTextResult query(PlatformContext& context, LogKind kind, const QJsonObject& body)
{
    auto request = readLogRequest(kind, body);
    if (!request) {
        return Unexpected{request.error()};
    }
    auto pageSize = integerField(body, QStringLiteral("pageSize"), Presence::Optional, 1, 1000);
    if (!pageSize) {
        return Unexpected{pageSize.error()};
    }
    const qint64 limit = pageSize->value_or(100);
    auto cursorText = stringField(body, QStringLiteral("cursor"), Presence::Optional, 1024);
    if (!cursorText) {
        return Unexpected{cursorText.error()};
    }
    std::optional<CursorPosition> after;
    if (cursorText->has_value()) {
        auto position = decodeCursor(**cursorText, request->byUpdatedAt);
        if (!position) {
            return Unexpected{position.error()};
        }
        after = *position;
    }

    const LogTable& table = tableOf(kind);
    const std::string key = request->byUpdatedAt ? "updated_at" : "time";
    std::string sql = std::string("SELECT ") + table.columns + " FROM " + table.table + " WHERE " + key + " >= ? AND " +
                      key + " < ?" + request->filters.text;
    if (after) {
        sql += " AND (" + key + ", id) > (?, ?)";
    }
    sql += " ORDER BY " + key + ", id LIMIT ?";
    auto select = context.platform.db().prepare(sql);
    if (!select) {
        return Unexpected{ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")}};
    }
    select->bind(1, request->window.start).bind(2, request->window.end);
    int next = request->filters.bind(*select, 3);
    if (after) {
        select->bind(next, after->key).bind(next + 1, after->id);
        next += 2;
    }
    select->bind(next, limit + 1); // one more than asked tells whether there is a next page

    JsonText data;
    data.beginObject().key("items").beginArray();
    qint64 rows = 0;
    qint64 lastKey = 0;
    qint64 lastId = 0;
    bool more = false;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")}};
        }
        if (!row.value()) {
            break;
        }
        if (rows == limit) {
            more = true;
            break;
        }
        writeRow(*select, table.fields, data);
        ++rows;
        lastId = select->int64(0);
        lastKey = request->byUpdatedAt ? select->int64(10) : select->int64(1);
    }
    data.endArray().key("nextCursor");
    if (more) {
        data.string(encodeCursor(request->byUpdatedAt, lastKey, lastId));
    } else {
        data.null();
    }
    data.endObject();
    return JsonData{data.bytes()};
}

} // namespace

void registerLogsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const auto add = [&server, &context](const char* operation, LogKind kind) {
        server.addTextApi(QStringLiteral("/api/open/delivery/log/") + QLatin1String(operation), Access::Token,
                          [&context, kind](const ApiCall& call) { return query(context, kind, call.body); });
    };
    add("queryOperations", LogKind::Operations);
    add("queryLogins", LogKind::Logins);
    add("queryMails", LogKind::Mails);
}

} // namespace dm::sandbox
