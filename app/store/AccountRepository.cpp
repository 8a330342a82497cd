#include "store/AccountRepository.h"

#include "store/AccountSql.h"
#include "store/Db.h"

#include <algorithm>

namespace dm {

namespace {

using accountsql::Clause;
using accountsql::Value;

// A null QString binds as SQL NULL; the text columns hold "" for "none", as the platform sends it.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

DbError misuse(const QString& detail)
{
    DbError error;
    error.kind = DbError::Kind::Misuse;
    error.detail = detail;
    return error;
}

// The keyset condition "sorts after (or before) the cursor" in the direction actually scanned.
std::string keysetCondition(const char* column, bool scanDescending)
{
    return std::string("(") + column + ", a.id) " + (scanDescending ? "<" : ">") + " (?, ?)";
}

Expected<std::optional<AccountRow>, DbError> oneRow(Db& db, const std::string& sql, const Value& key)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    accountsql::bindAll(*statement, {key});
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    if (!*row) {
        return std::optional<AccountRow>{};
    }
    return std::optional<AccountRow>{accountsql::readRow(*statement)};
}

} // namespace

AccountRepository::AccountRepository(Db& db)
    : m_db(db)
{}

Expected<std::optional<AccountRow>, DbError> AccountRepository::get(const QString& accountName)
{
    return oneRow(m_db,
                  std::string("SELECT ") + accountsql::selectColumns() + " FROM accounts a WHERE a.account_name = ?",
                  accountName.trimmed().toLower());
}

Expected<std::optional<AccountRow>, DbError> AccountRepository::getById(qint64 id)
{
    return oneRow(m_db, std::string("SELECT ") + accountsql::selectColumns() + " FROM accounts a WHERE a.id = ?", id);
}

AccountCursor AccountRepository::cursorOf(const AccountRow& row, AccountSortColumn column)
{
    const Account& account = row.account;
    switch (column) {
    case AccountSortColumn::AccountName:
        return {account.accountName, row.id};
    case AccountSortColumn::Name:
        return {account.name, row.id};
    case AccountSortColumn::JobNumber:
        return {account.jobNumber, row.id};
    case AccountSortColumn::Unit:
        return {account.unitId, row.id};
    case AccountSortColumn::Status:
        return {qint64(account.status), row.id};
    case AccountSortColumn::ActivationState:
        return {qint64(account.activation.state), row.id};
    case AccountSortColumn::CreatedAt:
        return {account.createdAt, row.id};
    case AccountSortColumn::UpdatedAt:
        return {account.updatedAt, row.id};
    }
    return {account.createdAt, row.id};
}

Expected<AccountPage, DbError> AccountRepository::page(const AccountQuery& query, const AccountSort& sort,
                                                       const std::optional<AccountCursor>& from, int limit,
                                                       PageDirection direction)
{
    if (limit <= 0) {
        return Unexpected(misuse(QStringLiteral("page size must be positive")));
    }
    const char* column = accountsql::sortExpression(sort.column);
    // A backward page is the forward page of the reversed order, turned round at the end.
    const bool backward = direction == PageDirection::Backward;
    const bool scanDescending = sort.descending != backward;

    std::string extra;
    QList<Value> extraValues;
    if (from) {
        if (std::holds_alternative<QString>(from->value) != accountsql::sortsAsText(sort.column)) {
            return Unexpected(misuse(QStringLiteral("the cursor was taken in another sort order")));
        }
        extra = keysetCondition(column, scanDescending);
        extraValues = {from->value, from->id};
    }
    const Clause clause = accountsql::where(query, extra, extraValues);
    const char* order = scanDescending ? " DESC" : " ASC";
    const std::string sql = std::string("SELECT ") + accountsql::selectColumns() + " FROM accounts a" + clause.sql +
                            " ORDER BY " + column + order + ", a.id" + order + " LIMIT ?";
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    const int next = accountsql::bindAll(*statement, clause.values);
    statement->bind(next, qint64(limit) + 1); // one more than asked says whether more follow

    AccountPage result;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        if (result.rows.size() == limit) {
            result.more = true;
            break;
        }
        result.rows.append(accountsql::readRow(*statement));
    }
    if (backward) {
        std::reverse(result.rows.begin(), result.rows.end());
    }
    return result;
}

