#include "core/PolicyBaseline.h"

#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace dm {
namespace {

// The one table of what "weaker" means, field by field (CONTRACT.md §11 gives the ranges).
struct FieldStrictness
{
    PolicyField field;
    StrictnessRule rule;
};

constexpr FieldStrictness kStrictness[] = {
    {PolicyField::ExternalMail, StrictnessRule::ClosedMailIsStricter},
    {PolicyField::VisibleInAddressBook, StrictnessRule::OffIsStricter},
    {PolicyField::AllowedClients, StrictnessRule::FewerClientsIsStricter},
    {PolicyField::AutoForward, StrictnessRule::OffIsStricter},
    {PolicyField::ForceSms2fa, StrictnessRule::OnIsStricter},
    {PolicyField::TrustedBrowserDays, StrictnessRule::FewerDaysIsStricter},
    {PolicyField::PasswordMinLength, StrictnessRule::MoreIsStricter},
    {PolicyField::PasswordRequireClasses, StrictnessRule::MoreIsStricter},
    {PolicyField::PasswordExpireDays, StrictnessRule::ShorterExpiryIsStricter},
    {PolicyField::PasswordForbidSequential, StrictnessRule::OnIsStricter},
    {PolicyField::AlertSms, StrictnessRule::OnIsStricter},
    {PolicyField::AlertEmail, StrictnessRule::OnIsStricter},
};
static_assert(std::size(kStrictness) == kPolicyFieldCount, "every policy field needs its strictness rule");

std::optional<bool> booleanOf(PolicyField field, const DeliveryPolicy& policy)
{
    switch (field) {
    case PolicyField::VisibleInAddressBook:
        return policy.visibleInAddressBook;
    case PolicyField::AutoForward:
        return policy.autoForward;
    case PolicyField::ForceSms2fa:
        return policy.forceSms2fa;
    case PolicyField::PasswordForbidSequential:
        return policy.password.forbidSequential;
    case PolicyField::AlertSms:
        return policy.abnormalLoginAlert.sms;
    case PolicyField::AlertEmail:
        return policy.abnormalLoginAlert.email;
    default:
        return std::nullopt;
    }
}

std::optional<int> integerOf(PolicyField field, const DeliveryPolicy& policy)
{
    switch (field) {
    case PolicyField::TrustedBrowserDays:
        return policy.trustedBrowserDays;
    case PolicyField::PasswordMinLength:
        return policy.password.minLength;
    case PolicyField::PasswordRequireClasses:
        return policy.password.requireClasses;
    case PolicyField::PasswordExpireDays:
        return policy.password.expireDays;
    case PolicyField::ExternalMail:
        // The enum is declared from the most closed mode to the most open one.
        return policy.externalMail ? std::optional<int>(static_cast<int>(*policy.externalMail)) : std::nullopt;
    default:
        return std::nullopt;
    }
}

// How permissive a scalar value is: a larger number allows more.
std::optional<qint64> permissiveness(StrictnessRule rule, PolicyField field, const DeliveryPolicy& policy)
{
    switch (rule) {
    case StrictnessRule::OnIsStricter:
        if (const auto on = booleanOf(field, policy)) {
            return *on ? 0 : 1;
        }
        return std::nullopt;
    case StrictnessRule::OffIsStricter:
        if (const auto on = booleanOf(field, policy)) {
            return *on ? 1 : 0;
        }
        return std::nullopt;
    case StrictnessRule::FewerDaysIsStricter:
    case StrictnessRule::ClosedMailIsStricter:
        return integerOf(field, policy);
    case StrictnessRule::MoreIsStricter:
        if (const auto value = integerOf(field, policy)) {
            return -qint64(*value);
        }
        return std::nullopt;
    case StrictnessRule::ShorterExpiryIsStricter:
        if (const auto days = integerOf(field, policy)) {
            return *days == 0 ? std::numeric_limits<qint64>::max() : *days;
        }
        return std::nullopt;
    case StrictnessRule::FewerClientsIsStricter:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

StrictnessRule strictnessRule(PolicyField field)
{
    for (const FieldStrictness& entry : kStrictness) {
        if (entry.field == field) {
            return entry.rule;
        }
    }
    return StrictnessRule::OnIsStricter; // unreachable: the table covers every field
}

bool isWeaker(PolicyField field, const DeliveryPolicy& actual, const DeliveryPolicy& baseline)
{
    if (!actual.has(field) || !baseline.has(field)) {
        return false;
    }
    const StrictnessRule rule = strictnessRule(field);
    if (rule == StrictnessRule::FewerClientsIsStricter) {
        return std::any_of(actual.allowedClients->cbegin(), actual.allowedClients->cend(),
                           [&baseline](MailClient client) { return !baseline.allowedClients->contains(client); });
    }
    return *permissiveness(rule, field, actual) > *permissiveness(rule, field, baseline);
}

QList<PolicyField> weakerFields(const DeliveryPolicy& policy, const DeliveryPolicy& baseline)
{
    QList<PolicyField> fields;
    for (PolicyField field : allPolicyFields()) {
        if (isWeaker(field, policy, baseline)) {
            fields.append(field);
        }
    }
    return fields;
}

DeliveryPolicy tightened(PolicyField field, const DeliveryPolicy& actual, const DeliveryPolicy& baseline)
{
    DeliveryPolicy result;
    copyPolicyField(field, baseline, result);
    if (field == PolicyField::AllowedClients && actual.allowedClients && baseline.allowedClients) {
        QList<MailClient> kept;
        for (MailClient client : *actual.allowedClients) {
            if (baseline.allowedClients->contains(client)) {
                kept.append(client);
            }
        }
        if (!kept.isEmpty()) {
            std::sort(kept.begin(), kept.end());
            result.allowedClients = kept;
        }
    }
    return result;
}

void copyPolicyField(PolicyField field, const DeliveryPolicy& from, DeliveryPolicy& to)
{
    switch (field) {
    case PolicyField::ExternalMail:
        to.externalMail = from.externalMail;
        return;
    case PolicyField::VisibleInAddressBook:
        to.visibleInAddressBook = from.visibleInAddressBook;
        return;
    case PolicyField::AllowedClients:
        to.allowedClients = from.allowedClients;
        return;
    case PolicyField::AutoForward:
        to.autoForward = from.autoForward;
        return;
    case PolicyField::ForceSms2fa:
        to.forceSms2fa = from.forceSms2fa;
        return;
    case PolicyField::TrustedBrowserDays:
        to.trustedBrowserDays = from.trustedBrowserDays;
        return;
    case PolicyField::PasswordMinLength:
        to.password.minLength = from.password.minLength;
        return;
    case PolicyField::PasswordRequireClasses:
        to.password.requireClasses = from.password.requireClasses;
        return;
    case PolicyField::PasswordExpireDays:
        to.password.expireDays = from.password.expireDays;
        return;
    case PolicyField::PasswordForbidSequential:
        to.password.forbidSequential = from.password.forbidSequential;
        return;
    case PolicyField::AlertSms:
        to.abnormalLoginAlert.sms = from.abnormalLoginAlert.sms;
        return;
    case PolicyField::AlertEmail:
        to.abnormalLoginAlert.email = from.abnormalLoginAlert.email;
        return;
    }
}

DeliveryPolicy defaultBaseline()
{
    DeliveryPolicy policy;
    policy.externalMail = ExternalMailMode::Deny;
    policy.visibleInAddressBook = false;
    policy.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster};
    policy.autoForward = false;
    policy.forceSms2fa = true;
    policy.trustedBrowserDays = 7;
    policy.password.minLength = 10;
    policy.password.requireClasses = 3;
    policy.password.expireDays = 90;
    policy.password.forbidSequential = true;
    policy.abnormalLoginAlert.sms = true;
    policy.abnormalLoginAlert.email = true;
    return policy;
}

QString baselinePath(const QUuid& profileId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/baseline/") +
           profileId.toString(QUuid::WithoutBraces) + QStringLiteral(".json");
}

} // namespace dm
