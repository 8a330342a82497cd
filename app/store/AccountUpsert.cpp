// AccountRepository::upsert: how the platform's view of an account is written over the cached one.

#include "store/AccountRepository.h"
#include "store/AccountSql.h"
#include "store/Db.h"

namespace dm {

namespace {

// The update is skipped when the stored row is newer or already identical, so re-applying a page changes nothing
// and wakes no FTS trigger. ?22 says whether the incoming rows state their address basis: when they do not (the
// vendor's row), the cached basis stays and is not compared.
constexpr std::string_view kUpsert = R"sql(
INSERT INTO accounts (account_name, address, name, job_number, id_number, mobile, mobile_suffix, unit_id, status,
                      visible_in_addr, pass_change_first_login, created_at, updated_at, activation_state,
                      sms_sent_at, first_login_at, activated_at, reminder_count, address_basis_kind,
                      address_basis_date, address_basis_reference)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
ON CONFLICT (account_name) DO UPDATE SET
    address = excluded.address, name = excluded.name, job_number = excluded.job_number,
    id_number = excluded.id_number, mobile = excluded.mobile, mobile_suffix = excluded.mobile_suffix,
    unit_id = excluded.unit_id, status = excluded.status, visible_in_addr = excluded.visible_in_addr,
    pass_change_first_login = excluded.pass_change_first_login, created_at = excluded.created_at,
    updated_at = excluded.updated_at, activation_state = excluded.activation_state,
    sms_sent_at = excluded.sms_sent_at, first_login_at = excluded.first_login_at,
    activated_at = excluded.activated_at, reminder_count = excluded.reminder_count,
    address_basis_kind = CASE WHEN ?22 THEN excluded.address_basis_kind ELSE accounts.address_basis_kind END,
    address_basis_date = CASE WHEN ?22 THEN excluded.address_basis_date ELSE accounts.address_basis_date END,
    address_basis_reference =
        CASE WHEN ?22 THEN excluded.address_basis_reference ELSE accounts.address_basis_reference END
WHERE excluded.updated_at > accounts.updated_at
   OR (excluded.updated_at = accounts.updated_at
       AND ((accounts.address, accounts.name, accounts.job_number, accounts.id_number, accounts.mobile,
             accounts.unit_id, accounts.status, accounts.visible_in_addr, accounts.pass_change_first_login,
             accounts.created_at, accounts.activation_state, accounts.sms_sent_at, accounts.first_login_at,
             accounts.activated_at, accounts.reminder_count)
            IS NOT
            (excluded.address, excluded.name, excluded.job_number, excluded.id_number, excluded.mobile,
             excluded.unit_id, excluded.status, excluded.visible_in_addr, excluded.pass_change_first_login,
             excluded.created_at, excluded.activation_state, excluded.sms_sent_at, excluded.first_login_at,
             excluded.activated_at, excluded.reminder_count)
            OR (?22 AND (accounts.address_basis_kind, accounts.address_basis_date, accounts.address_basis_reference)
                        IS NOT
                        (excluded.address_basis_kind, excluded.address_basis_date,
                         excluded.address_basis_reference))))
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

// ?19..?21: the basis, or three NULLs for none.
void bindAddressBasis(Stmt& statement, const std::optional<AddressBasis>& basis)
{
    if (!basis) {
        statement.bindNull(19).bindNull(20).bindNull(21);
        return;
    }
    statement.bind(19, qint64(basis->kind))
        .bind(20, text(basis->date.toString(Qt::ISODate)))
        .bind(21, text(basis->reference));
}

} // namespace

Expected<qint64, DbError> AccountRepository::upsert(const QList<Account>& accounts, AddressBasisKnown basisKnown)
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
        bindAddressBasis(*statement, account.addressBasis);
        statement->bind(22, qint64(basisKnown == AddressBasisKnown::Yes ? 1 : 0));
        if (auto done = statement->run(); !done) {
            return Unexpected(done.error());
        }
        written += m_db.changes();
    }
    return written;
}

} // namespace dm
