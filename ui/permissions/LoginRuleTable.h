#pragma once

#include "core/LoginRules.h"

#include <QCoreApplication>
#include <QList>
#include <QTableWidget>

namespace dm {

// Words for login rules and decisions, shared by the table, the panel and its dialogs.
class LoginRuleTexts
{
    Q_DECLARE_TR_FUNCTIONS(LoginRuleTexts)

public:
    [[nodiscard]] static QString actionText(LoginAction action);
    [[nodiscard]] static QString kindText(LoginRuleKind kind);
    // One rule as a line of the confirm dialog: its number (as the lint names it), action, kind and value.
    [[nodiscard]] static QString ruleLine(int index, const LoginRule& rule);
    // A decision in words: allowed or refused, by which list's rule or by whose default.
    [[nodiscard]] static QString decisionText(const LoginDecision& decision, const QList<LoginRule>& decidingRules);
};

// The ordered rules of one list, edited in place: action and kind from a choice, the value typed. Every row is
// checked as it is typed, the way loginRule/update checks it (CONTRACT.md §12), so a list the platform would refuse
// is never sent: an invalid value shows an icon and says why in its tooltip and accessible text. Rows are numbered
// from 0, the numbers the lint (core analyse()) and dmctl use.
class LoginRuleTable final : public QTableWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxRules = 200; // per list (CONTRACT.md §12)
    static constexpr int kMaxValueLength = 64;

    explicit LoginRuleTable(QWidget* parent = nullptr);

    void setRules(const QList<LoginRule>& rules);
    // The rules as the platform would store them: values trimmed.
    [[nodiscard]] QList<LoginRule> rules() const;
    // Why a row would be refused, in words; empty when it is fine.
    [[nodiscard]] QString problem(int row) const;
    [[nodiscard]] QList<int> invalidRows() const;
    void setEditable(bool editable);

    void addRule();
    void removeSelected();
    // Moves the selected rule up (-1) or down (+1): order decides which rule matches first.
    void moveSelected(int delta);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(int selectRow = -1);
    void markRows();
    void onItemChanged(QTableWidgetItem* item);

    QList<LoginRule> m_rules; // as typed, untrimmed, so the cursor does not jump while typing
    bool m_editable = true;
};

} // namespace dm
