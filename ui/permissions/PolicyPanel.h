#pragma once

#include "sync/PolicyEdit.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dm {

class CacheSession;
class PolicyEditor;
struct OutboxResult;
struct SyncSummary;

// The delivery policy of the domain, a unit or one account, read from the cache and changed through the outbox:
// choose the level, edit, preview the diff, apply; a version conflict with another client is shown field by field.
// After an applied change the policy is synced back, so what is shown is what the platform holds.
class PolicyPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPanel(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    // Opens a level's policy (unit: a unitId; account: an account name; domain: ignored).
    void open(PolicyLevel level, const QString& targetId);
    [[nodiscard]] PolicyEditor* editor() const { return m_editor; }

Q_SIGNALS:
    // A change was applied and read back (or failed); tests and the drift panel follow it.
    void applied(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] PolicyLevel chosenLevel() const;
    [[nodiscard]] QString chosenTarget() const;
    void loadUnits();
    void openChosen();
    // Reads the shown level again (after someone's sync), keeping the status line.
    void reloadShown();
    void showLayers(PolicyLevel level, const QString& target, Expected<PolicyLayers, QString> layers);
    void confirmApply();
    void apply();
    void onOutboxItem(const OutboxResult& result);
    void onSyncFinished();
    void updateButtons();
    void retranslateUi();

    CacheSession* m_session = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_account = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_title = nullptr;
    PolicyEditor* m_editor = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_apply = nullptr;

    bool m_loaded = false;
    quint64 m_openRequest = 0; // the latest open: answers to earlier ones are dropped
    QString m_target;          // of the policy shown
    std::optional<qint64> m_pendingItem;
    enum class AfterSync
    {
        Nothing,
        Reload,          // the change was applied: show what the platform holds now
        ResolveConflict, // another client saved first: show theirs beside mine
    } m_afterSync = AfterSync::Nothing;
};

} // namespace dm
