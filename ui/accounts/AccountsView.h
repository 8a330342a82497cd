#pragma once

#include "api/Capabilities.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace dm {

class TableLayoutMemory;

class AccountDetailPane;
class CacheSession;
class AccountFilterBar;
class AccountTableModel;
class ImportWizard;
class PlatformClient;
struct AccountQuery;
struct AccountRow;
struct OutboxRequest;

// The body of the Accounts page. The cached accounts: search and filters above, the table in the middle, the
// selection's details on the right (the directory-console layout). Every change goes through the outbox; the table
// marks accounts with a pending or failed change until the platform has answered. A read-only (auditor) session gets no
// mutating action at all.
class AccountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(QWidget* parent = nullptr);
    ~AccountsView() override;

    void setSession(CacheSession* session);
    [[nodiscard]] CacheSession* session() const;
    // The width that shows every visible column of the table beside the detail pane (the window's first size).
    [[nodiscard]] int preferredWidth() const;
    // For live checks (account-name availability) in the UI thread; optional, may be null. It must outlive this
    // view or be reset to null before it goes.
    void setPlatformClient(PlatformClient* client) { m_client = client; }
    // Enable/disable, password reset and activation resend go through the delivery extension: on a platform that
    // does not serve it they are greyed out with the reason.
    void setCapabilities(const Capabilities& capabilities);
    [[nodiscard]] PlatformClient* platformClient() const { return m_client; }
    // Where the column layout is kept and the import wizard remembers column mappings (the layout is restored from
    // them at once); null: the application's default settings. It must outlive this view or be reset to null first.
    void setSettings(QSettings* settings);

    [[nodiscard]] AccountTableModel* model() const { return m_model; }

Q_SIGNALS:
    // "Delivery policy…" on one account: its effective policy is shown on the Permissions page.
    void policyRequested(const QString& accountName);
    // Several accounts selected: one set of policy fields for all of them (the Permissions page's bulk tab).
    void bulkPolicyRequested(const QStringList& accountNames);
    // "Timeline" on one account: everything about it merged by time, on the Account timeline page.
    void timelineRequested(const QString& accountName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void buildActions();
    void fitFirstColumnWidths();
    void clearMutatingActions();
    void updateActions();
    void updateDetail();
    void loadUnits();
    void showTableMenu(const QPoint& position);
    void showHeaderMenu(const QPoint& position);
    void restoreLayout();
    [[nodiscard]] QSettings& settings();
    void onQueryChanged(const AccountQuery& query);
    void onCounted(qint64 rows);
    void setMessage(const QString& text);

    [[nodiscard]] QStringList selectedAccountNames() const;
    [[nodiscard]] std::optional<AccountRow> currentRow() const;

    void createAccount();
    void editAccount();
    void deleteAccounts();
    void setStatus(bool enable);
    void resetPassword();
    void resendActivation();
    void moveUnit();
    void setAddressBasis();
    void refresh();
    void importAccounts();
    void closeImportWizard();
    // Queues `requests`: several as one batch with a progress and result dialog, one with a line in the status.
    void run(const QString& title, QList<OutboxRequest> requests);
    [[nodiscard]] bool canMutate() const;

    QPointer<CacheSession> m_session;
    PlatformClient* m_client = nullptr;
    std::unique_ptr<TableLayoutMemory> m_layout; // also lends its settings to the import wizard
    QPointer<ImportWizard> m_importWizard;       // borrows the session: closed before the session changes
    QList<QMetaObject::Connection> m_sessionConnections;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_noSession = nullptr;
    QWidget* m_content = nullptr;
    QToolBar* m_toolbar = nullptr;
    AccountFilterBar* m_filters = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    AccountTableModel* m_model = nullptr;
    AccountDetailPane* m_detail = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_refreshTimer; // coalesces the refreshes of a burst of outbox results

    // Always present.
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QAction* m_policy = nullptr; // read-only too: an auditor may look at an account's policy
    QAction* m_timeline = nullptr;
    // Only in a session that may change things.
    QAction* m_create = nullptr;
    QAction* m_edit = nullptr;
    Capabilities m_capabilities;
    QAction* m_delete = nullptr;
    QAction* m_enable = nullptr;
    QAction* m_disable = nullptr;
    QAction* m_resetPassword = nullptr;
    QAction* m_resend = nullptr;
    QAction* m_move = nullptr;
    QAction* m_setBasis = nullptr;
    QAction* m_import = nullptr;
};

} // namespace dm
