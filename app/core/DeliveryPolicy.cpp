#include "core/DeliveryPolicy.h"

#include "core/EnumNames.h"

namespace dm {
namespace {

constexpr EnumName<PolicyLevel> kLevels[] = {
    {PolicyLevel::Domain, "domain"}, {PolicyLevel::Unit, "unit"}, {PolicyLevel::Account, "account"}};

constexpr EnumName<ExternalMailMode> kExternalMail[] = {{ExternalMailMode::Deny, "deny"},
                                                        {ExternalMailMode::ReceiveOnly, "receiveOnly"},
                                                        {ExternalMailMode::Allow, "allow"}};

constexpr EnumName<MailClient> kClients[] = {{MailClient::Webmail, "webmail"}, {MailClient::Mailmaster, "mailmaster"},
                                             {MailClient::Wechat, "wechat"},   {MailClient::Imap, "imap"},
                                             {MailClient::Pop, "pop"},         {MailClient::Smtp, "smtp"}};

constexpr EnumName<PolicyField> kFieldPaths[] = {
    {PolicyField::ExternalMail, "externalMail"},
    {PolicyField::VisibleInAddressBook, "visibleInAddressBook"},
    {PolicyField::AllowedClients, "allowedClients"},
    {PolicyField::AutoForward, "autoForward"},
    {PolicyField::ForceSms2fa, "forceSms2fa"},
    {PolicyField::TrustedBrowserDays, "trustedBrowserDays"},
    {PolicyField::PasswordMinLength, "password.minLength"},
    {PolicyField::PasswordRequireClasses, "password.requireClasses"},
    {PolicyField::PasswordExpireDays, "password.expireDays"},
    {PolicyField::PasswordForbidSequential, "password.forbidSequential"},
    {PolicyField::AlertSms, "abnormalLoginAlert.sms"},
    {PolicyField::AlertEmail, "abnormalLoginAlert.email"},
};

} // namespace

const std::array<PolicyField, kPolicyFieldCount>& allPolicyFields()
{
    static const std::array<PolicyField, kPolicyFieldCount> fields = {
        PolicyField::ExternalMail,       PolicyField::VisibleInAddressBook,
        PolicyField::AllowedClients,     PolicyField::AutoForward,
        PolicyField::ForceSms2fa,        PolicyField::TrustedBrowserDays,
        PolicyField::PasswordMinLength,  PolicyField::PasswordRequireClasses,
        PolicyField::PasswordExpireDays, PolicyField::PasswordForbidSequential,
        PolicyField::AlertSms,           PolicyField::AlertEmail};
    return fields;
}

bool DeliveryPolicy::has(PolicyField field) const
{
    switch (field) {
    case PolicyField::ExternalMail:
        return externalMail.has_value();
    case PolicyField::VisibleInAddressBook:
        return visibleInAddressBook.has_value();
    case PolicyField::AllowedClients:
        return allowedClients.has_value();
    case PolicyField::AutoForward:
        return autoForward.has_value();
    case PolicyField::ForceSms2fa:
        return forceSms2fa.has_value();
    case PolicyField::TrustedBrowserDays:
        return trustedBrowserDays.has_value();
    case PolicyField::PasswordMinLength:
        return password.minLength.has_value();
    case PolicyField::PasswordRequireClasses:
        return password.requireClasses.has_value();
    case PolicyField::PasswordExpireDays:
        return password.expireDays.has_value();
    case PolicyField::PasswordForbidSequential:
        return password.forbidSequential.has_value();
    case PolicyField::AlertSms:
        return abnormalLoginAlert.sms.has_value();
    case PolicyField::AlertEmail:
        return abnormalLoginAlert.email.has_value();
    }
    return false;
}

void DeliveryPolicy::clear(PolicyField field)
{
    switch (field) {
    case PolicyField::ExternalMail:
        externalMail.reset();
        return;
    case PolicyField::VisibleInAddressBook:
        visibleInAddressBook.reset();
        return;
    case PolicyField::AllowedClients:
        allowedClients.reset();
        return;
    case PolicyField::AutoForward:
        autoForward.reset();
        return;
    case PolicyField::ForceSms2fa:
        forceSms2fa.reset();
        return;
    case PolicyField::TrustedBrowserDays:
        trustedBrowserDays.reset();
        return;
    case PolicyField::PasswordMinLength:
        password.minLength.reset();
        return;
    case PolicyField::PasswordRequireClasses:
        password.requireClasses.reset();
        return;
    case PolicyField::PasswordExpireDays:
        password.expireDays.reset();
        return;
    case PolicyField::PasswordForbidSequential:
        password.forbidSequential.reset();
        return;
    case PolicyField::AlertSms:
        abnormalLoginAlert.sms.reset();
        return;
    case PolicyField::AlertEmail:
        abnormalLoginAlert.email.reset();
        return;
    }
}

bool DeliveryPolicy::isEmpty() const
{
    for (PolicyField field : allPolicyFields()) {
        if (has(field)) {
            return false;
        }
    }
    return true;
}

bool DeliveryPolicy::isComplete() const
{
    for (PolicyField field : allPolicyFields()) {
        if (!has(field)) {
            return false;
        }
    }
    return true;
}

QString toString(PolicyLevel level)
{
    return enumToString(kLevels, level);
}

std::optional<PolicyLevel> policyLevelFromString(QStringView text)
{
    return enumFromString(kLevels, text);
}

QString toString(ExternalMailMode mode)
{
    return enumToString(kExternalMail, mode);
}

std::optional<ExternalMailMode> externalMailModeFromString(QStringView text)
{
    return enumFromString(kExternalMail, text);
}

QString toString(MailClient client)
{
    return enumToString(kClients, client);
}

std::optional<MailClient> mailClientFromString(QStringView text)
{
    return enumFromString(kClients, text);
}

QString policyFieldPath(PolicyField field)
{
    return enumToString(kFieldPaths, field);
}

} // namespace dm
