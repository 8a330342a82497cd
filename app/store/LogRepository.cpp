#include "store/LogRepository.h"

#include "store/Db.h"
#include "store/LogBulkLoad.h"

#include <algorithm>

namespace dm {
namespace {

constexpr const char* kInsertOperation =
    "INSERT INTO operation_log (id, time, operator, action, target, result, remark, ip) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING";
constexpr const char* kInsertLogin =
    "INSERT INTO login_log (id, time, account_name, method, ip, province, city, result, abnormal, fail_reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING";
// A mail is inserted when new (its subject then goes into the trigram index, see LogSchema.cpp) and otherwise
// updated only by a later version, so a page fetched again (a retry, a resumed window) never takes a read mail back to
// unread. The subject is left as it is: the platform never changes it.
constexpr const char* kInsertMail =
    "INSERT INTO mail_log (id, time, direction, message_id, subject, sender, recipient, status, read_at, read_client, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING";
constexpr const char* kIndexSubject = "INSERT INTO mail_subject_fts (rowid, subject) VALUES (?1, ?2)";
constexpr const char* kUpdateMail =
    "UPDATE mail_log SET time = ?2, direction = ?3, message_id = ?4, sender = ?6, recipient = ?7, status = ?8, "
    "read_at = ?9, read_client = ?10, updated_at = ?11 WHERE id = ?1 AND updated_at < ?11";

// The columns are NOT NULL, and Stmt binds a null QString as NULL: a default-constructed string is stored empty.
const QString& text(const QString& value)
{
    static const QString empty = QStringLiteral("");
    return value.isNull() ? empty : value;
}

DbError corruptRow(const char* table, const char* column)
{
    DbError error;
    error.kind = DbError::Kind::Corrupt;
    error.detail =
        QStringLiteral("%1.%2 holds a value outside its set").arg(QLatin1String(table), QLatin1String(column));
    return error;
}

Expected<OperationRecord, DbError> readOperation(const Stmt& row)
{
    OperationRecord record;
    record.id = row.int64(0);
    record.time = row.int64(1);
    record.operatorAddress = row.text(2);
    record.action = row.text(3);
    record.target = row.text(4);
    const auto result = logsql::logResultFromCode(row.int64(5));
    if (!result) {
        return Unexpected{corruptRow("operation_log", "result")};
    }
    record.result = *result;
    record.remark = row.text(6);
    record.ip = row.text(7);
    return record;
}

Expected<LoginRecord, DbError> readLogin(const Stmt& row)
{
    LoginRecord record;
    record.id = row.int64(0);
    record.time = row.int64(1);
    record.accountName = row.text(2);
    const auto method = logsql::loginMethodFromCode(row.int64(3));
    if (!method) {
        return Unexpected{corruptRow("login_log", "method")};
    }
    record.method = *method;
    record.ip = row.text(4);
    record.province = row.text(5);
    record.city = row.text(6);
    const auto result = logsql::logResultFromCode(row.int64(7));
    if (!result) {
        return Unexpected{corruptRow("login_log", "result")};
    }
    record.result = *result;
    record.abnormal = row.int64(8) != 0;
    if (!row.isNull(9)) {
        const auto reason = logsql::loginFailReasonFromCode(row.int64(9));
        if (!reason) {
            return Unexpected{corruptRow("login_log", "fail_reason")};
        }
        record.failReason = *reason;
    }
    return record;
}

Expected<MailRecord, DbError> readMail(const Stmt& row)
{
    MailRecord record;
    record.id = row.int64(0);
    record.time = row.int64(1);
    const auto direction = logsql::mailDirectionFromCode(row.int64(2));
    if (!direction) {
        return Unexpected{corruptRow("mail_log", "direction")};
    }
    record.direction = *direction;
    record.messageId = row.text(3);
    record.subject = row.text(4);
    record.sender = row.text(5);
    record.recipient = row.text(6);
    const auto status = logsql::mailStatusFromCode(row.int64(7));
    if (!status) {
        return Unexpected{corruptRow("mail_log", "status")};
    }
    record.status = *status;
    if (!row.isNull(8)) {
        record.readAt = row.int64(8);
    }
    if (!row.isNull(9)) {
        const auto client = logsql::readClientFromCode(row.int64(9));
        if (!client) {
            return Unexpected{corruptRow("mail_log", "read_client")};
        }
        record.readClient = *client;
    }
    record.updatedAt = row.int64(10);
    return record;
}

// Steps a bound page statement and reads every row with `read`.
template <typename Record, typename Reader>
Expected<QList<Record>, DbError> readAll(Stmt& statement, Reader read)
{
    QList<Record> rows;
    while (true) {
        auto more = statement.step();
        if (!more) {
            statement.reset();
            return Unexpected{more.error()};
        }
        if (!*more) {
            break;
        }
        auto record = read(statement);
        if (!record) {
            statement.reset();
            return Unexpected{record.error()};
        }
        rows.append(std::move(*record));
    }
    statement.reset();
    return rows;
}

template <typename Record, typename Reader>
Expected<std::optional<Record>, DbError> readOne(Expected<Stmt*, DbError> statement, qint64 id, Reader read)
{
    if (!statement) {
        return Unexpected{statement.error()};
    }
    (*statement)->bind(1, id);
    auto rows = readAll<Record>(**statement, read);
    if (!rows) {
        return Unexpected{rows.error()};
    }
    if (rows->isEmpty()) {
        return std::optional<Record>{};
    }
    return std::optional<Record>{rows->takeFirst()};
}

} // namespace

LogRepository::LogRepository(Db& db)
    : m_db(db)
{}

LogRepository::~LogRepository() = default;

Expected<Stmt*, DbError> LogRepository::statement(const std::string& sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end()) {
        found->second->reset();
        return found->second.get();
    }
    auto prepared = m_db.prepare(sql);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    auto owned = std::make_unique<Stmt>(std::move(*prepared));
    Stmt* raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Expected<Stmt*, DbError> LogRepository::bound(const LogSql& sql)
{
    auto prepared = statement(sql.text);
    if (!prepared) {
        return prepared;
    }
    int index = 1;
    for (const auto& value : sql.values) {
        std::visit([&](const auto& v) { (*prepared)->bind(index, v); }, value);
        ++index;
    }
    return prepared;
}

Expected<qint64, DbError> LogRepository::scalar(const LogSql& sql)
{
    auto prepared = bound(sql);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    Stmt& statement = **prepared;
    auto row = statement.step();
    if (!row) {
        statement.reset();
        return Unexpected{row.error()};
    }
    const qint64 value = *row ? statement.int64(0) : 0;
    statement.reset();
    return value;
}

Expected<std::optional<LogPosition>, DbError> LogRepository::position(const LogSql& sql)
{
    auto prepared = bound(sql);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    Stmt& statement = **prepared;
    auto row = statement.step();
    if (!row) {
        statement.reset();
        return Unexpected{row.error()};
    }
    std::optional<LogPosition> found;
    if (*row) {
        found = LogPosition{statement.int64(0), statement.int64(1)};
    }
    statement.reset();
    return found;
}

Expected<qint64, DbError> LogRepository::insertOperations(std::span<const OperationRecord> rows)
{
    auto prepared = statement(kInsertOperation);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    Stmt& insert = **prepared;
    qint64 inserted = 0;
    for (const OperationRecord& row : rows) {
        insert.reset();
        insert.bind(1, row.id)
            .bind(2, row.time)
            .bind(3, text(row.operatorAddress))
            .bind(4, text(row.action))
            .bind(5, text(row.target))
            .bind(6, logsql::code(row.result))
            .bind(7, text(row.remark))
            .bind(8, text(row.ip));
        if (auto done = insert.run(); !done) {
            insert.reset();
            return Unexpected{done.error()};
        }
        inserted += m_db.changes();
    }
    insert.reset();
    return inserted;
}

Expected<qint64, DbError> LogRepository::insertLogins(std::span<const LoginRecord> rows)
{
    auto prepared = statement(kInsertLogin);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    Stmt& insert = **prepared;
    qint64 inserted = 0;
    for (const LoginRecord& row : rows) {
        insert.reset();
        insert.bind(1, row.id)
            .bind(2, row.time)
            .bind(3, text(row.accountName))
            .bind(4, logsql::code(row.method))
            .bind(5, text(row.ip))
            .bind(6, text(row.province))
            .bind(7, text(row.city))
            .bind(8, logsql::code(row.result))
            .bind(9, qint64(row.abnormal ? 1 : 0));
        if (row.result == LogResult::Failure && row.failReason) {
            insert.bind(10, logsql::code(*row.failReason));
        } else {
            insert.bindNull(10);
        }
        if (auto done = insert.run(); !done) {
            insert.reset();
            return Unexpected{done.error()};
        }
        inserted += m_db.changes();
    }
    insert.reset();
    return inserted;
}

Expected<qint64, DbError> LogRepository::upsertMails(std::span<const MailRecord> rows)
{
    auto insertPrepared = statement(kInsertMail);
    if (!insertPrepared) {
        return Unexpected{insertPrepared.error()};
    }
    auto indexPrepared = statement(kIndexSubject);
    if (!indexPrepared) {
        return Unexpected{indexPrepared.error()};
    }
    auto updatePrepared = statement(kUpdateMail);
    if (!updatePrepared) {
        return Unexpected{updatePrepared.error()};
    }
    // While the mails load in bulk their subjects are indexed at the end (LogBulkLoad::finish), in pieces in id order:
    // a new mail the pieces have passed indexes its own.
    auto indexedThrough = LogBulkLoad(m_db).subjectsIndexedThrough();
    if (!indexedThrough) {
        return Unexpected{indexedThrough.error()};
    }
    Stmt& insert = **insertPrepared;
    Stmt& index = **indexPrepared;
    Stmt& update = **updatePrepared;
    const auto bindRow = [](Stmt& target, const MailRecord& row) {
        target.reset();
        target.bind(1, row.id)
            .bind(2, row.time)
            .bind(3, logsql::code(row.direction))
            .bind(4, text(row.messageId))
            .bind(5, text(row.subject))
            .bind(6, text(row.sender))
            .bind(7, text(row.recipient))
            .bind(8, logsql::code(row.status));
        if (row.readAt) {
            target.bind(9, *row.readAt);
        } else {
            target.bindNull(9);
        }
        if (row.readClient) {
            target.bind(10, logsql::code(*row.readClient));
        } else {
            target.bindNull(10);
        }
        target.bind(11, row.updatedAt);
    };
    const auto fail = [&](const DbError& error) {
        insert.reset();
        index.reset();
        update.reset();
        return Unexpected{error};
    };
    qint64 changed = 0;
    for (const MailRecord& row : rows) {
        bindRow(insert, row);
        if (auto done = insert.run(); !done) {
            return fail(done.error());
        }
        if (m_db.changes() > 0 && row.id > *indexedThrough) {
            ++changed;
            continue;
        }
        if (m_db.changes() > 0) {
            index.reset();
            index.bind(1, row.id).bind(2, text(row.subject));
            if (auto done = index.run(); !done) {
                return fail(done.error());
            }
            ++changed;
            continue;
        }
        bindRow(update, row);
        if (auto done = update.run(); !done) {
            return fail(done.error());
        }
        changed += m_db.changes();
    }
    insert.reset();
    index.reset();
    update.reset();
    return changed;
}

Expected<QList<OperationRecord>, DbError> LogRepository::operations(const OperationLogFilter& filter,
                                                                    const LogPageRequest& page)
{
    auto prepared = bound(logsql::operationPage(filter, page));
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    return readAll<OperationRecord>(**prepared, readOperation);
}

Expected<QList<LoginRecord>, DbError> LogRepository::logins(const LoginLogFilter& filter, const LogPageRequest& page)
{
    auto prepared = bound(logsql::loginPage(filter, page));
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    return readAll<LoginRecord>(**prepared, readLogin);
}

Expected<logsql::SubjectIndexUse, DbError> LogRepository::subjectMatch(const MailLogFilter& filter)
{
    using Use = logsql::SubjectIndexUse;
    if (!logsql::usesSubjectIndex(filter)) {
        return Use{};
    }
    auto loading = LogBulkLoad(m_db).inProgress(LogTable::Mails);
    if (!loading) {
        return Unexpected{loading.error()};
    }
    if (*loading) {
        return Use{Use::Kind::Unavailable, {}};
    }
    std::optional<DbError> failed;
    Use use = logsql::subjectIndexUse(filter, [&](const LogSql& probe) -> qint64 {
        if (failed) {
            return 0;
        }
        auto frequency = scalar(probe);
        if (!frequency) {
            failed = frequency.error();
            return 0;
        }
        return *frequency;
    });
    if (failed) {
        return Unexpected{*failed};
    }
    return use;
}

Expected<LogSql, DbError> LogRepository::mailPageSql(const MailLogFilter& filter, const LogPageRequest& page)
{
    auto match = subjectMatch(filter);
    if (!match) {
        return Unexpected{match.error()};
    }
    return logsql::mailPage(filter, page, *match);
}

Expected<QList<MailRecord>, DbError> LogRepository::mails(const MailLogFilter& filter, const LogPageRequest& page)
{
    auto sql = mailPageSql(filter, page);
    if (!sql) {
        return Unexpected{sql.error()};
    }
    auto prepared = bound(*sql);
    if (!prepared) {
        return Unexpected{prepared.error()};
    }
    return readAll<MailRecord>(**prepared, readMail);
}

Expected<std::optional<LogPosition>, DbError> LogRepository::operationPositionAt(const OperationLogFilter& filter,
                                                                                 const LogTimeRange& range,
                                                                                 LogOrder order, qint64 position)
{
    return this->position(logsql::operationPosition(filter, range, order, position));
}

Expected<std::optional<LogPosition>, DbError>
LogRepository::loginPositionAt(const LoginLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position)
{
    return this->position(logsql::loginPosition(filter, range, order, position));
}

Expected<std::optional<LogPosition>, DbError>
LogRepository::mailPositionAt(const MailLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position)
{
    auto match = subjectMatch(filter);
    if (!match) {
        return Unexpected{match.error()};
    }
    return this->position(logsql::mailPosition(filter, range, order, position, *match));
}

Expected<qint64, DbError> LogRepository::countOperations(const OperationLogFilter& filter, const LogTimeRange& range)
{
    return scalar(logsql::operationCount(filter, range));
}

Expected<qint64, DbError> LogRepository::countLogins(const LoginLogFilter& filter, const LogTimeRange& range)
{
    return scalar(logsql::loginCount(filter, range));
}

Expected<qint64, DbError> LogRepository::countMails(const MailLogFilter& filter, const LogTimeRange& range,
                                                    MailTimeKey key)
{
    auto match = subjectMatch(filter);
    if (!match) {
        return Unexpected{match.error()};
    }
    return scalar(logsql::mailCount(filter, range, key, *match));
}

Expected<qint64, DbError> LogRepository::operationRowCount()
{
    return scalar({"SELECT count(*) FROM operation_log", {}});
}

Expected<qint64, DbError> LogRepository::loginRowCount()
{
    return scalar({"SELECT count(*) FROM login_log", {}});
}

Expected<qint64, DbError> LogRepository::mailRowCount()
{
    return scalar({"SELECT count(*) FROM mail_log", {}});
}

Expected<std::optional<OperationRecord>, DbError> LogRepository::operation(qint64 id)
{
    return readOne<OperationRecord>(
        statement("SELECT id, time, operator, action, target, result, remark, ip FROM operation_log WHERE id = ?1"), id,
        readOperation);
}

Expected<std::optional<LoginRecord>, DbError> LogRepository::login(qint64 id)
{
    return readOne<LoginRecord>(statement("SELECT id, time, account_name, method, ip, province, city, result, "
                                          "abnormal, fail_reason FROM login_log WHERE id = ?1"),
                                id, readLogin);
}

Expected<std::optional<MailRecord>, DbError> LogRepository::mail(qint64 id)
{
    return readOne<MailRecord>(statement("SELECT m.id, m.time, m.direction, m.message_id, m.subject, m.sender, "
                                         "m.recipient, m.status, m.read_at, m.read_client, m.updated_at "
                                         "FROM mail_log m WHERE m.id = ?1"),
                               id, readMail);
}

Expected<void, DbError> LogRepository::optimize()
{
    return m_db.exec("PRAGMA optimize");
}

} // namespace dm
