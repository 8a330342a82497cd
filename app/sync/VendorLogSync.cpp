#include "sync/VendorLogSync.h"

#include "api/LogService.h"
#include "api/VendorLogJson.h"
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

#include <algorithm>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcVendorLogSync, "dm.sync.vendorlogs")

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kHistoryDays = 180;
constexpr qint64 kMinPieceMs = 60LL * 60 * 1000;

qint64 floorToSecond(qint64 ms)
{
    return ms - ms % kSecondMs;
}

qint64 ceilToSecond(qint64 ms)
{
    return floorToSecond(ms + kSecondMs - 1);
}

struct LoginTraits
{
    using Record = LoginRecord;
    static constexpr LogTable table = LogTable::Logins;
    static QString name() { return QStringLiteral("logins"); }
    static bool rereads() { return false; }
    static void query(LogService& logs, const LogWindow& window, int pageNum, int pageSize, QObject* context,
                      LogService::Done<NumberedPage<Record>> done)
    {
        logs.vendorLogins(window, pageNum, pageSize, context, std::move(done));
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

struct MailTraits
{
    using Record = MailRecord;
    static constexpr LogTable table = LogTable::Mails;
    static QString name() { return QStringLiteral("mail"); }
    static bool rereads() { return true; }
    static void query(LogService& logs, const LogWindow& window, int pageNum, int pageSize, QObject* context,
                      LogService::Done<NumberedPage<Record>> done)
    {
        logs.vendorReceivedMail(window, pageNum, pageSize, context, std::move(done));
    }
    static Expected<qint64, DbError> store(LogRepository& repo, const QList<Record>& rows)
    {
        return repo.upsertMails(asSpan(rows));
    }
    static Expected<qint64, DbError> localCount(LogRepository& repo, const LogTimeRange& range)
    {
        MailLogFilter received;
        received.direction = MailDirection::In;
        return repo.countMails(received, range, MailTimeKey::Time);
    }
};

// One window of a pass and how far it got.
struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    int nextPage = 1;
    qint64 count = -1; // the platform's count for the window, once a page answered
    bool done = false;
    std::optional<qint64> newest; // the latest row time stored from this window
    // Not persisted.
    bool inFlight = false;
    qint64 firstIdOfLastPage = -1;
};

// The stream's persisted state, kept apart from the extension's stream of the same name.
struct StreamState
{
    qint64 historyStart = 0;
    std::optional<qint64> newest;   // the latest row time of the completed passes
    std::optional<qint64> syncedTo; // the end of the last completed pass
    qint64 passEnd = 0;
    QList<Window> windows;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("v"), 1}, {QStringLiteral("historyStart"), historyStart}};
        if (newest) {
            json.insert(QStringLiteral("newest"), *newest);
        }
        if (syncedTo) {
            json.insert(QStringLiteral("syncedTo"), *syncedTo);
        }
        if (!windows.isEmpty()) {
            QJsonArray list;
            for (const Window& window : windows) {
                QJsonObject item{{QStringLiteral("from"), window.from},
                                 {QStringLiteral("to"), window.to},
                                 {QStringLiteral("nextPage"), window.nextPage},
                                 {QStringLiteral("count"), window.count},
                                 {QStringLiteral("done"), window.done}};
                if (window.newest) {
                    item.insert(QStringLiteral("newest"), *window.newest);
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
        if (json.contains(QStringLiteral("newest"))) {
            state.newest = json.value(QStringLiteral("newest")).toInteger();
        }
        if (json.contains(QStringLiteral("syncedTo"))) {
            state.syncedTo = json.value(QStringLiteral("syncedTo")).toInteger();
        }
        state.passEnd = json.value(QStringLiteral("passEnd")).toInteger();
        for (const QJsonValue& value : json.value(QStringLiteral("windows")).toArray()) {
            const QJsonObject item = value.toObject();
            Window window;
            window.from = item.value(QStringLiteral("from")).toInteger();
            window.to = item.value(QStringLiteral("to")).toInteger();
            window.nextPage = std::max(1, item.value(QStringLiteral("nextPage")).toInt(1));
            window.count = item.value(QStringLiteral("count")).toInteger(-1);
            window.done = item.value(QStringLiteral("done")).toBool();
            if (item.contains(QStringLiteral("newest"))) {
                window.newest = item.value(QStringLiteral("newest")).toInteger();
            }
            state.windows.append(window);
        }
        return state;
    }
};

ApiError repeatedPageError(const QString& stream)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("%1: the platform answered the same page twice; the listing was stopped").arg(stream);
    return error;
}

