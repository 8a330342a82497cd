#include "sync/PolicyBulk.h"

#include "store/PolicyRepository.h"
#include "sync/OutboxPayload.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace dm {

Expected<QList<PolicyUpdate>, DbError> PolicyBulk::plan(Db& db, PolicyLevel level, const QStringList& targets,
                                                        const DeliveryPolicy& values)
{
    PolicyRepository documents(db);
    QList<PolicyUpdate> updates;
    QSet<QString> seen;
    for (const QString& given : targets) {
        // Account names compare without case on the platform; unit ids are taken as they are.
        const QString target = level == PolicyLevel::Account ? given.toLower() : given;
        if (target.isEmpty() || seen.contains(target)) {
            continue;
        }
        seen.insert(target);
        auto cached = documents.load(DocumentKind::Policy, toString(level), target);
        if (!cached) {
            return Unexpected{cached.error()};
        }
        PolicyUpdate update;
        update.level = level;
        update.targetId = target;
        update.expectedVersion = cached->has_value() ? (*cached)->version : 0;
        update.set = values;
        updates.append(update);
    }
    return updates;
}

QList<OutboxRequest> versionedPolicyRequests(const QList<PolicyUpdate>& plan, const QString& batchId,
                                             const QString& purpose)
{
    QList<OutboxRequest> requests;
    for (const PolicyUpdate& update : plan) {
        OutboxRequest request = outboxpayload::updatePolicy(update);
        request.batchId = batchId;
        const QByteArray change = QJsonDocument(request.payload).toJson(QJsonDocument::Compact);
        request.idempotencyKey =
            QStringLiteral("%1:%2:%3:v%4:%5")
                .arg(purpose, toString(update.level), update.targetId)
                .arg(update.expectedVersion)
                .arg(
                    QString::fromLatin1(QCryptographicHash::hash(change, QCryptographicHash::Sha256).toHex().left(16)));
        requests.append(request);
    }
    return requests;
}

} // namespace dm
