#include "ui/stats/ProvincesChart.h"

#include "ui/stats/ChartSupport.h"

#include <QEvent>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace dm {

namespace {

constexpr int kMinimumHeight = 240;

} // namespace

ProvincesChart::ProvincesChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    ChartSupport::setUp(this, QStringLiteral("provinceChart"));
    m_logins = new QBarSet(QString());
    m_logins->setColor(QColor(0x15, 0x65, 0xc0));
    m_logins->setLabelColor(palette().color(QPalette::WindowText)); // the counts stand beside the bars, not on them
    m_series = new QHorizontalBarSeries;
    m_series->append(m_logins);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    chart()->addSeries(m_series);
    chart()->legend()->hide();
    m_provinceAxis = new QBarCategoryAxis;
    m_countAxis = ChartSupport::makeCountAxis();
    chart()->addAxis(m_provinceAxis, Qt::AlignLeft);
    chart()->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_provinceAxis);
    m_series->attachAxis(m_countAxis);
    retranslateUi();
}

void ProvincesChart::setProvinces(const QList<ProvinceCount>& cache, const QMap<QString, qint64>& platform)
{
    m_fromPlatform = !cache.isEmpty() && std::all_of(cache.cbegin(), cache.cend(), [&platform](const ProvinceCount& p) {
        return platform.contains(p.province);
    });
    m_logins->remove(0, m_logins->count());
    QStringList names;
    double top = 0;
    // The chart draws its first category at the bottom: the most logins go last, so they are on top.
    for (auto it = cache.crbegin(); it != cache.crend(); ++it) {
        const qint64 logins = m_fromPlatform ? platform.value(it->province) : it->logins;
        names.append(it->province);
        m_logins->append(double(logins));
        top = std::max(top, double(logins));
    }
    // Room to the right of the longest bar for its count.
    ChartSupport::setCountRange(m_countAxis, top * 1.15);
    ChartSupport::setCategories(m_provinceAxis, names);
    fitToProvinceNames();
    retranslateUi();
}

void ProvincesChart::clear()
{
    setProvinces({}, {});
}

void ProvincesChart::fitToProvinceNames()
{
    // Ten Chinese names, each needing its band of the chart's height to be drawn whole.
    const int needed =
        ChartSupport::heightForCategoryLabels(this, m_provinceAxis->labelsFont(), m_provinceAxis->categories());
    setMinimumHeight(std::max(kMinimumHeight, needed));
}

void ProvincesChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        fitToProvinceNames();
    }
    QChartView::changeEvent(event);
}

void ProvincesChart::retranslateUi()
{
    m_logins->setLabel(m_fromPlatform ? tr("Logins (platform)") : tr("Logins (cache)"));
    m_countAxis->setTitleText(m_fromPlatform ? tr("Logins (platform)") : tr("Logins (cache)"));
    setAccessibleName(tr("Logins per province"));
    setAccessibleDescription(tr("The provinces most logins came from in the period, most first."));
}

} // namespace dm
