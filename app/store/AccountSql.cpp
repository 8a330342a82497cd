#include "store/AccountSql.h"

#include "store/Stmt.h"
#include "store/TextSearch.h"

#include <optional>

namespace dm::accountsql {

namespace {

std::optional<qint64> optionalInt(const Stmt& statement, int column)
{
    return statement.isNull(column) ? std::nullopt : std::optional<qint64>(statement.int64(column));
}

bool isFourDigits(const QString& text)
{
    if (text.size() != 4) {
        return false;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

// The search condition. Three or more code points go to the trigram index; shorter text (one- and two-character
// Chinese names) is matched by instr() on the same columns, since a trigram index cannot answer it.
void addSearch(const QString& typed, std::string& sql, QList<Value>& values)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return;
    }
    const bool mobile = isFourDigits(text);
    if (const auto phrase = ftsPhrase(text)) {
        sql += " AND a.id IN (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?";
        values.append(*phrase);
        if (mobile) {
            sql += " UNION ALL SELECT id FROM accounts WHERE mobile_suffix = ?";
            values.append(text);
        }
        sql += ")";
        return;
    }
    // lower() folds ASCII only, as the trigram index and the platform's keyword do for these columns.
    sql += " AND (instr(lower(a.name), lower(?)) > 0 OR instr(lower(a.job_number), lower(?)) > 0"
           " OR instr(a.account_name, lower(?)) > 0)";
    values.append(text);
    values.append(text);
    values.append(text);
}

// The three address-basis columns from `first` on; none when the kind is NULL (or a value this build does not know).
std::optional<AddressBasis> addressBasis(const Stmt& statement, int first)
{
    if (statement.isNull(first)) {
        return std::nullopt;
    }
    const qint64 kind = statement.int64(first);
    if (kind < qint64(AddressBasisKind::Confirmed) || kind > qint64(AddressBasisKind::CourtFound)) {
        return std::nullopt;
    }
    AddressBasis basis;
    basis.kind = static_cast<AddressBasisKind>(kind);
    basis.date = QDate::fromString(statement.text(first + 1), Qt::ISODate);
    basis.reference = statement.isNull(first + 2) ? QStringLiteral("") : statement.text(first + 2);
    return basis;
}

} // namespace

const char* selectColumns()
{
    return "a.id, a.account_name, a.address, a.name, a.job_number, a.id_number, a.mobile, a.unit_id, a.status, "
           "a.visible_in_addr, a.pass_change_first_login, a.created_at, a.updated_at, a.activation_state, "
           "a.sms_sent_at, a.first_login_at, a.activated_at, a.reminder_count, a.address_basis_kind, "
           "a.address_basis_date, a.address_basis_reference";
}

AccountRow readRow(const Stmt& statement)
{
    AccountRow row;
    row.id = statement.int64(0);
    Account& account = row.account;
    account.accountName = statement.text(1);
    account.address = statement.text(2);
    account.name = statement.text(3);
    account.jobNumber = statement.text(4);
    account.idNumber = statement.text(5);
    account.mobile = statement.text(6);
    account.unitId = statement.text(7);
    account.status = static_cast<AccountStatus>(statement.int64(8));
    account.visibleInAddr = statement.int64(9) != 0;
    account.passChangeFirstLogin = static_cast<int>(statement.int64(10));
    account.createdAt = statement.int64(11);
    account.updatedAt = statement.int64(12);
    account.activation.state = static_cast<ActivationState>(statement.int64(13));
    account.activation.smsSentAt = optionalInt(statement, 14);
    account.activation.firstLoginAt = optionalInt(statement, 15);
    account.activation.activatedAt = optionalInt(statement, 16);
    account.activation.reminderCount = static_cast<int>(statement.int64(17));
    account.addressBasis = addressBasis(statement, 18);
    return row;
}

Clause where(const AccountQuery& query, const std::string& extra, const QList<Value>& extraValues)
{
    // "1" keeps every further condition a plain " AND ..." suffix.
    std::string sql = " WHERE 1";
    QList<Value> values;
    addSearch(query.search, sql, values);
    if (query.status) {
        sql += " AND a.status = ?";
        values.append(qint64(*query.status));
    }
    if (query.activationState) {
        sql += " AND a.activation_state = ?";
        values.append(qint64(*query.activationState));
    }
    if (!query.unitId.isEmpty()) {
        if (query.includeSubUnits) {
            sql += " AND a.unit_id IN (WITH RECURSIVE below(unit) AS (SELECT ? UNION SELECT units.unit_id FROM units"
                   " JOIN below ON units.parent_unit_id = below.unit) SELECT unit FROM below)";
        } else {
            sql += " AND a.unit_id = ?";
        }
        values.append(query.unitId);
    }
    if (query.createdFrom) {
        sql += " AND a.created_at >= ?";
        values.append(*query.createdFrom);
    }
    if (query.createdTo) {
        sql += " AND a.created_at < ?";
        values.append(*query.createdTo);
    }
    if (!extra.empty()) {
        sql += " AND " + extra;
        values.append(extraValues);
    }
    return {sql, values};
}

const char* sortExpression(AccountSortColumn column)
{
    switch (column) {
    case AccountSortColumn::AccountName:
        return "a.account_name";
    case AccountSortColumn::Name:
        return "a.name";
    case AccountSortColumn::JobNumber:
        return "a.job_number";
    case AccountSortColumn::Unit:
        return "a.unit_id";
    case AccountSortColumn::Status:
        return "a.status";
    case AccountSortColumn::ActivationState:
        return "a.activation_state";
    case AccountSortColumn::CreatedAt:
        return "a.created_at";
    case AccountSortColumn::UpdatedAt:
        return "a.updated_at";
    }
    return "a.created_at";
}

bool sortsAsText(AccountSortColumn column)
{
    switch (column) {
    case AccountSortColumn::AccountName:
    case AccountSortColumn::Name:
    case AccountSortColumn::JobNumber:
    case AccountSortColumn::Unit:
        return true;
    case AccountSortColumn::Status:
    case AccountSortColumn::ActivationState:
    case AccountSortColumn::CreatedAt:
    case AccountSortColumn::UpdatedAt:
        return false;
    }
    return false;
}

int bindAll(Stmt& statement, const QList<Value>& values, int first)
{
    int index = first;
    for (const Value& value : values) {
        if (const auto* number = std::get_if<qint64>(&value)) {
            statement.bind(index++, *number);
        } else {
            statement.bind(index++, std::get<QString>(value));
        }
    }
    return index;
}

QString mobileSuffix(const QString& mobile)
{
    return mobile.right(4);
}

} // namespace dm::accountsql
