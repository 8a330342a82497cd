#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm {

class Db;

// pending -> running -> done | failed; failed -> pending (retry); pending | failed -> cancelled.
// A crash leaves items running; recoverInterrupted() puts them back to pending, marked for reconciliation.
enum class OutboxState
{
    Pending,
    Running,
    Done,
    Failed,
    Cancelled,
};

[[nodiscard]] QString toString(OutboxState state);
[[nodiscard]] std::optional<OutboxState> outboxStateFromString(QStringView text);

// A mutation to carry out. `kind` and the payload's shape belong to the runner (sync/OutboxPayload.h); the payload
// never holds a secret (an initial password is made when the item runs).
struct OutboxRequest
{
    QString kind;   // createAccount, resetPassword, updatePolicy...
    QString target; // the account name, unit id or policy target the mutation is about
    QJsonObject payload;
    QString batchId;        // groups the items of one bulk action; empty for a single action
    QString idempotencyKey; // the same key enqueued again yields the existing item; empty: a new random key
};

struct OutboxItem
{
    qint64 id = 0;
    QString kind;
    QString target;
    QJsonObject payload; // empty once the item is done or cancelled
    OutboxState state = OutboxState::Pending;
    int attempts = 0;       // times the item was claimed
    bool reconcile = false; // the last attempt may have reached the platform: ask before sending again
    QString errorCode;      // the platform's message (ACCOUNT.EXIST) or the kind of failure; empty when none
    QString errorMessage;   // translated, masked
    QJsonObject outcome;    // what a finished item did (masked): reconciled, passwordLost...
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString batchId;
    QString idempotencyKey;
};

struct OutboxCounts
{
    qint64 pending = 0;
    qint64 running = 0;
    qint64 done = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
    [[nodiscard]] qint64 total() const { return pending + running + done + failed + cancelled; }
};

// The store's queue of mutations. Every change of an item is one statement, or part of the caller's transaction when
// there is one (the runner records an item's result and its ledger entry together).
class Outbox
{
public:
    explicit Outbox(Db& db);

    // The item's id; an existing item's id when its idempotency key is already queued.
    [[nodiscard]] Expected<qint64, DbError> enqueue(const OutboxRequest& request);
    // All or nothing, in one transaction; ids in the order of `requests`.
    [[nodiscard]] Expected<QList<qint64>, DbError> enqueueAll(const QList<OutboxRequest>& requests);

    // The oldest pending item (of `batchId` when given), now running with one more attempt; nullopt when none.
    [[nodiscard]] Expected<std::optional<OutboxItem>, DbError> claimNext(const QString& batchId = {});
    // Replaces a running item's payload, e.g. with what the runner read before a non-idempotent call.
    [[nodiscard]] Expected<void, DbError> updatePayload(qint64 id, const QJsonObject& payload);

    // Finishes a running item. Done empties the payload. A failure marked `ambiguous` may have happened on the
    // platform, so a retry reconciles first.
    [[nodiscard]] Expected<void, DbError> markDone(qint64 id, const QJsonObject& outcome = {});
    [[nodiscard]] Expected<void, DbError> markFailed(qint64 id, const QString& errorCode, const QString& errorMessage,
                                                     bool ambiguous = false, const QJsonObject& outcome = {});
    // Pending or failed -> cancelled (payload emptied). False when the item was in another state.
    [[nodiscard]] Expected<bool, DbError> cancel(qint64 id);
    // Every pending item of a batch -> cancelled; the number cancelled.
    [[nodiscard]] Expected<qint64, DbError> cancelPending(const QString& batchId);
    // Failed -> pending. False when the item was not failed.
    [[nodiscard]] Expected<bool, DbError> retry(qint64 id);
    // Every failed item of a batch (all batches when empty) -> pending; the number requeued.
    [[nodiscard]] Expected<qint64, DbError> retryFailed(const QString& batchId = {});
    // After a crash: running -> pending, marked for reconciliation. Call once at start-up, before any runner runs.
    [[nodiscard]] Expected<qint64, DbError> recoverInterrupted();

    [[nodiscard]] Expected<std::optional<OutboxItem>, DbError> item(qint64 id);
    // Oldest first, ids after `afterId` (keyset), at most `limit`; a null state or empty batch means any.
    [[nodiscard]] Expected<QList<OutboxItem>, DbError> list(std::optional<OutboxState> state, const QString& batchId,
                                                            qint64 afterId = 0, int limit = 1000);
    [[nodiscard]] Expected<OutboxCounts, DbError> counts(const QString& batchId = {});
    // For each target that has items: the state of its newest item (what the accounts view shows).
    [[nodiscard]] Expected<QHash<QString, OutboxState>, DbError> latestStates(const QStringList& targets);

private:
    [[nodiscard]] Expected<qint64, DbError> insert(const OutboxRequest& request, qint64 now);
    [[nodiscard]] Expected<bool, DbError> finish(qint64 id, OutboxState state, const QString& errorCode,
                                                 const QString& errorMessage, bool reconcile,
                                                 const QJsonObject& outcome, bool keepPayload);

    Db& m_db;
};

} // namespace dm
