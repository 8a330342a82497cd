#include "sandbox/StatsApi.h"

#include "sandbox/LogQuery.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

#include <array>
#include <limits>
#include <string>

namespace dm::sandbox {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

ApiError systemError()
{
    return ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")};
}

ApiResult activationFunnel(PlatformContext& context, const QJsonObject& body)
{
    auto unitId = stringField(body, QStringLiteral("unitId"), Presence::Optional, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto from = integerField(body, QStringLiteral("createdFrom"), Presence::Optional, 0);
    if (!from) {
        return Unexpected{from.error()};
    }
    auto to = integerField(body, QStringLiteral("createdTo"), Presence::Optional, 0);
    if (!to) {
        return Unexpected{to.error()};
    }
    if (from->has_value() && to->has_value() && **from >= **to) {
        return Unexpected{parameterError(QStringLiteral("createdTo"), QStringLiteral("range"))};
    }
    Db& db = context.platform.db();
    const bool inUnit = unitId->has_value();
    if (inUnit) {
        if ((*unitId)->isEmpty()) {
            return Unexpected{parameterError(QStringLiteral("unitId"), QStringLiteral("empty"))};
        }
        auto exists = db.prepare("SELECT 1 FROM units WHERE unit_id = ?");
        if (!exists) {
            return Unexpected{systemError()};
        }
        exists->bind(1, **unitId);
        const auto found = exists->step();
        if (!found) {
            return Unexpected{systemError()};
        }
        if (!found.value()) {
            return Unexpected{notFound(QStringLiteral("UNIT"))};
        }
    }
    // Cumulative: an activated account has also logged in, was sent the SMS and was created. A unit counts with the
    // units below it; deleted accounts do not count.
    std::string sql =
        "SELECT COUNT(*), "
        "COALESCE(SUM(sms_sent_at IS NOT NULL OR first_login_at IS NOT NULL OR activated_at IS NOT NULL), 0), "
        "COALESCE(SUM(first_login_at IS NOT NULL OR activated_at IS NOT NULL), 0), "
        "COALESCE(SUM(activated_at IS NOT NULL), 0) "
        "FROM accounts WHERE status <> 'deleted' AND created_at >= ?1 AND created_at < ?2";
    if (inUnit) {
        sql = "WITH RECURSIVE tree(unit_id) AS (SELECT ?3 UNION SELECT units.unit_id FROM units "
              "JOIN tree ON units.parent_unit_id = tree.unit_id) " +
              sql + " AND unit_id IN (SELECT unit_id FROM tree)";
    }
    auto select = db.prepare(sql);
    if (!select) {
        return Unexpected{systemError()};
    }
    select->bind(1, from->value_or(0)).bind(2, to->value_or(std::numeric_limits<qint64>::max()));
    if (inUnit) {
        select->bind(3, **unitId);
    }
    const auto row = select->step();
    if (!row || !row.value()) {
        return Unexpected{systemError()};
    }
    return QJsonValue(QJsonObject{{QStringLiteral("created"), select->int64(0)},
                                  {QStringLiteral("smsSent"), select->int64(1)},
                                  {QStringLiteral("firstLogin"), select->int64(2)},
                                  {QStringLiteral("activated"), select->int64(3)}});
}

ApiResult mailDaily(PlatformContext& context, const QJsonObject& body)
{
    auto window = readWindow(body);
    if (!window) {
        return Unexpected{window.error()};
    }
    auto offset = integerField(body, QStringLiteral("timeZoneOffsetMinutes"), Presence::Optional, -720, 840);
    if (!offset) {
        return Unexpected{offset.error()};
    }
    const qint64 offsetMs = offset->value_or(480) * 60 * 1000;
    // Documents the court sent to recipients' mailboxes (direction in), by local day of sending.
    auto select = context.platform.db().prepare(
        "SELECT (time + ?1) / 86400000 AS day, COUNT(*), SUM(status = 'received'), SUM(read_at IS NOT NULL) "
        "FROM mail_logs WHERE time >= ?2 AND time < ?3 AND direction = 'in' GROUP BY day ORDER BY day");
    if (!select) {
        return Unexpected{systemError()};
    }
    select->bind(1, offsetMs).bind(2, window->start).bind(3, window->end);
    QHash<qint64, std::array<qint64, 3>> counts;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{systemError()};
        }
        if (!row.value()) {
            break;
        }
        counts.insert(select->int64(0), {select->int64(1), select->int64(2), select->int64(3)});
    }
    QJsonArray items;
    const qint64 firstDay = (window->start + offsetMs) / kDayMs;
    const qint64 lastDay = (window->end - 1 + offsetMs) / kDayMs;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const auto figures = counts.value(day, {0, 0, 0});
        items.append(
            QJsonObject{{QStringLiteral("date"), QDate::fromJulianDay(day + kUnixEpochJulianDay).toString(Qt::ISODate)},
                        {QStringLiteral("sent"), figures[0]},
                        {QStringLiteral("delivered"), figures[1]},
                        {QStringLiteral("read"), figures[2]}});
    }
    return QJsonValue(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResult logCounts(PlatformContext& context, const QJsonObject& body)
{
    auto log = stringField(body, QStringLiteral("log"), Presence::Required);
    if (!log) {
        return Unexpected{log.error()};
    }
    LogKind kind = LogKind::Operations;
    const char* table = "operation_logs";
    if (**log == u"logins") {
        kind = LogKind::Logins;
        table = "login_logs";
    } else if (**log == u"mails") {
        kind = LogKind::Mails;
        table = "mail_logs";
    } else if (**log != u"operations") {
        return Unexpected{parameterError(QStringLiteral("log"), QStringLiteral("value"))};
    }
    auto request = readLogRequest(kind, body);
    if (!request) {
        return Unexpected{request.error()};
    }
    const std::string key = request->byUpdatedAt ? "updated_at" : "time";
    auto select = context.platform.db().prepare(std::string("SELECT COUNT(*) FROM ") + table + " WHERE " + key +
                                                " >= ? AND " + key + " < ?" + request->filters.text);
    if (!select) {
        return Unexpected{systemError()};
    }
    select->bind(1, request->window.start).bind(2, request->window.end);
    request->filters.bind(*select, 3);
    const auto row = select->step();
    if (!row || !row.value()) {
        return Unexpected{systemError()};
    }
    return QJsonValue(QJsonObject{{QStringLiteral("count"), select->int64(0)}});
}

} // namespace

void registerStatsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const QString base = QStringLiteral("/api/open/delivery/stats/");
    server.addApi(base + QStringLiteral("activationFunnel"), Access::Token,
                  [&context](const ApiCall& call) { return activationFunnel(context, call.body); });
    server.addApi(base + QStringLiteral("mailDaily"), Access::Token,
                  [&context](const ApiCall& call) { return mailDaily(context, call.body); });
    server.addApi(base + QStringLiteral("logCounts"), Access::Token,
                  [&context](const ApiCall& call) { return logCounts(context, call.body); });
}

} // namespace dm::sandbox
