#pragma once

#include "api/ConnectionSettings.h"
#include "api/TokenManager.h"
#include "audit/LedgerAnchorer.h"
#include "store/CacheFile.h"
#include "store/LogPurge.h"
#include "store/Outbox.h"
#include "sync/OutboxRunner.h"
#include "sync/StandardStreams.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace dm {

class CacheSessionWorker;
class PlatformClient;

// One open profile: its encrypted cache and the work that writes it, all in a worker thread, so the UI thread never
// waits on the database or the network. The worker thread owns the cache connection, its own PlatformClient, the
// SyncEngine and the OutboxRunner; the UI thread talks to them only through this object:
//  - query(): a job run on the cache in the worker thread, its result handed back in the caller's thread;
//  - enqueue(): mutations into the outbox (then the runner carries them out);
//  - sync and outbox control, with their progress as signals in this object's thread.
// Jobs run one after another in the order they were posted. Created by open(); destroying it stops the runs in
// flight (they resume at the next open) and closes the cache.
class CacheSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ConnectionSettings settings;
        TokenManager::AuthCodeProvider authCode; // called in the worker thread: capture values, not objects
        QString cachePath;
        QUuid profileId;       // whose files beside the cache (the policy baseline) belong to this session
        QString operatorName;  // for the audit ledger; default: the OS user
        bool readOnly = false; // an auditor's profile: enqueue() refuses, and the UI offers no mutation
        // Where the audit ledger's head is time-stamped: at open and then at least daily, and after each export
        // (anchorLedger()). None: never, and `audit verify` says so. The folder defaults to the cache's own.
        std::optional<AnchorSettings> anchoring;
        // How far back the first sync of each log reaches (the profile's preference; StreamOptions).
        int historyDays = StreamOptions{}.historyDays;
    };
    using Opened = std::function<void(Expected<std::unique_ptr<CacheSession>, CacheError>)>;

    // Reads (or makes) the cache key from `secrets` in the caller's thread, then opens and migrates the cache in a
    // new worker thread. `done` runs once in `context`'s thread unless `context` is gone.
    static void open(Options options, SecretStore& secrets, QObject* context, Opened done);
    ~CacheSession() override;

    [[nodiscard]] bool readOnly() const { return m_options.readOnly; }
    [[nodiscard]] const ConnectionSettings& settings() const { return m_options.settings; }
    [[nodiscard]] QString cachePath() const { return m_options.cachePath; }
    [[nodiscard]] QUuid profileId() const { return m_options.profileId; }
    [[nodiscard]] QString operatorName() const { return m_options.operatorName; }

    // Runs `job` on the cache in the worker thread, then `done` with its result in `context`'s thread (dropped when
    // `context` is gone by then). Keep jobs short (a page, a count): they share the thread with the sync's paging
    // and its count checks (the log batches and index builds are written in the writer's own thread, DbWriter).
    template <typename Result>
    void query(std::function<Result(Db&)> job, QObject* context, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        // The answer is posted to this session, which outlives every job (its destructor joins the worker), and only
        // there, in the caller's thread, is `context` checked: it may be deleted at any moment until then.
        post([this, job = std::move(job), guard, done = std::move(done)](Db& db) {
            Result result = job(db);
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)]() mutable {
                    if (guard) {
                        done(std::move(result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

    // Queues mutations (one transaction, all or nothing) and starts the runner on them. The ids come back in
    // `context`'s thread; results follow as outboxItemFinished. Refused in a read-only session.
    void enqueue(const QList<OutboxRequest>& requests, QObject* context,
                 std::function<void(Expected<QList<qint64>, DbError>)> done);
    // Starts the runner on what is pending (after a crash or a cancel). `batchId` empty: everything.
    void runOutbox(const QString& batchId = {});
    void cancelOutbox();
    // Receives Return-delivery passwords once, in this object's thread; never stored.
    void setPasswordSink(OutboxRunner::PasswordSink sink) { m_passwordSink = std::move(sink); }

    // After something left the cache as a file: time-stamps the ledger's head when entries were added since the
    // newest anchor. A failure is reported by ledgerAnchorFailed(); the export itself stands.
    void anchorLedger();

    // Starts a sync of the named streams (all when empty) unless one is running.
    void startSync(const QStringList& streams = {});
    void cancelSync();
    [[nodiscard]] bool isSyncing() const { return m_syncing; }

    // Compares each stream's rows in the cache with the platform's counts, as `dmctl cache verify` does (the file's
    // integrity and the ledger are query() jobs of their own): progress and the answer come as verifyProgressed and
    // verifyFinished. Refused (false) while a sync or another check runs.
    bool startVerify();
    // Stops the running check; verifyFinished still comes, with what was compared so far.
    void cancelVerify();
    [[nodiscard]] bool isVerifying() const { return m_verifying; }

    // Removes the log rows older than `cutoffMs` in the worker (LogPurge: one transaction with its ledger entry), then
    // announces cacheChanged. Refused with a translated reason in a read-only session and while a sync or a check
    // runs (a pass holds its stream's state in memory and would write the old history start back).
    void purgeLogs(qint64 cutoffMs, QObject* context, std::function<void(Expected<LogPurgeResult, QString>)> done);

Q_SIGNALS:
    void syncProgressed(const dm::SyncProgress& progress);
    void syncFinished(const dm::SyncSummary& summary);
    void outboxProgressed(qint64 done, qint64 failed, qint64 total);
    void outboxItemFinished(const dm::OutboxResult& result);
    void outboxFinished(bool cancelled);
    // Rows of the cache changed (a sync batch, an outbox result): views re-read what they show.
    void cacheChanged();
    void ledgerAnchorFailed(const QString& message);
    void verifyProgressed(const dm::SyncProgress& progress);
    void verifyFinished(const dm::SyncSummary& summary);

private:
    explicit CacheSession(Options options);
    void post(std::function<void(Db&)> job);

    Options m_options;
    QThread m_thread;
    CacheSessionWorker* m_worker = nullptr; // lives in m_thread; deleted there
    OutboxRunner::PasswordSink m_passwordSink;
    bool m_syncing = false;
    bool m_verifying = false;
    std::optional<QStringList> m_syncAfterVerify; // a sync asked for while verifying
};

} // namespace dm

Q_DECLARE_METATYPE(dm::OutboxResult)
