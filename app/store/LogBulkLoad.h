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
// loads, its secondary indexes, or only the scattered ones (begin()), are dropped (their definitions kept in
// log_bulk_index) and mail subjects are not indexed; finish() builds them once, from sorted rows.
//
// Every step commits on its own and each can be repeated, so a load killed at any point resumes: the next run keeps
// appending, and finish() builds the indexes still missing and goes on filling the subject index after the last piece
// it committed (the piece and its mark commit together, so no subject is indexed twice). Meanwhile every query
// still answers exactly (SQLite scans where an index is missing), except a subject search through the trigram index,
// which LogRepository turns into a substring scan while the mails load (see inProgress()).
class LogBulkLoad
{
public:
    // Subjects indexed by one step: about as long as one index build over the same rows, so that a sync's batches
    // wait no longer for the subjects than for an index.
    static constexpr int SubjectsPerStep = 100000;

    explicit LogBulkLoad(Db& db, int subjectsPerStep = SubjectsPerStep);

    [[nodiscard]] static const char* tableName(LogTable table);

    // Whether `table` holds no row at all (where a first sync or a rebuild starts).
    [[nodiscard]] Expected<bool, DbError> isEmpty(LogTable table);
    // Whether `table` is loading: its indexes are missing or incomplete.
    [[nodiscard]] Expected<bool, DbError> inProgress(LogTable table);
    // The largest mail id whose subject a mail written now must index itself: every id while the mails are not
    // loading, none while they load and the fill has not begun, and those the fill has passed once it has
    // (LogRepository asks; the fill indexes only rows after its mark).
    [[nodiscard]] Expected<qint64, DbError> subjectsIndexedThrough();
    // Which indexes a load leaves out until it finishes.
    enum class LeftOut
    {
        AllIndexes,       // every secondary index (and the mails' subject index)
        ScatteredIndexes, // only those scatteredIndexes() names (and the mails' subject index)
    };
    // Marks `table` as loading and drops its secondary indexes, or only its scattered ones. Call outside a
    // transaction (it commits on its own); calling it while the table loads already changes nothing.
    [[nodiscard]] Expected<void, DbError> begin(LogTable table, LeftOut leftOut = LeftOut::AllIndexes);
    // The indexes of `table` whose keys come in no order as the platform's rows come in time order (an account, an IP
    // address, a mail address). Each row then lands on a page of its own in each of them, so past the page cache every
    // row costs pages read, decrypted, encrypted and written again: over a million logins these two took three
    // quarters of the writer's time per row. The others (time, and the few values of a method, result or province
    // ahead of it) take each batch on a few pages.
    [[nodiscard]] static QStringList scatteredIndexes(LogTable table);
    // Builds the indexes dropped by begin() (one transaction each: a kill keeps the ones built), fills the subject
    // index of the mails from their rows, and then marks the table as loaded. Does nothing when it is not loading.
    // Call outside a transaction. `progress` (optional) hears each index's name before it is built.
    [[nodiscard]] Expected<void, DbError> finish(LogTable table,
                                                 const std::function<void(const QString&)>& progress = {});
    // One piece of finish(): the next missing index; when none is missing, the next subjectsPerStep subjects of the
    // mails; then the mark. True once the table is loaded (or was not loading). Each piece is a transaction of its
    // own, so a writer can let other work in between (DbWriter).
    [[nodiscard]] Expected<bool, DbError> step(LogTable table,
                                               const std::function<void(const QString&)>& progress = {});

    // The page cache (KiB) of an index build. SQLite's sorter cuts a sort larger than the cache into pieces of the
    // cache's size and sorts them on helper threads (Db::setSortHelpers); a cache that holds the whole sort has one
    // thread sort it in one piece. So each build reads and decrypts its table again rather than keep it in a larger
    // cache, the sort runs on more than one core, and the cache no longer grows to hold the table (the sort's pieces
    // are in memory all the same). 8 MiB built six login indexes over a million rows faster than 16, 32 or 64 MiB.
    // Full syncs of the large sandbox, alternated with the larger cache's: 38.4-40.6 s against 39.5-40.6 s, at a peak
    // of 208-216 MB against 281-283 MB. The mails pay for it: their rows are wide, and reading them again for each of
    // eight builds took their 1M load to 1.52x the unencrypted copy's time (1.20x-1.27x before).
    static constexpr int IndexSortCacheKiB = 8 * 1024;

    // Has SQLite count the rows of `table` and of each value of its indexes, which is what the planner chooses an
    // index by. The last step of a load does it; so does a first pass that kept most of its indexes (LogSync).
    [[nodiscard]] Expected<void, DbError> analyse(LogTable table);

    // The indexes of `table` begin() would drop now (tests, the benchmark's unencrypted copy).
    [[nodiscard]] Expected<QStringList, DbError> secondaryIndexes(LogTable table);

private:
    [[nodiscard]] Expected<void, DbError> buildIndex(const QString& name, const QString& definition);
    // Indexes the next subjectsPerStep subjects after the last piece (from none: the index emptied first). True once
    // every mail's subject is in. Inside the caller's transaction, with the mark.
    [[nodiscard]] Expected<bool, DbError> fillSubjects();
    // The page cache and the sorter of a build (on), or the usual ones (off).
    [[nodiscard]] Expected<void, DbError> sortOnHelperThreads(bool on);

    Db& m_db;
    int m_subjectsPerStep;
};

} // namespace dm
