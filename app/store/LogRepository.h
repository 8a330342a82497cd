#pragma once

#include "core/Expected.h"
#include "core/LogRecords.h"
#include "store/DbError.h"
#include "store/LogQuery.h"
#include "store/Stmt.h"

#include <QList>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

namespace dm {

class Db;

// The cached operation, login and mail logs (schema: store/LogSchema.cpp). Lives on the thread of its Db and keeps
// its prepared statements for as long as it lives, so a batch costs binds and steps only. It raises the connection's
// page cache to at least 64 MB (see the constructor): the logs are the bulk of the cache.
//
// Writes do not open transactions of their own: the caller wraps a batch (10k-50k rows, or one sync page together with
// the stream's state) in one Transaction, so the rows and what describes them commit together.
class LogRepository
{
public:
    explicit LogRepository(Db& db);
    ~LogRepository();
    LogRepository(const LogRepository&) = delete;
    LogRepository& operator=(const LogRepository&) = delete;

    // Operation and login rows never change on the platform: a row already cached is left as it is. Return the rows
    // that were new.
    [[nodiscard]] Expected<qint64, DbError> insertOperations(std::span<const OperationRecord> rows);
    [[nodiscard]] Expected<qint64, DbError> insertLogins(std::span<const LoginRecord> rows);
    // Mails are upserted by id: a row seen again with a later updatedAt (it was read) replaces the cached one; an
    // older or equal copy changes nothing. Returns the rows inserted or changed.
    [[nodiscard]] Expected<qint64, DbError> upsertMails(std::span<const MailRecord> rows);

    // Keyset pages in (time, id) order, newest or oldest first, inside the page's time range.
    [[nodiscard]] Expected<QList<OperationRecord>, DbError> operations(const OperationLogFilter& filter,
                                                                       const LogPageRequest& page);
    [[nodiscard]] Expected<QList<LoginRecord>, DbError> logins(const LoginLogFilter& filter,
                                                               const LogPageRequest& page);
    // The subject filter is the full-text search: see MailLogFilter::subject.
    [[nodiscard]] Expected<QList<MailRecord>, DbError> mails(const MailLogFilter& filter, const LogPageRequest& page);

    // The (time, id) of the row at 0-based `position` of the listing the page queries walk in `order` (nullopt past
    // its end): where a view's far jump starts paging, found without reading the rows before it.
    [[nodiscard]] Expected<std::optional<LogPosition>, DbError>
    operationPositionAt(const OperationLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position);
    [[nodiscard]] Expected<std::optional<LogPosition>, DbError>
    loginPositionAt(const LoginLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position);
    [[nodiscard]] Expected<std::optional<LogPosition>, DbError>
    mailPositionAt(const MailLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position);

    // Rows matching the filters in the range: what the platform's logCounts answers for the same window and filters
    // (for mails with the same orderBy), once the cache holds that window.
    [[nodiscard]] Expected<qint64, DbError> countOperations(const OperationLogFilter& filter,
                                                            const LogTimeRange& range);
    [[nodiscard]] Expected<qint64, DbError> countLogins(const LoginLogFilter& filter, const LogTimeRange& range);
    [[nodiscard]] Expected<qint64, DbError> countMails(const MailLogFilter& filter, const LogTimeRange& range,
                                                       MailTimeKey key = MailTimeKey::Time);

    // All rows of each log.
    [[nodiscard]] Expected<qint64, DbError> operationRowCount();
    [[nodiscard]] Expected<qint64, DbError> loginRowCount();
    [[nodiscard]] Expected<qint64, DbError> mailRowCount();

    // One row by its platform id (detail panes, tests).
    [[nodiscard]] Expected<std::optional<OperationRecord>, DbError> operation(qint64 id);
    [[nodiscard]] Expected<std::optional<LoginRecord>, DbError> login(qint64 id);
    [[nodiscard]] Expected<std::optional<MailRecord>, DbError> mail(qint64 id);

    // The statement mails() runs for `filter` and `page` (the bench runs it on an unencrypted copy).
    [[nodiscard]] Expected<LogSql, DbError> mailPageSql(const MailLogFilter& filter, const LogPageRequest& page);

    // Refreshes the planner's statistics after a bulk load (cheap when little changed): PRAGMA optimize.
    [[nodiscard]] Expected<void, DbError> optimize();

private:
    // The cached statement for `sql`, reset and unbound.
    [[nodiscard]] Expected<Stmt*, DbError> statement(const std::string& sql);
    [[nodiscard]] Expected<Stmt*, DbError> bound(const LogSql& sql);
    [[nodiscard]] Expected<qint64, DbError> scalar(const LogSql& sql);
    [[nodiscard]] Expected<std::optional<LogPosition>, DbError> position(const LogSql& sql);
    // How a subject search uses the trigram index: the rarest few of the text's trigrams, the whole phrase, or not at
    // all while the mails load in bulk (see the .cpp).
    [[nodiscard]] Expected<logsql::SubjectIndexUse, DbError> subjectMatch(const MailLogFilter& filter);

    Db& m_db;
    std::unordered_map<std::string, std::unique_ptr<Stmt>> m_statements;
};

} // namespace dm
