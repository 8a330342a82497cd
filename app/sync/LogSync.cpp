#include "sync/LogSync.h"

#include "api/LogService.h"
#include "api/StatsService.h"
#include "store/Db.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "store/SyncState.h"
#include "sync/StreamCommit.h"
#include "sync/TimeWindow.h"
#include "sync/WindowedPass.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <algorithm>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcLogSync, "dm.sync.logs")

constexpr qint64 kHistoryDays = 180;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// What differs between the three logs: the endpoint, the key a pass pages by, and how rows are stored and counted.
struct OperationTraits
{
    using Record = OperationRecord;
    static constexpr LogTable table = LogTable::Operations;
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
};

// One window of a pass and how far it got.
struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    QString cursor; // the platform's nextCursor of the last page read; empty before the first page
    bool done = false;
    std::optional<LogPosition> last; // the last row stored from this window
    // Not persisted.
    bool inFlight = false;
    qint64 expected = -1;
};

// The stream's persisted state (SyncState, one JSON object).
struct StreamState
{
    qint64 historyStart = 0;
    std::optional<LogPosition> cursor; // the newest row of the completed passes
    std::optional<qint64> syncedTo;    // the end of the last completed pass
    qint64 passEnd = 0;                // the pass in progress, when `windows` is not empty
    QList<Window> windows;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("v"), 1}, {QStringLiteral("historyStart"), historyStart}};
        if (cursor) {
            json.insert(QStringLiteral("cursorKey"), cursor->time);
            json.insert(QStringLiteral("cursorId"), cursor->id);
        }
        if (syncedTo) {
            json.insert(QStringLiteral("syncedTo"), *syncedTo);
        }
        if (!windows.isEmpty()) {
            QJsonArray list;
            for (const Window& window : windows) {
                QJsonObject item{{QStringLiteral("from"), window.from},
                                 {QStringLiteral("to"), window.to},
                                 {QStringLiteral("cursor"), window.cursor},
                                 {QStringLiteral("done"), window.done}};
                if (window.last) {
                    item.insert(QStringLiteral("lastKey"), window.last->time);
                    item.insert(QStringLiteral("lastId"), window.last->id);
                }
                list.append(item);
            }
            json.insert(QStringLiteral("passEnd"), passEnd);
            json.insert(QStringLiteral("windows"), list);
        }
        return json;
    }

    [[nodiscard]] static StreamState fromJson(const QJsonObject& json)
    {
        StreamState state;
        state.historyStart = json.value(QStringLiteral("historyStart")).toInteger();
        if (json.contains(QStringLiteral("cursorKey"))) {
            state.cursor = LogPosition{json.value(QStringLiteral("cursorKey")).toInteger(),
                                       json.value(QStringLiteral("cursorId")).toInteger()};
        }
        if (json.contains(QStringLiteral("syncedTo"))) {
            state.syncedTo = json.value(QStringLiteral("syncedTo")).toInteger();
        }
        state.passEnd = json.value(QStringLiteral("passEnd")).toInteger();
        const QJsonArray list = json.value(QStringLiteral("windows")).toArray();
        for (const QJsonValue& value : list) {
            const QJsonObject item = value.toObject();
            Window window;
            window.from = item.value(QStringLiteral("from")).toInteger();
            window.to = item.value(QStringLiteral("to")).toInteger();
            window.cursor = item.value(QStringLiteral("cursor")).toString();
            window.done = item.value(QStringLiteral("done")).toBool();
            if (item.contains(QStringLiteral("lastKey"))) {
                window.last = LogPosition{item.value(QStringLiteral("lastKey")).toInteger(),
                                          item.value(QStringLiteral("lastId")).toInteger()};
            }
            state.windows.append(window);
        }
        return state;
    }
};

