#pragma once

#include "core/LoginRules.h"
#include "store/LogQuery.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dm {

class CacheSession;
class LoginRuleDryRunBox;
class LoginRuleTable;
class LoginRuleTester;
struct OutboxResult;

// Where the domain's recipients, or one account's, may log in from (CONTRACT.md §12): the ordered list read from the
// cache, edited with every row checked as it is typed and the lint's warnings under it, tried on one address or
// replayed over the cached login log (the dry run), then saved through the outbox. After a save the list is synced
// back, so what is shown is what the platform holds; a version conflict shows the other client's list and keeps the
// draft to put on top of it.
class LoginRulesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LoginRulesPanel(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    // Opens the domain's list, or the list of `account` (个别规则).
    void open(LoginRuleLevel level, const QString& account = {});

    // The list as it was read (the version a save is based on) and the list as edited.
    [[nodiscard]] const LoginRuleDocument& document() const { return m_base; }
    [[nodiscard]] LoginRuleDocument draft() const;
    [[nodiscard]] bool isDirty() const;
    // The cached logins the last dry run replayed (tests compare with their own run over the same range).
    [[nodiscard]] std::optional<LogTimeRange> lastDryRunRange() const;
    [[nodiscard]] LoginRuleDryRunBox* dryRun() const { return m_dryRun; }

Q_SIGNALS:
    void loaded();
    // A save was applied and read back (true), or it conflicted or failed (false).
    void saved(bool ok);
    void dryRunFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded
    {
        LoginRuleDocument domain;
        LoginRuleDocument shown; // the domain's again, or the account's (version 0 when it has none yet)
    };
    using LoadDone = std::function<void(Loaded)>;

    [[nodiscard]] LoginRuleLevel chosenLevel() const;
    [[nodiscard]] std::optional<LoginAction> chosenDefault() const;
    void openChosen();
    void read(LoginRuleLevel level, const QString& account, LoadDone done);
    void showLoaded(const Loaded& loaded);
    void fillDefaults(std::optional<LoginAction> selected);
    void onEdited();
    void confirmSave();
    void save();
    void onOutboxItem(const OutboxResult& result);
    void onSyncFinished();
    void updateButtons();
    void updateTitle();
    void retranslateUi();

    CacheSession* m_session = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_account = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_title = nullptr;
    LoginRuleTable* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_defaultLabel = nullptr;
    QComboBox* m_default = nullptr;
    QLabel* m_lint = nullptr;
    LoginRuleTester* m_tester = nullptr;
    LoginRuleDryRunBox* m_dryRun = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_reapply = nullptr;
    QPushButton* m_save = nullptr;

    bool m_loaded = false;
    quint64 m_openRequest = 0;                // the latest open: answers to earlier ones are dropped
    LoginRuleDocument m_domain;               // the domain's list as read: what an account's list falls back on
    LoginRuleDocument m_base;                 // the list shown, as read
    std::optional<LoginRuleDocument> m_mine;  // my draft, kept after a conflict to reapply on the newer version
    QHash<QString, QString> m_provinceOfCity; // from the last dry run, for the lint
    std::optional<qint64> m_pendingItem;
    enum class AfterSync
    {
        Nothing,
        Reload,   // the change was applied: show what the platform holds now
        Conflict, // another client saved first: show theirs, keep mine
    } m_afterSync = AfterSync::Nothing;
};

} // namespace dm
