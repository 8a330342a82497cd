#include "api/PolicyService.h"

#include "api/PlatformClient.h"
#include "api/PolicyJson.h"
#include "api/ServiceCall.h"
#include "api/VersionedCall.h"

#include <algorithm>

namespace dm {
namespace {

const QString kGet = QStringLiteral("/api/open/delivery/policy/get");
const QString kUpdate = QStringLiteral("/api/open/delivery/policy/update");
const QString kGetEffective = QStringLiteral("/api/open/delivery/policy/getEffective");

bool sameField(DeliveryPolicy a, DeliveryPolicy b, PolicyField field)
{
    for (PolicyField other : allPolicyFields()) {
        if (other != field) {
            a.clear(other);
            b.clear(other);
        }
    }
    return a == b;
}

// Whether `document` shows exactly `change`: every field set to the value sent, every removed override gone.
bool showsChange(const PolicyDocument& document, const PolicyUpdate& change)
{
    DeliveryPolicy sent = change.set;
    if (sent.allowedClients) {
        std::sort(sent.allowedClients->begin(), sent.allowedClients->end()); // the order the platform keeps
    }
    for (PolicyField field : allPolicyFields()) {
        if (sent.has(field) && !sameField(document.policy, sent, field)) {
            return false;
        }
    }
    for (PolicyField field : change.inherit) {
        if (document.policy.has(field)) {
            return false;
        }
    }
    return true;
}

// The document a call names; at domain level an empty targetId means the profile's domain.
QJsonObject target(const PlatformClient& client, PolicyLevel level, const QString& targetId)
{
    const QString id = level == PolicyLevel::Domain && targetId.isEmpty() ? client.settings().domain : targetId;
    return QJsonObject{{QStringLiteral("level"), toString(level)}, {QStringLiteral("targetId"), id}};
}

} // namespace

PolicyService::PolicyService(PlatformClient& client)
    : m_client(client)
{}

void PolicyService::get(PolicyLevel level, const QString& targetId, QObject* context, Done<PolicyDocument> done)
{
    m_client.call(kGet, target(m_client, level, targetId), {}, context,
                  parsedReply<PolicyDocument>(&policyDocumentFromJson, std::move(done)));
}

void PolicyService::update(const PolicyUpdate& change, QObject* context, UpdateDone<PolicyDocument> done)
{
    for (PolicyField field : change.inherit) {
        if (change.set.has(field)) {
            // Setting and removing the same field in one request has no defined meaning: refuse it here.
            const ApiError refused =
                clientValidationError(QStringLiteral("policy.") + policyFieldPath(field), QStringLiteral("duplicate"));
            failLater(context, std::move(done), UpdateError<PolicyDocument>(refused));
            return;
        }
    }
    VersionedCall<PolicyDocument> call;
    call.updatePath = kUpdate;
    call.getPath = kGet;
    call.getBody = target(m_client, change.level, change.targetId);
    call.updateBody = call.getBody;
    call.updateBody.insert(QStringLiteral("expectedVersion"), change.expectedVersion);
    call.updateBody.insert(QStringLiteral("policy"), policyChangeToJson(change.set, change.inherit));
    call.conflictMessage = QStringLiteral("POLICY.VERSION.CONFLICT");
    call.parse = &policyDocumentFromJson;
    call.isOurChange = [change](const PolicyDocument& document) { return showsChange(document, change); };
    call.expectedVersion = change.expectedVersion;
    versionedUpdate<PolicyDocument>(m_client, std::move(call), context, std::move(done));
}

void PolicyService::getEffective(const QString& accountName, QObject* context, Done<EffectivePolicy> done)
{
    m_client.call(kGetEffective, QJsonObject{{QStringLiteral("accountName"), accountName}}, {}, context,
                  parsedReply<EffectivePolicy>(&effectivePolicyFromJson, std::move(done)));
}

} // namespace dm
