#include "sync/LogSync.h"

#include "api/LogService.h"
#include "api/StatsService.h"
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "store/SyncState.h"
#include "sync/LogPassState.h"
#include "sync/LogStreamTraits.h"
#include "sync/StreamCommit.h"
#include "sync/TimeWindow.h"
#include "sync/WindowedPass.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcLogSync, "dm.sync.logs")

constexpr qint64 kHistoryDays = 180;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

using logsync::after;
using logsync::LoginTraits;
using logsync::MailTraits;
using logsync::OperationTraits;
using logsync::StreamState;
using logsync::Window;

LogSyncOptions bounded(LogSyncOptions options)
{
    options.pageSize = std::clamp(options.pageSize, 1, 1000);
    options.windowsInFlight = std::max(1, options.windowsInFlight);
    options.rowsPerCommit = std::max(1, options.rowsPerCommit);
    options.maxRowsPerCommit = std::max(options.rowsPerCommit, options.maxRowsPerCommit);
    options.settle = std::max(options.settle, std::chrono::milliseconds::zero());
    const auto platformCap = std::chrono::milliseconds(kMaxLogWindowMs);
    if (options.windowCap <= std::chrono::milliseconds::zero() || options.windowCap > platformCap) {
        options.windowCap = platformCap;
    }
    if (!options.clock) {
        options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    }
    return options;
}

template <typename Traits>
class LogSyncStream final : public WindowedPassStream<Window>
{
public:
    LogSyncStream(Db& db, PlatformClient& client, LogSyncOptions options)
        : WindowedPassStream(Traits::name(), options.windowsInFlight, lcLogSync(), ScopePrecision::Milliseconds)
        , m_db(db)
        , m_repo(db)
        , m_syncState(db)
        , m_logs(client)
        , m_stats(client)
        , m_options(bounded(std::move(options)))
    {}

    void run(Progress progress, Done done) override
    {
        if (!startRun(std::move(progress), std::move(done))) {
            return;
        }
        m_expected = -1;
        auto loaded = loadState();
        if (!loaded) {
            fail(loaded.error());
            return;
        }
        m_state = std::move(*loaded);
        m_pending = {};
        m_pendingPages = 0;
        m_rowsQueued = 0;
        m_failing = false;
        m_commitRows = m_options.rowsPerCommit;
        m_rowsWrittenInRun = 0;
        m_midwayBuildStarted = m_state.cursor.has_value(); // none after a first pass: only a first pass loads
        m_stopBuild = std::make_shared<std::atomic<bool>>(false);
        m_firstFailure = std::make_shared<std::optional<DbError>>();
        // The prepare job is the run's first on the writer's lane, so every batch is written after it: paging need not
        // wait for its answer, which comes after the writer's job in hand (another log's index build), unless the last
        // pass may have left its indexes to build first (kBuildFirst: its rows are in, no pass is open).
        const bool mayBuildFirst = m_state.windows.isEmpty() && m_state.cursor.has_value();
        const bool newFirstPass = m_state.windows.isEmpty() && !m_state.cursor.has_value();
        if (newFirstPass && m_options.firstPass == LogSyncOptions::FirstPass::ScatteredMidway) {
            // Its statistics are read when it is complete (the table may hold rows the cursor does not cover: then
            // they are read once more). Kept with the pass's first batch.
            m_state.analysePending = true;
        }
        write(DbWriter::Lane::Rows, prepareBulkLoad(),
              [this, pagingStarted = !mayBuildFirst](const Expected<qint64, DbError>& prepared) {
                  if (pagingStopped()) {
                      return; // cancelled meanwhile (the cancel's flush ends the run), or the pass is complete
                  }
                  if (!prepared) {
                      fail(prepared.error());
                  } else if (pagingStarted) {
                      return;
                  } else if (*prepared == kBuildFirst) {
                      // The last pass was recorded while the table still loads (its indexes missing): they come first.
                      stopPaging();
                      buildIndexesThen([this] {
                          resumePaging();
                          startPass();
                      });
                  } else {
                      startPass();
                  }
              });
        if (!mayBuildFirst && running()) { // without a writer the prepare job has run, and may have failed
            startPass();
        }
    }

