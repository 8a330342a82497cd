#pragma once

#include "sync/SyncStream.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace dm {

// Where a sync run stands, after each committed batch of the current stream.
struct SyncProgress
{
    QString stream;
    int streamIndex = 0; // 0-based among the streams of this run
    int streamCount = 0;
    qint64 rowsDone = 0;      // of the current stream
    qint64 rowsExpected = -1; // of the current stream; < 0 when unknown
    double rowsPerSecond = 0; // of the current stream so far

    // 0-100 of the current stream; -1 when the total is unknown.
    [[nodiscard]] int percent() const;
};

// The outcome of a run: what each stream did and the count checks it made. A failed or cancelled stream keeps what
// it committed; the next run resumes it.
struct SyncSummary
{
    QList<StreamReport> reports;
    QList<SyncError> errors;
    // Streams whose endpoints this platform does not serve at all (a tenant without the delivery extension): not a
    // failure, nothing to keep in step; the window greys out what they feed.
    QStringList notServed;
    bool cancelled = false;

    [[nodiscard]] bool succeeded() const { return errors.isEmpty() && !cancelled; }
    // Count checks whose local and platform counts differ.
    [[nodiscard]] QList<CountCheck> gaps() const;
    [[nodiscard]] qint64 rowsWritten() const;
};

// Runs sync streams one after another in the thread it lives in, which is the thread its streams were made in (the
// log streams' writer answers there): a UI builds it in a worker thread with the Db and the PlatformClient (as
// CacheSession does). A stream that releases the lead
// (SyncStream::setOnReleased: its indexes build on the writer) finishes in the background while the next one runs.
// A failing stream does not stop the others; cancel() stops the streams in flight after their batch and skips the
// rest.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Sync,   // incremental pass + count checks
        Verify, // count checks only
    };

    explicit SyncEngine(QObject* parent = nullptr);
    ~SyncEngine() override;

    void addStream(std::unique_ptr<SyncStream> stream);
    [[nodiscard]] QStringList streamNames() const;

    // Runs the streams named in `only` (all when empty), in the order they were added. Unknown names are ignored:
    // callers check them against streamNames() first. Does nothing while a run is in progress.
    void start(Mode mode = Mode::Sync, const QStringList& only = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(const dm::SyncProgress& progress);
    void streamFinished(const QString& stream);
    void finished(const dm::SyncSummary& summary);

private:
    void runNext();
    void runNextLater();
    void released(SyncStream* stream);

    std::vector<std::unique_ptr<SyncStream>> m_streams;
    QList<SyncStream*> m_queue;
    int m_queueSize = 0;
    SyncStream* m_current = nullptr; // the stream in the lead
    QList<SyncStream*> m_background; // released, not finished yet
    Mode m_mode = Mode::Sync;
    SyncSummary m_summary;
    QElapsedTimer m_streamClock;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace dm

Q_DECLARE_METATYPE(dm::SyncProgress)
Q_DECLARE_METATYPE(dm::SyncSummary)
