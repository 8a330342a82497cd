#pragma once

#include "core/DeliveryStats.h"

#include <QWidget>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

namespace dm {

// The activation funnel: created -> SMS sent -> first login -> activated, as four figures with the share of the
// stage before, and the same as a bar chart. The figures are cumulative, as the platform's activationFunnel counts.
class FunnelWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelWidget(QWidget* parent = nullptr);

    void setFunnel(const ActivationFunnel& funnel);
    [[nodiscard]] const ActivationFunnel& funnel() const { return m_funnel; }
    // Blank figures while nothing is loaded.
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kStages = 4;
    void retranslateUi();
    // Makes the chart tall enough for the stage names of the current language to be drawn whole.
    void fitChartToStageNames();
    void showFigures();
    [[nodiscard]] std::array<qint64, kStages> values() const;

    ActivationFunnel m_funnel;
    bool m_loaded = false;
    std::array<QLabel*, kStages> m_captions{};
    std::array<QLabel*, kStages> m_counts{};
    std::array<QLabel*, kStages> m_shares{};
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_stageAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace dm
