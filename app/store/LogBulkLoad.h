#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QStringList>

#include <functional>

namespace dm {

class Db;

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
    // a million mails are about 95 MB) is read and decrypted again for each of its indexes. After each build the
    // cache is sized to what that build read and half as much again for the pages of the index being built (the
    // largest here, the login IP's, is half its table), so the next build finds the table cached; up to this much.
    // A table larger than that keeps the usual cache: when the table and an index do not fit together, each scan
    // pushes out the pages the next one reads first, and from then on every page is read again.
    static constexpr int IndexBuildCacheKiB = 256 * 1024;
    // The cache (KiB) after a build that read `pagesRead` pages of `pageSize` bytes.
    [[nodiscard]] static int cacheKiBAfterBuild(qint64 pagesRead, qint64 pageSize);

    // The indexes of `table` begin() would drop now (tests, the benchmark's unencrypted copy).
    [[nodiscard]] Expected<QStringList, DbError> secondaryIndexes(LogTable table);

private:
    [[nodiscard]] Expected<void, DbError> buildIndex(const QString& name, const QString& definition);
    [[nodiscard]] Expected<void, DbError> fillSubjectIndex();
    // After a build that read `pagesRead` pages: the cache for the next one (IndexBuildCacheKiB).
    [[nodiscard]] Expected<void, DbError> sizeCacheForNextBuild(qint64 pagesRead);

    Db& m_db;
};

} // namespace dm
