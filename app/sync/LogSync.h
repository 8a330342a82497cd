#pragma once

#include "sync/SyncStream.h"

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dm {

class Db;
class DbWriter;
class PlatformClient;

// How the three log streams ("operations", "logins", "mail") page the platform into the cache.
//
// A pass covers [start, end): start is the stream's cursor, the (time, id) of the newest row it stored (for mails
// (updatedAt, id): mails page by updatedAt, so a document read since the last pass comes again and is upserted);
// the first pass starts at the history start. The span is split into windows of at most 31 days (CONTRACT.md §7)
// and several windows are paged at once, pageSize rows a request. Pages are committed together with the stream's
// state (the cursor of every window of the pass) in one transaction, in batches that grow from rowsPerCommit to
// maxRowsPerCommit rows (sorted by id, so a batch lands on neighbouring pages of the table), so a cancel or a kill -9
// resumes from the last committed batch: nothing lost, nothing doubled (rows are keyed by the platform's id anyway). A
// cancel commits what was read. When every window is done the newest row becomes the cursor: rows the platform appends
// later have a later (time, id) (§15 guarantees 2 and 3), so the next pass continues from there. After the pass each
// window's local count is compared with the platform's logCounts for the same window and order; a difference is
// reported as a gap.
//
// With a writer (DbWriter, as makeStandardStreams gives them), batches are written in its thread while paging goes
// on, up to two batches ahead; a first pass's indexes (LogBulkLoad) are built there too, one at a time, after the
// pass's last batch (or, FirstPass::ScatteredMidway, once half its rows are in). Then the stream releases the lead
// (SyncStream::setOnReleased): the next log downloads while these indexes build, and this stream's count checks follow
// the build.
struct LogSyncOptions
{
    // Where the first pass starts; default 180 days before now (what the platform keeps, CONTRACT.md §15).
    std::optional<qint64> historyStartMs;
    // How far past this machine's clock a pass reaches, for a platform whose clock runs ahead (a sandbox with
    // --speed above 1). Rows stamped later than the pass end come with the next pass.
    std::chrono::milliseconds horizon{0};
    // How long after its time a row may take to appear on the platform (dmsandbox: up to a second, CONTRACT.md §15).
    // A pass ends that long before now, so every row of its windows is there when their counts are compared; the
    // rows of the last moments come with the next pass, which starts at the cursor.
    std::chrono::milliseconds settle{2000};
    int pageSize = 1000;     // 1..1000
    int windowsInFlight = 4; // windows paged at once (the client bounds requests in flight on its own)
    // Rows read before they are committed. The first commit of a run comes after rowsPerCommit rows (a kill early in
    // a sync loses little, and the first rows are soon in the cache); each next one after twice as many as the one
    // before, up to maxRowsPerCommit. A commit writes every table page its rows touch, encrypted, to the WAL: mails
    // page by updatedAt, so a page's ids are scattered, and small commits write the same pages many times (a first
    // sync of 160k mails, bench_cache --e2e-only, ran at 26k-33k rows/s in 50k-row commits against 18k-22k in 10k-row
    // ones). 50k rows are about 20 MB held in memory; with a writer up to two batches are (reading goes on while one
    // is written), and that much at most is read again after a kill.
    int rowsPerCommit = 10000;
    int maxRowsPerCommit = 50000;
    std::chrono::milliseconds windowCap = std::chrono::days(31); // at most the platform's 31 days
    std::function<qint64()> clock;                               // ms since the epoch; default: the system clock
    // How a first pass into an empty table (a first sync, a rebuild) loads it (LogBulkLoad).
    enum class FirstPass
    {
        // Every index left out and built after the pass's last batch, while the next log downloads: the writer only
        // appends rows.
        Bulk,
        // Only the indexes whose keys come scattered left out (LogBulkLoad::scatteredIndexes) and built after the
        // pass's last batch; the others are kept as the rows come, while the writer has the time.
        ScatteredAtEnd,
        // Only the indexes whose keys come scattered left out (LogBulkLoad::scatteredIndexes), and built once half
        // the pass's rows are in, while the download goes on; the others, and then those, are kept as the rows come.
        // For the last long log of a sync, whose builds nothing would hide: keeping every index cost the writer four
        // times as much per login row and held the download up, and building them all after it was waited for
        // (makeStandardStreams).
        ScatteredMidway,
    };
    FirstPass firstPass = FirstPass::Bulk;
    // Where the batches and the index builds are written: one writer shared by the streams of a sync, so paging
    // never waits on a commit and one log's indexes are built while the next log downloads. None: on the stream's
    // own connection, in its thread, which then waits for each.
    std::shared_ptr<DbWriter> writer;
};

[[nodiscard]] std::unique_ptr<SyncStream> makeOperationLogSync(Db& db, PlatformClient& client,
                                                               LogSyncOptions options = {});
[[nodiscard]] std::unique_ptr<SyncStream> makeLoginLogSync(Db& db, PlatformClient& client, LogSyncOptions options = {});
[[nodiscard]] std::unique_ptr<SyncStream> makeMailLogSync(Db& db, PlatformClient& client, LogSyncOptions options = {});

} // namespace dm
