#pragma once

#include "core/Account.h"
#include "store/AccountQuery.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace dm {

// Search as you type and the filters of the accounts table: status, activation state, unit (with its sub-units)
// and a creation date range. Emits the combined query once typing pauses or a filter changes.
class AccountFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] AccountQuery query() const;
    // The units offered by the unit filter, in the platform's order (root first); keeps the choice when it still
    // exists.
    void setUnits(const QList<Unit>& units);
    [[nodiscard]] const QList<Unit>& units() const { return m_units; }
    void focusSearch();
    void setSearchText(const QString& text);
    // How long typing must pause before the search runs.
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }

Q_SIGNALS:
    void queryChanged(const dm::AccountQuery& query);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void emitQuery();

    QLineEdit* m_search = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_activationLabel = nullptr;
    QComboBox* m_activation = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_created = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer m_debounce;
    QList<Unit> m_units;
};

} // namespace dm