    void verify(Done done) override
    {
        if (!startRun({}, std::move(done))) {
            return;
        }
        auto loaded = loadState();
        if (!loaded) {
            fail(loaded.error());
            return;
        }
        m_state = std::move(*loaded);
        QList<Window> windows;
        if (m_state.syncedTo) {
            for (const TimeWindow& span : splitWindow(m_state.historyStart, *m_state.syncedTo, m_options.windowCap)) {
                windows.append(Window{span.fromMs, span.toMs, {}, true, {}});
            }
        }
        startChecks(windows);
    }

private:
    QList<Window>& passWindows() override { return m_state.windows; }
    [[nodiscard]] qint64 expectedRows() const override { return m_expected; }

    Expected<StreamState, DbError> loadState()
    {
        auto stored = m_syncState.load(name());
        if (!stored) {
            return Unexpected{stored.error()};
        }
        if (stored->has_value()) {
            return StreamState::fromJson(**stored);
        }
        StreamState fresh;
        fresh.historyStart = m_options.historyStartMs.value_or(m_options.clock() - kHistoryDays * kDayMs);
        return fresh;
    }

    // The first pass into an empty table (a first sync, a rebuild) loads in bulk (LogBulkLoad): the indexes it left
    // out (LogSyncOptions::firstPass) are built when the pass is complete or, FirstPass::ScatteredMidway, once half its
    // rows are in. A pass killed while loading resumes loading; a load whose pass had ended is finished first (the job
    // answers kBuildFirst).
    [[nodiscard]] DbWriter::Job prepareBulkLoad() const
    {
        const bool passOpen = !m_state.windows.isEmpty();
        const bool synced = m_state.cursor.has_value();
        return [passOpen, synced, firstPass = m_options.firstPass](Db& db) -> Expected<qint64, DbError> {
            LogBulkLoad bulk(db);
            auto loading = bulk.inProgress(Traits::table);
            if (!loading) {
                return Unexpected{loading.error()};
            }
            if (*loading) {
                // No windows and no cursor: the first pass stopped before its first commit, and starts again in bulk.
                return !passOpen && synced ? kBuildFirst : qint64(0);
            }
            if (passOpen || synced) {
                return qint64(0);
            }
            auto empty = bulk.isEmpty(Traits::table);
            if (!empty) {
                return Unexpected{empty.error()};
            }
            if (!*empty) {
                return qint64(0);
            }
            if (auto begun = bulk.begin(Traits::table, firstPass == LogSyncOptions::FirstPass::Bulk
                                                           ? LogBulkLoad::LeftOut::AllIndexes
                                                           : LogBulkLoad::LeftOut::ScatteredIndexes);
                !begun) {
                return Unexpected{begun.error()};
            }
            return qint64(0);
        };
    }

    void startPass()
    {
        if (m_state.windows.isEmpty()) {
            planPass();
        } else {
            qCInfo(lcLogSync) << name() << "resumes a pass of" << m_state.windows.size() << "windows";
        }
        requestExpectedCounts();
        pump();
    }

    // The windows of a new pass: from the cursor (or the history start) to now, at most windowCap each and, when the
    // span is long enough, at least one per window in flight.
    void planPass()
    {
        const qint64 start = m_state.cursor ? m_state.cursor->time : m_state.historyStart;
        const qint64 end =
            std::max(m_options.clock() + m_options.horizon.count() - m_options.settle.count(), start + 1);
        m_state.passEnd = end;
        m_state.windows.clear();
        for (const TimeWindow& window : splitPass(start, end, m_options.windowsInFlight, m_options.windowCap)) {
            m_state.windows.append(Window{window.fromMs, window.toMs, {}, false, {}});
        }
        qCInfo(lcLogSync) << name() << "pass over" << m_state.windows.size() << "windows from" << start << "to" << end;
    }

    // What the pass will fetch, for progress: logCounts is cheap. Unknown (-1) until every window answered.
    void requestExpectedCounts()
    {
        for (qsizetype i = 0; i < m_state.windows.size(); ++i) {
            const Window& window = m_state.windows.at(i);
            if (window.done) {
                m_state.windows[i].expected = 0;
                continue;
            }
            const qint64 from = window.last ? std::max(window.from, window.last->time) : window.from;
            Traits::count(m_stats, LogWindow{from, window.to}, context(),
                          whileCurrent([this, i](const Expected<qint64, ApiError>& count) {
                              if (i >= m_state.windows.size()) {
                                  return;
                              }
                              m_state.windows[i].expected = count ? *count : -1;
                              qint64 total = 0;
                              for (const Window& each : m_state.windows) {
                                  if (each.expected < 0) {
                                      return;
                                  }
                                  total += each.expected;
                              }
                              m_expected = total;
                              reportProgress();
                          }));
        }
    }

