#include "ui/stats/LoginDaysChart.h"

#include "ui/StatusColors.h"
#include "ui/stats/ChartSupport.h"

#include <QEvent>
#include <QPen>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace dm {

LoginDaysChart::LoginDaysChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    ChartSupport::setUp(this, QStringLiteral("loginChart"));
    m_normal = new QBarSet(QString());
    m_normal->setColor(QColor(0x15, 0x65, 0xc0));
    m_bars = new QBarSeries;
    m_bars->append(m_normal);
    chart()->addSeries(m_bars);
    m_abnormal = new QLineSeries;
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setWidth(2);
    m_abnormal->setPen(pen);
    m_abnormal->setPointsVisible(true);
    chart()->addSeries(m_abnormal);

    m_dayAxis = new QCategoryAxis;
    m_normalAxis = ChartSupport::makeCountAxis();
    m_abnormalAxis = ChartSupport::makeCountAxis();
    // The axis's figures are text: they take the palette's readable red, the line keeps the chart's.
    m_abnormalAxis->setLabelsColor(errorTextColor(palette()));
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_normalAxis, Qt::AlignLeft);
    chart()->addAxis(m_abnormalAxis, Qt::AlignRight);
    m_bars->attachAxis(m_dayAxis);
    m_bars->attachAxis(m_normalAxis);
    m_abnormal->attachAxis(m_dayAxis);
    m_abnormal->attachAxis(m_abnormalAxis);
    retranslateUi();
}

void LoginDaysChart::setDays(const QList<LoginDayCounts>& cache, const std::optional<QList<LoginDayCounts>>& platform)
{
    m_fromPlatform = platform.has_value() && platform->size() == cache.size();
    const QList<LoginDayCounts>& shown = m_fromPlatform ? *platform : cache;
    m_dates.clear();
    m_normal->remove(0, m_normal->count());
    QList<QPointF> abnormal;
    double topNormal = 0;
    double topAbnormal = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const LoginDayCounts& day = shown.at(i);
        m_dates.append(cache.at(i).date);
        m_normal->append(double(day.normal));
        abnormal.append(QPointF(double(i), double(day.abnormal)));
        topNormal = std::max(topNormal, double(day.normal));
        topAbnormal = std::max(topAbnormal, double(day.abnormal));
    }
    m_abnormal->replace(abnormal);
    ChartSupport::setCountRange(m_normalAxis, topNormal);
    ChartSupport::setCountRange(m_abnormalAxis, topAbnormal);
    ChartSupport::setDays(m_dayAxis, m_dates);
    retranslateUi();
}

void LoginDaysChart::clear()
{
    setDays({}, std::nullopt);
}

void LoginDaysChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        ChartSupport::setDays(m_dayAxis, m_dates);
    }
    QChartView::changeEvent(event);
}

void LoginDaysChart::retranslateUi()
{
    const QString source = m_fromPlatform ? tr("platform") : tr("cache");
    m_normal->setLabel(tr("Normal logins (%1)").arg(source));
    m_abnormal->setName(tr("Abnormal logins (%1, right scale)").arg(source));
    m_normalAxis->setTitleText(tr("Normal"));
    m_abnormalAxis->setTitleText(tr("Abnormal"));
    setAccessibleName(tr("Logins per day"));
    setAccessibleDescription(tr("Bars: normal logins each day. Line, on the right-hand scale: logins the platform "
                                "flagged as abnormal."));
}

} // namespace dm
