#include "sync/PolicyDrift.h"

#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"
#include "store/Db.h"
#include "store/PolicyRepository.h"
#include "sync/OutboxPayload.h"
#include "sync/PolicyBulk.h"
#include "sync/PolicyDocumentJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace dm {
namespace {

// Domain first, then units, then accounts: the order a person fixes them in, and the order of the report.
int levelRank(PolicyLevel level)
{
    return level == PolicyLevel::Domain ? 0 : level == PolicyLevel::Unit ? 1 : 2;
}

} // namespace

Expected<DriftReport, QString> PolicyDrift::scan(Db& db, const DeliveryPolicy& baseline)
{
    auto stored = PolicyRepository(db).list(DocumentKind::Policy);
    if (!stored) {
        return Unexpected{stored.error().message()};
    }
    QList<PolicyDocument> documents;
    DriftReport report;
    bool domainSeen = false;
    for (const StoredDocument& entry : std::as_const(*stored)) {
        auto document = policyDocumentFromStored(entry);
        if (!document) {
            return Unexpected{tr("The cached policy of %1 %2 cannot be read (%3); rebuild the cache.")
                                  .arg(entry.level, entry.targetId, document.error().message())};
        }
        domainSeen = domainSeen || document->level == PolicyLevel::Domain;
        report.oldestSyncedAt =
            report.documentsScanned == 0 ? entry.syncedAt : std::min(report.oldestSyncedAt, entry.syncedAt);
        ++report.documentsScanned;
        documents.append(*document);
    }
    if (!domainSeen) {
        return Unexpected{tr("The cache holds no policy yet: sync it first (dmctl sync --stream policy).")};
    }
    std::stable_sort(documents.begin(), documents.end(), [](const PolicyDocument& a, const PolicyDocument& b) {
        return levelRank(a.level) != levelRank(b.level) ? levelRank(a.level) < levelRank(b.level)
                                                        : a.targetId < b.targetId;
    });
    for (const PolicyDocument& document : std::as_const(documents)) {
        for (PolicyField field : weakerFields(document.policy, baseline)) {
            DriftFinding finding;
            finding.level = document.level;
            finding.targetId = document.targetId;
            finding.field = field;
            copyPolicyField(field, document.policy, finding.actual);
            finding.version = document.version;
            report.findings.append(finding);
        }
    }
    return report;
}

QList<PolicyUpdate> PolicyDrift::fixPlan(const QList<DriftFinding>& findings, const DeliveryPolicy& baseline)
{
    QList<PolicyUpdate> plan;
    for (const DriftFinding& finding : findings) {
        auto same = std::find_if(plan.begin(), plan.end(), [&finding](const PolicyUpdate& update) {
            return update.level == finding.level && update.targetId == finding.targetId;
        });
        if (same == plan.end()) {
            PolicyUpdate update;
            update.level = finding.level;
            update.targetId = finding.targetId;
            update.expectedVersion = finding.version;
            plan.append(update);
            same = plan.end() - 1;
        }
        if (finding.level == PolicyLevel::Domain) {
            copyPolicyField(finding.field, tightened(finding.field, finding.actual, baseline), same->set);
        } else if (!same->inherit.contains(finding.field)) {
            same->inherit.append(finding.field);
        }
    }
    return plan;
}

QList<OutboxRequest> PolicyDrift::fixRequests(const QList<PolicyUpdate>& plan, const QString& batchId)
{
    return versionedPolicyRequests(plan, batchId, QStringLiteral("policyDrift"));
}

Expected<QList<qint64>, DbError> PolicyDrift::queueFix(Db& db, const QList<DriftFinding>& findings,
                                                       const DeliveryPolicy& baseline, const QString& batchId)
{
    return Outbox(db).enqueueAll(fixRequests(fixPlan(findings, baseline), batchId));
}

QJsonObject PolicyDrift::toJson(const DriftFinding& finding, const DeliveryPolicy& baseline)
{
    return QJsonObject{{QStringLiteral("level"), toString(finding.level)},
                       {QStringLiteral("targetId"), finding.targetId},
                       {QStringLiteral("field"), policyFieldPath(finding.field)},
                       {QStringLiteral("actual"), policyFieldToJson(finding.actual, finding.field)},
                       {QStringLiteral("baseline"), policyFieldToJson(baseline, finding.field)},
                       {QStringLiteral("version"), finding.version}};
}

} // namespace dm
