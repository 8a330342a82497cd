#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QSettings;

namespace dm {

class AccountsView;
class PlatformClient;

// The Accounts entry of the navigation: a heading over the accounts view (table, filters, details, actions).
class AccountsPage final : public Page
{
    Q_OBJECT

public:
    explicit AccountsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;
    // For the live account-name check of the create form; may be null. It must outlive the page or be reset.
    void setPlatformClient(PlatformClient* client);
    void setCapabilities(const Capabilities& capabilities) override;
    // Where the import wizard remembers column mappings; it must outlive the page.
    void setSettings(QSettings* settings);
    [[nodiscard]] AccountsView* view() const { return m_view; }

Q_SIGNALS:
    void policyRequested(const QString& accountName);
    void bulkPolicyRequested(const QStringList& accountNames);
    void timelineRequested(const QString& accountName);

protected:
    void retranslateUi() override;

private:
    QLabel* m_heading = nullptr;
    AccountsView* m_view = nullptr;
};

} // namespace dm