    void fetchPage(qsizetype index) override
    {
        const Window& window = m_state.windows.at(index);
        const int run = currentRun();
        Traits::query(m_logs, LogWindow{window.from, window.to}, PageRequest{m_options.pageSize, window.cursor},
                      context(),
                      [this, run, index](const Expected<KeysetPage<typename Traits::Record>, ApiError>& page) {
                          if (pageLanded(run, index)) {
                              onPage(index, page);
                          }
                      });
    }

    void onPage(qsizetype index, const Expected<KeysetPage<typename Traits::Record>, ApiError>& page)
    {
        if (!page) {
            qCWarning(lcLogSync) << name() << "page failed:" << page.error().detail;
            // The pages read before it are kept (with the state that describes them); this window did not advance.
            failAfterFlush(page.error());
            return;
        }
        // Rows up to the stream's cursor are stored already (the first window starts at the cursor's time).
        QList<typename Traits::Record> rows;
        rows.reserve(page->items.size());
        for (const auto& row : page->items) {
            const LogPosition position{Traits::key(row), row.id};
            if (!m_state.cursor || after(position, *m_state.cursor)) {
                rows.append(row);
            }
        }
        Window updated = m_state.windows.at(index);
        if (page->nextCursor && *page->nextCursor == updated.cursor) {
            failAfterFlush(repeatedCursorError(name()));
            return;
        }
        if (page->nextCursor) {
            updated.cursor = *page->nextCursor;
        } else {
            updated.done = true;
        }
        if (!page->items.isEmpty()) {
            const auto& last = page->items.constLast();
            updated.last = LogPosition{Traits::key(last), last.id};
        }
        m_state.windows[index] = updated;
        m_pending.append(rows);
        ++m_pendingPages;
        if (m_pending.size() >= m_commitRows) {
            submitPending();
            if (!running()) {
                return;
            }
        }
        pageStored(page->items.size(), 0);
    }

    // Runs `job` on the writer, or here and now without one, then `then` with its result while this run lasts.
    void write(DbWriter::Lane lane, DbWriter::Job job, std::function<void(const Expected<qint64, DbError>&)> then)
    {
        const int run = currentRun();
        if (!m_options.writer) {
            const auto result = job(m_db);
            if (isCurrent(run)) {
                then(result);
            }
            return;
        }
        // An index build moves no state: its failure (or its stop by a cancel) leaves the batches after it be.
        auto guarded = DbWriter::unlessFailed(std::move(job), m_firstFailure, lane == DbWriter::Lane::Rows);
        m_options.writer->post(lane, std::move(guarded), context(),
                               [this, run, then = std::move(then)](const Expected<qint64, DbError>& result) {
                                   if (isCurrent(run)) {
                                       then(result);
                                   }
                               });
    }

    // Hands the rows read since the last commit to the writer, in id order, with the state that describes them (a
    // failure leaves both as the last commit had them, and no later write of the run commits: the next run starts
    // from there).
    void submitPending()
    {
        if (m_pendingPages == 0) {
            return;
        }
        QList<typename Traits::Record> rows = std::move(m_pending);
        m_pending = {}; // a moved-from list is valid but unspecified
        m_pendingPages = 0;
        m_commitRows = m_commitRows > m_options.maxRowsPerCommit / 2 ? m_options.maxRowsPerCommit : m_commitRows * 2;
        const qint64 count = rows.size();
        m_rowsQueued += count;
        write(
            DbWriter::Lane::Rows,
            [rows = std::move(rows), key = name(), state = m_state.toJson()](Db& db) mutable {
                std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
                LogRepository repo(db);
                SyncState states(db);
                return commitWithState(db, states, key, state, [&] { return Traits::store(repo, rows); });
            },
            [this, count](const Expected<qint64, DbError>& written) {
                m_rowsQueued -= count;
                if (!written) {
                    failAfterFlush(written.error()); // the run ends once its other writes have answered
                    return;
                }
                addRowsWritten(*written);
                m_rowsWrittenInRun += *written;
                buildMidwayIfDue();
                pump(); // paging may have waited for this batch (mayFetch)
            });
    }

