#include "sync/CacheSession.h"

#include "api/PlatformClient.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "sync/StandardStreams.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <atomic>
#include <optional>
#include <utility>

namespace dm {

namespace {
Q_LOGGING_CATEGORY(lcSession, "dm.sync.session")
}

// The half of a session that lives in the worker thread. Everything here is touched only from that thread.
class CacheSessionWorker : public QObject
{
    Q_OBJECT

public:
    explicit CacheSessionWorker(CacheSession::Options options)
        : m_options(std::move(options))
    {}

    // Runs first in the worker thread: the cache, then everything that uses it.
    std::optional<CacheError> start(CacheKeys keys)
    {
        auto db = CacheFile::openWithKeys(m_options.cachePath, std::move(keys));
        if (!db) {
            return db.error();
        }
        m_db.emplace(std::move(*db));
        m_interruptible.store(&*m_db);
        if (auto recovered = Outbox(*m_db).recoverInterrupted(); !recovered) {
            return CacheError::fromDb(recovered.error());
        } else if (*recovered > 0) {
            qCInfo(lcSession) << *recovered << "outbox items were interrupted and will reconcile before resending";
        }
        m_client = std::make_unique<PlatformClient>(m_options.settings, m_options.authCode);
        m_engine = std::make_unique<SyncEngine>();
        for (auto& stream : makeStandardStreams(*m_db, *m_client, streamOptions())) {
            m_engine->addStream(std::move(stream));
        }
        connect(m_engine.get(), &SyncEngine::progressed, this, &CacheSessionWorker::syncProgressed);
        connect(m_engine.get(), &SyncEngine::streamFinished, this, &CacheSessionWorker::cacheChanged);
        connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary& summary) {
            Q_EMIT syncFinished(summary);
            Q_EMIT cacheChanged();
        });
        if (m_options.anchoring) {
            startAnchoring(*m_options.anchoring);
        }
        m_runner = std::make_unique<OutboxRunner>(*m_db, *m_client);
        if (!m_options.operatorName.isEmpty()) {
            m_runner->setOperatorName(m_options.operatorName);
        }
        m_runner->setPasswordSink(
            [this](const OutboxResult& result, const QString& password) { Q_EMIT passwordReady(result, password); });
        connect(m_runner.get(), &OutboxRunner::progress, this, &CacheSessionWorker::outboxProgressed);
        connect(m_runner.get(), &OutboxRunner::itemFinished, this, [this](const OutboxResult& result) {
            // The platform's answer is the account as it now is: the cache shows it without waiting for a sync.
            if (result.account) {
                const AddressBasisKnown basis =
                    result.addressBasisKnown ? AddressBasisKnown::Yes : AddressBasisKnown::No;
                if (auto stored = AccountRepository(*m_db).upsert({*result.account}, basis); !stored) {
                    qCWarning(lcSession) << "could not cache an account the outbox changed:"
                                         << stored.error().message();
                }
            }
            Q_EMIT outboxItemFinished(result);
            Q_EMIT cacheChanged();
        });
        connect(m_runner.get(), &OutboxRunner::finished, this, [this](bool cancelled) {
            Q_EMIT outboxFinished(cancelled);
            // Items queued while the run was finishing are picked up by the next run.
            if (!cancelled && m_rerunRequested) {
                m_rerunRequested = false;
                m_runner->start();
            }
        });
        return std::nullopt;
    }

    [[nodiscard]] Db* db() { return m_db ? &*m_db : nullptr; }

    void anchorLedger(LedgerAnchorer::When when)
    {
        if (!m_anchorer) {
            return;
        }
        m_anchorer->anchor(when, [this](const Expected<std::optional<LedgerAnchor>, QString>& anchored) {
            if (!anchored) {
                qCWarning(lcSession) << "the audit ledger was not time-stamped";
                Q_EMIT ledgerAnchorFailed(anchored.error());
            }
        });
    }

    void runOutbox(const QString& batchId)
    {
        if (!m_runner) {
            return;
        }
        if (m_runner->isRunning()) {
            m_rerunRequested = true;
            return;
        }
        m_runner->start(batchId);
    }
    void cancelOutbox()
    {
        m_rerunRequested = false;
        if (m_runner) {
            m_runner->cancel();
        }
    }
    void startSync(const QStringList& streams)
    {
        if (m_engine) {
            m_engine->start(SyncEngine::Mode::Sync, streams);
        }
    }
    void cancelSync()
    {
        if (m_engine) {
            m_engine->cancel();
        }
    }
    // A second engine over streams of its own: a check leaves the sync engine's progress and signals alone.
    void startVerify()
    {
        if (!m_db || !m_client) {
            Q_EMIT verifyFinished(SyncSummary{});
            return;
        }
        if (!m_verifier) {
            m_verifier = std::make_unique<SyncEngine>();
            for (auto& stream : makeStandardStreams(*m_db, *m_client, streamOptions())) {
                m_verifier->addStream(std::move(stream));
            }
            connect(m_verifier.get(), &SyncEngine::progressed, this, &CacheSessionWorker::verifyProgressed);
            connect(m_verifier.get(), &SyncEngine::finished, this, &CacheSessionWorker::verifyFinished);
        }
        m_verifier->start(SyncEngine::Mode::Verify);
    }
    void cancelVerify()
    {
        if (m_verifier) {
            m_verifier->cancel();
        }
    }
    void stopAll()
    {
        if (m_verifier) {
            m_verifier->cancel();
        }
        cancelSync();
        cancelOutbox();
        if (m_anchorer) {
            m_anchorer->cancel();
        }
    }
    // Any thread, while the worker lives: the statement running now ends (its job sees Interrupted and its
    // transaction rolls back) and so does every later one, so a closing window waits neither for a long count nor
    // for the rest of a sync batch. What was committed stays; the rest resumes next time, as after a crash.
    void refuseFurtherWork()
    {
        if (Db* db = m_interruptible.load()) {
            db->refuseFurtherWork();
        }
    }

