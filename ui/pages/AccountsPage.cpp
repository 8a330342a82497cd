#include "ui/pages/AccountsPage.h"

namespace dm {

AccountsPage::AccountsPage(QWidget* parent)
    : PlannedPage(QStringLiteral("accounts"), {}, parent)
{
    retranslateUi();
}

QString AccountsPage::navigationTitle() const
{
    return tr("Accounts");
}

QString AccountsPage::heading() const
{
    return tr("Accounts");
}

void AccountsPage::retranslateUi()
{
    setTexts(tr("This page will list the delivery mailboxes cached from the platform, with search, filters and a "
                "detail pane for the selected recipient."),
             {
                 tr("Find a mailbox quickly by recipient name, account, case number, ID card number or mobile "
                    "number; personal numbers stay masked unless you choose to reveal one."),
                 tr("Create mailboxes one at a time, or import them in bulk from the case system (CSV or Excel), "
                    "with every row checked and a dry run before anything is sent to the platform."),
                 tr("Edit, enable, disable or delete accounts, reset passwords and resend the activation SMS."),
             });
}

} // namespace dm
