#include "ui/pages/AccountsPage.h"

#include "ui/accounts/AccountsView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dm {

AccountsPage::AccountsPage(QWidget* parent)
    : Page(QStringLiteral("accounts"), {}, parent)
    , m_heading(new QLabel(this))
    , m_view(new AccountsView(this))
{
    setRequiredFamilies({ApiFamily::VendorDirectory});
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_view->setObjectName(QStringLiteral("accounts.view"));
    connect(m_view, &AccountsView::policyRequested, this, &AccountsPage::policyRequested);
    connect(m_view, &AccountsView::bulkPolicyRequested, this, &AccountsPage::bulkPolicyRequested);
    connect(m_view, &AccountsView::timelineRequested, this, &AccountsPage::timelineRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
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

void AccountsPage::setSession(CacheSession* session)
{
    Page::setSession(session);
    m_view->setSession(session);
}

void AccountsPage::setPlatformClient(PlatformClient* client)
{
    m_view->setPlatformClient(client);
}

void AccountsPage::setCapabilities(const Capabilities& capabilities)
{
    m_view->setCapabilities(capabilities);
}

void AccountsPage::setSettings(QSettings* settings)
{
    m_view->setSettings(settings);
}

void AccountsPage::retranslateUi()
{
    m_heading->setText(heading());
    setAccessibleName(heading());
    setAccessibleDescription(tr("The delivery accounts in the local cache: search, filters, details and the "
                                "actions on the selected accounts."));
}

} // namespace dm
