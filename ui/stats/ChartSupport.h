#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QCategoryAxis;
class QChartView;
class QFont;
class QValueAxis;

namespace dm {

// What the Statistics page's charts share: one look (no animation, no background, legend below), day labels in the
// interface's language, and a value axis that shows whole numbers.
class ChartSupport
{
    Q_DECLARE_TR_FUNCTIONS(ChartSupport)

public:
    // Gives the view and its chart the page's look and names the view `objectName`.
    static void setUp(QChartView* view, const QString& objectName);
    // A value axis from 0 with whole-number labels.
    [[nodiscard]] static QValueAxis* makeCountAxis();
    // Sets the axis to show 0..max with round steps.
    static void setCountRange(QValueAxis* axis, double max);
    // "12-04" in English, "12月4日" in Chinese: short, since a month of days sits side by side.
    [[nodiscard]] static QString dayLabel(const QDate& date);
    [[nodiscard]] static QStringList dayLabels(const QList<QDate>& dates);
    // Puts `labels` on the axis; nothing when they are already there (the chart would lay out again for nothing).
    static void setCategories(QBarCategoryAxis* axis, const QStringList& labels);
    // The height a view needs so that every label of a vertical category axis is drawn whole. Qt Charts gives each
    // category an equal band of the plot's height (with a band's worth of room above and below) and draws a label
    // that does not fit its band as "..."; Chinese text stands taller than Latin text in the same font, so the
    // answer depends on the language and must be worked out again when it changes. `view` lends its current chrome
    // (the height around the plot area).
    [[nodiscard]] static int heightForCategoryLabels(const QChartView* view, const QFont& font,
                                                     const QStringList& labels);
    // Days along `axis` (a value axis whose x is the day's index, so bars and lines share it): the bars sit on whole
    // numbers and at most about eight dates are named, evenly spaced, so a month of days never crowds the labels
    // into "...". Called again on a language change, the dates are named in the new language.
    static void setDays(QCategoryAxis* axis, const QList<QDate>& dates);
};

} // namespace dm
