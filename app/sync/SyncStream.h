#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"
#include "store/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <variant>

namespace dm {

// Why a stream stopped early. The rows of every batch committed before it stay, and so does the stream's state:
// the next run resumes from there.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    std::variant<std::monostate, ApiError, DbError> cause; // monostate: cancelled
    QString stream;

    [[nodiscard]] bool cancelled() const { return std::holds_alternative<std::monostate>(cause); }
    // Translated; names the stream and the cause's own message.
    [[nodiscard]] QString message() const;
};

// After a pass: the local count of one scope next to the platform's count of the same scope at that moment. A
// difference is a gap and is reported as such, never hidden.
struct CountCheck
{
    QString scope; // e.g. "logins 2026-10-01..2026-10-31", "accounts"
    qint64 local = 0;
    qint64 platform = 0;
    [[nodiscard]] bool matches() const { return local == platform; }
};

struct StreamReport
{
    QString stream;
    qint64 rowsWritten = 0; // rows inserted or changed in the cache by this pass
    QList<CountCheck> checks;
};

// A listing whose next cursor is the one just sent would be read forever: a platform fault, reported as such.
[[nodiscard]] ApiError repeatedCursorError(const QString& stream);

// One kind of data kept in step with the platform (accounts, policy, operations, logins, mail). A stream lives in
// one thread with the Db and the PlatformClient it was built with, and works asynchronously: run() returns at once,
// `progress` follows each page read and `done` comes exactly once. Each batch and the stream's cursor commit in one
// transaction, so `kill -9` at any moment loses at most what was read and not yet committed (the log streams gather
// 10,000 rows for their first commit and up to 50,000 for later ones, and with a writer thread read up to two
// batches ahead, LogSyncOptions; the accounts up to two pages, AccountSync), and the next run resumes.
class SyncStream
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsExpected)>; // rowsExpected < 0: unknown
    using Done = std::function<void(const Expected<StreamReport, SyncError>&)>;

    virtual ~SyncStream() = default;

    [[nodiscard]] virtual QString name() const = 0;
    // One incremental pass followed by the count checks of what it covered.
    virtual void run(Progress progress, Done done) = 0;
    // Only the count checks of what the cache holds, nothing written (dmctl cache verify).
    virtual void verify(Done done) = 0;
    // Stops after the batch in flight; `done` then reports a cancelled SyncError.
    virtual void cancel() = 0;
    // What the stream calls, at most once a run, when the rest of its run needs neither the platform's pages nor its
    // thread for long (a bulk load's indexes building on the writer, then the count checks): the engine may start the
    // next stream meanwhile. Set before each run; a stream that never calls it is awaited to its end.
    virtual void setOnReleased(std::function<void()> released) { (void)released; }
};

// What every stream shares: one run at a time, `progress` until the end, `done` exactly once. A run or verify asked
// for while one is in progress is answered (on the next event-loop turn) with a Misuse error instead of being
// dropped. Answers of a finished run must be ignored: callbacks capture `currentRun()` and check `isCurrent(run)`.
class BasicSyncStream : public SyncStream
{
public:
    explicit BasicSyncStream(QString name);

    [[nodiscard]] QString name() const override { return m_name; }
    // Marks the run cancelled and calls onCancel(); the subclass finishes once nothing is in flight.
    void cancel() override;
    void setOnReleased(std::function<void()> released) override { m_released = std::move(released); }

protected:
    // Starts a run; false (and `done` told, later) when one is in progress already.
    [[nodiscard]] bool begin(Progress progress, Done done);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] int currentRun() const { return m_run; }
    [[nodiscard]] bool isCurrent(int run) const { return m_running && run == m_run; }
    // An answer handler that runs only while the run that asked is still the current one.
    template <typename Handler>
    [[nodiscard]] auto whileCurrent(Handler handler)
    {
        return [this, run = currentRun(), handler = std::move(handler)](const auto& answer) {
            if (isCurrent(run)) {
                handler(answer);
            }
        };
    }
    // Parent of every platform call: answers to a destroyed stream are dropped with it.
    [[nodiscard]] QObject* context() { return &m_context; }

    void reportProgress(qint64 rowsDone, qint64 rowsExpected);
    // Ends the run once: later calls, and answers still on their way, change nothing.
    void finish(const Expected<StreamReport, SyncError>& outcome);
    void fail(const ApiError& error) { finish(Unexpected{SyncError{error, m_name}}); }
    void fail(const DbError& error) { finish(Unexpected{SyncError{error, m_name}}); }
    void finishCancelled() { finish(Unexpected{SyncError{std::monostate{}, m_name}}); }
    // Tells the engine the rest of this run goes on in the background (SyncStream::setOnReleased).
    void release()
    {
        if (auto released = std::exchange(m_released, nullptr)) {
            released();
        }
    }

    // After cancel() was asked for during a run: finish now when nothing is in flight, else at the next answer.
    virtual void onCancel() {}

private:
    QString m_name;
    QObject m_context;
    Progress m_progress;
    Done m_done;
    std::function<void()> m_released;
    int m_run = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace dm
