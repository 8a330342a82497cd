#pragma once

#include "core/Account.h"
#include "core/DeliveryStats.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace dm {

class FunnelWidget;

// The Statistics page's activation funnel: the Activation page's FunnelWidget for the accounts created in the period,
// with a choice of unit (a unit counts with the units below it, as the platform's activationFunnel counts).
class FunnelPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelPanel(QWidget* parent = nullptr);

    [[nodiscard]] FunnelWidget* funnel() const { return m_funnel; }
    // Fills the unit list (root first, each unit under its parent), keeping the chosen unit when it is still there.
    void setUnits(const QList<Unit>& units);
    [[nodiscard]] QString unitId() const;
    void setUnit(const QString& unitId);
    // Which figures the funnel shows: the platform's, or the cache's when the platform gave none.
    void setFigures(const ActivationFunnel& funnel, bool fromPlatform);
    void clear();

Q_SIGNALS:
    void unitChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_source = nullptr;
    FunnelWidget* m_funnel = nullptr;
    QList<Unit> m_units;
    bool m_loaded = false;
    bool m_fromPlatform = false;
};

} // namespace dm
