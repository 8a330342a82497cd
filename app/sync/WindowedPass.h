#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"
#include "store/DbError.h"
#include "sync/SyncStream.h"
#include "sync/TimeWindow.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <functional>

namespace dm {

// What the log streams share, whether they page by cursor (the delivery extension) or by page number (the vendor):
// a pass split into windows of which several are paged at once, the bookkeeping of pages in flight, a cancel that
// waits for them, progress, and after the pass each window's local count held against the platform's. `Window` needs
// `from`, `to` (ms), `done` and `inFlight`; the subclass keeps the windows in its persisted state and says how a
// page is asked for, stored, and counted.
template <typename Window>
class WindowedPassStream : public BasicSyncStream
{
public:
    enum class ScopePrecision
    {
        Milliseconds,
        Seconds,
    };

protected:
    WindowedPassStream(QString name, int windowsInFlight, const QLoggingCategory& category, ScopePrecision precision)
        : BasicSyncStream(std::move(name))
        , m_category(category)
        , m_precision(precision)
        , m_windowsInFlight(std::max(1, windowsInFlight))
    {}

    // The windows of the pass in progress, in the subclass's state.
    [[nodiscard]] virtual QList<Window>& passWindows() = 0;
    // Asks for the next page of window `index`; the answer's handler starts with pageLanded().
    virtual void fetchPage(qsizetype index) = 0;
    // Every window is done: the subclass records the pass, then calls reconcile().
    virtual void completePass() = 0;
    // Rows the pass will read, -1 while unknown.
    [[nodiscard]] virtual qint64 expectedRows() const = 0;
    // The platform's count of one window, and the cache's.
    virtual void countOnPlatform(const Window& window, std::function<void(const Expected<qint64, ApiError>&)> done) = 0;
    [[nodiscard]] virtual Expected<qint64, DbError> countInCache(const Window& window) = 0;
    // Commits what the subclass read and holds uncommitted, then calls `done` (a cancelled run keeps what it read).
    // The subclass counts the rows it writes (addRowsWritten).
    virtual void flush(std::function<void(const Expected<void, DbError>&)> done) { done({}); }
    // False while the subclass holds as much read and unwritten as it may: no new page is asked for until it calls
    // pump() again.
    [[nodiscard]] virtual bool mayFetch() const { return true; }
    // A cancel that came after completePass() started: the subclass ends the run (cancelled or complete) itself.
    virtual void cancelEnding() {}

    // Starts a run with a clean slate; false when one is in progress already (`done` is told).
    [[nodiscard]] bool startRun(Progress progress, Done done)
    {
        if (!begin(std::move(progress), std::move(done))) {
            return false;
        }
        m_reconciling = false;
        m_ending = false;
        m_inFlight = 0;
        m_rowsDone = 0;
        m_report = StreamReport{name(), 0, {}};
        return true;
    }

    // Keeps up to `windowsInFlight` windows paging; ends a cancelled run once nothing is in flight, and completes
    // the pass once every window is done.
    void pump()
    {
        if (!running() || m_ending) {
            return;
        }
        QList<Window>& windows = passWindows();
        if (!cancelled()) {
            for (qsizetype i = 0; i < windows.size() && m_inFlight < m_windowsInFlight && mayFetch(); ++i) {
                Window& window = windows[i];
                if (!window.done && !window.inFlight) {
                    window.inFlight = true;
                    ++m_inFlight;
                    fetchPage(i);
                }
            }
        }
        if (m_inFlight > 0) {
            return;
        }
        if (cancelled()) {
            endCancelled();
            return;
        }
        if (std::all_of(windows.cbegin(), windows.cend(), [](const Window& w) { return w.done; })) {
            m_ending = true;
            completePass();
        }
    }

    // No page is asked for any more in this run, and pages still in flight are dropped when they land (the subclass
    // then ends the run itself, e.g. once what it read is written).
    void stopPaging() { m_ending = true; }
    // Pages again after stopPaging() (work that had to come before the pass is done).
    void resumePaging() { m_ending = false; }
    [[nodiscard]] bool pagingStopped() const { return m_ending; }

    // First thing in a page's answer handler: false when the answer belongs to a finished run, or came after
    // stopPaging() (ignore it).
    [[nodiscard]] bool pageLanded(int run, qsizetype index)
    {
        if (!isCurrent(run)) {
            return false;
        }
        --m_inFlight;
        passWindows()[index].inFlight = false;
        return !m_ending;
    }

    // A page was read (and `rowsWritten` rows committed with the state): count it, tell the progress, and page on.
    void pageStored(qint64 rowsRead, qint64 rowsWritten)
    {
        m_report.rowsWritten += rowsWritten;
        m_rowsDone += rowsRead;
        reportProgress();
        pump();
    }

    // Rows committed outside pageStored (a batch written by the writer thread, the last batch of a pass).
    void addRowsWritten(qint64 rows) { m_report.rowsWritten += rows; }

    void reportProgress()
    {
        const qint64 expected = expectedRows();
        BasicSyncStream::reportProgress(m_rowsDone, expected < 0 ? -1 : std::max(expected, m_rowsDone));
    }

    // Each window's local count beside the platform's, asked for all windows at once; then the run ends.
    void reconcile(const QList<Window>& windows)
    {
        m_reconciling = true;
        m_pendingChecks = windows.size();
        m_report.checks.clear();
        for (const Window& window : windows) {
            m_report.checks.append(CountCheck{scopeOf(window), 0, 0});
        }
        if (windows.isEmpty()) {
            finish(m_report);
            return;
        }
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const Window window = windows.at(i);
            countOnPlatform(window, whileCurrent([this, i, window](const Expected<qint64, ApiError>& platform) {
                                if (!platform) {
                                    fail(platform.error());
                                    return;
                                }
                                auto local = countInCache(window);
                                if (!local) {
                                    fail(local.error());
                                    return;
                                }
                                CountCheck& check = m_report.checks[i];
                                check.local = *local;
                                check.platform = *platform;
                                if (!check.matches()) {
                                    qCWarning(m_category) << "gap in" << check.scope << "local" << check.local
                                                          << "platform" << check.platform;
                                }
                                if (--m_pendingChecks == 0) {
                                    finish(m_report);
                                }
                            }));
        }
    }

private:
    void onCancel() override
    {
        if (m_reconciling) {
            return;
        }
        if (m_ending) {
            cancelEnding();
        } else if (m_inFlight == 0) {
            endCancelled();
        }
    }

    void endCancelled()
    {
        m_ending = true;
        flush([this](const Expected<void, DbError>& flushed) {
            if (!flushed) {
                fail(flushed.error());
                return;
            }
            finishCancelled();
        });
    }

    [[nodiscard]] QString scopeOf(const Window& window) const
    {
        const Qt::DateFormat format = m_precision == ScopePrecision::Milliseconds ? Qt::ISODateWithMs : Qt::ISODate;
        const auto text = [format](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format); };
        return QStringLiteral("%1 %2..%3").arg(name(), text(window.from), text(window.to));
    }

    const QLoggingCategory& m_category;
    ScopePrecision m_precision;
    int m_windowsInFlight = 1;
    bool m_reconciling = false;
    bool m_ending = false; // the pass is complete or the run is ending: no page is asked for any more
    int m_inFlight = 0;
    qsizetype m_pendingChecks = 0;
    qint64 m_rowsDone = 0;
    StreamReport m_report;
};

} // namespace dm
