#pragma once

#include "store/StatsRepository.h"

#include <QList>
#include <QMap>
#include <QtCharts/QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace dm {

// The provinces logins came from, most first, as horizontal bars. The cache ranks them (the platform counts per
// province only when asked about one); each bar is the platform's count when it gave one, else the cache's.
class ProvincesChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ProvincesChart(QWidget* parent = nullptr);

    void setProvinces(const QList<ProvinceCount>& cache, const QMap<QString, qint64>& platform);
    void clear();
    [[nodiscard]] bool fromPlatform() const { return m_fromPlatform; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitToProvinceNames();

    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_logins = nullptr;
    QBarCategoryAxis* m_provinceAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    bool m_fromPlatform = false;
};

} // namespace dm
