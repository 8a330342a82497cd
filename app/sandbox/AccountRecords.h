#pragma once

#include "core/Expected.h"
#include "sandbox/AccountAddressBasis.h"
#include "sandbox/ApiCall.h"
#include "sandbox/SandboxIdentity.h"
#include "store/Db.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm::sandbox {

// One row of `accounts` as the account endpoints read it (the password hash is never read back here).
struct AccountRecord
{
    qint64 id = 0;
    QString accountName;
    QString name;
    QString jobNumber;
    QString idNumber;
    QString mobile;
    QString unitId;
    QString status; // enabled | disabled | deleted
    bool visibleInAddr = false;
    int passChangeFirstLogin = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> deletedAt;
    std::optional<qint64> smsSentAt;
    std::optional<qint64> firstLoginAt;
    std::optional<qint64> activatedAt;
    qint64 reminderCount = 0;
    QString openId;                                 // empty for seeded rows: see accountOpenId()
    std::optional<AddressBasisRecord> addressBasis; // delivery mailboxes: where the court got the address

    [[nodiscard]] bool isDeleted() const { return status == QLatin1String("deleted"); }
    // Derived from the timestamps, latest step first: activated, firstLogin, smsSent, created.
    [[nodiscard]] QString activationState() const;
};

// The SELECT list readAccount() expects, in this order (prefix-free, for "SELECT <columns> FROM accounts ...").
inline constexpr const char* kAccountColumns =
    "id, account_name, name, job_number, id_number, mobile, unit_id, status, visible_in_addr, "
    "pass_change_first_login, created_at, updated_at, deleted_at, sms_sent_at, first_login_at, activated_at, "
    "reminder_count, open_id, address_basis_kind, address_basis_date, address_basis_reference";
[[nodiscard]] AccountRecord readAccount(const Stmt& row);

// The contract's account JSON and activation object (absent times are null).
[[nodiscard]] QJsonObject accountJson(const AccountRecord& account, const QString& domain);
[[nodiscard]] QJsonObject activationJson(const AccountRecord& account);

// -1 SYSTEM.ERROR for a database failure; SQLite's detail goes to stderr (it never holds values: we always bind).
[[nodiscard]] ApiError databaseError(const DbError& error);

// The account called `accountName` (deleted ones included), std::nullopt when it never existed.
[[nodiscard]] Expected<std::optional<AccountRecord>, ApiError> findAccount(Db& db, const QString& accountName);
// As findAccount, but -4 ACCOUNT.NOT.FOUND when it never existed.
[[nodiscard]] Expected<AccountRecord, ApiError> requireAccount(Db& db, const QString& accountName);

// The updated_at a mutation at platform time `nowMs` must write: strictly after every updated_at already stored, so
// an incremental listing (updatedSince, ordered by (updatedAt, id)) can never miss a row that changed while a client
// was paging (a row changing in the same millisecond as the client's last row, with a smaller id, would be lost
// otherwise). Anything else that changes an account row (the simulation) should use it too.
[[nodiscard]] Expected<qint64, DbError> nextUpdatedAt(Db& db, qint64 nowMs);

// The unit's name, std::nullopt when there is no such unit.
[[nodiscard]] Expected<std::optional<QString>, DbError> unitName(Db& db, const QString& unitId);

// One row for operation_logs, written as the platform's administrator from 127.0.0.1 at `timeMs`.
struct OperationLogEntry
{
    QString action; // the endpoint's action code, e.g. createAccount
    QString target; // an account's address or a unitId
    bool success = true;
    QString remark; // Chinese, in the brochure's style; never an ID number or a mobile
};
[[nodiscard]] Expected<void, DbError> appendOperationLog(Db& db, const Identity& identity, qint64 timeMs,
                                                         const OperationLogEntry& entry);
// A refused business rule is logged too (result failure, the rule appended to the remark); returns `error` as is.
[[nodiscard]] ApiError logRefusal(Db& db, const Identity& identity, qint64 timeMs, OperationLogEntry entry,
                                  const ApiError& error);

// Writes every mutable column of `account` back, with updated_at from nextUpdatedAt() and, when `passwordHash` is
// not empty, the new password, and appends `log`, all in one transaction. Returns the row as stored.
[[nodiscard]] Expected<AccountRecord, ApiError> saveAccount(Db& db, const Identity& identity, qint64 nowMs,
                                                            AccountRecord account, const OperationLogEntry& log,
                                                            const QByteArray& passwordHash = {});

// `帐号名称:<address>`, the remark every account operation starts with.
[[nodiscard]] QString accountRemark(const QString& accountName, const QString& domain);
// A success entry for `action` on the account `accountName`, its remark started with accountRemark().
[[nodiscard]] OperationLogEntry accountLogEntry(const Identity& identity, const QString& action,
                                                const QString& accountName);

} // namespace dm::sandbox
