#pragma once

#include "core/Account.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"
#include "store/DbError.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace dm {

class CacheSession;
class PolicyEditor;
struct OutboxResult;

// One set of policy fields applied to several units or a selection of accounts as one batch through the outbox
// (sync/PolicyBulk.h), with a report of what each target made of it. The fields are chosen in the policy form
// ("override here" marks a field to set); the targets in a checklist: every unit of the cache, or the accounts picked
// on the Accounts page or typed here. After the batch the policy is synced back.
class BulkPolicyPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BulkPolicyPanel(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    void setReadOnly(bool readOnly);
    // The accounts chosen on the Accounts page: the panel lists them, all checked.
    void setAccounts(const QStringList& accountNames);
    [[nodiscard]] PolicyEditor* editor() const { return m_editor; }
    [[nodiscard]] PolicyLevel level() const;
    [[nodiscard]] QStringList checkedTargets() const;
    // Queues the chosen fields for the checked targets, without asking (the Apply button asks first).
    void applyChecked();

Q_SIGNALS:
    // Every item of the batch has ended.
    void finished(int applied, int failed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadForm();
    void loadUnits();
    void showUnits(Expected<QList<Unit>, DbError> units);
    void addTypedAccount();
    void confirmApply();
    void onOutboxItem(const OutboxResult& result);
    void startReadBack();
    void addReportRow(const QString& target, bool ok, const QString& message);
    void updateButtons();
    void retranslateUi();

    CacheSession* m_session = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_readOnly = false;
    QComboBox* m_level = nullptr;
    QListWidget* m_targets = nullptr;
    QLineEdit* m_account = nullptr;
    QPushButton* m_addAccount = nullptr;
    PolicyEditor* m_editor = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QTableWidget* m_report = nullptr;
    QList<Unit> m_units;
    QStringList m_accounts;
    QHash<qint64, QString> m_pending; // outbox item -> target
    int m_applied = 0;
    int m_failed = 0;
    PolicyLevel m_batchLevel = PolicyLevel::Unit;
    // The policy sync after a batch: its end completes the report.
    enum class ReadBack
    {
        None,
        AfterCurrentSync, // a sync was running when the batch ended: read back once it has
        Running,
    } m_readBack = ReadBack::None;
};

} // namespace dm