VendorLogSyncOptions bounded(VendorLogSyncOptions options)
{
    options.pageSize = std::clamp(options.pageSize, 1, kVendorLogMaxPageSize);
    options.windowsInFlight = std::max(1, options.windowsInFlight);
    options.settle = std::max(options.settle, std::chrono::milliseconds::zero());
    const qint64 platformCap = kMaxLogWindowMs;
    qint64 cap = options.windowCap.count();
    cap = cap <= 0 || cap > platformCap ? platformCap : cap;
    options.windowCap = std::chrono::milliseconds(std::max(kSecondMs, floorToSecond(cap)));
    if (!options.clock) {
        options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    }
    return options;
}

template <typename Traits>
class VendorLogSyncStream final : public WindowedPassStream<Window>
{
public:
    VendorLogSyncStream(Db& db, PlatformClient& client, VendorLogSyncOptions options)
        : WindowedPassStream(Traits::name(), options.windowsInFlight, lcVendorLogSync(), ScopePrecision::Seconds)
        , m_db(db)
        , m_repo(db)
        , m_syncState(db)
        , m_logs(client)
        , m_options(bounded(std::move(options)))
    {}

    void run(Progress progress, Done done) override
    {
        if (!startRun(std::move(progress), std::move(done)) || !load()) {
            return;
        }
        if (m_state.windows.isEmpty()) {
            if (!m_state.syncedTo && !loadInBulkIfEmpty()) {
                return;
            }
            planPass();
        } else {
            qCInfo(lcVendorLogSync) << name() << "resumes a pass of" << m_state.windows.size() << "windows";
        }
        pump();
    }

    void verify(Done done) override
    {
        if (!startRun({}, std::move(done)) || !load()) {
            return;
        }
        QList<Window> windows;
        if (m_state.syncedTo) {
            for (const TimeWindow& span : splitWindow(m_state.historyStart, *m_state.syncedTo, m_options.windowCap)) {
                windows.append(Window{span.fromMs, span.toMs, 1, -1, true, {}});
            }
        }
        reconcile(windows);
    }

private:
    [[nodiscard]] QString stateKey() const { return name() + QStringLiteral(".vendor"); }

    // A first pass into an empty table loads in bulk (LogBulkLoad): this stream writes in the sync's own thread, and
    // the indexes are built once, with the table's statistics, when the pass completes. False when it failed.
    bool loadInBulkIfEmpty()
    {
        LogBulkLoad bulk(m_db);
        auto empty = bulk.isEmpty(Traits::table);
        if (!empty) {
            fail(empty.error());
            return false;
        }
        if (*empty) {
            if (auto begun = bulk.begin(Traits::table); !begun) {
                fail(begun.error());
                return false;
            }
        }
        return true;
    }
    QList<Window>& passWindows() override { return m_state.windows; }

    // The stored state, or a fresh one starting at the history start; false (the run ended) on a database error.
    bool load()
    {
        auto stored = m_syncState.load(stateKey());
        if (!stored) {
            fail(stored.error());
            return false;
        }
        if (stored->has_value()) {
            m_state = StreamState::fromJson(**stored);
        } else {
            m_state = StreamState{};
            m_state.historyStart =
                ceilToSecond(m_options.historyStartMs.value_or(m_options.clock() - kHistoryDays * kDayMs));
        }
        return true;
    }

    // From the newest stored row (mail: also the last rereadSpan) to now, in whole seconds, at most windowCap a
    // window and, when the span is long enough, at least one window per window in flight.
    void planPass()
    {
        qint64 start = m_state.newest ? floorToSecond(*m_state.newest) : m_state.historyStart;
        if (Traits::rereads() && m_state.newest) {
            // Measured back from the newest row, which is the platform's own clock, not this machine's.
            start -= m_options.rereadSpan.count();
        }
        start = std::max(floorToSecond(start), m_state.historyStart);
        const qint64 end = std::max(
            floorToSecond(m_options.clock() + m_options.horizon.count() - m_options.settle.count()), start + kSecondMs);
        const qint64 share = ceilToSecond((end - start + m_options.windowsInFlight - 1) / m_options.windowsInFlight);
        const qint64 piece = std::min<qint64>(m_options.windowCap.count(), std::max(share, kMinPieceMs));
        m_state.passEnd = end;
        m_state.windows.clear();
        for (const TimeWindow& window : splitWindow(start, end, std::chrono::milliseconds(piece))) {
            m_state.windows.append(Window{window.fromMs, window.toMs, 1, -1, false, {}});
        }
        qCInfo(lcVendorLogSync) << name() << "pass over" << m_state.windows.size() << "windows from" << start << "to"
                                << end;
    }

