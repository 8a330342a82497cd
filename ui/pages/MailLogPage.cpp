#include "ui/pages/MailLogPage.h"

namespace dm {

MailLogPage::MailLogPage(QWidget* parent)
    : PlannedPage(QStringLiteral("logs.mail"), QStringLiteral("logs"), parent)
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    retranslateUi();
}

QString MailLogPage::navigationTitle() const
{
    return tr("Mail");
}

QString MailLogPage::heading() const
{
    return tr("Mail log");
}

void MailLogPage::retranslateUi()
{
    setTexts(tr("This page will show the mail log: when each document reached a recipient's delivery mailbox, and "
                "when it was read."),
             {
                 tr("Full-text search of subjects, with time presets and filters."),
                 tr("Delivery and read status for each recipient."),
                 tr("A delivery proof pack for one document and recipient: a PDF report plus a JSON file with SHA-256 "
                    "digests, fit for the case file."),
             });
}

} // namespace dm
