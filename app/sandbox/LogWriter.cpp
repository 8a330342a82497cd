#include "sandbox/LogWriter.h"

namespace dm::sandbox {

std::optional<LogWriter> LogWriter::create(Db& db)
{
    auto login = db.prepare("INSERT INTO login_logs(time, account_name, method, ip, province, city, result, abnormal, "
                            "fail_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto mail = db.prepare("INSERT INTO mail_logs(time, direction, message_id, subject, sender, recipient, status, "
                           "read_at, read_client, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto operation = db.prepare("INSERT INTO operation_logs(time, operator, action, target, result, remark, ip) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!login || !mail || !operation) {
        return std::nullopt;
    }
    return LogWriter(db, std::move(login).value(), std::move(mail).value(), std::move(operation).value());
}

LogWriter::LogWriter(Db& db, Stmt login, Stmt mail, Stmt operation)
    : m_db(&db)
    , m_login(std::move(login))
    , m_mail(std::move(mail))
    , m_operation(std::move(operation))
{}

bool LogWriter::finish(Stmt& statement)
{
    auto done = statement.run();
    if (!done) {
        m_lastError = done.error().detail;
    }
    return done.hasValue();
}

bool LogWriter::insert(const LoginRow& row)
{
    m_login.reset();
    m_login.bind(1, row.time)
        .bind(2, row.accountName)
        .bind(3, row.method)
        .bind(4, row.ip)
        .bind(5, row.province)
        .bind(6, row.city)
        .bind(7, row.success ? QStringLiteral("success") : QStringLiteral("failure"))
        .bind(8, row.abnormal ? 1 : 0);
    if (row.success) {
        m_login.bindNull(9);
    } else {
        m_login.bind(9, row.failReason.isEmpty() ? QStringLiteral("password") : row.failReason);
    }
    return finish(m_login);
}

qint64 LogWriter::insert(const MailRow& row)
{
    m_mail.reset();
    m_mail.bind(1, row.time)
        .bind(2, row.incoming ? QStringLiteral("in") : QStringLiteral("out"))
        .bind(3, row.messageId)
        .bind(4, row.subject)
        .bind(5, row.sender)
        .bind(6, row.recipient)
        .bind(7, row.status);
    if (row.readAt) {
        m_mail.bind(8, *row.readAt).bind(9, row.readClient);
    } else {
        m_mail.bindNull(8).bindNull(9);
    }
    m_mail.bind(10, row.readAt ? std::max(row.time, *row.readAt) : row.time);
    return finish(m_mail) ? m_db->lastInsertRowId() : 0;
}

bool LogWriter::insert(const OperationRow& row)
{
    m_operation.reset();
    m_operation.bind(1, row.time)
        .bind(2, row.operatorAddress)
        .bind(3, row.action)
        .bind(4, row.target)
        .bind(5, row.success ? QStringLiteral("success") : QStringLiteral("failure"))
        .bind(6, row.remark)
        .bind(7, row.ip);
    return finish(m_operation);
}

} // namespace dm::sandbox
