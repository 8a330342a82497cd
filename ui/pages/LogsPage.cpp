#include "ui/pages/LogsPage.h"

#include <QCommandLinkButton>
#include <QVBoxLayout>

namespace dm {

LogsPage::LogsPage(QWidget* parent)
    : PlannedPage(QStringLiteral("logs"), {}, parent)
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    m_operations = addLink(QStringLiteral("logs.operations"));
    m_logins = addLink(QStringLiteral("logs.logins"));
    m_mail = addLink(QStringLiteral("logs.mail"));
    retranslateUi();
}

QString LogsPage::navigationTitle() const
{
    return tr("Logs");
}

QString LogsPage::heading() const
{
    return tr("Logs");
}

QCommandLinkButton* LogsPage::addLink(const QString& targetPageId)
{
    auto* button = new QCommandLinkButton(this);
    button->setObjectName(QStringLiteral("link.") + targetPageId);
    connect(button, &QCommandLinkButton::clicked, this, [this, targetPageId] { Q_EMIT pageRequested(targetPageId); });
    extrasLayout()->addWidget(button);
    return button;
}

void LogsPage::retranslateUi()
{
    // The links work today: they open the log pages, which describe what each log will hold.
    setTexts(tr("The platform keeps three logs. Each has its own page under this entry in the navigation tree."), {},
             tr("The log pages arrive with a later release."));
    m_operations->setText(tr("Operation log"));
    m_operations->setDescription(tr("Who changed which mailbox or setting, and when."));
    m_logins->setText(tr("Login log"));
    m_logins->setDescription(tr("Every login to a delivery mailbox, with abnormal logins highlighted."));
    m_mail->setText(tr("Mail log"));
    m_mail->setDescription(tr("When each document reached a recipient's mailbox, and when it was read."));
}

} // namespace dm
