#include "sandbox/AccountRecords.h"

#include <QDebug>
#include <QJsonValue>

#include <algorithm>
#include <string>

namespace dm::sandbox {
namespace {

std::optional<qint64> optionalTime(const Stmt& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.int64(column));
}

QJsonValue timeJson(const std::optional<qint64>& time)
{
    return time ? QJsonValue(*time) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AccountRecord::activationState() const
{
    if (activatedAt) {
        return QStringLiteral("activated");
    }
    if (firstLoginAt) {
        return QStringLiteral("firstLogin");
    }
    if (smsSentAt) {
        return QStringLiteral("smsSent");
    }
    return QStringLiteral("created");
}

AccountRecord readAccount(const Stmt& row)
{
    AccountRecord account;
    account.id = row.int64(0);
    account.accountName = row.text(1);
    account.name = row.text(2);
    account.jobNumber = row.text(3);
    account.idNumber = row.text(4);
    account.mobile = row.text(5);
    account.unitId = row.text(6);
    account.status = row.text(7);
    account.visibleInAddr = row.int64(8) != 0;
    account.passChangeFirstLogin = static_cast<int>(row.int64(9));
    account.createdAt = row.int64(10);
    account.updatedAt = row.int64(11);
    account.deletedAt = optionalTime(row, 12);
    account.smsSentAt = optionalTime(row, 13);
    account.firstLoginAt = optionalTime(row, 14);
    account.activatedAt = optionalTime(row, 15);
    account.reminderCount = row.int64(16);
    account.openId = row.isNull(17) ? QString() : row.text(17);
    if (!row.isNull(18)) {
        account.addressBasis =
            AddressBasisRecord{row.text(18), row.text(19), row.isNull(20) ? QStringLiteral("") : row.text(20)};
    }
    return account;
}

QJsonObject activationJson(const AccountRecord& account)
{
    return QJsonObject{{QStringLiteral("state"), account.activationState()},
                       {QStringLiteral("smsSentAt"), timeJson(account.smsSentAt)},
                       {QStringLiteral("firstLoginAt"), timeJson(account.firstLoginAt)},
                       {QStringLiteral("activatedAt"), timeJson(account.activatedAt)},
                       {QStringLiteral("reminderCount"), account.reminderCount}};
}

QJsonObject accountJson(const AccountRecord& account, const QString& domain)
{
    return QJsonObject{{QStringLiteral("accountName"), account.accountName},
                       {QStringLiteral("address"), QString(account.accountName + QLatin1Char('@') + domain)},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("jobNumber"), account.jobNumber},
                       {QStringLiteral("idNumber"), account.idNumber},
                       {QStringLiteral("mobile"), account.mobile},
                       {QStringLiteral("unitId"), account.unitId},
                       {QStringLiteral("status"), account.status},
                       {QStringLiteral("visibleInAddr"), account.visibleInAddr},
                       {QStringLiteral("passChangeFirstLogin"), account.passChangeFirstLogin},
                       {QStringLiteral("createdAt"), account.createdAt},
                       {QStringLiteral("updatedAt"), account.updatedAt},
                       {QStringLiteral("activation"), activationJson(account)},
                       {QStringLiteral("addressBasis"), addressBasisJson(account.addressBasis)}};
}

ApiError databaseError(const DbError& error)
{
    qWarning().noquote() << QStringLiteral("dmsandbox: database error in an account endpoint:") << error.detail;
    return ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")};
}

Expected<std::optional<AccountRecord>, ApiError> findAccount(Db& db, const QString& accountName)
{
    const std::string sql = std::string("SELECT ") + kAccountColumns + " FROM accounts WHERE account_name = ?";
    auto select = db.prepare(sql);
    if (!select) {
        return Unexpected{databaseError(select.error())};
    }
    const auto found = select->bind(1, accountName).step();
    if (!found) {
        return Unexpected{databaseError(found.error())};
    }
    if (!found.value()) {
        return std::optional<AccountRecord>();
    }
    return std::optional<AccountRecord>(readAccount(*select));
}

Expected<AccountRecord, ApiError> requireAccount(Db& db, const QString& accountName)
{
    auto found = findAccount(db, accountName);
    if (!found) {
        return Unexpected{found.error()};
    }
    if (!found.value()) {
        return Unexpected{notFound(QStringLiteral("ACCOUNT"))};
    }
    return std::move(found).value().value();
}

Expected<qint64, DbError> nextUpdatedAt(Db& db, qint64 nowMs)
{
    // MAX over the (updated_at, id) index is a single b-tree descent.
    auto latest = db.prepare("SELECT MAX(updated_at) FROM accounts");
    if (!latest) {
        return Unexpected{latest.error()};
    }
    const auto row = latest->step();
    if (!row) {
        return Unexpected{row.error()};
    }
    if (!row.value() || latest->isNull(0)) {
        return nowMs;
    }
    return std::max(nowMs, latest->int64(0) + 1);
}

Expected<std::optional<QString>, DbError> unitName(Db& db, const QString& unitId)
{
    auto select = db.prepare("SELECT name FROM units WHERE unit_id = ?");
    if (!select) {
        return Unexpected{select.error()};
    }
    const auto found = select->bind(1, unitId).step();
    if (!found) {
        return Unexpected{found.error()};
    }
    return found.value() ? std::optional<QString>(select->text(0)) : std::nullopt;
}

Expected<void, DbError> appendOperationLog(Db& db, const Identity& identity, qint64 timeMs,
                                           const OperationLogEntry& entry)
{
    auto insert = db.prepare("INSERT INTO operation_logs(time, operator, action, target, result, remark, ip) "
                             "VALUES (?, ?, ?, ?, ?, ?, '127.0.0.1')");
    if (!insert) {
        return Unexpected{insert.error()};
    }
    return insert->bind(1, timeMs)
        .bind(2, QStringLiteral("admin@") + identity.domain)
        .bind(3, entry.action)
        .bind(4, entry.target)
        .bind(5, entry.success ? QStringLiteral("success") : QStringLiteral("failure"))
        .bind(6, entry.remark)
        .run();
}

ApiError logRefusal(Db& db, const Identity& identity, qint64 timeMs, OperationLogEntry entry, const ApiError& error)
{
    entry.success = false;
    entry.remark += QStringLiteral(",原因:") + error.message;
    if (auto logged = appendOperationLog(db, identity, timeMs, entry); !logged) {
        // The refusal stands either way; only the audit row is missing.
        qWarning().noquote() << QStringLiteral("dmsandbox: cannot log a refused operation:") << logged.error().detail;
    }
    return error;
}

Expected<AccountRecord, ApiError> saveAccount(Db& db, const Identity& identity, qint64 nowMs, AccountRecord account,
                                              const OperationLogEntry& log, const QByteArray& passwordHash)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{databaseError(transaction.error())};
    }
    const auto updatedAt = nextUpdatedAt(db, nowMs);
    if (!updatedAt) {
        return Unexpected{databaseError(updatedAt.error())};
    }
    account.updatedAt = updatedAt.value();
    auto update = db.prepare("UPDATE accounts SET name = ?, job_number = ?, id_number = ?, mobile = ?, unit_id = ?, "
                             "status = ?, visible_in_addr = ?, pass_change_first_login = ?, updated_at = ?, "
                             "deleted_at = ?, sms_sent_at = ?, first_login_at = ?, activated_at = ?, "
                             "reminder_count = ?, password_hash = COALESCE(?, password_hash), "
                             "address_basis_kind = ?, address_basis_date = ?, address_basis_reference = ? "
                             "WHERE id = ?");
    if (!update) {
        return Unexpected{databaseError(update.error())};
    }
    const auto bindTime = [&update](int index, const std::optional<qint64>& time) {
        if (time) {
            update->bind(index, *time);
        } else {
            update->bindNull(index);
        }
    };
    // Empty texts are bound as '' (a null QString would bind NULL into a NOT NULL column).
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    update->bind(1, text(account.name))
        .bind(2, text(account.jobNumber))
        .bind(3, text(account.idNumber))
        .bind(4, text(account.mobile))
        .bind(5, account.unitId)
        .bind(6, account.status)
        .bind(7, account.visibleInAddr ? 1 : 0)
        .bind(8, account.passChangeFirstLogin)
        .bind(9, account.updatedAt);
    bindTime(10, account.deletedAt);
    bindTime(11, account.smsSentAt);
    bindTime(12, account.firstLoginAt);
    bindTime(13, account.activatedAt);
    update->bind(14, account.reminderCount);
    if (passwordHash.isEmpty()) {
        update->bindNull(15);
    } else {
        update->bindBlob(15, passwordHash);
    }
    if (account.addressBasis) {
        update->bind(16, account.addressBasis->kind)
            .bind(17, account.addressBasis->date)
            .bind(18, text(account.addressBasis->reference));
    } else {
        update->bindNull(16).bindNull(17).bindNull(18);
    }
    update->bind(19, account.id);
    if (auto ran = update->run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (auto logged = appendOperationLog(db, identity, nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    return account;
}

QString accountRemark(const QString& accountName, const QString& domain)
{
    return QStringLiteral("帐号名称:") + accountName + QLatin1Char('@') + domain;
}

OperationLogEntry accountLogEntry(const Identity& identity, const QString& action, const QString& accountName)
{
    return OperationLogEntry{action, accountName + QLatin1Char('@') + identity.domain, true,
                             accountRemark(accountName, identity.domain)};
}

} // namespace dm::sandbox
