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
    // Copied: a cancel may end a stream at once, and its end changes the list.
    const QList<SyncStream*> background = m_background;
    for (SyncStream* stream : background) {
        stream->cancel();
    }
    if (m_current) {
        m_current->cancel();
    }
}

void SyncEngine::runNextLater()
{
    // A stream may finish or release inside run(); continuing from the event loop keeps the stack flat.
    QMetaObject::invokeMethod(this, &SyncEngine::runNext, Qt::QueuedConnection);
}

void SyncEngine::released(SyncStream* stream)
{
    if (m_current != stream) {
        return;
    }
    m_background.append(stream);
    m_current = nullptr;
    runNextLater();
}

void SyncEngine::runNext()
{
    if (m_current || !m_running) {
        return;
    }
    if (m_cancelRequested || m_queue.isEmpty()) {
        if (m_background.isEmpty()) {
            m_running = false;
            m_summary.cancelled = m_cancelRequested;
            Q_EMIT finished(m_summary);
        }
        return;
    }
    m_current = m_queue.takeFirst();
    SyncStream* const stream = m_current;
    const int index = m_queueSize - int(m_queue.size()) - 1;
    const QString name = m_current->name();
    m_streamClock.start();
    QPointer<SyncEngine> self(this);

    auto progress = [self, name, index, stream](qint64 rowsDone, qint64 rowsExpected) {
        if (!self || self->m_current != stream) {
            return; // a stream in the background tells no progress: the one in the lead does
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
    auto done = [self, name, stream](const Expected<StreamReport, SyncError>& outcome) {
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
        if (self->m_current == stream) {
            self->m_current = nullptr;
        }
        self->m_background.removeOne(stream);
        Q_EMIT self->streamFinished(name);
        self->runNextLater();
    };
    m_current->setOnReleased([self, stream] {
        if (self) {
            self->released(stream);
        }
    });
    if (m_mode == Mode::Sync) {
        m_current->run(progress, done);
    } else {
        m_current->verify(done);
    }
}

} // namespace dm