    // Paging waits while two full batches are read and not yet written: the writer is busy with another log's index.
    [[nodiscard]] bool mayFetch() const override
    {
        return m_rowsQueued + m_pending.size() < 2 * qint64(m_options.maxRowsPerCommit);
    }

    // Commits what was read, then `done` once every batch handed over is written (the writer's lane keeps order).
    void flush(std::function<void(const Expected<void, DbError>&)> done) override
    {
        if (cancelled()) {
            m_stopBuild->store(true); // a midway build in hand or queued stops: the next run goes on with it
        }
        submitPending();
        if (!running()) {
            return;
        }
        write(
            DbWriter::Lane::Rows, [](Db&) -> Expected<qint64, DbError> { return qint64(0); },
            [done = std::move(done)](const Expected<qint64, DbError>&) { done({}); });
    }

    // A page failed: no more pages; what was read is written first, so the next run resumes after it.
    template <typename Error>
    void failAfterFlush(const Error& error)
    {
        if (m_failing) {
            return; // a flush that ends this run in a failure is on its way already
        }
        m_failing = true;
        stopPaging();
        flush([this, error](const Expected<void, DbError>&) { fail(error); });
    }

    // One piece of the load's end (LogBulkLoad::step): 1 once the table is loaded.
    [[nodiscard]] DbWriter::Job loadStep() const
    {
        return [stop = m_stopBuild](Db& db) -> Expected<qint64, DbError> {
            const DbStopCheck check(db, [stop] { return stop->load(); });
            auto finished = LogBulkLoad(db).step(Traits::table);
            if (!finished) {
                return Unexpected{finished.error()};
            }
            return qint64(*finished ? 1 : 0);
        };
    }

    // The indexes a bulk load left out, one at a time on the writer (another log's batches go in between), then `then`.
    void buildIndexesThen(std::function<void()> then)
    {
        write(DbWriter::Lane::Indexes, loadStep(),
              [this, then = std::move(then)](const Expected<qint64, DbError>& finished) {
                  if (cancelled()) {
                      // What was built stays; the table is still loading, and the next run goes on building.
                      finishCancelled();
                  } else if (!finished) {
                      fail(finished.error());
                  } else if (*finished == 1) {
                      then();
                  } else {
                      buildIndexesThen(then);
                  }
              });
    }

    // A first pass that left its scattered indexes out (FirstPass::ScatteredMidway) builds them once half the rows it
    // expects are written: sorting half the rows is soon done, and the other half is kept in them as it comes, so
    // nothing is left to build when the download ends. The writer takes them between batches; rows go on coming
    // meanwhile. Without a count from the platform they are built when the pass is complete (completePass), as they
    // are after a cancel or a kill (the table is still loading).
    void buildMidwayIfDue()
    {
        if (m_options.firstPass != LogSyncOptions::FirstPass::ScatteredMidway || m_midwayBuildStarted ||
            m_expected <= 0 || 2 * m_rowsWrittenInRun < m_expected) {
            return;
        }
        m_midwayBuildStarted = true;
        buildMidway();
    }

    void buildMidway()
    {
        write(DbWriter::Lane::Indexes, loadStep(), [this](const Expected<qint64, DbError>& finished) {
            if (cancelled() || pagingStopped()) {
                return; // the cancel ends the run, or completePass() builds what is left
            }
            if (!finished) {
                failAfterFlush(finished.error());
            } else if (*finished == 0) {
                buildMidway();
            }
        });
    }

    // A cancel while the indexes are built stops the one in hand; the answer of that step ends the run.
    void cancelEnding() override { m_stopBuild->store(true); }

    // Every window is done: the last rows, the indexes of a bulk load, then the newest row becomes the cursor and the
    // pass is recorded as complete. The indexes come before the record: a kill while they are built resumes this pass,
    // whose windows are all done, and comes here again.
    void completePass() override
    {
        submitPending();
        if (!running()) {
            return;
        }
        if (m_options.writer) {
            release(); // the next stream downloads while these rows and indexes are written
        }
        buildIndexesThen([this] {
            if (m_state.analysePending) {
                analyseThen([this] { recordPass(); });
            } else {
                recordPass();
            }
        });
    }

