#include "sandbox/UnitsApi.h"

#include "sandbox/AccountRecords.h"
#include "sandbox/UnitTree.h"
#include "sandbox/VendorRows.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <string>

namespace dm::sandbox {
namespace {

// Accounts that are not deleted, per unit: what a unit "holds".
Expected<QHash<QString, qint64>, DbError> accountCounts(Db& db)
{
    auto select = db.prepare("SELECT unit_id, COUNT(*) FROM accounts WHERE status != 'deleted' GROUP BY unit_id");
    if (!select) {
        return Unexpected{select.error()};
    }
    QHash<QString, qint64> counts;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!row.value()) {
            return counts;
        }
        counts.insert(select->text(0), select->int64(1));
    }
}

// The vendor lists units as a bare array, the internal root left out (the domain itself is the top).
ApiResult getUnitList(PlatformContext& context, const ApiCall&)
{
    Db& db = context.platform.db();
    const auto counts = accountCounts(db);
    if (!counts) {
        return Unexpected{databaseError(counts.error())};
    }
    auto select = db.prepare(std::string("SELECT ") + kUnitColumns + " FROM units WHERE unit_id <> 'root' ORDER BY id");
    if (!select) {
        return Unexpected{databaseError(select.error())};
    }
    QJsonArray units;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{databaseError(row.error())};
        }
        if (!row.value()) {
            break;
        }
        const std::optional<qint64> count =
            context.extensionExtras ? std::optional<qint64>(counts->value(select->text(1))) : std::nullopt;
        units.append(vendorUnitJson(*select, count));
    }
    return QJsonValue(units);
}

// The unitId for the row `rowId`: u-<rowId>, or the next free number if the seeder already used that one.
Expected<QString, DbError> freeUnitId(Db& db, qint64 rowId)
{
    for (qint64 number = rowId;; ++number) {
        const QString candidate = QStringLiteral("u-") + QString::number(number);
        auto taken = unitName(db, candidate);
        if (!taken) {
            return Unexpected{taken.error()};
        }
        if (!taken.value()) {
            return candidate;
        }
    }
}

// The unit row `rowId` in the vendor's shape.
ApiResult unitRow(PlatformContext& context, qint64 rowId, qint64 accountCount)
{
    auto select = context.platform.db().prepare(std::string("SELECT ") + kUnitColumns + " FROM units WHERE id = ?");
    if (!select) {
        return Unexpected{databaseError(select.error())};
    }
    const auto row = select->bind(1, rowId).step();
    if (!row || !row.value()) {
        return Unexpected{databaseError(row ? DbError{DbError::Kind::Other, 0, QStringLiteral("the new unit is gone")}
                                            : row.error())};
    }
    const std::optional<qint64> count = context.extensionExtras ? std::optional<qint64>(accountCount) : std::nullopt;
    return QJsonValue(vendorUnitJson(*select, count));
}

// The first of `names` the body has (the vendor's field first, then the name earlier versions of the contract used).
QString presentField(const QJsonObject& body, std::initializer_list<QString> names)
{
    for (const QString& name : names) {
        if (!body.value(name).isUndefined()) {
            return name;
        }
    }
    return *names.begin();
}

