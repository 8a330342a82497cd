#include "sync/SyncEngine.h"

#include "api/Capabilities.h"

#include <QPointer>

#include <algorithm>

namespace dm {

int SyncProgress::percent() const
{
    if (rowsExpected < 0) {
        return -1;
    }
    if (rowsExpected == 0) {
        return 100;
    }
    return int(std::clamp<qint64>(rowsDone * 100 / rowsExpected, 0, 100));
}

QList<CountCheck> SyncSummary::gaps() const
{
    QList<CountCheck> result;
    for (const StreamReport& report : reports) {
        for (const CountCheck& check : report.checks) {
            if (!check.matches()) {
                result.append(check);
            }
        }
    }
    return result;
}

qint64 SyncSummary::rowsWritten() const
{
    qint64 rows = 0;
    for (const StreamReport& report : reports) {
        rows += report.rowsWritten;
    }
    return rows;
}

SyncEngine::SyncEngine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::addStream(std::unique_ptr<SyncStream> stream)
{
    m_streams.push_back(std::move(stream));
}

QStringList SyncEngine::streamNames() const
{
    QStringList names;
    for (const auto& stream : m_streams) {
        names.append(stream->name());
    }
    return names;
}

void SyncEngine::start(Mode mode, const QStringList& only)
{
    if (m_running) {
        return;
    }
    m_mode = mode;
    m_summary = {};
    m_queue.clear();
    for (const auto& stream : m_streams) {
        if (only.isEmpty() || only.contains(stream->name())) {
            m_queue.append(stream.get());
        }
    }
    m_queueSize = int(m_queue.size());
    m_running = true;
    m_cancelRequested = false;
    runNext();
}

void SyncEngine::cancel()
{
    if (!m_running || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    if (m_current) {
        m_current->cancel();
    }
}

void SyncEngine::runNext()
{
    if (m_cancelRequested || m_queue.isEmpty()) {
        m_current = nullptr;
        m_running = false;
        m_summary.cancelled = m_cancelRequested;
        Q_EMIT finished(m_summary);
        return;
    }
    m_current = m_queue.takeFirst();
    const int index = m_queueSize - int(m_queue.size()) - 1;
    const QString name = m_current->name();
    m_streamClock.start();
    QPointer<SyncEngine> self(this);

    auto progress = [self, name, index](qint64 rowsDone, qint64 rowsExpected) {
        if (!self) {
            return;
        }
        SyncProgress update;
        update.stream = name;
        update.streamIndex = index;
        update.streamCount = self->m_queueSize;
        update.rowsDone = rowsDone;
        update.rowsExpected = rowsExpected;
        const qint64 elapsedMs = self->m_streamClock.elapsed();
        update.rowsPerSecond = elapsedMs > 0 ? double(rowsDone) * 1000.0 / double(elapsedMs) : 0.0;
        Q_EMIT self->progressed(update);
    };
    auto done = [self, name](const Expected<StreamReport, SyncError>& outcome) {
        if (!self) {
            return;
        }
        const auto* apiError = outcome ? nullptr : std::get_if<ApiError>(&outcome.error().cause);
        if (outcome) {
            self->m_summary.reports.append(*outcome);
        } else if (apiError != nullptr && isUnknownApi(*apiError)) {
            self->m_summary.notServed.append(name);
        } else if (!outcome.error().cancelled()) {
            self->m_summary.errors.append(outcome.error());
        }
        Q_EMIT self->streamFinished(name);
        // A stream may finish inside run(); continuing from the event loop keeps the stack flat.
        QMetaObject::invokeMethod(
            self,
            [self] {
                if (self) {
                    self->runNext();
                }
            },
            Qt::QueuedConnection);
    };
    if (m_mode == Mode::Sync) {
        m_current->run(progress, done);
    } else {
        m_current->verify(done);
    }
}

} // namespace dm
