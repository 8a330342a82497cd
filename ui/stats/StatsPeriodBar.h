#pragma once

#include "store/StatsRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace dm {

// The period the Statistics page counts: the last 7 or 30 days, this month, or a custom range of dates. Dates are
// China's (StatsPeriod), as the platform counts them, whatever the computer's time zone. Emits periodChanged()
// whenever the user changes it.
class StatsPeriodBar final : public QWidget
{
    Q_OBJECT

public:
    enum Preset
    {
        Last7Days,
        Last30Days,
        ThisMonth,
        Custom,
    };
    // The platform keeps 180 days of logs; a longer custom range is cut to its last 180 days.
    static constexpr int kMaxDays = 180;

    explicit StatsPeriodBar(QWidget* parent = nullptr);

    // The period as of `today` (a China date): a preset of N days ends today.
    [[nodiscard]] StatsPeriod period(const QDate& today) const;
    [[nodiscard]] Preset preset() const;
    void setPreset(Preset preset);
    void setCustomRange(const QDate& from, const QDate& to);
    // Today's date in China.
    [[nodiscard]] static QDate today();

Q_SIGNALS:
    void periodChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onPresetChanged();

    QLabel* m_label = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace dm
