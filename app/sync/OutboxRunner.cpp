#include "sync/OutboxRunner.h"

#include "store/Db.h"
#include "sync/OutboxPayload.h"

#include <QLoggingCategory>
#include <QTimer>

namespace dm {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "dm.sync.outbox")

} // namespace

OutboxRunner::OutboxRunner(Db& db, PlatformClient& client, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(db)
    , m_ledger(db)
    , m_executor(client, m_outbox)
    , m_operator(AuditLedger::currentOperator())
{}

OutboxRunner::~OutboxRunner() = default;

void OutboxRunner::setMaxInFlight(int items)
{
    m_maxInFlight = std::max(1, items);
}

void OutboxRunner::setOperatorName(const QString& name)
{
    m_operator = name;
}

void OutboxRunner::setPasswordSink(PasswordSink sink)
{
    m_passwordSink = std::move(sink);
}

void OutboxRunner::start(const QString& batchId)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_claimedAll = false;
    m_batchId = batchId;
    m_done = m_failed = m_claimed = 0;
    m_storeError.reset();
    m_results.clear();
    auto counts = m_outbox.counts(batchId);
    m_total = counts ? counts->pending : 0;
    // Asynchronous even when there is nothing to do, so `finished` never arrives inside start().
    QTimer::singleShot(0, this, [this] {
        Q_EMIT progress(m_done, m_failed, m_total);
        fill();
    });
}

void OutboxRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    QTimer::singleShot(0, this, [this] { finishIfIdle(); });
}

void OutboxRunner::fill()
{
    while (m_running && !m_cancelled && !m_claimedAll && !m_storeError && m_inFlight < m_maxInFlight) {
        auto claimed = m_outbox.claimNext(m_batchId);
        if (!claimed) {
            stopWithStoreError(claimed.error());
            return;
        }
        if (!claimed->has_value()) {
            m_claimedAll = true;
            break;
        }
        const OutboxItem item = std::move(**claimed);
        ++m_inFlight;
        ++m_claimed;
        m_total = std::max(m_total, m_claimed); // items queued during the run are run too
        m_executor.execute(item, this, [this, item](OutboxExecution execution) {
            // Recorded outside the service's callback stack, so a fast answer never nests claims inside claims.
            QTimer::singleShot(0, this, [this, item, execution = std::move(execution)]() mutable {
                record(item, std::move(execution));
            });
        });
    }
    finishIfIdle();
}

Expected<void, DbError> OutboxRunner::commitResult(const OutboxItem& item, const OutboxExecution& execution)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected(transaction.error());
    }
    QJsonObject outcome = execution.outcome;
    auto marked = execution.ok ? m_outbox.markDone(item.id, outcome)
                               : m_outbox.markFailed(item.id, execution.errorCode, execution.errorMessage,
                                                     execution.ambiguous, outcome);
    if (!marked) {
        return Unexpected(marked.error());
    }
    AuditEntry entry;
    entry.operatorName = m_operator;
    entry.action = item.kind;
    entry.target = item.target;
    entry.result = execution.ok ? QStringLiteral("ok") : QStringLiteral("failed:") + execution.errorCode;
    QString detail = outboxpayload::describe(item);
    detail += QStringLiteral(" item=%1 attempt=%2").arg(item.id).arg(item.attempts);
    if (outcome.value(QStringLiteral("reconciled")).toBool()) {
        detail += QStringLiteral(" reconciled");
    }
    if (outcome.value(QStringLiteral("passwordLost")).toBool()) {
        detail += QStringLiteral(" passwordLost");
    }
    // A create whose account exists although the item failed (its address basis is still to be recorded), and the
    // retry that then only recorded the basis.
    for (const QLatin1String flag : {QLatin1String("accountCreated"), QLatin1String("basisOnly")}) {
        if (outcome.value(flag).toBool()) {
            detail += QLatin1Char(' ') + flag;
        }
    }
    entry.detail = detail.trimmed();
    if (auto appended = m_ledger.append(entry); !appended) {
        return Unexpected(appended.error());
    }
    return transaction->commit();
}

void OutboxRunner::record(const OutboxItem& item, OutboxExecution execution)
{
    --m_inFlight;
    OutboxResult result;
    result.itemId = item.id;
    result.kind = item.kind;
    result.target = item.target;
    result.attempts = item.attempts;
    result.state = execution.ok ? OutboxState::Done : OutboxState::Failed;
    result.errorCode = execution.errorCode;
    result.errorMessage = execution.errorMessage;
    result.outcome = execution.outcome;
    result.account = execution.account;
    result.addressBasisKnown = execution.addressBasisKnown;

    if (auto committed = commitResult(item, execution); !committed) {
        // The item stays running in the store: the next start-up reconciles it, so nothing is lost or doubled.
        result.state = OutboxState::Failed;
        result.errorCode = QStringLiteral("STORE");
        result.errorMessage = committed.error().message();
        m_results.append(result);
        ++m_failed;
        Q_EMIT itemFinished(result);
        stopWithStoreError(committed.error());
        return;
    }
    if (execution.ok) {
        ++m_done;
    } else {
        ++m_failed;
        qCInfo(lcOutbox) << "outbox item" << item.id << item.kind << "failed:" << execution.errorCode;
    }
    if (execution.ok && !execution.password.isEmpty() && m_passwordSink) {
        m_passwordSink(result, execution.password);
    }
    execution.password.clear();
    m_results.append(result);
    Q_EMIT itemFinished(result);
    Q_EMIT progress(m_done, m_failed, m_total);
    fill();
}

void OutboxRunner::stopWithStoreError(const DbError& error)
{
    qCWarning(lcOutbox) << "outbox stopped: the cache failed:" << error.detail;
    if (!m_storeError) {
        m_storeError = error;
    }
    finishIfIdle();
}

void OutboxRunner::finishIfIdle()
{
    if (!m_running || m_inFlight > 0) {
        return;
    }
    if (!m_cancelled && !m_claimedAll && !m_storeError) {
        return;
    }
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

} // namespace dm
