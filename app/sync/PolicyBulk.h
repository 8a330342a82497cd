#pragma once

#include "api/PolicyService.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"
#include "store/DbError.h"
#include "store/Outbox.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dm {

class Db;

// One set of policy fields applied to several units or accounts at once: one versioned update per target, each based
// on the target's cached document (version 0 for an account that has none yet), queued as one outbox batch. A target
// another client changed since the last sync fails with POLICY.VERSION.CONFLICT and nothing of it changes; the others
// go through.
class PolicyBulk
{
public:
    // `values`: the fields to set (the fields set in it). Targets are taken as given, in order, without repeats.
    [[nodiscard]] static Expected<QList<PolicyUpdate>, DbError>
    plan(Db& db, PolicyLevel level, const QStringList& targets, const DeliveryPolicy& values);
};

// The outbox requests of versioned policy updates, one batch. `purpose` names the idempotency keys
// (policyDrift, policyBulk): the document's version pins the state the change was planned from, the hash of the
// payload pins the change itself, so the same plan queued twice is one change.
[[nodiscard]] QList<OutboxRequest> versionedPolicyRequests(const QList<PolicyUpdate>& plan, const QString& batchId,
                                                           const QString& purpose);

} // namespace dm
