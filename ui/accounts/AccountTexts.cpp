#include "ui/accounts/AccountTexts.h"

#include <QDateTime>

namespace dm {

QString AccountTexts::status(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Enabled:
        return tr("Enabled");
    case AccountStatus::Disabled:
        return tr("Disabled");
    case AccountStatus::Deleted:
        return tr("Deleted");
    case AccountStatus::Departed:
        return tr("Departed");
    case AccountStatus::HandingOver:
        return tr("Handing over");
    case AccountStatus::HandedOver:
        return tr("Handed over");
    }
    return {};
}

QString AccountTexts::activation(ActivationState state)
{
    switch (state) {
    case ActivationState::Created:
        return tr("Created");
    case ActivationState::SmsSent:
        return tr("SMS sent");
    case ActivationState::FirstLogin:
        return tr("First login");
    case ActivationState::Activated:
        return tr("Activated");
    }
    return {};
}

QString AccountTexts::outbox(std::optional<OutboxState> state)
{
    if (!state) {
        return {};
    }
    switch (*state) {
    case OutboxState::Pending:
        return tr("Queued");
    case OutboxState::Running:
        return tr("Sending");
    case OutboxState::Done:
        return tr("Done");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AccountTexts::minute(std::optional<qint64> ms)
{
    if (!ms || *ms <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AccountTexts::addressBasisKind(AddressBasisKind kind)
{
    switch (kind) {
    case AddressBasisKind::Confirmed:
        return tr("Confirmed by the recipient");
    case AddressBasisKind::Provided:
        return tr("Provided by the recipient");
    case AddressBasisKind::CourtFound:
        return tr("Found by the court");
    }
    return {};
}

QString AccountTexts::addressBasis(const std::optional<AddressBasis>& basis)
{
    if (!basis) {
        return tr("Not recorded");
    }
    const QString date = basis->date.toString(QStringLiteral("yyyy-MM-dd"));
    if (basis->reference.isEmpty()) {
        return tr("%1 on %2").arg(addressBasisKind(basis->kind), date);
    }
    return tr("%1 on %2 (%3)").arg(addressBasisKind(basis->kind), date, basis->reference);
}

} // namespace dm
