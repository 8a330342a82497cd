#include "sync/VendorLogSync.h"

#include "api/LogService.h"
#include "api/VendorLogJson.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/SyncState.h"
#include "sync/StreamCommit.h"
#include "sync/TimeWindow.h"

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

QString scopeOf(const QString& stream, qint64 from, qint64 to)
{
    const auto format = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    return QStringLiteral("%1 %2..%3").arg(stream, format(from), format(to));
}

ApiError repeatedPageError(const QString& stream)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("%1: the platform answered the same page twice; the listing was stopped").arg(stream);
    return error;
}

template <typename Traits>
class VendorLogSyncStream final : public BasicSyncStream
{
public:
    VendorLogSyncStream(Db& db, PlatformClient& client, VendorLogSyncOptions options)
        : BasicSyncStream(Traits::name())
        , m_db(db)
        , m_repo(db)
        , m_syncState(db)
        , m_logs(client)
        , m_options(std::move(options))
    {
        m_options.pageSize = std::clamp(m_options.pageSize, 1, kVendorLogMaxPageSize);
        m_options.windowsInFlight = std::max(1, m_options.windowsInFlight);
        const qint64 platformCap = kMaxLogWindowMs;
        qint64 cap = m_options.windowCap.count();
        cap = cap <= 0 || cap > platformCap ? platformCap : cap;
        m_options.windowCap = std::chrono::milliseconds(std::max(kSecondMs, floorToSecond(cap)));
        if (!m_options.clock) {
            m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        }
    }

    void run(Progress progress, Done done) override
    {
        if (!start(std::move(progress), std::move(done))) {
            return;
        }
        if (!load()) {
            return;
        }
        if (m_state.windows.isEmpty()) {
            planPass();
        } else {
            qCInfo(lcVendorLogSync) << name() << "resumes a pass of" << m_state.windows.size() << "windows";
        }
        pump();
    }

    void verify(Done done) override
    {
        if (!start({}, std::move(done)) || !load()) {
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

    void onCancel() override
    {
        if (m_inFlight == 0 && !m_reconciling) {
            finishCancelled();
        }
    }

    bool start(Progress progress, Done done)
    {
        if (!begin(std::move(progress), std::move(done))) {
            return false;
        }
        m_reconciling = false;
        m_inFlight = 0;
        m_rowsDone = 0;
        m_report = StreamReport{name(), 0, {}};
        return true;
    }

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
        const qint64 end = std::max(floorToSecond(m_options.clock() + m_options.horizon.count()), start + kSecondMs);
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

    void pump()
    {
        if (!running()) {
            return;
        }
        if (!cancelled()) {
            for (qsizetype i = 0; i < m_state.windows.size() && m_inFlight < m_options.windowsInFlight; ++i) {
                const Window& window = m_state.windows.at(i);
                if (!window.done && !window.inFlight) {
                    fetch(i);
                }
            }
        }
        if (m_inFlight > 0) {
            return;
        }
        if (cancelled()) {
            finishCancelled();
            return;
        }
        if (std::all_of(m_state.windows.cbegin(), m_state.windows.cend(), [](const Window& w) { return w.done; })) {
            completePass();
        }
    }

    void fetch(qsizetype index)
    {
        Window& window = m_state.windows[index];
        window.inFlight = true;
        ++m_inFlight;
        const int run = currentRun();
        Traits::query(m_logs, LogWindow{window.from, window.to}, window.nextPage, m_options.pageSize, context(),
                      [this, run, index](const Expected<NumberedPage<typename Traits::Record>, ApiError>& page) {
                          if (!isCurrent(run)) {
                              return;
                          }
                          --m_inFlight;
                          m_state.windows[index].inFlight = false;
                          onPage(index, page);
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
        m_report.rowsWritten += *written;
        m_rowsDone += page->items.size();
        report();
        pump();
    }

    template <typename Write>
    Expected<qint64, DbError> commit(Write write)
    {
        return commitWithState(m_db, m_syncState, stateKey(), m_state.toJson(), std::move(write));
    }

    // Rows expected: the sum of the windows' counts once each has answered a page; unknown (-1) until then.
    void report()
    {
        qint64 expected = 0;
        for (const Window& window : m_state.windows) {
            if (window.count < 0) {
                expected = -1;
                break;
            }
            expected += window.count;
        }
        reportProgress(m_rowsDone, expected < 0 ? -1 : std::max(expected, m_rowsDone));
    }

    void completePass()
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
        const StreamState previous = m_state;
        m_state = next;
        if (auto saved = commit([]() -> Expected<qint64, DbError> { return qint64(0); }); !saved) {
            m_state = previous;
            fail(saved.error());
            return;
        }
        reconcile(windows);
    }

    // Each window's local count beside the platform's, asked for all windows at once (page 1 of one row: its count).
    void reconcile(const QList<Window>& windows)
    {
        m_reconciling = true;
        m_pendingChecks = windows.size();
        m_report.checks.clear();
        for (const Window& window : windows) {
            m_report.checks.append(CountCheck{scopeOf(name(), window.from, window.to), 0, 0});
        }
        if (windows.isEmpty()) {
            finish(m_report);
            return;
        }
        const int run = currentRun();
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const Window window = windows.at(i);
            Traits::query(
                m_logs, LogWindow{window.from, window.to}, 1, 1, context(),
                [this, run, i, window](const Expected<NumberedPage<typename Traits::Record>, ApiError>& page) {
                    if (!isCurrent(run)) {
                        return;
                    }
                    if (!page) {
                        fail(page.error());
                        return;
                    }
                    auto local = Traits::localCount(m_repo, LogTimeRange{window.from, window.to});
                    if (!local) {
                        fail(local.error());
                        return;
                    }
                    CountCheck& check = m_report.checks[i];
                    check.local = *local;
                    check.platform = page->total;
                    if (!check.matches()) {
                        qCWarning(lcVendorLogSync)
                            << "gap in" << check.scope << "local" << check.local << "platform" << check.platform;
                    }
                    if (--m_pendingChecks == 0) {
                        finish(m_report);
                    }
                });
        }
    }

    Db& m_db;
    LogRepository m_repo;
    SyncState m_syncState;
    LogService m_logs;
    VendorLogSyncOptions m_options;

    StreamState m_state;
    StreamReport m_report;
    bool m_reconciling = false;
    int m_inFlight = 0;
    qsizetype m_pendingChecks = 0;
    qint64 m_rowsDone = 0;
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
