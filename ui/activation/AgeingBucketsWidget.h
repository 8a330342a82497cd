#pragma once

#include "store/ActivationQuery.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPushButton;

namespace dm {

// How long the accounts still waiting for activation have waited, in the buckets of kAgeingBuckets. Each bucket is a
// button: choosing one narrows the worklist to it, choosing it again goes back to every overdue account.
class AgeingBucketsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit AgeingBucketsWidget(QWidget* parent = nullptr);

    void setCounts(const AgeingCounts& counts);
    void clear();
    [[nodiscard]] const AgeingCounts& counts() const { return m_counts; }
    // The chosen bucket, or nullopt for "every overdue account" (kOverdue).
    [[nodiscard]] std::optional<int> selectedBucket() const { return m_selected; }
    [[nodiscard]] WaitRange selectedRange() const;
    // "under 3 days", "3 to 7 days", "30 days or more" (the buckets' bounds are all plural).
    [[nodiscard]] static QString rangeText(const WaitRange& range);

Q_SIGNALS:
    void rangeSelected(const dm::WaitRange& range);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onClicked(int bucket);
    void showCounts();

    AgeingCounts m_counts;
    bool m_loaded = false;
    std::optional<int> m_selected;
    std::array<QPushButton*, kAgeingBuckets.size()> m_buttons{};
    QLabel* m_title = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace dm
