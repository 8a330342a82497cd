#pragma once

#include "store/LogQuery.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace dm {

// When the rows of a log happened: a preset (today, the last 7 or 30 days, this month, everything cached) or a custom
// span. A preset is counted from the moment the filter is applied, so "today" after midnight means the new day once
// the page filters again (F5).
class LogTimeRangeBar final : public QWidget
{
    Q_OBJECT

public:
    enum Preset
    {
        AllCached,
        Today,
        Last7Days,
        Last30Days,
        ThisMonth,
        Custom,
    };

    explicit LogTimeRangeBar(QWidget* parent = nullptr);

    [[nodiscard]] Preset preset() const;
    void setPreset(Preset preset);
    // Custom: [from, to), both local times.
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    [[nodiscard]] LogTimeRange range() const;
    // For tests: the clock presets count from (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void rangeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateCustomFields();

    QLabel* m_label = nullptr;
    QComboBox* m_preset = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateTimeEdit* m_to = nullptr;
    std::function<QDateTime()> m_clock;
};

} // namespace dm
