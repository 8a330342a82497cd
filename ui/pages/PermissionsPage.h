#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QTabWidget;

namespace dm {

class BulkPolicyPanel;
class DriftPanel;
class LoginRulesPanel;
class PolicyPanel;

// 送达权限: the delivery policy of the domain, a unit or an account (PolicyPanel), where the cached policy is weaker
// than the court's baseline (DriftPanel, its count of findings in the heading), and the login rules by region and IP
// with a dry run over the cached logins (LoginRulesPanel).
class PermissionsPage final : public Page
{
    Q_OBJECT

public:
    explicit PermissionsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;
    // Shows one account's delivery policy (from the Accounts page).
    void openAccountPolicy(const QString& accountName);
    // One set of policy fields for several accounts (from the Accounts page's selection).
    void openBulkForAccounts(const QStringList& accountNames);
    [[nodiscard]] PolicyPanel* policyPanel() const { return m_policy; }
    [[nodiscard]] DriftPanel* driftPanel() const { return m_drift; }
    [[nodiscard]] BulkPolicyPanel* bulkPanel() const { return m_bulk; }
    [[nodiscard]] LoginRulesPanel* loginRulesPanel() const { return m_loginRules; }

protected:
    void retranslateUi() override;

private:
    void showDriftCount();

    QLabel* m_heading = nullptr;
    QLabel* m_driftCount = nullptr;
    QLabel* m_noSession = nullptr;
    QTabWidget* m_tabs = nullptr;
    PolicyPanel* m_policy = nullptr;
    BulkPolicyPanel* m_bulk = nullptr;
    DriftPanel* m_drift = nullptr;
    LoginRulesPanel* m_loginRules = nullptr;
    int m_findings = -1; // of the last drift scan; -1: none yet
};

} // namespace dm
