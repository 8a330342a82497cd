// The address basis in outbox payloads: its own mutation, and the second step of a create that carries one.

#include "api/EvidenceJson.h"
#include "core/PiiScrubber.h"
#include "sync/OutboxPayload.h"

namespace dm::outboxpayload {

namespace {

const QString kAccountName = QStringLiteral("accountName");
const QString kAddressBasis = QStringLiteral("addressBasis");

} // namespace

OutboxRequest setAddressBasis(const QString& accountName, const std::optional<AddressBasis>& basis)
{
    OutboxRequest request;
    request.kind = outboxkind::setAddressBasis;
    request.target = accountName;
    // Always present, null to clear: a payload without it is one this build cannot read.
    request.payload = {{kAccountName, accountName}, {kAddressBasis, addressBasisToJson(basis)}};
    return request;
}

std::optional<std::optional<AddressBasis>> addressBasis(const OutboxItem& item)
{
    const QJsonValue value = item.payload.value(kAddressBasis);
    if (value.isUndefined() && item.kind == outboxkind::setAddressBasis) {
        return std::nullopt;
    }
    auto basis = addressBasisFromJson(value, kAddressBasis);
    if (!basis) {
        return std::nullopt;
    }
    return *basis;
}

QString describeAddressBasis(const QJsonObject& payload)
{
    if (!payload.contains(kAddressBasis)) {
        return {};
    }
    const QJsonValue value = payload.value(kAddressBasis);
    if (!value.isObject()) {
        return QStringLiteral("addressBasis=none");
    }
    const QJsonObject basis = value.toObject();
    QString text =
        QStringLiteral("addressBasis=%1 basisDate=%2")
            .arg(basis.value(QStringLiteral("kind")).toString(), basis.value(QStringLiteral("date")).toString());
    // Free text: a clerk may have typed a number into it, which the ledger must not keep.
    const QString reference = scrubPii(basis.value(QStringLiteral("reference")).toString());
    if (!reference.isEmpty()) {
        text += QStringLiteral(" basisReference=") + reference;
    }
    return text;
}

} // namespace dm::outboxpayload
