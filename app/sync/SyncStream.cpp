#include "sync/SyncStream.h"

#include <QTimer>

namespace dm {

QString SyncError::message() const
{
    if (const auto* api = std::get_if<ApiError>(&cause)) {
        return tr("Sync of %1 stopped: %2").arg(stream, api->message());
    }
    if (const auto* db = std::get_if<DbError>(&cause)) {
        return tr("Sync of %1 stopped: %2").arg(stream, db->message());
    }
    return tr("Sync of %1 was cancelled.").arg(stream);
}

ApiError repeatedCursorError(const QString& stream)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail =
        QStringLiteral("%1: the platform answered the same cursor twice; the listing was stopped").arg(stream);
    return error;
}

BasicSyncStream::BasicSyncStream(QString name)
    : m_name(std::move(name))
{}

bool BasicSyncStream::begin(Progress progress, Done done)
{
    if (m_running) {
        DbError busy;
        busy.kind = DbError::Kind::Misuse;
        busy.detail = QStringLiteral("the %1 stream is already running").arg(m_name);
        if (done) {
            QTimer::singleShot(0, &m_context, [done = std::move(done), busy, name = m_name] {
                done(Unexpected{SyncError{busy, name}});
            });
        }
        return false;
    }
    ++m_run;
    m_running = true;
    m_cancelled = false;
    m_progress = std::move(progress);
    m_done = std::move(done);
    return true;
}

void BasicSyncStream::cancel()
{
    if (!m_running || m_cancelled) {
        return;
    }
    m_cancelled = true;
    onCancel();
}

void BasicSyncStream::reportProgress(qint64 rowsDone, qint64 rowsExpected)
{
    if (m_running && m_progress) {
        m_progress(rowsDone, rowsExpected);
    }
}

void BasicSyncStream::finish(const Expected<StreamReport, SyncError>& outcome)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    ++m_run; // answers still on their way belong to a finished run
    m_progress = nullptr;
    // Moved out first: `done` may start the next stream or destroy this one.
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done) {
        done(outcome);
    }
}

} // namespace dm
