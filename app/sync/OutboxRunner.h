#pragma once

#include "core/Account.h"
#include "store/AuditLedger.h"
#include "store/DbError.h"
#include "store/Outbox.h"
#include "sync/OutboxExecutor.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace dm {

class Db;
class PlatformClient;

// How one item ended, for the caller's result report.
struct OutboxResult
{
    qint64 itemId = 0;
    QString kind;
    QString target;
    OutboxState state = OutboxState::Failed; // Done or Failed
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
    QJsonObject outcome;            // reconciled, passwordLost...
    std::optional<Account> account; // as the platform returned it, when the mutation returns one (memory only)
    bool addressBasisKnown = false; // `account` states its address basis (OutboxExecution::addressBasisKnown)
};

// Carries out the outbox's pending items through the typed services, a few at a time (the PlatformClient paces the
// requests). Each item's result and its audit ledger entry commit in one transaction, so the store never says an
// action happened without the ledger saying so too. Lives in one thread with its Db and PlatformClient.
//
// Items left running by a crash are not touched here: call Outbox::recoverInterrupted() once at start-up, before the
// first run, and they come back as pending items that reconcile before sending anything.
class OutboxRunner : public QObject
{
    Q_OBJECT

public:
    // Receives the one-time password of a Return-delivery reset, once; it is never stored or logged.
    using PasswordSink = std::function<void(const OutboxResult& result, const QString& password)>;

    OutboxRunner(Db& db, PlatformClient& client, QObject* parent = nullptr);
    ~OutboxRunner() override;

    void setMaxInFlight(int items);
    void setOperatorName(const QString& name); // default: AuditLedger::currentOperator()
    void setPasswordSink(PasswordSink sink);

    // Runs the pending items of `batchId` (all pending items when empty) until none is left or cancel() is called;
    // then `finished`. Does nothing while a run is under way.
    void start(const QString& batchId = {});
    // Claims nothing more; the items in flight finish and are recorded, the rest stay pending.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // This run's results in the order the items finished.
    [[nodiscard]] const QList<OutboxResult>& results() const { return m_results; }
    // Set when the store failed: the run stopped, and the item in hand stays running until the next start-up.
    [[nodiscard]] const std::optional<DbError>& storeError() const { return m_storeError; }

Q_SIGNALS:
    void progress(qint64 done, qint64 failed, qint64 total);
    void itemFinished(const dm::OutboxResult& result);
    void finished(bool cancelled);

private:
    void fill();
    void record(const OutboxItem& item, OutboxExecution execution);
    [[nodiscard]] Expected<void, DbError> commitResult(const OutboxItem& item, const OutboxExecution& execution);
    void stopWithStoreError(const DbError& error);
    void finishIfIdle();

    Db& m_db;
    Outbox m_outbox;
    AuditLedger m_ledger;
    OutboxExecutor m_executor;
    PasswordSink m_passwordSink;
    QString m_operator;
    QString m_batchId;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_claimedAll = false;
    qint64 m_done = 0;
    qint64 m_failed = 0;
    qint64 m_total = 0;
    qint64 m_claimed = 0;
    std::optional<DbError> m_storeError;
    QList<OutboxResult> m_results;
};

} // namespace dm
