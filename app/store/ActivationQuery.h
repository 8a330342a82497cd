#pragma once

#include "core/Account.h"
#include "store/AccountQuery.h"
#include "store/Outbox.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace dm {

inline constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// What the Activation page looks at: accounts of a unit (and the units below it) created in a period. The funnel,
// the ageing buckets and the worklist all count the same accounts, so their numbers can be checked against each
// other and against the platform's activationFunnel for the same filter.
struct ActivationFilter
{
    QString unitId; // empty: every unit
    bool includeSubUnits = true;
    std::optional<qint64> createdFrom; // ms, inclusive
    std::optional<qint64> createdTo;   // ms, exclusive

    [[nodiscard]] AccountQuery toQuery() const
    {
        AccountQuery query;
        query.unitId = unitId;
        query.includeSubUnits = includeSubUnits;
        query.createdFrom = createdFrom;
        query.createdTo = createdTo;
        return query;
    }
};

// How long an account has waited since its last activation SMS (or its creation when none was sent), in whole days:
// at least minDays and fewer than maxDays (no upper bound when absent). minDays 0 has no lower bound at all, so an
// account stamped a little in the future (clocks differ) still lands in a bucket.
struct WaitRange
{
    int minDays = 0;
    std::optional<int> maxDays;

    friend bool operator==(const WaitRange&, const WaitRange&) = default;
};

// The ageing buckets the page shows; together they cover every waiting account exactly once.
inline constexpr std::array<WaitRange, 4> kAgeingBuckets{{{0, 3}, {3, 7}, {7, 30}, {30, std::nullopt}}};
// What counts as overdue: waiting more than three days (the platform's own reminder rhythm starts there).
inline constexpr WaitRange kOverdue{3, std::nullopt};

// Accounts not yet activated (and not deleted) per bucket of kAgeingBuckets.
struct AgeingCounts
{
    std::array<qint64, kAgeingBuckets.size()> buckets{};

    [[nodiscard]] qint64 total() const
    {
        qint64 sum = 0;
        for (const qint64 count : buckets) {
            sum += count;
        }
        return sum;
    }
};

// One line of the overdue worklist. `mobile` is already masked: the page never holds the full number.
struct OverdueRow
{
    qint64 id = 0;
    QString accountName;
    QString name;
    QString maskedMobile;
    QString unitId;
    QString unitName;
    AccountStatus status = AccountStatus::Enabled;
    ActivationState state = ActivationState::Created;
    qint64 createdAt = 0;
    std::optional<qint64> smsSentAt;
    int reminderCount = 0;
    qint64 waitingSince = 0;                // smsSentAt, or createdAt when no SMS was sent
    std::optional<OutboxState> outboxState; // of the account's newest outbox item

    [[nodiscard]] int daysWaiting(qint64 nowMs) const
    {
        return nowMs > waitingSince ? static_cast<int>((nowMs - waitingSince) / kDayMs) : 0;
    }
};

} // namespace dm
