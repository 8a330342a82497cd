#pragma once

#include "store/StatsRepository.h"

#include <QList>
#include <QtCharts/QChartView>

#include <optional>

class QCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace dm {

// Logins per day: bars for the normal ones and a line, on its own scale at the right, for those the platform flagged
// as abnormal (a few in a thousand: on the bars' scale they would not show). The platform's figures when it gave
// them, else the cache's.
class LoginDaysChart final : public QChartView
{
    Q_OBJECT

public:
    explicit LoginDaysChart(QWidget* parent = nullptr);

    void setDays(const QList<LoginDayCounts>& cache, const std::optional<QList<LoginDayCounts>>& platform);
    void clear();
    [[nodiscard]] bool fromPlatform() const { return m_fromPlatform; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QBarSeries* m_bars = nullptr;
    QBarSet* m_normal = nullptr;
    QLineSeries* m_abnormal = nullptr;
    QCategoryAxis* m_dayAxis = nullptr;
    QValueAxis* m_normalAxis = nullptr;
    QValueAxis* m_abnormalAxis = nullptr;
    QList<QDate> m_dates;
    bool m_fromPlatform = false;
};

} // namespace dm
