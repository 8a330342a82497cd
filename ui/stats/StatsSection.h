#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace dm {

class ComparisonModel;

// One section of the Statistics page: its chart with a "platform | cache | difference" table, and under the table
// a note that says where the figures come from and why two of them differ (an icon marks a difference, so it does
// not rest on colour alone).
class StatsSection final : public QWidget
{
    Q_OBJECT

public:
    // Child names start with `id`: "<id>.table", "<id>.note". `orientation`: the table beside the chart
    // (Horizontal) or under it (Vertical, for charts along the days of a period, which want the width).
    StatsSection(const QString& id, QWidget* chart, Qt::Orientation orientation, QWidget* parent = nullptr);

    [[nodiscard]] ComparisonModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QWidget* chart() const { return m_chart; }
    // `warning`: the text explains a difference (or a missing platform figure) rather than merely informs.
    void setNote(const QString& text, bool warning);
    [[nodiscard]] QString note() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QWidget* m_chart = nullptr;
    ComparisonModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noteIcon = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace dm