Expected<qint64, DbError> AccountRepository::rowsBefore(const AccountQuery& query, const AccountSort& sort,
                                                        const AccountCursor& cursor)
{
    if (std::holds_alternative<QString>(cursor.value) != accountsql::sortsAsText(sort.column)) {
        return Unexpected(misuse(QStringLiteral("the cursor was taken in another sort order")));
    }
    // Rows before the cursor in display order lie on the far side of it when scanning the other way.
    const Clause clause = accountsql::where(
        query, keysetCondition(accountsql::sortExpression(sort.column), !sort.descending), {cursor.value, cursor.id});
    auto statement = m_db.prepare("SELECT count(*) FROM accounts a" + clause.sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    accountsql::bindAll(*statement, clause.values);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    return statement->int64(0);
}

Expected<std::optional<AccountCursor>, DbError> AccountRepository::cursorAt(const AccountQuery& query,
                                                                            const AccountSort& sort, qint64 position)
{
    if (position < 0) {
        return Unexpected(misuse(QStringLiteral("a position is not negative")));
    }
    const char* column = accountsql::sortExpression(sort.column);
    const char* order = sort.descending ? " DESC" : " ASC";
    const Clause clause = accountsql::where(query);
    const std::string sql = std::string("SELECT ") + column + ", a.id FROM accounts a" + clause.sql + " ORDER BY " +
                            column + order + ", a.id" + order + " LIMIT 1 OFFSET ?";
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    const int next = accountsql::bindAll(*statement, clause.values);
    statement->bind(next, position);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    if (!*row) {
        return std::optional<AccountCursor>();
    }
    AccountCursor cursor;
    if (accountsql::sortsAsText(sort.column)) {
        // "" rather than a null string, which would bind as NULL and match nothing.
        cursor.value = text(statement->text(0));
    } else {
        cursor.value = statement->int64(0);
    }
    cursor.id = statement->int64(1);
    return std::optional<AccountCursor>(cursor);
}

Expected<qint64, DbError> AccountRepository::count(const AccountQuery& query)
{
    const Clause clause = accountsql::where(query);
    auto statement = m_db.prepare("SELECT count(*) FROM accounts a" + clause.sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    accountsql::bindAll(*statement, clause.values);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    return statement->int64(0);
}

Expected<qint64, DbError> AccountRepository::newestUpdatedAt()
{
    auto text = m_db.queryText("SELECT coalesce(max(updated_at), 0) FROM accounts");
    if (!text) {
        return Unexpected(text.error());
    }
    return text->toLongLong();
}

Expected<ActivationCounts, DbError> AccountRepository::activationCounts(const AccountQuery& query)
{
    const Clause clause = accountsql::where(query, "a.status <> ?", {qint64(AccountStatus::Deleted)});
    auto statement = m_db.prepare("SELECT a.activation_state, count(*) FROM accounts a" + clause.sql +
                                  " GROUP BY a.activation_state");
    if (!statement) {
        return Unexpected(statement.error());
    }
    accountsql::bindAll(*statement, clause.values);
    ActivationCounts counts;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        const qint64 n = statement->int64(1);
        switch (static_cast<ActivationState>(statement->int64(0))) {
        case ActivationState::Created:
            counts.created = n;
            break;
        case ActivationState::SmsSent:
            counts.smsSent = n;
            break;
        case ActivationState::FirstLogin:
            counts.firstLogin = n;
            break;
        case ActivationState::Activated:
            counts.activated = n;
            break;
        }
    }
    return counts;
}

Expected<ActivationFunnel, DbError> AccountRepository::activationFunnel(const AccountQuery& query)
{
    auto counts = activationCounts(query);
    if (!counts) {
        return Unexpected(counts.error());
    }
    ActivationFunnel funnel;
    funnel.activated = counts->activated;
    funnel.firstLogin = funnel.activated + counts->firstLogin;
    funnel.smsSent = funnel.firstLogin + counts->smsSent;
    funnel.created = funnel.smsSent + counts->created;
    return funnel;
}

} // namespace dm
