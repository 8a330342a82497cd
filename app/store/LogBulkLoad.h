#pragma once

#include "core/Expected.h"
#include "store/Db.h"
#include "store/DbError.h"

#include <QStringList>

#include <functional>

namespace dm {

// The three log tables (store/LogSchema.cpp).
enum class LogTable
{
    Operations,
    Logins,
    Mails,
};

// Loading a log table in bulk: a first sync or a rebuild brings hundreds of thousands of rows at once, and keeping
// up to eight b-trees and a trigram index in step with every row costs several times the rows themselves. While a table
// loads, its secondary indexes are dropped (their definitions kept in log_bulk_index) and mail subjects are not
// indexed; finish() builds them once, from sorted rows, when the rows are in.
//
// Every step commits on its own and each can be repeated, so a load killed at any point resumes: the next run keeps
// appending, and finish() builds the indexes still missing and fills the subject index afresh. Meanwhile every query
// still answers exactly (SQLite scans where an index is missing), except a subject search through the trigram index,
// which LogRepository turns into a substring scan while the mails load (see inProgress()).
class LogBulkLoad
{
public:
    explicit LogBulkLoad(Db& db);

    [[nodiscard]] static const char* tableName(LogTable table);

    // Whether `table` holds no row at all (where a first sync or a rebuild starts).
    [[nodiscard]] Expected<bool, DbError> isEmpty(LogTable table);
    // Whether `table` is loading: its indexes are missing or incomplete.
    [[nodiscard]] Expected<bool, DbError> inProgress(LogTable table);
    // Marks `table` as loading and drops its secondary indexes. Call outside a transaction (it commits on its own);
    // calling it while the table loads already changes nothing.
    [[nodiscard]] Expected<void, DbError> begin(LogTable table);
    // Builds the indexes dropped by begin() (one transaction each: a kill keeps the ones built), fills the subject
    // index of the mails from their rows, and then marks the table as loaded. Does nothing when it is not loading.
    // Call outside a transaction. `progress` (optional) hears each index's name before it is built.
    [[nodiscard]] Expected<void, DbError> finish(LogTable table,
                                                 const std::function<void(const QString&)>& progress = {});
    // One piece of finish(): the next missing index, or when none is missing the subject index and the mark. True
    // once the table is loaded (or was not loading). Each piece is a transaction of its own, so a writer can let other
    // work in between (DbWriter).
    [[nodiscard]] Expected<bool, DbError> step(LogTable table,
                                               const std::function<void(const QString&)>& progress = {});

    // Between two index builds the connection's page cache may be larger than usual (IndexBuildCacheKiB); step()
    // sets it back before the subject index and on a failure, and a caller that stops stepping before the end calls
    // this.
    [[nodiscard]] Expected<void, DbError> endIndexBuilds();

    // Each CREATE INDEX reads the whole table: with the usual cache (Db::PageCacheKiB) a table larger than it (half
    // a million mails are about 100 MB) is read and decrypted again for each of its indexes. The first build of a
    // load runs with this much cache, so the table it reads stays for the next. A build that writes next to nothing
    // (a partial index over rare rows, as the logins' and the mails' first builds are) fetches about the table's
    // pages, and after it the cache is sized to hold the table and half as much again for the largest index (the
    // login IP's is half its table). A larger index's build fetches its own pages as well and says nothing of the
    // table: after the first build the cache goes back to the usual one, after a later one it stays as it is. When
    // the table and an index do not fit together, each scan pushes out the pages the next one reads first and every
    // page is read again: a table larger than this keeps the usual cache. Two tables building by turns on one
    // connection share the cache, which costs only time.
    static constexpr int IndexBuildCacheKiB = 320 * 1024;
    // The cache (KiB) after a build that fetched `fetchedKiB` and wrote `writtenKiB`, with the cache at `currentKiB`.
    [[nodiscard]] static int cacheKiBAfterBuild(qint64 fetchedKiB, qint64 writtenKiB, int currentKiB);

    // The indexes of `table` begin() would drop now (tests, the benchmark's unencrypted copy).
    [[nodiscard]] Expected<QStringList, DbError> secondaryIndexes(LogTable table);

private:
    [[nodiscard]] Expected<void, DbError> buildIndex(const QString& name, const QString& definition);
    [[nodiscard]] Expected<void, DbError> fillSubjectIndex();
    // After a build: the cache for the next one.
    [[nodiscard]] Expected<void, DbError> sizeCacheForNextBuild(const Db::PageCounts& build);

    Db& m_db;
};

} // namespace dm
