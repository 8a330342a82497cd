#include "sandbox/UnitTree.h"

#include "sandbox/AccountRecords.h"
#include "sandbox/VendorRows.h"

#include <QJsonArray>
#include <QStringList>

#include <string>

namespace dm::sandbox {
namespace {

constexpr qint64 kDefaultPageSize = 50;
constexpr qint64 kMaxPageSize = 200;

// `unitId` and every unit below it.
QStringList subtree(const QHash<QString, UnitInfo>& units, const QString& unitId)
{
    QStringList found{unitId};
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            if (it.value().parentId == found.at(i)) {
                found.append(it.key());
            }
        }
    }
    return found;
}

Expected<QString, ApiError> existingUnit(const QHash<QString, UnitInfo>& units, const QJsonObject& body,
                                         const QString& field)
{
    auto unitId = unitIdField(body, field);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    if (!units.contains(*unitId)) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    return unitId;
}

} // namespace

ApiResult getAccountList(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    auto recursion = flagField(body, QStringLiteral("recursion"));
    if (!recursion) {
        return Unexpected{recursion.error()};
    }
    auto pageNum = integerField(body, QStringLiteral("pageNum"), Presence::Optional, 1);
    if (!pageNum) {
        return Unexpected{pageNum.error()};
    }
    auto pageSize = integerField(body, QStringLiteral("pageSize"), Presence::Optional, 1, kMaxPageSize);
    if (!pageSize) {
        return Unexpected{pageSize.error()};
    }
    Db& db = context.platform.db();
    const auto units = loadUnits(db);
    if (!units) {
        return Unexpected{units.error()};
    }
    // No unitId at all lists the whole domain (evidence); "" / null names the top level, as everywhere.
    const bool wholeDomain = !body.contains(QStringLiteral("unitId"));
    QStringList scope;
    if (!wholeDomain) {
        auto unitId = existingUnit(*units, body, QStringLiteral("unitId"));
        if (!unitId) {
            return Unexpected{unitId.error()};
        }
        scope = recursion.value().value_or(false) ? subtree(*units, *unitId) : QStringList{*unitId};
    }
    // Recoverably deleted accounts are not listed (assumed). The SQL is program text assembled from fixed pieces.
    std::string where = " FROM accounts WHERE status != 'deleted'";
    if (!wholeDomain) {
        where += " AND unit_id IN (?";
        for (qsizetype i = 1; i < scope.size(); ++i) {
            where += ", ?";
        }
        where += ")";
    }
    auto count = db.prepare("SELECT COUNT(*)" + where);
    // The vendor pages by number, so this listing uses OFFSET: acceptable at 200 rows a page on the (unit_id, id)
    // index; the extension's listings are keyset-paged.
    auto select = db.prepare(std::string("SELECT ") + kAccountColumns + where + " ORDER BY id LIMIT ? OFFSET ?");
    if (!count || !select) {
        return Unexpected{databaseError(!count ? count.error() : select.error())};
    }
    for (qsizetype i = 0; i < scope.size(); ++i) {
        count->bind(static_cast<int>(i + 1), scope.at(i));
        select->bind(static_cast<int>(i + 1), scope.at(i));
    }
    const auto counted = count->step();
    if (!counted) {
        return Unexpected{databaseError(counted.error())};
    }
    const qint64 total = counted.value() ? count->int64(0) : 0;
    const qint64 size = pageSize.value().value_or(kDefaultPageSize);
    const qint64 page = pageNum.value().value_or(1);
    // A page far beyond the end is simply empty (and the multiplication cannot overflow past total).
    const qint64 offset = page - 1 > total / size ? total : (page - 1) * size;
    const int next = static_cast<int>(scope.size());
    select->bind(next + 1, size).bind(next + 2, offset);
    QJsonArray list;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{databaseError(row.error())};
        }
        if (!row.value()) {
            break;
        }
        list.append(vendorAccountJson(readAccount(*select), context.identity.domain, *units, context.extensionExtras));
    }
    return QJsonValue(QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("count"), total}});
}

ApiResult moveUnitTree(PlatformContext& context, const ApiCall& call)
{
    Db& db = context.platform.db();
    const auto units = loadUnits(db);
    if (!units) {
        return Unexpected{units.error()};
    }
    auto unitId = existingUnit(*units, call.body, QStringLiteral("unitId"));
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto parentId = existingUnit(*units, call.body, QStringLiteral("parentId"));
    if (!parentId) {
        return Unexpected{parentId.error()};
    }
    const UnitInfo unit = units->value(*unitId);
    OperationLogEntry log{QStringLiteral("moveUnit"), *unitId, true,
                          QStringLiteral("部门名称:") + unit.name + QStringLiteral(",上级部门:") +
                              units->value(*parentId).name};
    // Under itself or one of its own sub-units the tree would become a loop (the rule's name is assumed).
    if (*unitId == kRootUnit || subtree(*units, *unitId).contains(*parentId)) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("UNIT.MOVE.INVALID")))};
    }
    if (unit.parentId == *parentId) {
        return QJsonValue(QJsonValue::Null); // already there: nothing to do or log
    }
    for (auto it = units->cbegin(); it != units->cend(); ++it) {
        if (it.value().parentId == *parentId && it.value().name == unit.name) {
            return Unexpected{
                logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("UNIT.EXIST")))};
        }
    }
    auto transaction = Transaction::begin(db);
    auto update = db.prepare("UPDATE units SET parent_unit_id = ? WHERE unit_id = ?");
    if (!transaction || !update) {
        return Unexpected{databaseError(!transaction ? transaction.error() : update.error())};
    }
    if (auto ran = update->bind(1, *parentId).bind(2, *unitId).run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    return QJsonValue(QJsonValue::Null);
}

ApiResult updateUnitRank(PlatformContext& context, const ApiCall& call)
{
    auto unitId = stringField(call.body, QStringLiteral("unitId"), Presence::Required, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto rank = integerField(call.body, QStringLiteral("rank"), Presence::Required, 0, 1'000'000);
    if (!rank) {
        return Unexpected{rank.error()};
    }
    Db& db = context.platform.db();
    auto update = db.prepare("UPDATE units SET unit_rank = ? WHERE unit_id = ? AND unit_id <> 'root'");
    if (!update) {
        return Unexpected{databaseError(update.error())};
    }
    if (auto ran = update->bind(1, **rank).bind(2, **unitId).run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (db.changes() == 0) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace dm::sandbox