Q_SIGNALS:
    void syncProgressed(const dm::SyncProgress& progress);
    void syncFinished(const dm::SyncSummary& summary);
    void outboxProgressed(qint64 done, qint64 failed, qint64 total);
    void outboxItemFinished(const dm::OutboxResult& result);
    void outboxFinished(bool cancelled);
    void passwordReady(const dm::OutboxResult& result, const QString& password);
    void cacheChanged();
    void ledgerAnchorFailed(const QString& message);
    void verifyProgressed(const dm::SyncProgress& progress);
    void verifyFinished(const dm::SyncSummary& summary);

private:
    [[nodiscard]] StreamOptions streamOptions() const
    {
        StreamOptions options;
        options.historyDays = m_options.historyDays;
        return options;
    }

    // At open, then every hour the daily rule is asked again: a session left open for days still anchors daily.
    void startAnchoring(AnchorSettings settings)
    {
        if (settings.folder.isEmpty()) {
            settings.folder = LedgerAnchors::folderFor(m_options.cachePath);
        }
        m_anchorer = std::make_unique<LedgerAnchorer>(*m_db, std::move(settings));
        m_anchorTimer = std::make_unique<QTimer>();
        m_anchorTimer->setInterval(std::chrono::hours(1));
        connect(m_anchorTimer.get(), &QTimer::timeout, this, [this] { anchorLedger(LedgerAnchorer::When::Daily); });
        m_anchorTimer->start();
        QTimer::singleShot(0, this, [this] { anchorLedger(LedgerAnchorer::When::Daily); });
    }

    CacheSession::Options m_options;
    std::optional<Db> m_db;
    // Declared after the Db they use, so they go first.
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncEngine> m_verifier; // made at the first check
    std::unique_ptr<OutboxRunner> m_runner;
    std::unique_ptr<LedgerAnchorer> m_anchorer;
    std::unique_ptr<QTimer> m_anchorTimer;
    bool m_rerunRequested = false;
    std::atomic<Db*> m_interruptible{nullptr}; // m_db once opened; read by refuseFurtherWork() from the UI thread
};

