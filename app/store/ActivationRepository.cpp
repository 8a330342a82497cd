#include "store/ActivationRepository.h"

#include "core/Masking.h"
#include "store/Db.h"

#include <string>
#include <variant>

namespace dm {

namespace {

using Value = std::variant<qint64, QString>;

// The enums are stored as integers in their declared order (store/AccountSchema.cpp).
const qint64 kDeleted = qint64(AccountStatus::Deleted);
const qint64 kActivated = qint64(ActivationState::Activated);

// The accounts still waiting among those of `filter`. Program text only; every value goes to `values` in the order
// of its `?`.
std::string waitingWhere(const ActivationFilter& filter, QList<Value>& values)
{
    std::string sql = " WHERE a.status <> ? AND a.activation_state < ?";
    values << kDeleted << kActivated;
    if (!filter.unitId.isEmpty()) {
        if (filter.includeSubUnits) {
            sql += " AND a.unit_id IN (WITH RECURSIVE below(unit) AS (SELECT ? UNION SELECT units.unit_id FROM units"
                   " JOIN below ON units.parent_unit_id = below.unit) SELECT unit FROM below)";
        } else {
            sql += " AND a.unit_id = ?";
        }
        values << filter.unitId;
    }
    if (filter.createdFrom) {
        sql += " AND a.created_at >= ?";
        values << *filter.createdFrom;
    }
    if (filter.createdTo) {
        sql += " AND a.created_at < ?";
        values << *filter.createdTo;
    }
    return sql;
}

// The condition on waiting_since for `range` (see WaitRange), or "1" when it has no bounds.
std::string rangeCondition(const WaitRange& range, qint64 nowMs, QList<Value>& values)
{
    std::string sql = "1";
    if (range.minDays > 0) {
        sql += " AND coalesce(a.sms_sent_at, a.created_at) <= ?";
        values << nowMs - range.minDays * kDayMs;
    }
    if (range.maxDays) {
        sql += " AND coalesce(a.sms_sent_at, a.created_at) > ?";
        values << nowMs - *range.maxDays * kDayMs;
    }
    return sql;
}

void bindAll(Stmt& statement, const QList<Value>& values)
{
    int index = 1;
    for (const Value& value : values) {
        std::visit([&statement, index](const auto& v) { statement.bind(index, v); }, value);
        ++index;
    }
}

constexpr std::string_view kRowColumns =
    "SELECT a.id, a.account_name, a.name, a.mobile, a.unit_id, coalesce(u.name, ''), a.status, a.activation_state,"
    " a.created_at, a.sms_sent_at, a.reminder_count, coalesce(a.sms_sent_at, a.created_at) AS waiting_since"
    " FROM accounts a LEFT JOIN units u ON u.unit_id = a.unit_id";

OverdueRow readRow(const Stmt& statement)
{
    OverdueRow row;
    row.id = statement.int64(0);
    row.accountName = statement.text(1);
    row.name = statement.text(2);
    row.maskedMobile = maskMobile(statement.text(3));
    row.unitId = statement.text(4);
    row.unitName = statement.text(5);
    row.status = static_cast<AccountStatus>(statement.int64(6));
    row.state = static_cast<ActivationState>(statement.int64(7));
    row.createdAt = statement.int64(8);
    if (!statement.isNull(9)) {
        row.smsSentAt = statement.int64(9);
    }
    row.reminderCount = static_cast<int>(statement.int64(10));
    row.waitingSince = statement.int64(11);
    return row;
}

} // namespace

ActivationRepository::ActivationRepository(Db& db)
    : m_db(db)
{}

Expected<AgeingCounts, DbError> ActivationRepository::ageing(const ActivationFilter& filter, qint64 nowMs)
{
    // One pass over the waiting accounts; each bucket is a sum over its own condition.
    QList<Value> values;
    std::string sql = "SELECT";
    for (std::size_t i = 0; i < kAgeingBuckets.size(); ++i) {
        sql += i == 0 ? " " : ", ";
        sql += "coalesce(sum(CASE WHEN " + rangeCondition(kAgeingBuckets[i], nowMs, values) + " THEN 1 ELSE 0 END), 0)";
    }
    sql += " FROM accounts a" + waitingWhere(filter, values);
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    bindAll(*statement, values);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    AgeingCounts counts;
    if (*row) {
        for (std::size_t i = 0; i < kAgeingBuckets.size(); ++i) {
            counts.buckets[i] = statement->int64(static_cast<int>(i));
        }
    }
    return counts;
}

Expected<qint64, DbError> ActivationRepository::count(const ActivationFilter& filter, const WaitRange& range,
                                                      qint64 nowMs)
{
    QList<Value> values;
    std::string sql = "SELECT count(*) FROM accounts a" + waitingWhere(filter, values);
    sql += " AND " + rangeCondition(range, nowMs, values);
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    bindAll(*statement, values);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    return *row ? statement->int64(0) : 0;
}

Expected<QList<OverdueRow>, DbError> ActivationRepository::list(const ActivationFilter& filter, const WaitRange& range,
                                                                qint64 nowMs, int limit)
{
    QList<OverdueRow> rows;
    auto visited = forEach(filter, range, nowMs, [&rows, limit](const OverdueRow& row) {
        rows.append(row);
        return rows.size() < limit;
    });
    if (!visited) {
        return Unexpected(visited.error());
    }
    QStringList targets;
    targets.reserve(rows.size());
    for (const OverdueRow& row : rows) {
        targets.append(row.accountName);
    }
    if (targets.isEmpty()) {
        return rows;
    }
    auto states = Outbox(m_db).latestStates(targets);
    if (!states) {
        return Unexpected(states.error());
    }
    for (OverdueRow& row : rows) {
        const auto found = states->constFind(row.accountName);
        if (found != states->cend()) {
            row.outboxState = found.value();
        }
    }
    return rows;
}

Expected<qint64, DbError> ActivationRepository::forEach(const ActivationFilter& filter, const WaitRange& range,
                                                        qint64 nowMs,
                                                        const std::function<bool(const OverdueRow&)>& visit)
{
    QList<Value> values;
    std::string sql = std::string(kRowColumns) + waitingWhere(filter, values);
    sql += " AND " + rangeCondition(range, nowMs, values);
    sql += " ORDER BY waiting_since, a.id";
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    bindAll(*statement, values);
    qint64 visitedRows = 0;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return visitedRows;
        }
        ++visitedRows;
        if (!visit(readRow(*statement))) {
            return visitedRows;
        }
    }
}

} // namespace dm
