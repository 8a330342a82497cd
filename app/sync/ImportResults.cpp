// What became of an import's rows, and putting its plan in the outbox.

#include "store/Outbox.h"
#include "sync/ImportPlanner.h"
#include "sync/OutboxPayload.h"

#include <QSet>

namespace dm {

QList<ImportResultRow> ImportPlanner::results(const ImportPlan& plan, const QList<OutboxItem>& batchItems)
{
    // A row may have two items in a batch: its create and, on a later run, the recording of its basis.
    QHash<QString, const OutboxItem*> creates;
    QHash<QString, const OutboxItem*> basisUpdates;
    for (const OutboxItem& item : batchItems) {
        (item.kind == outboxkind::setAddressBasis ? basisUpdates : creates).insert(item.target, &item);
    }
    QSet<QString> updated;
    for (const ImportRow& row : plan.basisUpdates) {
        updated.insert(row.accountName);
    }
    QList<ImportResultRow> rows = plan.rejected;
    for (const ImportRow& row : plan.existing) {
        ImportResultRow result{row.row, row.accountName, row.name, ImportOutcome::Existing,
                               tr("The account already exists with these details.")};
        if (updated.contains(row.accountName)) {
            if (describeItem(basisUpdates.value(row.accountName), result)) {
                result.outcome = ImportOutcome::Existing;
                result.reason = tr("The account already exists; its address basis was recorded.");
            }
        }
        rows.append(result);
    }
    for (const ImportEntry& entry : plan.toCreate) {
        ImportResultRow result{entry.row.row, entry.row.accountName, entry.row.name, ImportOutcome::Failed, {}};
        if (describeItem(creates.value(entry.row.accountName), result)) {
            result.outcome = ImportOutcome::Created;
        }
        rows.append(result);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ImportResultRow& a, const ImportResultRow& b) { return a.row < b.row; });
    return rows;
}

bool ImportPlanner::describeItem(const OutboxItem* item, ImportResultRow& result)
{
    result.outcome = ImportOutcome::Failed;
    if (!item) {
        result.reason = tr("Not queued.");
    } else if (item->state == OutboxState::Done) {
        result.reason.clear();
        return true;
    } else if (item->state == OutboxState::Failed) {
        result.reason = item->errorCode.isEmpty() ? item->errorMessage
                                                  : item->errorMessage % QStringLiteral(" [") % item->errorCode % u']';
    } else if (item->state == OutboxState::Cancelled) {
        result.reason = tr("Cancelled before it was sent.");
    } else {
        result.reason = tr("Not sent yet: the run was interrupted; run the import again to finish it.");
    }
    return false;
}

QString ImportPlanner::outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Created:
        return tr("created");
    case ImportOutcome::Existing:
        return tr("skipped (exists)");
    case ImportOutcome::Failed:
        return tr("failed");
    case ImportOutcome::Rejected:
        return tr("rejected");
    }
    return {};
}

Expected<QList<OutboxItem>, DbError> ImportPlanner::batchItems(Outbox& outbox, const QString& batchId)
{
    QList<OutboxItem> all;
    qint64 after = 0;
    while (true) {
        auto page = outbox.list(std::nullopt, batchId, after, 1000);
        if (!page) {
            return Unexpected(page.error());
        }
        all.append(*page);
        if (page->size() < 1000) {
            return all;
        }
        after = page->constLast().id;
    }
}

Expected<QList<qint64>, DbError> ImportPlanner::queue(Db& db, const ImportPlan& plan)
{
    Outbox outbox(db);
    if (auto queued = outbox.enqueueAll(plan.requests()); !queued) {
        return Unexpected(queued.error());
    }
    if (auto retried = outbox.retryFailed(plan.batchId); !retried) {
        return Unexpected(retried.error());
    }
    QSet<QString> wanted;
    for (const ImportEntry& entry : plan.toCreate) {
        wanted.insert(entry.account.accountName);
    }
    // An account whose basis the file gives is still wanted: an interrupted create of an earlier run finishes,
    // recording it.
    for (const ImportRow& row : plan.basisUpdates) {
        wanted.insert(row.accountName);
    }
    auto items = batchItems(outbox, plan.batchId);
    if (!items) {
        return Unexpected(items.error());
    }
    QList<qint64> toRun;
    for (const OutboxItem& item : std::as_const(*items)) {
        if (item.state != OutboxState::Pending && item.state != OutboxState::Running) {
            continue;
        }
        if (!wanted.contains(item.target)) {
            if (auto cancelled = outbox.cancel(item.id); !cancelled) {
                return Unexpected(cancelled.error());
            }
            continue;
        }
        toRun.append(item.id);
    }
    return toRun;
}

} // namespace dm