CacheSession::CacheSession(Options options)
    : m_options(std::move(options))
{
    qRegisterMetaType<OutboxResult>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    m_thread.setObjectName(QStringLiteral("dm-cache"));
    m_worker = new CacheSessionWorker(m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CacheSessionWorker::syncProgressed, this, &CacheSession::syncProgressed);
    connect(m_worker, &CacheSessionWorker::syncFinished, this, [this](const SyncSummary& summary) {
        m_syncing = false;
        Q_EMIT syncFinished(summary);
    });
    connect(m_worker, &CacheSessionWorker::outboxProgressed, this, &CacheSession::outboxProgressed);
    connect(m_worker, &CacheSessionWorker::outboxItemFinished, this, &CacheSession::outboxItemFinished);
    connect(m_worker, &CacheSessionWorker::outboxFinished, this, &CacheSession::outboxFinished);
    connect(m_worker, &CacheSessionWorker::cacheChanged, this, &CacheSession::cacheChanged);
    connect(m_worker, &CacheSessionWorker::ledgerAnchorFailed, this, &CacheSession::ledgerAnchorFailed);
    connect(m_worker, &CacheSessionWorker::verifyProgressed, this, &CacheSession::verifyProgressed);
    connect(m_worker, &CacheSessionWorker::verifyFinished, this, [this](const SyncSummary& summary) {
        m_verifying = false;
        Q_EMIT verifyFinished(summary);
        if (m_syncAfterVerify) {
            startSync(*std::exchange(m_syncAfterVerify, std::nullopt));
        }
    });
    connect(m_worker, &CacheSessionWorker::passwordReady, this,
            [this](const OutboxResult& result, const QString& password) {
                if (m_passwordSink) {
                    m_passwordSink(result, password);
                }
            });
    m_thread.start();
}

CacheSession::~CacheSession()
{
    // Runs in flight stop where they are: every committed batch and outbox result stays, the rest resumes next time.
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stopAll(); }, Qt::QueuedConnection);
    // Before quit(): the worker (and its connection) is deleted once its thread finishes, which quit() allows.
    worker->refuseFurtherWork();
    m_thread.quit();
    m_thread.wait();
}

void CacheSession::open(Options options, SecretStore& secrets, QObject* context, Opened done)
{
    const QString path = options.cachePath;
    CacheFile::obtainKeys(secrets, path, context,
                          [options = std::move(options), context, done](Expected<CacheKeys, CacheError> keys) {
                              if (!keys) {
                                  done(Unexpected(keys.error()));
                                  return;
                              }
                              // Shared until the worker has answered. The worker's job hands its reference on to
                              // the answer (moved, not copied), so the last owner is always in this thread and the
                              // session, whose destructor joins the worker thread, is never destroyed by its worker.
                              auto holder = std::make_shared<std::unique_ptr<CacheSession>>(new CacheSession(options));
                              CacheSessionWorker* worker = (*holder)->m_worker;
                              CacheSession* session = holder->get();
                              QPointer<QObject> guard(context);
                              QMetaObject::invokeMethod(
                                  worker,
                                  [worker, session, keys = *keys, holder, guard, done]() mutable {
                                      const std::optional<CacheError> failed = worker->start(std::move(keys));
                                      QMetaObject::invokeMethod(
                                          session,
                                          [holder = std::move(holder), guard, done, failed] {
                                              if (!guard) {
                                                  return;
                                              }
                                              if (failed) {
                                                  done(Unexpected(*failed));
                                                  return;
                                              }
                                              done(std::move(*holder));
                                          },
                                          Qt::QueuedConnection);
                                  },
                                  Qt::QueuedConnection);
                          });
}

