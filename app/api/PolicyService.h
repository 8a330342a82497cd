#pragma once

#include "api/ApiError.h"
#include "api/VersionedUpdate.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"

#include <QList>
#include <QObject>

#include <functional>

namespace dm {

class PlatformClient;

// A change to one level's policy document, based on the version the caller read.
struct PolicyUpdate
{
    PolicyLevel level = PolicyLevel::Domain;
    QString targetId; // a unitId or an accountName; at domain level empty means the profile's domain
    qint64 expectedVersion = 0;
    DeliveryPolicy set;         // the fields to set; fields not set keep their value
    QList<PolicyField> inherit; // overrides to remove (unit and account levels; the platform refuses it for the domain)
};

// The typed delivery policy endpoints (CONTRACT.md §11). get and getEffective are reads. update is versioned: a
// stale expectedVersion fails as an UpdateError (an ApiError of Kind::Conflict, platformMessage
// POLICY.VERSION.CONFLICT) carrying the document as it is now; after an ambiguous failure the update is
// reconciled, never blindly repeated. Every callback runs once, on the caller's thread, unless `context` is gone.
class PolicyService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit PolicyService(PlatformClient& client);

    // At domain level an empty targetId means the profile's domain.
    void get(PolicyLevel level, const QString& targetId, QObject* context, Done<PolicyDocument> done);
    void update(const PolicyUpdate& change, QObject* context, UpdateDone<PolicyDocument> done);
    void getEffective(const QString& accountName, QObject* context, Done<EffectivePolicy> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
