#include "ui/permissions/PolicyTexts.h"

#include <QStringList>

namespace dm {

QString PolicyTexts::fieldTitle(PolicyField field)
{
    switch (field) {
    case PolicyField::ExternalMail:
        return tr("Mail with other domains");
    case PolicyField::VisibleInAddressBook:
        return tr("Shown in address books");
    case PolicyField::AllowedClients:
        return tr("Allowed mail clients");
    case PolicyField::AutoForward:
        return tr("Automatic forwarding");
    case PolicyField::ForceSms2fa:
        return tr("SMS code at every login");
    case PolicyField::TrustedBrowserDays:
        return tr("Trusted browser (days)");
    case PolicyField::PasswordMinLength:
        return tr("Password: minimum length");
    case PolicyField::PasswordRequireClasses:
        return tr("Password: character kinds required");
    case PolicyField::PasswordExpireDays:
        return tr("Password: expires after (days)");
    case PolicyField::PasswordForbidSequential:
        return tr("Password: no runs like 123 or abc");
    case PolicyField::AlertSms:
        return tr("Abnormal login: alert by SMS");
    case PolicyField::AlertEmail:
        return tr("Abnormal login: alert by mail");
    }
    return {};
}

QString PolicyTexts::externalMailText(ExternalMailMode mode)
{
    switch (mode) {
    case ExternalMailMode::Deny:
        return tr("Neither send nor receive");
    case ExternalMailMode::ReceiveOnly:
        return tr("Receive only");
    case ExternalMailMode::Allow:
        return tr("Send and receive");
    }
    return {};
}

QString PolicyTexts::clientText(MailClient client)
{
    switch (client) {
    case MailClient::Webmail:
        return tr("Webmail");
    case MailClient::Mailmaster:
        return tr("Mail Master app");
    case MailClient::Wechat:
        return tr("WeChat");
    case MailClient::Imap:
        return QStringLiteral("IMAP");
    case MailClient::Pop:
        return QStringLiteral("POP3");
    case MailClient::Smtp:
        return QStringLiteral("SMTP");
    }
    return {};
}

QString PolicyTexts::valueText(const DeliveryPolicy& policy, PolicyField field)
{
    if (!policy.has(field)) {
        return QStringLiteral("-");
    }
    const auto onOff = [](bool on) { return on ? tr("On") : tr("Off"); };
    switch (field) {
    case PolicyField::ExternalMail:
        return externalMailText(*policy.externalMail);
    case PolicyField::VisibleInAddressBook:
        return onOff(*policy.visibleInAddressBook);
    case PolicyField::AllowedClients: {
        QStringList names;
        for (MailClient client : *policy.allowedClients) {
            names.append(clientText(client));
        }
        return names.join(tr(", "));
    }
    case PolicyField::AutoForward:
        return onOff(*policy.autoForward);
    case PolicyField::ForceSms2fa:
        return onOff(*policy.forceSms2fa);
    case PolicyField::TrustedBrowserDays:
        return *policy.trustedBrowserDays == 0 ? tr("Ask every time")
                                               : tr("%n day(s)", nullptr, *policy.trustedBrowserDays);
    case PolicyField::PasswordMinLength:
        return tr("%n character(s)", nullptr, *policy.password.minLength);
    case PolicyField::PasswordRequireClasses:
        return tr("%n of 4 kinds", nullptr, *policy.password.requireClasses);
    case PolicyField::PasswordExpireDays:
        return *policy.password.expireDays == 0 ? tr("Never") : tr("%n day(s)", nullptr, *policy.password.expireDays);
    case PolicyField::PasswordForbidSequential:
        return onOff(*policy.password.forbidSequential);
    case PolicyField::AlertSms:
        return onOff(*policy.abnormalLoginAlert.sms);
    case PolicyField::AlertEmail:
        return onOff(*policy.abnormalLoginAlert.email);
    }
    return {};
}

QString PolicyTexts::sourceText(PolicyLevel edited, PolicyLevel source)
{
    if (source == edited) {
        return tr("Set here");
    }
    return source == PolicyLevel::Unit ? tr("Inherited from the unit") : tr("Inherited from the domain");
}

QString PolicyTexts::levelText(PolicyLevel level)
{
    switch (level) {
    case PolicyLevel::Domain:
        return tr("Domain");
    case PolicyLevel::Unit:
        return tr("Unit");
    case PolicyLevel::Account:
        return tr("Account");
    }
    return {};
}

} // namespace dm
