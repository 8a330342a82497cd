#pragma once

#include "core/Account.h"
#include "store/ActivationQuery.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace dm {

// The period (presets or a custom range of creation dates) and the unit (with or without the units below it) the
// Activation page counts. Emits filterChanged() whenever the user changes either.
class ActivationFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum Period
    {
        Last7Days,
        Last30Days,
        Last90Days,
        Last180Days,
        AllTime,
        Custom,
    };

    explicit ActivationFilterBar(QWidget* parent = nullptr);

    // The filter as of `today` (local): a preset of N days covers today and the N - 1 days before it.
    [[nodiscard]] ActivationFilter filter(const QDate& today) const;
    void setPeriod(Period period);
    void setCustomRange(const QDate& from, const QDate& to);
    // Fills the unit list (the platform's order: root first), keeping the chosen unit when it is still there.
    void setUnits(const QList<Unit>& units);
    void setUnit(const QString& unitId);
    [[nodiscard]] QString unitId() const;

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onPeriodChanged();

    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_subUnits = nullptr;
    QList<Unit> m_units;
};

} // namespace dm