    // A first pass that kept most of its indexes (FirstPass::ScatteredMidway): the planner's statistics were made
    // before its rows came. Among the index builds, where it holds no batch up for longer than one of them.
    void analyseThen(std::function<void()> then)
    {
        write(
            DbWriter::Lane::Indexes,
            [](Db& db) -> Expected<qint64, DbError> {
                auto analysed = LogBulkLoad(db).analyse(Traits::table);
                if (!analysed) {
                    return Unexpected{analysed.error()};
                }
                return qint64(0);
            },
            [this, then = std::move(then)](const Expected<qint64, DbError>& analysed) {
                if (cancelled()) {
                    finishCancelled();
                } else if (!analysed) {
                    fail(analysed.error());
                } else {
                    m_state.analysePending = false;
                    then();
                }
            });
    }

    void recordPass()
    {
        const QList<Window> windows = m_state.windows;
        StreamState next = m_state;
        for (const Window& window : windows) {
            if (window.last && (!next.cursor || after(*window.last, *next.cursor))) {
                next.cursor = window.last;
            }
        }
        next.syncedTo = m_state.passEnd;
        next.windows.clear();
        write(
            DbWriter::Lane::Rows,
            [key = name(), state = next.toJson()](Db& db) {
                SyncState states(db);
                return commitWithState(db, states, key, state, [] { return Expected<qint64, DbError>(qint64(0)); });
            },
            [this, next, windows](const Expected<qint64, DbError>& saved) {
                if (!saved) {
                    fail(saved.error());
                    return;
                }
                m_state = next;
                startChecks(windows);
            });
    }

    void startChecks(const QList<Window>& windows)
    {
        m_checkedTo = 0;
        m_movedOut.clear();
        for (const Window& window : windows) {
            m_checkedTo = std::max(m_checkedTo, window.to);
        }
        reconcile(windows);
    }

    void countOnPlatform(const Window& window, std::function<void(const Expected<qint64, ApiError>&)> done) override
    {
        countSettled(window, std::move(done), 1);
    }

    // Mails move: a document read after the pass read it leaves its window on the platform (its updatedAt becomes
    // the moment it was read, past the pass's end) while the cache holds it there until the next pass brings the
    // read. That is no gap. When a window's counts differ, the rows updated since the end of the checked span are
    // read, and the cache's count leaves out those it holds in this window. The platform's count is taken again
    // after that read: a read in between would have lowered it (a window in the past only ever loses rows), so the
    // answer stands only when both counts agree; otherwise it starts over, a few times at most.
    using CountDone = std::function<void(const Expected<qint64, ApiError>&)>;

    void countSettled(const Window& window, CountDone done, int attempt)
    {
        Traits::count(m_stats, LogWindow{window.from, window.to}, context(),
                      whileCurrent([=, this](const Expected<qint64, ApiError>& first) {
                          if constexpr (Traits::rowsMove) {
                              auto local = Traits::localCount(m_repo, LogTimeRange{window.from, window.to});
                              // (A cache error is countInCache's to report.)
                              if (first && local && *local != *first) {
                                  readMoved([=, this](const Expected<QSet<qint64>, ApiError>& moved) {
                                      countAgain(window, *first, moved, done, attempt);
                                  });
                                  return;
                              }
                          }
                          done(first);
                      }));
    }

    // The second count of countSettled, after the rows updated since the span were read.
    void countAgain(const Window& window, qint64 first, const Expected<QSet<qint64>, ApiError>& moved,
                    const CountDone& done, int attempt)
    {
        if (!moved) {
            done(Unexpected{moved.error()});
            return;
        }
        Traits::count(m_stats, LogWindow{window.from, window.to}, context(),
                      whileCurrent([=, this](const Expected<qint64, ApiError>& second) {
                          if (second && *second != first && attempt < kCountAttempts) {
                              countSettled(window, done, attempt + 1);
                              return;
                          }
                          if (second && *second == first) {
                              const qint64 movedOut = movedOutOf(window, *moved);
                              m_movedOut.insert(window.from, movedOut);
                              if (movedOut > 0) {
                                  qCInfo(lcLogSync) << name() << movedOut << "rows of a window were updated after the "
                                                    << "pass read them; the next pass brings them";
                              }
                          }
                          done(second);
                      }));
    }

