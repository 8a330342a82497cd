#pragma once

#include "api/ApiError.h"
#include "core/DeliveryEvidence.h"
#include "core/Expected.h"

#include <QObject>

#include <functional>

namespace dm {

class PlatformClient;

// The proof-of-delivery call of the delivery extension: the platform's evidence for one document and recipient
// (CONTRACT.md §18). The recipient's address basis (§10) is set through AccountService. Every callback runs once, on
// the caller's thread, unless `context` is gone.
class EvidenceService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit EvidenceService(PlatformClient& client);

    // A read: retried like every read.
    void evidence(const QString& messageId, const QString& recipient, QObject* context, Done<DeliveryEvidence> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
