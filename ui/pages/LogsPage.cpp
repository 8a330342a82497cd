#include "ui/pages/LogsPage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace dm {

LogsPage::LogsPage(QWidget* parent)
    : Page(QStringLiteral("logs"), {}, parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    m_operations = addLink(QStringLiteral("logs.operations"));
    m_logins = addLink(QStringLiteral("logs.logins"));
    m_mail = addLink(QStringLiteral("logs.mail"));
    m_timeline = addLink(QStringLiteral("logs.timeline"));
    m_case = addLink(QStringLiteral("logs.case"));
    layout->addStretch(1);
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
    layout()->addWidget(button);
    return button;
}

void LogsPage::retranslateUi()
{
    m_heading->setText(heading());
    m_summary->setText(tr("The platform keeps three logs. Each has its own page under this entry in the navigation "
                          "tree; the pages read the local cache, so they work with the platform out of reach and say "
                          "how fresh their rows are."));
    setAccessibleName(heading());
    setAccessibleDescription(m_summary->text());
    m_operations->setText(tr("Operation log"));
    m_operations->setDescription(tr("Who changed which mailbox or setting, and when."));
    m_logins->setText(tr("Login log"));
    m_logins->setDescription(tr("Every login to a delivery mailbox, with abnormal logins highlighted."));
    m_mail->setText(tr("Mail log"));
    m_mail->setDescription(tr("When each document reached a recipient's mailbox, and when it was read."));
    m_timeline->setText(tr("Account timeline"));
    m_timeline->setDescription(tr("Everything about one recipient merged by time: activation, logins, mails, "
                                  "operations and policy changes."));
    m_case->setText(tr("Case delivery"));
    m_case->setDescription(tr("Every document of a case and who has received and read it."));
}

} // namespace dm
