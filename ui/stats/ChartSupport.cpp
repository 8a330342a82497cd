#include "ui/stats/ChartSupport.h"

#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace dm {

void ChartSupport::setUp(QChartView* view, const QString& objectName)
{
    QChart* chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setFocusPolicy(Qt::NoFocus);
}

QValueAxis* ChartSupport::makeCountAxis()
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    setCountRange(axis, 0);
    return axis;
}

void ChartSupport::setCountRange(QValueAxis* axis, double max)
{
    // At least 0..5, so an empty period still has a sensible scale; whole numbers only.
    const double top = std::max(5.0, std::ceil(max));
    axis->setRange(0, top);
    axis->applyNiceNumbers();
    axis->setMin(0);
}

QString ChartSupport::dayLabel(const QDate& date)
{
    //: Format of the dates under the Statistics charts' bars (QDate format: M month, d day, MM/dd with zeros).
    return QLocale().toString(date, tr("MM-dd"));
}

QStringList ChartSupport::dayLabels(const QList<QDate>& dates)
{
    QStringList labels;
    for (const QDate& date : dates) {
        labels.append(dayLabel(date));
    }
    // A category axis keeps one category per distinct text: a format that does not tell every date of the period
    // apart would put bars under the wrong dates, so such a period is labelled in full instead.
    if (labels.removeDuplicates() > 0) {
        labels.clear();
        for (const QDate& date : dates) {
            labels.append(QLocale().toString(date, QStringLiteral("yyyy-MM-dd")));
        }
    }
    return labels;
}

void ChartSupport::setCategories(QBarCategoryAxis* axis, const QStringList& labels)
{
    if (axis->categories() == labels) {
        return;
    }
    axis->setCategories(labels);
}

int ChartSupport::heightForCategoryLabels(const QChartView* view, const QFont& font, const QStringList& labels)
{
    // Measured the way the chart measures a label: as rich text in a text item, document margins included.
    QGraphicsTextItem probe;
    probe.setFont(font);
    qreal tallest = 0;
    for (const QString& label : labels) {
        probe.setHtml(label);
        tallest = std::max(tallest, probe.boundingRect().height());
    }
    // Around the plot area: the chart's own insets (about 20 px without a title or legend until it is laid out).
    const QRectF plot = view->chart()->plotArea();
    const qreal chrome = plot.height() > 0 ? view->chart()->size().height() - plot.height() : 20.0;
    constexpr qreal kSlack = 6; // rounding inside the chart's layout
    return static_cast<int>(std::ceil(qreal(labels.size() + 2) * tallest + kSlack + chrome));
}

void ChartSupport::setDays(QCategoryAxis* axis, const QList<QDate>& dates)
{
    for (const QString& label : axis->categoriesLabels()) {
        axis->remove(label);
    }
    const auto count = static_cast<int>(dates.size());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(count, 1) - 0.5);
    constexpr int kNamedDates = 8;
    const int step = std::max(1, (count + kNamedDates - 1) / kNamedDates);
    const QStringList labels = dayLabels(dates);
    for (int i = 0; i < count; i += step) {
        axis->append(labels.at(i), i);
    }
}

} // namespace dm
