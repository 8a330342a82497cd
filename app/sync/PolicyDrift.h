#pragma once

#include "api/PolicyService.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"
#include "store/DbError.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dm {

class Db;

// One place and field of the cached policy that allows more than the court's baseline (core/PolicyBaseline.h).
struct DriftFinding
{
    PolicyLevel level = PolicyLevel::Domain;
    QString targetId; // the domain, a unitId or an accountName
    PolicyField field = PolicyField::ExternalMail;
    DeliveryPolicy actual; // only `field` set: the value found at that level
    qint64 version = 0;    // of the document the value was found in, which a fix is based on

    [[nodiscard]] friend bool operator==(const DriftFinding&, const DriftFinding&) = default;
};

// What a scan walked and found, in the order domain, units (by id), accounts (by name), fields in contract order.
struct DriftReport
{
    QList<DriftFinding> findings;
    qint64 documentsScanned = 0;
    qint64 oldestSyncedAt = 0; // ms; how fresh the cache the scan read was (0: nothing scanned)
};

// The drift scan and its batched fix. The scan reads only the local cache (the "policy" sync stream fills it), so
// it works offline and costs the platform nothing; the fix goes through the outbox like every other mutation, so it
// is recorded in the audit ledger, survives a crash, and is never sent twice.
class PolicyDrift
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDrift)

public:
    // Every field of the domain's policy, of each unit's and of each account's overrides that is weaker than
    // `baseline` (complete). A cache without the domain's policy has not been synced: that is an error, not "clean".
    // The error is a translated sentence.
    [[nodiscard]] static Expected<DriftReport, QString> scan(Db& db, const DeliveryPolicy& baseline);

    // One update per drifted document, each based on the version the scan saw. The domain's drifted fields are set
    // to the baseline (core tightened()); a unit's or an account's weaker override is removed, because what it then
    // inherits is not weaker: the domain is fixed in the same batch, and a unit's remaining overrides pass the
    // baseline. Removing instead of copying the baseline down also keeps the court's policy in one place.
    [[nodiscard]] static QList<PolicyUpdate> fixPlan(const QList<DriftFinding>& findings,
                                                     const DeliveryPolicy& baseline);

    // The plan as outbox requests of one batch. Each carries an idempotency key made of its document, version and
    // change, so queueing the same plan twice (a rerun after a crash) yields the items already queued.
    [[nodiscard]] static QList<OutboxRequest> fixRequests(const QList<PolicyUpdate>& plan, const QString& batchId);

    // Queues the fix of `findings` all or nothing; the ids of the items, in plan order.
    [[nodiscard]] static Expected<QList<qint64>, DbError>
    queueFix(Db& db, const QList<DriftFinding>& findings, const DeliveryPolicy& baseline, const QString& batchId);

    // A finding as the contract's JSON: {"level", "targetId", "field", "actual", "baseline", "version"}.
    [[nodiscard]] static QJsonObject toJson(const DriftFinding& finding, const DeliveryPolicy& baseline);
};

} // namespace dm
