#pragma once

#include "core/Expected.h"
#include "store/Db.h"
#include "store/DbError.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace dm {

// A second connection to a cache, in a thread of its own, that runs write jobs one after another. The account and log
// streams hand it their pages, batches and index builds, so the thread that pages the platform never waits on a
// commit or a sort, and one log's indexes are built while the next log downloads. SQLite lets one connection write at
// a time: with a sync's large writes going through this one thread, they take turns here; any other write (the
// outbox, the vendor's log dialect) waits for the job in hand (Db::waitWhileBusy).
//
// Two lanes: a queued Rows job (a batch) runs before any queued Indexes job (one index build each), so a long build
// holds a batch up for at most the index in hand. Within a lane jobs run in the order posted.
class DbWriter
{
public:
    enum class Lane
    {
        Rows,
        Indexes,
    };
    using Job = std::function<Expected<qint64, DbError>(Db&)>;
    using Done = std::function<void(const Expected<qint64, DbError>&)>;

    // Takes over `connection` (from Db::openAnother()); created, used and destroyed in one thread, the owner's.
    explicit DbWriter(Db connection);
    // Stops: the job in hand ends Interrupted (its transaction rolls back), queued jobs are dropped, no `done` is
    // called any more. What was committed stays, as after a kill.
    ~DbWriter();
    DbWriter(const DbWriter&) = delete;
    DbWriter& operator=(const DbWriter&) = delete;

    // Runs `job` on the writer's connection in its thread, then `done` with its result in the owner's thread, unless
    // `context` is gone by then (or null: nobody waits for the answer). `job` must not touch what the owner's thread
    // uses: it captures values.
    void post(Lane lane, Job job, QObject* context, Done done);

    // The first failure among the writes of one sync run; read and set only in the writer's thread.
    using FirstFailure = std::shared_ptr<std::optional<DbError>>;
    // `job`, unless a write sharing `firstFailure` failed before: then that failure, and `job` does not run. A run's
    // batches commit in order, each with the state that describes it, so none may commit after one that failed (its
    // state reaches past the failed rows, which would never be read again). `recordsFailure` off: a job whose failure
    // moves no state (an index build) and leaves the later ones be.
    [[nodiscard]] static Job unlessFailed(Job job, FirstFailure firstFailure, bool recordsFailure = true);

private:
    struct Task
    {
        Job job;
        QPointer<QObject> context; // read only in the owner's thread
        Done done;
    };
    void work();

    Db m_db;
    QObject m_inbox; // in the owner's thread: answers are posted here, and outlive the worker (joined first)
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_rows;
    std::deque<Task> m_indexes;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace dm
