#include "sandbox/LogsApi.h"

#include "sandbox/JsonText.h"
#include "sandbox/LogQuery.h"

#include <string>

namespace dm::sandbox {
namespace {

// Each row is written as JSON text with its keys sorted (JsonText): the text a QJsonObject of the row would give.
struct LogTable
{
    const char* table;
    const char* columns; // id and time first; mails end with updated_at
    void (*record)(const Stmt& row, JsonText& out);
};

void nullableText(const Stmt& row, int column, JsonText& out)
{
    if (row.isNull(column)) {
        out.null();
    } else {
        out.utf8(row.utf8(column));
    }
}

void operationRecord(const Stmt& row, JsonText& out)
{
    out.beginObject();
    out.key("action").utf8(row.utf8(3));
    out.key("id").integer(row.int64(0));
    out.key("ip").utf8(row.utf8(7));
    out.key("operator").utf8(row.utf8(2));
    out.key("remark").utf8(row.utf8(6));
    out.key("result").utf8(row.utf8(5));
    out.key("target").utf8(row.utf8(4));
    out.key("time").integer(row.int64(1));
    out.endObject();
}

void loginRecord(const Stmt& row, JsonText& out)
{
    out.beginObject();
    out.key("abnormal").boolean(row.int64(8) != 0);
    out.key("accountName").utf8(row.utf8(2));
    out.key("city").utf8(row.utf8(6));
    out.key("failReason");
    nullableText(row, 9, out);
    out.key("id").integer(row.int64(0));
    out.key("ip").utf8(row.utf8(4));
    out.key("method").utf8(row.utf8(3));
    out.key("province").utf8(row.utf8(5));
    out.key("result").utf8(row.utf8(7));
    out.key("time").integer(row.int64(1));
    out.endObject();
}

void mailRecord(const Stmt& row, JsonText& out)
{
    out.beginObject();
    out.key("direction").utf8(row.utf8(2));
    out.key("id").integer(row.int64(0));
    out.key("messageId").utf8(row.utf8(3));
    out.key("readAt");
    if (row.isNull(8)) {
        out.null();
    } else {
        out.integer(row.int64(8));
    }
    out.key("readClient");
    nullableText(row, 9, out);
    out.key("recipient").utf8(row.utf8(6));
    out.key("sender").utf8(row.utf8(5));
    out.key("status").utf8(row.utf8(7));
    out.key("subject").utf8(row.utf8(4));
    out.key("time").integer(row.int64(1));
    out.key("updatedAt").integer(row.int64(10));
    out.endObject();
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
        table.record(*select, data);
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
