#pragma once

#include "core/LoginRules.h"
#include "store/LogQuery.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dm {

class CacheSession;
struct LoginRuleDryRunReport;

// Tries one address (and the place it was located in) on a draft: which list and rule decide, or whose default.
// Works on the documents it was last given, so it needs no cache and never waits.
class LoginRuleTester final : public QGroupBox
{
    Q_OBJECT

public:
    explicit LoginRuleTester(QWidget* parent = nullptr);
    // `draft` in the place of the list it edits: the domain's, or an account's on top of `domain`.
    void setDocuments(const LoginRuleDocument& domain, const LoginRuleDocument& draft);

protected:
    void changeEvent(QEvent* event) override;

private:
    void test();
    void retranslateUi();

    QLineEdit* m_ip = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    std::optional<LoginRuleDocument> m_domain;
    LoginRuleDocument m_draft;
};

// Replays the cached logins of the last N days under the draft (sync/LoginRuleDryRun.h) in the cache's thread, and
// shows how many logins it would refuse or allow that today's rules decide the other way, with examples of both.
class LoginRuleDryRunBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit LoginRuleDryRunBox(QWidget* parent = nullptr);
    void setSession(CacheSession* session);
    // nullopt: nothing loaded yet, nothing to run.
    void setDraft(const std::optional<LoginRuleDocument>& draft);
    [[nodiscard]] std::optional<LogTimeRange> lastRange() const { return m_range; }
    void run();

Q_SIGNALS:
    // provinceOfCity: which province each city of the replayed logins lies in, for the lint.
    void finished(bool ok, const QHash<QString, QString>& provinceOfCity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showReport(const LoginRuleDryRunReport& report);
    void updateButton();
    void retranslateUi();

    CacheSession* m_session = nullptr;
    QLabel* m_daysLabel = nullptr;
    QSpinBox* m_days = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_freshness = nullptr;
    QTableWidget* m_examples = nullptr;
    std::optional<LoginRuleDocument> m_draft;
    std::optional<LogTimeRange> m_range;
    bool m_running = false;
};

} // namespace dm
