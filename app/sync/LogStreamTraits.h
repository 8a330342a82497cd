#pragma once

#include "api/LogService.h"
#include "api/StatsService.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "sync/StreamCommit.h"

#include <QList>
#include <QObject>

#include <optional>

// The three log streams' differences, for LogSync.cpp.
namespace dm::logsync {

// What differs between the three logs: the endpoint, the key a pass pages by, and how rows are stored and counted.
struct OperationTraits
{
    using Record = OperationRecord;
    static constexpr LogTable table = LogTable::Operations;
    static constexpr bool rowsMove = false; // a row's key never changes
    static QString name() { return QStringLiteral("operations"); }
    static qint64 key(const Record& row) { return row.time; }
    static void query(LogService& logs, const LogWindow& window, const PageRequest& page, QObject* context,
                      LogService::Done<KeysetPage<Record>> done)
    {
        logs.queryOperations(window, {}, page, context, std::move(done));
    }
    static void count(StatsService& stats, const LogWindow& window, QObject* context, StatsService::Done<qint64> done)
    {
        stats.logCounts(window, OperationFilter{}, context, std::move(done));
    }
    static Expected<qint64, DbError> store(LogRepository& repo, const QList<Record>& rows)
    {
        return repo.insertOperations(asSpan(rows));
    }
    static Expected<qint64, DbError> localCount(LogRepository& repo, const LogTimeRange& range)
    {
        return repo.countOperations({}, range);
    }
};

struct LoginTraits
{
    using Record = LoginRecord;
    static constexpr LogTable table = LogTable::Logins;
    static constexpr bool rowsMove = false;
    static QString name() { return QStringLiteral("logins"); }
    static qint64 key(const Record& row) { return row.time; }
    static void query(LogService& logs, const LogWindow& window, const PageRequest& page, QObject* context,
                      LogService::Done<KeysetPage<Record>> done)
    {
        logs.queryLogins(window, {}, page, context, std::move(done));
    }
    static void count(StatsService& stats, const LogWindow& window, QObject* context, StatsService::Done<qint64> done)
    {
        stats.logCounts(window, LoginFilter{}, context, std::move(done));
    }
    static Expected<qint64, DbError> store(LogRepository& repo, const QList<Record>& rows)
    {
        return repo.insertLogins(asSpan(rows));
    }
    static Expected<qint64, DbError> localCount(LogRepository& repo, const LogTimeRange& range)
    {
        return repo.countLogins({}, range);
    }
};

// Mails page by updatedAt, so a read (which moves a row's updatedAt past every other) reaches the next pass.
struct MailTraits
{
    using Record = MailRecord;
    static constexpr LogTable table = LogTable::Mails;
    static constexpr bool rowsMove = true; // a read moves a mail's updatedAt to the moment it was read
    static QString name() { return QStringLiteral("mail"); }
    static qint64 key(const Record& row) { return row.updatedAt; }
    static MailFilter filter()
    {
        MailFilter byUpdate;
        byUpdate.orderBy = MailOrder::UpdatedAt;
        return byUpdate;
    }
    static void query(LogService& logs, const LogWindow& window, const PageRequest& page, QObject* context,
                      LogService::Done<KeysetPage<Record>> done)
    {
        logs.queryMails(window, filter(), page, context, std::move(done));
    }
    static void count(StatsService& stats, const LogWindow& window, QObject* context, StatsService::Done<qint64> done)
    {
        stats.logCounts(window, filter(), context, std::move(done));
    }
    static Expected<qint64, DbError> store(LogRepository& repo, const QList<Record>& rows)
    {
        return repo.upsertMails(asSpan(rows));
    }
    static Expected<qint64, DbError> localCount(LogRepository& repo, const LogTimeRange& range)
    {
        return repo.countMails({}, range, MailTimeKey::UpdatedAt);
    }
    // The key the cache holds for row `id`, if it holds the row.
    static Expected<std::optional<qint64>, DbError> storedKey(LogRepository& repo, qint64 id)
    {
        auto stored = repo.mail(id);
        if (!stored) {
            return Unexpected{stored.error()};
        }
        return *stored ? std::optional<qint64>((*stored)->updatedAt) : std::nullopt;
    }
};

} // namespace dm::logsync