    void fetchPage(qsizetype index) override
    {
        const Window& window = m_state.windows.at(index);
        const int run = currentRun();
        Traits::query(m_logs, LogWindow{window.from, window.to}, window.nextPage, m_options.pageSize, context(),
                      [this, run, index](const Expected<NumberedPage<typename Traits::Record>, ApiError>& page) {
                          if (pageLanded(run, index)) {
                              onPage(index, page);
                          }
                      });
    }

    void onPage(qsizetype index, const Expected<NumberedPage<typename Traits::Record>, ApiError>& page)
    {
        if (!page) {
            qCWarning(lcVendorLogSync) << name() << "page failed:" << page.error().detail;
            fail(page.error());
            return;
        }
        const Window previous = m_state.windows.at(index);
        Window updated = previous;
        if (!page->items.isEmpty()) {
            if (page->items.constFirst().id == previous.firstIdOfLastPage) {
                fail(repeatedPageError(name()));
                return;
            }
            updated.firstIdOfLastPage = page->items.constFirst().id;
        }
        updated.count = page->total;
        for (const auto& row : page->items) {
            updated.newest = std::max(updated.newest.value_or(row.time), row.time);
        }
        // The last page: short, empty, or reaching the count. A closed window's count does not grow; if it did, the
        // rows past it come with the next pass, which starts at the newest row stored.
        const qint64 read = qint64(previous.nextPage - 1) * m_options.pageSize + page->items.size();
        if (page->items.size() < m_options.pageSize || read >= page->total) {
            updated.done = true;
        } else {
            updated.nextPage = previous.nextPage + 1;
        }
        m_state.windows[index] = updated;

        auto written = commit([&]() -> Expected<qint64, DbError> { return Traits::store(m_repo, page->items); });
        if (!written) {
            m_state.windows[index] = previous;
            fail(written.error());
            return;
        }
        pageStored(page->items.size(), *written);
    }

    template <typename Write>
    Expected<qint64, DbError> commit(Write write)
    {
        return commitWithState(m_db, m_syncState, stateKey(), m_state.toJson(), std::move(write));
    }

    // Rows expected: the sum of the windows' counts once each has answered a page; unknown (-1) until then.
    [[nodiscard]] qint64 expectedRows() const override
    {
        qint64 expected = 0;
        for (const Window& window : m_state.windows) {
            if (window.count < 0) {
                return -1;
            }
            expected += window.count;
        }
        return expected;
    }

    void completePass() override
    {
        const QList<Window> windows = m_state.windows;
        StreamState next = m_state;
        for (const Window& window : windows) {
            if (window.newest && (!next.newest || *window.newest > *next.newest)) {
                next.newest = window.newest;
            }
        }
        next.syncedTo = m_state.passEnd;
        next.windows.clear();
        // A first pass into an empty table loads in bulk (begun in run(), or by the extension's stream before the
        // platform was found without the extension, FallbackStream): its indexes are built here, before the pass is
        // recorded.
        if (auto built = LogBulkLoad(m_db).finish(Traits::table); !built) {
            fail(built.error());
            return;
        }
        const StreamState previous = m_state;
        m_state = next;
        if (auto saved = commit([]() -> Expected<qint64, DbError> { return qint64(0); }); !saved) {
            m_state = previous;
            fail(saved.error());
            return;
        }
        reconcile(windows);
    }

    // The platform's count of a window: page 1 of one row says it.
    void countOnPlatform(const Window& window, std::function<void(const Expected<qint64, ApiError>&)> done) override
    {
        Traits::query(m_logs, LogWindow{window.from, window.to}, 1, 1, context(),
                      [done = std::move(done)](const Expected<NumberedPage<typename Traits::Record>, ApiError>& page) {
                          done(page ? Expected<qint64, ApiError>(page->total)
                                    : Expected<qint64, ApiError>(Unexpected{page.error()}));
                      });
    }

    Expected<qint64, DbError> countInCache(const Window& window) override
    {
        return Traits::localCount(m_repo, LogTimeRange{window.from, window.to});
    }

    Db& m_db;
    LogRepository m_repo;
    SyncState m_syncState;
    LogService m_logs;
    VendorLogSyncOptions m_options;

    StreamState m_state;
};

} // namespace

std::unique_ptr<SyncStream> makeVendorLoginLogSync(Db& db, PlatformClient& client, VendorLogSyncOptions options)
{
    return std::make_unique<VendorLogSyncStream<LoginTraits>>(db, client, std::move(options));
}

std::unique_ptr<SyncStream> makeVendorMailLogSync(Db& db, PlatformClient& client, VendorLogSyncOptions options)
{
    return std::make_unique<VendorLogSyncStream<MailTraits>>(db, client, std::move(options));
}

} // namespace dm
