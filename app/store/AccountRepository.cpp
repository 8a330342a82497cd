#include "store/AccountRepository.h"

#include "store/AccountSql.h"
#include "store/Db.h"

#include <algorithm>

namespace dm {

namespace {

using accountsql::Clause;
using accountsql::Value;

// The update is skipped when the stored row is newer or already identical, so re-applying a page changes nothing
// and wakes no FTS trigger.
constexpr std::string_view kUpsert = R"sql(
INSERT INTO accounts (account_name, address, name, job_number, id_number, mobile, mobile_suffix, unit_id, status,
                      visible_in_addr, pass_change_first_login, created_at, updated_at, activation_state,
                      sms_sent_at, first_login_at, activated_at, reminder_count)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
ON CONFLICT (account_name) DO UPDATE SET
    address = excluded.address, name = excluded.name, job_number = excluded.job_number,
    id_number = excluded.id_number, mobile = excluded.mobile, mobile_suffix = excluded.mobile_suffix,
    unit_id = excluded.unit_id, status = excluded.status, visible_in_addr = excluded.visible_in_addr,
    pass_change_first_login = excluded.pass_change_first_login, created_at = excluded.created_at,
    updated_at = excluded.updated_at, activation_state = excluded.activation_state,
    sms_sent_at = excluded.sms_sent_at, first_login_at = excluded.first_login_at,
    activated_at = excluded.activated_at, reminder_count = excluded.reminder_count
WHERE excluded.updated_at > accounts.updated_at
   OR (excluded.updated_at = accounts.updated_at
       AND (accounts.address, accounts.name, accounts.job_number, accounts.id_number, accounts.mobile,
            accounts.unit_id, accounts.status, accounts.visible_in_addr, accounts.pass_change_first_login,
            accounts.created_at, accounts.activation_state, accounts.sms_sent_at, accounts.first_login_at,
            accounts.activated_at, accounts.reminder_count)
           IS NOT
           (excluded.address, excluded.name, excluded.job_number, excluded.id_number, excluded.mobile,
            excluded.unit_id, excluded.status, excluded.visible_in_addr, excluded.pass_change_first_login,
            excluded.created_at, excluded.activation_state, excluded.sms_sent_at, excluded.first_login_at,
            excluded.activated_at, excluded.reminder_count))
)sql";

// A null QString binds as SQL NULL; the text columns hold "" for "none", as the platform sends it.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindOptional(Stmt& statement, int index, const std::optional<qint64>& value)
{
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bindNull(index);
    }
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

Expected<qint64, DbError> AccountRepository::upsert(const QList<Account>& accounts)
{
    auto statement = m_db.prepare(kUpsert);
    if (!statement) {
        return Unexpected(statement.error());
    }
    qint64 written = 0;
    for (const Account& account : accounts) {
        statement->reset();
        statement->bind(1, text(account.accountName))
            .bind(2, text(account.address))
            .bind(3, text(account.name))
            .bind(4, text(account.jobNumber))
            .bind(5, text(account.idNumber))
            .bind(6, text(account.mobile))
            .bind(7, text(accountsql::mobileSuffix(account.mobile)))
            .bind(8, text(account.unitId))
            .bind(9, qint64(account.status))
            .bind(10, qint64(account.visibleInAddr ? 1 : 0))
            .bind(11, qint64(account.passChangeFirstLogin))
            .bind(12, account.createdAt)
            .bind(13, account.updatedAt)
            .bind(14, qint64(account.activation.state));
        bindOptional(*statement, 15, account.activation.smsSentAt);
        bindOptional(*statement, 16, account.activation.firstLoginAt);
        bindOptional(*statement, 17, account.activation.activatedAt);
        statement->bind(18, qint64(account.activation.reminderCount));
        if (auto done = statement->run(); !done) {
            return Unexpected(done.error());
        }
        written += m_db.changes();
    }
    return written;
}

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
