#pragma once

#include "core/Account.h"
#include "core/DeliveryStats.h"
#include "store/DbError.h"
#include "store/StatsRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// Which part of a log the cache holds: from the start of its history to the end of its last completed sync. Rows
// outside it (and, for mail, reads after its end) are not in the cache yet.
struct LogCoverage
{
    std::optional<qint64> historyStart;
    std::optional<qint64> syncedTo;

    // Whether [fromMs, toMs) lies wholly inside what the cache holds.
    [[nodiscard]] bool covers(qint64 fromMs, qint64 toMs) const
    {
        return historyStart && syncedTo && *historyStart <= fromMs && toMs <= *syncedTo;
    }
};

// Everything the Statistics page shows from the cache for one period, read in one job so the figures agree.
struct CacheStats
{
    std::optional<DbError> error; // when set, nothing else is meaningful
    StatsPeriod period;
    QString unitId;
    QList<MailDayCounts> mailDays;
    QList<LoginDayCounts> loginDays;
    QList<ProvinceCount> provinces;
    ActivationFunnel funnel;
    QList<Unit> units;
    LogCoverage mailCoverage;
    LogCoverage loginCoverage;

    // Runs in the cache's worker thread. The funnel counts the accounts of `unitId` (and the units below it) created
    // in the period, as the platform's activationFunnel does.
    [[nodiscard]] static CacheStats load(Db& db, const StatsPeriod& period, const QString& unitId, int provinceLimit);
};

} // namespace dm
