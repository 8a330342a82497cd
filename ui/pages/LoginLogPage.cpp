#include "ui/pages/LoginLogPage.h"

namespace dm {

LoginLogPage::LoginLogPage(QWidget* parent)
    : PlannedPage(QStringLiteral("logs.logins"), QStringLiteral("logs"), parent)
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    retranslateUi();
}

QString LoginLogPage::navigationTitle() const
{
    return tr("Logins");
}

QString LoginLogPage::heading() const
{
    return tr("Login log");
}

void LoginLogPage::retranslateUi()
{
    setTexts(tr("This page will show every login to the delivery mailboxes, so that support staff can answer "
                "\"I can't log in\" calls and auditors can spot misuse."),
             {
                 tr("Time presets, and filters by account, mail client, IP address and region."),
                 tr("Abnormal logins highlighted."),
                 tr("Export to CSV and PDF."),
             });
}

} // namespace dm
