#include "ui/pages/OperationLogPage.h"

namespace dm {

OperationLogPage::OperationLogPage(QWidget* parent)
    : PlannedPage(QStringLiteral("logs.operations"), QStringLiteral("logs"), parent)
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    retranslateUi();
}

QString OperationLogPage::navigationTitle() const
{
    return tr("Operations");
}

QString OperationLogPage::heading() const
{
    return tr("Operation log");
}

void OperationLogPage::retranslateUi()
{
    setTexts(tr("This page will show the platform's operation log: who created, changed, disabled or deleted which "
                "mailbox or setting, and when."),
             {
                 tr("Time presets, and filters by operator, action and target."),
                 tr("A detail pane, and a timeline for each account."),
                 tr("Export to CSV and PDF for the case file."),
             });
}

} // namespace dm
