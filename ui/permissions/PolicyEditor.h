#pragma once

#include "sync/PolicyEdit.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace dm {

// One level's delivery policy as a form: every field of CONTRACT §11 with its value, where the value comes from
// (set here / inherited from the unit / from the domain) and, below the domain, "override here" or "inherit again".
// An inherited value is shown but cannot be edited until overridden. Each field's widgets are named
// "policy.<field path>" (editor), ".source" and ".toggle", for tests and assistive technology.
class PolicyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyEditor(QWidget* parent = nullptr);

    void setEdit(PolicyEdit edit);
    [[nodiscard]] const PolicyEdit& edit() const { return m_edit; }
    [[nodiscard]] PolicyEdit& edit() { return m_edit; }
    // An auditor's profile: everything shown, nothing editable.
    void setReadOnly(bool readOnly);
    // Shows the edit again after it changed from outside (a revert, a rebase).
    void refresh();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* title = nullptr;
        QWidget* editor = nullptr;
        QLabel* source = nullptr;
        QPushButton* toggle = nullptr;
    };

    void addRow(PolicyField field, QWidget* editor);
    [[nodiscard]] QWidget* makeEditor(PolicyField field);
    [[nodiscard]] QCheckBox* makeSwitch(PolicyField field);
    [[nodiscard]] QSpinBox* makeNumber(PolicyField field, int minimum, int maximum);
    // The editor's value as a policy with only `field` set.
    [[nodiscard]] DeliveryPolicy valueOf(PolicyField field) const;
    void show(PolicyField field, const DeliveryPolicy& effective);
    void onEditorChanged(PolicyField field);
    void onToggle(PolicyField field);
    void retranslateUi();

    PolicyEdit m_edit;
    bool m_readOnly = false;
    bool m_hasEdit = false;
    QGridLayout* m_grid = nullptr;
    [[nodiscard]] Row& row(PolicyField field) { return m_rows[static_cast<std::size_t>(field)]; }
    [[nodiscard]] const Row& row(PolicyField field) const { return m_rows[static_cast<std::size_t>(field)]; }
    [[nodiscard]] QCheckBox* clientBox(MailClient client) const { return m_clients[static_cast<std::size_t>(client)]; }

    std::array<Row, kPolicyFieldCount> m_rows{};
    QComboBox* m_externalMail = nullptr;
    std::array<QCheckBox*, 6> m_clients{}; // by MailClient
};

} // namespace dm
