#pragma once

#include "store/Db.h"

#include <QString>

#include <optional>

namespace dm::sandbox {

// One row of each log as the seeder and the simulator append it. Times are platform milliseconds (UTC).
struct LoginRow
{
    qint64 time = 0;
    QString accountName; // local part, or "admin" for the administrator
    QString method;
    QString ip;
    QString province;
    QString city;
    bool success = true;
    bool abnormal = false;
    // Why a failure failed: "password" (a wrong password or code; empty means this), "loginRule" (a login rule
    // refused where it came from, CONTRACT.md §12) or "clientNotAllowed" (the client is not among the policy's
    // allowedClients, §11).
    QString failReason;
};

struct MailRow
{
    qint64 time = 0;
    bool incoming = true; // direction "in": received by the recipient's mailbox
    QString messageId;
    QString subject;
    QString sender;
    QString recipient;
    QString status;
    std::optional<qint64> readAt;
    QString readClient; // empty when unread
};

struct OperationRow
{
    qint64 time = 0;
    QString operatorAddress;
    QString action;
    QString target;
    bool success = true;
    QString remark;
    QString ip;
};

// Appends rows through statements prepared once and reused (the seeder writes a million rows through them).
// Callers own the transaction.
class LogWriter
{
public:
    [[nodiscard]] static std::optional<LogWriter> create(Db& db);

    [[nodiscard]] bool insert(const LoginRow& row);
    // Returns the new row's id, or 0 on failure.
    [[nodiscard]] qint64 insert(const MailRow& row);
    [[nodiscard]] bool insert(const OperationRow& row);
    // SQLite's text for the last failure (names columns, never values).
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

private:
    LogWriter(Db& db, Stmt login, Stmt mail, Stmt operation);
    [[nodiscard]] bool finish(Stmt& statement);

    Db* m_db;
    Stmt m_login;
    Stmt m_mail;
    Stmt m_operation;
    QString m_lastError;
};

} // namespace dm::sandbox