bool after(const LogPosition& a, const LogPosition& b)
{
    return a.time != b.time ? a.time > b.time : a.id > b.id;
}

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
        m_commitRows = m_options.rowsPerCommit;
        if (auto prepared = prepareBulkLoad(); !prepared) {
            fail(prepared.error());
            return;
        }
        if (m_state.windows.isEmpty()) {
            planPass();
        } else {
            qCInfo(lcLogSync) << name() << "resumes a pass of" << m_state.windows.size() << "windows";
        }
        requestExpectedCounts();
        pump();
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
        reconcile(windows);
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

    // The first pass into an empty table (a first sync, a rebuild) loads in bulk: the indexes are built once, when
    // the pass is complete (LogBulkLoad). A pass killed while loading resumes loading; a load whose pass had ended is
    // finished now.
    Expected<void, DbError> prepareBulkLoad()
    {
        LogBulkLoad bulk(m_db);
        auto loading = bulk.inProgress(Traits::table);
        if (!loading) {
            return Unexpected{loading.error()};
        }
        if (*loading) {
            // No windows and no cursor: the first pass stopped before its first commit, and starts again in bulk.
            return m_state.windows.isEmpty() && m_state.cursor ? bulk.finish(Traits::table) : Expected<void, DbError>{};
        }
        if (!m_state.windows.isEmpty() || m_state.cursor) {
            return {};
        }
        auto empty = bulk.isEmpty(Traits::table);
        if (!empty) {
            return Unexpected{empty.error()};
        }
        return *empty ? bulk.begin(Traits::table) : Expected<void, DbError>{};
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
            (void)commitPending();
            fail(page.error());
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
            (void)commitPending();
            fail(repeatedCursorError(name()));
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
        qint64 written = 0;
        if (m_pending.size() >= m_commitRows) {
            auto committed = commitPending();
            if (!committed) {
                fail(committed.error());
                return;
            }
            written = *committed;
        }
        pageStored(page->items.size(), written);
    }

    // The rows read since the last commit, in id order, with the state that describes them (a failure leaves both
    // as the last commit had them: the next run starts from there).
    Expected<qint64, DbError> commitPending() override
    {
        if (m_pendingPages == 0) {
            return qint64(0);
        }
        std::stable_sort(m_pending.begin(), m_pending.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        auto written = commit([&]() -> Expected<qint64, DbError> { return Traits::store(m_repo, m_pending); });
        if (!written) {
            return written;
        }
        m_pending = {}; // clear() would keep room for a whole batch for as long as the stream lives
        m_pendingPages = 0;
        m_commitRows = m_commitRows > m_options.maxRowsPerCommit / 2 ? m_options.maxRowsPerCommit : m_commitRows * 2;
        return written;
    }

    // Runs `write` and saves the stream's state in one transaction.
    template <typename Write>
    Expected<qint64, DbError> commit(Write write)
    {
        return commitWithState(m_db, m_syncState, name(), m_state.toJson(), std::move(write));
    }

    // Every window is done: the newest row becomes the cursor and the pass is recorded as complete.
    void completePass() override
    {
        auto written = commitPending();
        if (!written) {
            fail(written.error());
            return;
        }
        addRowsWritten(*written);
        const QList<Window> windows = m_state.windows;
        StreamState next = m_state;
        for (const Window& window : windows) {
            if (window.last && (!next.cursor || after(*window.last, *next.cursor))) {
                next.cursor = window.last;
            }
        }
        next.syncedTo = m_state.passEnd;
        next.windows.clear();
        // Before the pass is recorded as complete: a kill while the indexes are built resumes this pass, whose
        // windows are all done, and comes here again.
        if (auto built = LogBulkLoad(m_db).finish(Traits::table); !built) {
            fail(built.error());
            return;
        }
        const StreamState previous = m_state;
        m_state = next;
        auto saved = commit([]() -> Expected<qint64, DbError> { return qint64(0); });
        if (!saved) {
            m_state = previous;
            fail(saved.error());
            return;
        }
        reconcile(windows);
    }

    void countOnPlatform(const Window& window, std::function<void(const Expected<qint64, ApiError>&)> done) override
    {
        Traits::count(m_stats, LogWindow{window.from, window.to}, context(), std::move(done));
    }

    Expected<qint64, DbError> countInCache(const Window& window) override
    {
        return Traits::localCount(m_repo, LogTimeRange{window.from, window.to});
    }

    Db& m_db;
    LogRepository m_repo;
    SyncState m_syncState;
    LogService m_logs;
    StatsService m_stats;
    LogSyncOptions m_options;

    StreamState m_state;
    qint64 m_expected = -1;
    QList<typename Traits::Record> m_pending; // read, not yet committed
    int m_pendingPages = 0;
    int m_commitRows = 0; // rows the next commit waits for (LogSyncOptions::rowsPerCommit, growing)
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