ApiResult createUnit(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    auto name = stringField(body, presentField(body, {QStringLiteral("unitName"), QStringLiteral("name")}),
                            Presence::Required, 64);
    if (!name) {
        return Unexpected{name.error()};
    }
    auto description = stringField(body, QStringLiteral("unitDesc"), Presence::Optional, 256);
    if (!description) {
        return Unexpected{description.error()};
    }
    auto parentId = unitIdField(body, presentField(body, {QStringLiteral("parentId"), QStringLiteral("parentUnitId")}));
    if (!parentId) {
        return Unexpected{parentId.error()};
    }
    Db& db = context.platform.db();
    const auto parentName = unitName(db, *parentId);
    if (!parentName) {
        return Unexpected{databaseError(parentName.error())};
    }
    if (!parentName.value()) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    OperationLogEntry log{QStringLiteral("createUnit"), QString(), true, QStringLiteral("部门名称:") + **name};
    auto sibling = db.prepare("SELECT unit_id FROM units WHERE parent_unit_id = ? AND name = ?");
    if (!sibling) {
        return Unexpected{databaseError(sibling.error())};
    }
    const auto duplicate = sibling->bind(1, *parentId).bind(2, **name).step();
    if (!duplicate) {
        return Unexpected{databaseError(duplicate.error())};
    }
    if (duplicate.value()) {
        log.target = sibling->text(0);
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("UNIT.EXIST")))};
    }

    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{databaseError(transaction.error())};
    }
    // The row gets a placeholder id first: its number comes from the rowid SQLite picks.
    auto insert = db.prepare("INSERT INTO units(unit_id, name, parent_unit_id, created_at, unit_desc) "
                             "VALUES ('pending-' || hex(randomblob(8)), ?, ?, ?, ?)");
    if (!insert) {
        return Unexpected{databaseError(insert.error())};
    }
    insert->bind(1, **name)
        .bind(2, *parentId)
        .bind(3, call.nowMs)
        .bind(4, description.value().value_or(QStringLiteral("")));
    if (auto ran = insert->run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    const qint64 rowId = db.lastInsertRowId();
    const auto unitId = freeUnitId(db, rowId);
    if (!unitId) {
        return Unexpected{databaseError(unitId.error())};
    }
    auto rename = db.prepare("UPDATE units SET unit_id = ? WHERE id = ?");
    if (!rename) {
        return Unexpected{databaseError(rename.error())};
    }
    if (auto ran = rename->bind(1, *unitId).bind(2, rowId).run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    log.target = *unitId;
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    return unitRow(context, rowId, 0);
}

Expected<qint64, DbError> countRows(Db& db, std::string_view sql, const QString& unitId)
{
    auto select = db.prepare(sql);
    if (!select) {
        return Unexpected{select.error()};
    }
    const auto row = select->bind(1, unitId).step();
    if (!row) {
        return Unexpected{row.error()};
    }
    return row.value() ? select->int64(0) : 0;
}

ApiResult deleteUnit(PlatformContext& context, const ApiCall& call)
{
    auto unitId = stringField(call.body, QStringLiteral("unitId"), Presence::Required, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    Db& db = context.platform.db();
    const auto name = unitName(db, **unitId);
    if (!name) {
        return Unexpected{databaseError(name.error())};
    }
    if (!name.value()) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    const OperationLogEntry log{QStringLiteral("deleteUnit"), **unitId, true, QStringLiteral("部门名称:") + **name};
    if (**unitId == kRootUnit) { // the domain itself (assumed: the vendor has no unit to refuse here)
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("UNIT.ROOT")))};
    }
    const auto accounts =
        countRows(db, "SELECT COUNT(*) FROM accounts WHERE unit_id = ? AND status != 'deleted'", **unitId);
    const auto children = countRows(db, "SELECT COUNT(*) FROM units WHERE parent_unit_id = ?", **unitId);
    if (!accounts || !children) {
        return Unexpected{databaseError(!accounts ? accounts.error() : children.error())};
    }
    if (*accounts > 0 || *children > 0) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("UNIT.NOT.EMPTY")))};
    }

    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{databaseError(transaction.error())};
    }
    // Deleted accounts may still be recovered, so they need a unit that exists: they move up to the parent, and
    // updatedAt tells incremental listings that their unitId changed.
    auto parent = db.prepare("SELECT parent_unit_id FROM units WHERE unit_id = ?");
    if (!parent) {
        return Unexpected{databaseError(parent.error())};
    }
    const auto parentRow = parent->bind(1, **unitId).step();
    if (!parentRow) {
        return Unexpected{databaseError(parentRow.error())};
    }
    const QString parentId = parentRow.value() && !parent->isNull(0) ? parent->text(0) : kRootUnit;
    const auto updatedAt = nextUpdatedAt(db, call.nowMs);
    if (!updatedAt) {
        return Unexpected{databaseError(updatedAt.error())};
    }
    auto moveDeleted = db.prepare("UPDATE accounts SET unit_id = ?, updated_at = ? WHERE unit_id = ?");
    auto remove = db.prepare("DELETE FROM units WHERE unit_id = ?");
    if (!moveDeleted || !remove) {
        return Unexpected{databaseError(!moveDeleted ? moveDeleted.error() : remove.error())};
    }
    if (auto moved = moveDeleted->bind(1, parentId).bind(2, *updatedAt).bind(3, **unitId).run(); !moved) {
        return Unexpected{databaseError(moved.error())};
    }
    if (auto removed = remove->bind(1, **unitId).run(); !removed) {
        return Unexpected{databaseError(removed.error())};
    }
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

void registerUnitsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const struct
    {
        const char* operation;
        ApiResult (*handler)(PlatformContext&, const ApiCall&);
    } endpoints[] = {
        {"getUnitList", getUnitList},       {"createUnit", createUnit}, {"deleteUnit", deleteUnit},
        {"getAccountList", getAccountList}, {"moveUnit", moveUnitTree}, {"updateUnitRank", updateUnitRank},
    };
    for (const auto& endpoint : endpoints) {
        server.addApi(QStringLiteral("/api/open/unit/") + QLatin1String(endpoint.operation), Access::Token,
                      [&context, handler = endpoint.handler](const ApiCall& call) -> ApiResult {
                          if (auto refusal = refuseForeignDomain(call.body, context.identity.domain)) {
                              return Unexpected{*refusal};
                          }
                          return handler(context, call);
                      });
    }
}

} // namespace dm::sandbox