void CacheSession::post(std::function<void(Db&)> job)
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, job = std::move(job)] {
            if (Db* db = worker->db()) {
                job(*db);
            }
        },
        Qt::QueuedConnection);
}

void CacheSession::enqueue(const QList<OutboxRequest>& requests, QObject* context,
                           std::function<void(Expected<QList<qint64>, DbError>)> done)
{
    if (m_options.readOnly) {
        DbError refused;
        refused.kind = DbError::Kind::ReadOnly;
        refused.detail = QStringLiteral("read-only profile");
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, refused] {
                if (guard) {
                    done(Unexpected(refused));
                }
            },
            Qt::QueuedConnection);
        return;
    }
    CacheSessionWorker* worker = m_worker;
    query<Expected<QList<qint64>, DbError>>(
        [requests, worker](Db& db) {
            auto ids = Outbox(db).enqueueAll(requests);
            if (ids) {
                worker->runOutbox({});
            }
            return ids;
        },
        context, std::move(done));
}

void CacheSession::runOutbox(const QString& batchId)
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, batchId] { worker->runOutbox(batchId); }, Qt::QueuedConnection);
}

void CacheSession::anchorLedger()
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->anchorLedger(LedgerAnchorer::When::HeadMoved); }, Qt::QueuedConnection);
}

void CacheSession::cancelOutbox()
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancelOutbox(); }, Qt::QueuedConnection);
}

void CacheSession::startSync(const QStringList& streams)
{
    if (m_syncing) {
        return;
    }
    // Two passes over the same streams would count each other's rows as gaps: a sync asked for while the counts are
    // compared starts when they are done.
    if (m_verifying) {
        m_syncAfterVerify = streams;
        return;
    }
    m_syncing = true;
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, streams] { worker->startSync(streams); }, Qt::QueuedConnection);
}

bool CacheSession::startVerify()
{
    if (m_syncing || m_verifying) {
        return false;
    }
    m_verifying = true;
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->startVerify(); }, Qt::QueuedConnection);
    return true;
}

void CacheSession::purgeLogs(qint64 cutoffMs, QObject* context,
                             std::function<void(Expected<LogPurgeResult, QString>)> done)
{
    QString refusal;
    if (m_options.readOnly) {
        refusal = QCoreApplication::translate("CacheSession", "This profile is read-only: its cache is not changed.");
    } else if (m_syncing || m_verifying) {
        refusal = QCoreApplication::translate("CacheSession", "Wait until the sync or the check has finished.");
    }
    if (!refusal.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, refusal] {
                if (guard) {
                    done(Unexpected(refusal));
                }
            },
            Qt::QueuedConnection);
        return;
    }
    const QString operatorName = m_options.operatorName;
    query<Expected<LogPurgeResult, QString>>(
        [cutoffMs, operatorName](Db& db) -> Expected<LogPurgeResult, QString> {
            auto purged = LogPurge(db).purgeOlderThan(cutoffMs, operatorName);
            if (!purged) {
                return Unexpected(purged.error().message());
            }
            return *purged;
        },
        this,
        [this, guard = QPointer<QObject>(context), done](Expected<LogPurgeResult, QString> result) {
            if (result) {
                // A purge removes history for good: the ledger's head that records it is time-stamped at once, so
                // its cut-off and counts cannot be rewritten later without the anchor showing it.
                anchorLedger();
                Q_EMIT cacheChanged();
            }
            if (guard) {
                done(std::move(result));
            }
        });
}

void CacheSession::cancelVerify()
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancelVerify(); }, Qt::QueuedConnection);
}

void CacheSession::cancelSync()
{
    CacheSessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancelSync(); }, Qt::QueuedConnection);
}

} // namespace dm

#include "CacheSession.moc"
