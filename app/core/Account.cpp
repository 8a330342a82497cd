#include "core/Account.h"

namespace dm {

QString toString(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Enabled:
        return QStringLiteral("enabled");
    case AccountStatus::Disabled:
        return QStringLiteral("disabled");
    case AccountStatus::Deleted:
        return QStringLiteral("deleted");
    case AccountStatus::Departed:
        return QStringLiteral("departed");
    case AccountStatus::HandingOver:
        return QStringLiteral("handingOver");
    case AccountStatus::HandedOver:
        return QStringLiteral("handedOver");
    }
    return {};
}

std::optional<AccountStatus> accountStatusFromString(QStringView text)
{
    for (AccountStatus status : {AccountStatus::Enabled, AccountStatus::Disabled, AccountStatus::Deleted,
                                 AccountStatus::Departed, AccountStatus::HandingOver, AccountStatus::HandedOver}) {
        if (text == toString(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString toString(ActivationState state)
{
    switch (state) {
    case ActivationState::Created:
        return QStringLiteral("created");
    case ActivationState::SmsSent:
        return QStringLiteral("smsSent");
    case ActivationState::FirstLogin:
        return QStringLiteral("firstLogin");
    case ActivationState::Activated:
        return QStringLiteral("activated");
    }
    return {};
}

std::optional<ActivationState> activationStateFromString(QStringView text)
{
    for (ActivationState state : {ActivationState::Created, ActivationState::SmsSent, ActivationState::FirstLogin,
                                  ActivationState::Activated}) {
        if (text == toString(state)) {
            return state;
        }
    }
    return std::nullopt;
}

} // namespace dm
