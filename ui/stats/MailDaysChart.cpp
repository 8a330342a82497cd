#include "ui/stats/MailDaysChart.h"

#include "ui/stats/ChartSupport.h"

#include <QEvent>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace dm {

MailDaysChart::MailDaysChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    ChartSupport::setUp(this, QStringLiteral("mailChart"));
    m_delivered = new QBarSet(QString());
    m_delivered->setColor(QColor(0x2e, 0x7d, 0x32));
    m_notDelivered = new QBarSet(QString());
    m_notDelivered->setColor(QColor(0xc6, 0x28, 0x28));
    m_bars = new QStackedBarSeries;
    m_bars->append(m_delivered);
    m_bars->append(m_notDelivered);
    chart()->addSeries(m_bars);
    m_dayAxis = new QCategoryAxis;
    m_countAxis = ChartSupport::makeCountAxis();
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_dayAxis);
    m_bars->attachAxis(m_countAxis);
    // Lines over the bars, x being the index of the day's category.
    const std::array<QColor, 3> lineColours{QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a), QColor(0xef, 0x6c, 0)};
    for (std::size_t i = 0; i < m_readWithin.size(); ++i) {
        auto* line = new QLineSeries;
        line->setColor(lineColours.at(i));
        line->setPointsVisible(true);
        chart()->addSeries(line);
        line->attachAxis(m_dayAxis);
        line->attachAxis(m_countAxis);
        m_readWithin.at(i) = line;
    }
    retranslateUi();
}

void MailDaysChart::setDays(const QList<MailDayCounts>& cache, const std::optional<QList<MailDay>>& platform)
{
    m_barsFromPlatform = platform.has_value() && platform->size() == cache.size();
    m_dates.clear();
    m_delivered->remove(0, m_delivered->count());
    m_notDelivered->remove(0, m_notDelivered->count());
    double top = 0;
    for (qsizetype i = 0; i < cache.size(); ++i) {
        const MailDayCounts& day = cache.at(i);
        m_dates.append(day.date);
        const qint64 sent = m_barsFromPlatform ? platform->at(i).sent : day.sent;
        const qint64 delivered = m_barsFromPlatform ? platform->at(i).delivered : day.delivered;
        m_delivered->append(double(delivered));
        m_notDelivered->append(double(sent - delivered));
        top = std::max(top, double(sent));
    }
    for (std::size_t line = 0; line < m_readWithin.size(); ++line) {
        QList<QPointF> points;
        for (qsizetype i = 0; i < cache.size(); ++i) {
            points.append(QPointF(double(i), double(cache.at(i).readWithin.at(line))));
        }
        m_readWithin.at(line)->replace(points);
    }
    ChartSupport::setCountRange(m_countAxis, top);
    ChartSupport::setDays(m_dayAxis, m_dates);
    retranslateUi();
}

void MailDaysChart::clear()
{
    setDays({}, std::nullopt);
}

void MailDaysChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        ChartSupport::setDays(m_dayAxis, m_dates);
    }
    QChartView::changeEvent(event);
}

void MailDaysChart::retranslateUi()
{
    const QString source = m_barsFromPlatform ? tr("platform") : tr("cache");
    m_delivered->setLabel(tr("Delivered (%1)").arg(source));
    m_notDelivered->setLabel(tr("Not delivered (%1)").arg(source));
    for (std::size_t i = 0; i < m_readWithin.size(); ++i) {
        const int days = MailDayCounts::kReadWithinDays.at(i);
        m_readWithin.at(i)->setName(tr("Read within %n day(s) (cache)", nullptr, days));
    }
    m_countAxis->setTitleText(tr("Documents"));
    setAccessibleName(tr("Documents sent per day"));
    setAccessibleDescription(tr("Bars: documents delivered and not delivered each day. Lines: those read within 1, 3 "
                                "and 7 days of delivery."));
}

} // namespace dm
