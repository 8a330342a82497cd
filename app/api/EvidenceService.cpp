#include "api/EvidenceService.h"

#include "api/EvidenceJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"

#include <QJsonObject>

namespace dm {

EvidenceService::EvidenceService(PlatformClient& client)
    : m_client(client)
{}

void EvidenceService::evidence(const QString& messageId, const QString& recipient, QObject* context,
                               Done<DeliveryEvidence> done)
{
    if (messageId.trimmed().isEmpty()) {
        failLater(context, std::move(done),
                  clientValidationError(QStringLiteral("messageId"), QStringLiteral("required")));
        return;
    }
    if (recipient.trimmed().isEmpty()) {
        failLater(context, std::move(done),
                  clientValidationError(QStringLiteral("recipient"), QStringLiteral("required")));
        return;
    }
    const QJsonObject body{{QStringLiteral("messageId"), messageId}, {QStringLiteral("recipient"), recipient}};
    m_client.call(QStringLiteral("/api/open/delivery/mail/getEvidence"), body, {}, context,
                  parsedReply<DeliveryEvidence>(&deliveryEvidenceFromJson, std::move(done)));
}

} // namespace dm
