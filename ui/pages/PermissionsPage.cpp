#include "ui/pages/PermissionsPage.h"

namespace dm {

PermissionsPage::PermissionsPage(QWidget* parent)
    : PlannedPage(QStringLiteral("permissions"), {}, parent)
{
    setRequiredFamilies({ApiFamily::DeliveryPolicy, ApiFamily::DeliveryLoginRules});
    retranslateUi();
}

QString PermissionsPage::navigationTitle() const
{
    return tr("Permissions");
}

QString PermissionsPage::heading() const
{
    return tr("Delivery permissions");
}

void PermissionsPage::retranslateUi()
{
    setTexts(tr("This page will manage the delivery policy that keeps official delivery mailboxes restricted to "
                "receiving documents."),
             {
                 tr("External mail, address book visibility, allowed mail clients, automatic forwarding, SMS "
                    "verification at login, trusted browsers and password rules."),
                 tr("Login rules by region and IP address, and alerts on abnormal logins."),
                 tr("Policy for the whole domain, a unit or a single account; the effective policy of any account; "
                    "a check for drift from the baseline, with a preview of every change before it is applied."),
             });
}

} // namespace dm
