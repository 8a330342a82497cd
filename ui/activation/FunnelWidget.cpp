#include "ui/activation/FunnelWidget.h"

#include "ui/stats/ChartSupport.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace dm {

namespace {

// The chart's height when the stage names need no more.
constexpr int kMinimumChartHeight = 170;

const std::array<QString, 4> kStageIds{QStringLiteral("created"), QStringLiteral("smsSent"),
                                       QStringLiteral("firstLogin"), QStringLiteral("activated")};

QString percentText(qint64 part, qint64 whole)
{
    if (whole <= 0) {
        return QStringLiteral("–");
    }
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

} // namespace

FunnelWidget::FunnelWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("funnel"));
    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(18);
    figures->setVerticalSpacing(2);
    for (int stage = 0; stage < kStages; ++stage) {
        auto* caption = new QLabel(this);
        caption->setObjectName(QStringLiteral("funnel.caption.") + kStageIds.at(stage));
        auto* count = new QLabel(this);
        count->setObjectName(QStringLiteral("funnel.") + kStageIds.at(stage));
        count->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = count->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        count->setFont(big);
        auto* share = new QLabel(this);
        share->setObjectName(QStringLiteral("funnel.share.") + kStageIds.at(stage));
        share->setWordWrap(true);
        figures->addWidget(caption, 0, stage);
        figures->addWidget(count, 1, stage);
        figures->addWidget(share, 2, stage, Qt::AlignTop);
        figures->setColumnStretch(stage, 1);
        m_captions.at(stage) = caption;
        m_counts.at(stage) = count;
        m_shares.at(stage) = share;
    }

    // The series takes the set, the chart the series and axes, and the view the chart.
    m_set = new QBarSet(QString());
    m_series = new QHorizontalBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_stageAxis = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    // Every bar carries its count, so the value axis would only repeat them less precisely.
    m_countAxis->setVisible(false);
    m_chart->addAxis(m_stageAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_stageAxis);
    m_series->attachAxis(m_countAxis);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("funnelChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(kMinimumChartHeight);
    m_chartView->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(figures);
    layout->addWidget(m_chartView, 1);

    retranslateUi();
    clear();
}

void FunnelWidget::setFunnel(const ActivationFunnel& funnel)
{
    m_funnel = funnel;
    m_loaded = true;
    showFigures();
}

void FunnelWidget::clear()
{
    m_funnel = {};
    m_loaded = false;
    showFigures();
}

std::array<qint64, FunnelWidget::kStages> FunnelWidget::values() const
{
    return {m_funnel.created, m_funnel.smsSent, m_funnel.firstLogin, m_funnel.activated};
}

void FunnelWidget::showFigures()
{
    const auto counts = values();
    const QLocale locale;
    for (int stage = 0; stage < kStages; ++stage) {
        m_counts.at(stage)->setText(m_loaded ? locale.toString(counts.at(stage)) : QStringLiteral("–"));
        if (!m_loaded || stage == 0) {
            m_shares.at(stage)->setText(m_loaded ? tr("all accounts of the period") : QString());
        } else if (stage == kStages - 1) {
            m_shares.at(stage)->setText(tr("%1 of first logins, %2 of all")
                                            .arg(percentText(counts.at(stage), counts.at(stage - 1)),
                                                 percentText(counts.at(stage), counts.at(0))));
        } else {
            m_shares.at(stage)->setText(
                tr("%1 of the stage before").arg(percentText(counts.at(stage), counts.at(stage - 1))));
        }
    }
    // The chart draws its first category at the bottom: feed the stages last to first so "created" is on top.
    m_set->remove(0, m_set->count());
    for (int stage = kStages - 1; stage >= 0; --stage) {
        m_set->append(double(counts.at(stage)));
    }
    m_countAxis->setRange(0, double(std::max<qint64>(counts.at(0), 1)));
}

void FunnelWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        fitChartToStageNames();
    }
    QWidget::changeEvent(event);
}

void FunnelWidget::fitChartToStageNames()
{
    // The stage names of another language may stand taller: below this height the chart would draw them as "...".
    const int needed =
        ChartSupport::heightForCategoryLabels(m_chartView, m_stageAxis->labelsFont(), m_stageAxis->categories());
    m_chartView->setMinimumHeight(std::max(kMinimumChartHeight, needed));
    updateGeometry();
}

void FunnelWidget::retranslateUi()
{
    const std::array<QString, kStages> captions{tr("Created"), tr("Activation SMS sent"), tr("First login"),
                                                tr("Activated")};
    QStringList categories;
    for (int stage = 0; stage < kStages; ++stage) {
        m_captions.at(stage)->setText(captions.at(stage));
        m_counts.at(stage)->setAccessibleName(captions.at(stage));
    }
    for (int stage = kStages - 1; stage >= 0; --stage) {
        categories.append(captions.at(stage));
    }
    // In one step: an axis cleared first would lose its range, and the chart would lay out twice.
    m_stageAxis->setCategories(categories);
    fitChartToStageNames();
    m_chartView->setAccessibleName(tr("Activation funnel chart"));
    if (m_loaded) {
        showFigures();
    }
}

} // namespace dm