    // The ids of the rows whose key is now past the checked span (at most 31 days of them: a span ended longer ago
    // than that is not adjusted).
    void readMoved(std::function<void(const Expected<QSet<qint64>, ApiError>&)> done)
    {
        const qint64 to = m_options.clock() + m_options.horizon.count() + kDayMs;
        if (to - m_checkedTo > kMaxLogWindowMs) {
            done(QSet<qint64>{});
            return;
        }
        auto ids = std::make_shared<QSet<qint64>>();
        auto next = std::make_shared<std::function<void(const QString&)>>();
        *next = [this, ids, next, done, window = LogWindow{m_checkedTo, to}](const QString& cursor) {
            Traits::query(m_logs, window, PageRequest{m_options.pageSize, cursor}, context(),
                          whileCurrent([ids, next, done,
                                        cursor](const Expected<KeysetPage<typename Traits::Record>, ApiError>& page) {
                              if (!page) {
                                  done(Unexpected{page.error()});
                                  *next = nullptr; // the cycle through the captures ends here
                                  return;
                              }
                              for (const auto& row : page->items) {
                                  ids->insert(row.id);
                              }
                              if (page->nextCursor && !page->nextCursor->isEmpty() && *page->nextCursor != cursor) {
                                  (*next)(*page->nextCursor);
                                  return;
                              }
                              done(*ids);
                              *next = nullptr;
                          }));
        };
        (*next)(QString());
    }

    // How many of `moved` the cache holds with a key inside `window`.
    qint64 movedOutOf(const Window& window, const QSet<qint64>& moved)
    {
        qint64 count = 0;
        if constexpr (Traits::rowsMove) {
            for (const qint64 id : moved) {
                auto key = Traits::storedKey(m_repo, id);
                if (key && *key && **key >= window.from && **key < window.to) {
                    ++count;
                }
            }
        }
        return count;
    }

    Expected<qint64, DbError> countInCache(const Window& window) override
    {
        auto local = Traits::localCount(m_repo, LogTimeRange{window.from, window.to});
        if (!local) {
            return local;
        }
        return *local - m_movedOut.value(window.from, 0);
    }

    static constexpr int kCountAttempts = 3;

    // Answer of the prepare job: the rows of the last pass are in, its indexes are not.
    static constexpr qint64 kBuildFirst = 2;

    Db& m_db;
    LogRepository m_repo;
    SyncState m_syncState;
    LogService m_logs;
    StatsService m_stats;
    LogSyncOptions m_options;

    StreamState m_state;
    qint64 m_expected = -1;
    QList<typename Traits::Record> m_pending; // read, not yet committed
    qint64 m_checkedTo = 0;                   // the end of the span the count checks cover
    QHash<qint64, qint64> m_movedOut;         // window start -> rows the cache holds there that moved past its end
    int m_pendingPages = 0;
    int m_commitRows = 0;    // rows the next commit waits for (LogSyncOptions::rowsPerCommit, growing)
    qint64 m_rowsQueued = 0; // handed to the writer, not yet written
    qint64 m_rowsWrittenInRun = 0;
    bool m_midwayBuildStarted = false;              // FirstPass::ScatteredMidway
    std::shared_ptr<std::atomic<bool>> m_stopBuild; // set by a cancel while the indexes are built
    DbWriter::FirstFailure m_firstFailure;          // of this run's writes
    bool m_failing = false;                         // the run ends in a failure once its writes answered
};

} // namespace

std::unique_ptr<SyncStream> makeOperationLogSync(Db& db, PlatformClient& client, LogSyncOptions options)
{
    return std::make_unique<LogSyncStream<OperationTraits>>(db, client, std::move(options));
}

std::unique_ptr<SyncStream> makeLoginLogSync(Db& db, PlatformClient& client, LogSyncOptions options)
{
    return std::make_unique<LogSyncStream<LoginTraits>>(db, client, std::move(options));
}

std::unique_ptr<SyncStream> makeMailLogSync(Db& db, PlatformClient& client, LogSyncOptions options)
{
    return std::make_unique<LogSyncStream<MailTraits>>(db, client, std::move(options));
}

} // namespace dm
