#include "ui/pages/PermissionsPage.h"

#include "sync/CacheSession.h"
#include "ui/permissions/BulkPolicyPanel.h"
#include "ui/permissions/DriftPanel.h"
#include "ui/permissions/LoginRulesPanel.h"
#include "ui/permissions/PolicyPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dm {

PermissionsPage::PermissionsPage(QWidget* parent)
    : Page(QStringLiteral("permissions"), {}, parent)
    , m_heading(new QLabel(this))
    , m_driftCount(new QLabel(this))
    , m_noSession(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_policy(new PolicyPanel(m_tabs))
    , m_bulk(new BulkPolicyPanel(m_tabs))
    , m_drift(new DriftPanel(m_tabs))
    , m_loginRules(new LoginRulesPanel(m_tabs))
{
    setRequiredFamilies({ApiFamily::DeliveryPolicy});
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_driftCount->setObjectName(QStringLiteral("permissions.driftCount"));
    m_driftCount->setTextFormat(Qt::RichText);
    connect(m_driftCount, &QLabel::linkActivated, this, [this] { m_tabs->setCurrentWidget(m_drift); });
    m_noSession->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("permissions.tabs"));
    m_tabs->addTab(m_policy, QString());
    m_tabs->addTab(m_bulk, QString());
    m_tabs->addTab(m_drift, QString());
    m_tabs->addTab(m_loginRules, QString());
    connect(m_drift, &DriftPanel::scanned, this, [this](int findings) {
        m_findings = findings;
        showDriftCount();
    });
    connect(m_policy, &PolicyPanel::applied, m_drift, &DriftPanel::scan);
    connect(m_bulk, &BulkPolicyPanel::finished, m_drift, &DriftPanel::scan);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_driftCount);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_noSession);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
    setSession(nullptr);
}

QString PermissionsPage::navigationTitle() const
{
    return tr("Permissions");
}

QString PermissionsPage::heading() const
{
    return tr("Delivery permissions");
}

void PermissionsPage::setSession(CacheSession* session)
{
    Page::setSession(session);
    m_noSession->setVisible(session == nullptr);
    m_tabs->setVisible(session != nullptr);
    m_findings = -1;
    showDriftCount();
    m_policy->setSession(session);
    m_bulk->setSession(session);
    m_bulk->setReadOnly(session != nullptr && session->readOnly());
    m_drift->setSession(session);
    m_loginRules->setSession(session);
    m_drift->setReadOnly(session != nullptr && session->readOnly());
}

void PermissionsPage::openAccountPolicy(const QString& accountName)
{
    m_tabs->setCurrentWidget(m_policy);
    m_policy->open(PolicyLevel::Account, accountName);
}

void PermissionsPage::openBulkForAccounts(const QStringList& accountNames)
{
    m_tabs->setCurrentWidget(m_bulk);
    m_bulk->setAccounts(accountNames);
}

void PermissionsPage::showDriftCount()
{
    m_driftCount->setVisible(m_findings >= 0);
    const QString text = m_findings == 0 ? tr("Meets the baseline")
                                         : tr("%n place(s) drift from the baseline", nullptr, qMax(0, m_findings));
    m_driftCount->setText(QStringLiteral("<a href=\"#drift\">%1</a>").arg(text.toHtmlEscaped()));
    m_tabs->setTabText(m_tabs->indexOf(m_drift), m_findings > 0 ? tr("Baseline (%1)").arg(m_findings) : tr("Baseline"));
}

void PermissionsPage::retranslateUi()
{
    m_heading->setText(heading());
    m_noSession->setText(tr("No profile is open. Open or create a connection profile (File menu) to see its "
                            "delivery policy."));
    m_tabs->setTabText(m_tabs->indexOf(m_policy), tr("Delivery policy"));
    m_tabs->setTabText(m_tabs->indexOf(m_bulk), tr("Apply to several"));
    m_tabs->setTabText(m_tabs->indexOf(m_loginRules), tr("Login rules"));
    showDriftCount();
    setAccessibleName(heading());
    setAccessibleDescription(tr("The delivery policy of the domain, a unit or an account, where it allows more than "
                                "the court's baseline, and the login rules by region and IP address."));
}

} // namespace dm
