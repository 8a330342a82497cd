#include "sandbox/LogsApi.h"

#include "sandbox/LogQuery.h"

#include <QJsonArray>

#include <string>

namespace dm::sandbox {
namespace {

struct LogTable
{
    const char* table;
    const char* columns; // id and time first; mails end with updated_at
    QJsonObject (*record)(const Stmt& row);
};

QJsonValue nullableInteger(const Stmt& row, int column)
{
    return row.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.int64(column));
}

QJsonObject operationRecord(const Stmt& row)
{
    return QJsonObject{{QStringLiteral("id"), row.int64(0)},      {QStringLiteral("time"), row.int64(1)},
                       {QStringLiteral("operator"), row.text(2)}, {QStringLiteral("action"), row.text(3)},
                       {QStringLiteral("target"), row.text(4)},   {QStringLiteral("result"), row.text(5)},
                       {QStringLiteral("remark"), row.text(6)},   {QStringLiteral("ip"), row.text(7)}};
}

QJsonObject loginRecord(const Stmt& row)
{
    return QJsonObject{{QStringLiteral("id"), row.int64(0)},
                       {QStringLiteral("time"), row.int64(1)},
                       {QStringLiteral("accountName"), row.text(2)},
                       {QStringLiteral("method"), row.text(3)},
                       {QStringLiteral("ip"), row.text(4)},
                       {QStringLiteral("province"), row.text(5)},
                       {QStringLiteral("city"), row.text(6)},
                       {QStringLiteral("result"), row.text(7)},
                       {QStringLiteral("abnormal"), row.int64(8) != 0},
                       {QStringLiteral("failReason"), row.isNull(9) ? QJsonValue(QJsonValue::Null) : row.text(9)}};
}

QJsonObject mailRecord(const Stmt& row)
{
    return QJsonObject{{QStringLiteral("id"), row.int64(0)},
                       {QStringLiteral("time"), row.int64(1)},
                       {QStringLiteral("direction"), row.text(2)},
                       {QStringLiteral("messageId"), row.text(3)},
                       {QStringLiteral("subject"), row.text(4)},
                       {QStringLiteral("sender"), row.text(5)},
                       {QStringLiteral("recipient"), row.text(6)},
                       {QStringLiteral("status"), row.text(7)},
                       {QStringLiteral("readAt"), nullableInteger(row, 8)},
                       {QStringLiteral("readClient"), row.isNull(9) ? QJsonValue(QJsonValue::Null) : row.text(9)},
                       {QStringLiteral("updatedAt"), row.int64(10)}};
}

const LogTable& tableOf(LogKind kind)
{
    static const LogTable operations{"operation_logs", "id, time, operator, action, target, result, remark, ip",
                                     &operationRecord};
    static const LogTable logins{"login_logs",
                                 "id, time, account_name, method, ip, province, city, result, abnormal, fail_reason",
                                 &loginRecord};
    static const LogTable mails{"mail_logs",
                                "id, time, direction, message_id, subject, sender, recipient, status, read_at, "
                                "read_client, updated_at",
                                &mailRecord};
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

ApiResult query(PlatformContext& context, LogKind kind, const QJsonObject& body)
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

    QJsonArray items;
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
        if (items.size() == limit) {
            more = true;
            break;
        }
        items.append(table.record(*select));
        lastId = select->int64(0);
        lastKey = request->byUpdatedAt ? select->int64(10) : select->int64(1);
    }
    return QJsonValue(QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("nextCursor"),
         more ? QJsonValue(encodeCursor(request->byUpdatedAt, lastKey, lastId)) : QJsonValue(QJsonValue::Null)}});
}

} // namespace

void registerLogsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const auto add = [&server, &context](const char* operation, LogKind kind) {
        server.addApi(QStringLiteral("/api/open/delivery/log/") + QLatin1String(operation), Access::Token,
                      [&context, kind](const ApiCall& call) { return query(context, kind, call.body); });
    };
    add("queryOperations", LogKind::Operations);
    add("queryLogins", LogKind::Logins);
    add("queryMails", LogKind::Mails);
}

} // namespace dm::sandbox
