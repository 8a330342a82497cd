#include "store/DbWriter.h"

#include <QThread>

#include <utility>

namespace dm {

DbWriter::DbWriter(Db connection)
    : m_db(std::move(connection))
    , m_thread([this] { work(); })
{}

DbWriter::~DbWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_rows.clear();
        m_indexes.clear();
    }
    m_db.refuseFurtherWork();
    m_wake.notify_all();
    m_thread.join();
}

void DbWriter::post(Lane lane, Job job, QObject* context, Done done)
{
    // Answers are delivered in the thread the writer was made in, and the context is checked there.
    Q_ASSERT(QThread::currentThread() == m_inbox.thread());
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping) {
            return;
        }
        (lane == Lane::Rows ? m_rows : m_indexes).push_back(Task{std::move(job), context, std::move(done)});
    }
    m_wake.notify_one();
}

void DbWriter::work()
{
    while (true) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_rows.empty() || !m_indexes.empty(); });
            if (m_stopping) {
                return;
            }
            std::deque<Task>& lane = m_rows.empty() ? m_indexes : m_rows;
            task = std::move(lane.front());
            lane.pop_front();
        }
        auto result = task.job(m_db);
        QMetaObject::invokeMethod(
            &m_inbox,
            [context = std::move(task.context), done = std::move(task.done), result = std::move(result)] {
                if (context && done) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    }
}

DbWriter::Job DbWriter::unlessFailed(Job job, FirstFailure firstFailure, bool recordsFailure)
{
    return [job = std::move(job), firstFailure = std::move(firstFailure),
            recordsFailure](Db& db) -> Expected<qint64, DbError> {
        if (firstFailure->has_value()) {
            return Unexpected{**firstFailure};
        }
        auto result = job(db);
        if (!result && recordsFailure) {
            *firstFailure = result.error();
        }
        return result;
    };
}

} // namespace dm
