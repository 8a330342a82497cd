#include "ui/pages/ActivationPage.h"

namespace dm {

ActivationPage::ActivationPage(QWidget* parent)
    : PlannedPage(QStringLiteral("activation"), {}, parent)
{
    retranslateUi();
}

QString ActivationPage::navigationTitle() const
{
    return tr("Activation");
}

QString ActivationPage::heading() const
{
    return tr("Activation tracking");
}

void ActivationPage::retranslateUi()
{
    setTexts(tr("This page will show how far recipients have got with their delivery mailboxes: created, activation "
                "SMS sent, first login, activated."),
             {
                 tr("An activation funnel, and a chart of how long accounts have been waiting."),
                 tr("A worklist of overdue accounts, with the activation SMS resent to many recipients at once."),
                 tr("Export of the worklist for follow-up calls."),
             });
}

} // namespace dm
