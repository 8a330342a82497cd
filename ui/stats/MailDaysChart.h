#pragma once

#include "core/DeliveryStats.h"
#include "store/StatsRepository.h"

#include <QList>
#include <QtCharts/QChartView>

#include <array>
#include <optional>

class QCategoryAxis;
class QBarSet;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace dm {

// Documents sent to the recipients per day: a stacked bar of those delivered and those not delivered (the
// platform's figures when it gave them, else the cache's), and lines for those read within 1, 3 and 7 days (only
// the cache knows when each document was read).
class MailDaysChart final : public QChartView
{
    Q_OBJECT

public:
    explicit MailDaysChart(QWidget* parent = nullptr);

    void setDays(const QList<MailDayCounts>& cache, const std::optional<QList<MailDay>>& platform);
    void clear();
    // Whether the bars show the platform's figures (else the cache's).
    [[nodiscard]] bool barsFromPlatform() const { return m_barsFromPlatform; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QStackedBarSeries* m_bars = nullptr;
    QBarSet* m_delivered = nullptr;
    QBarSet* m_notDelivered = nullptr;
    std::array<QLineSeries*, MailDayCounts::kReadWithinDays.size()> m_readWithin{};
    QCategoryAxis* m_dayAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QList<QDate> m_dates;
    bool m_barsFromPlatform = false;
};

} // namespace dm
