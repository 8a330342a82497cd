#pragma once

#include "ui/stats/CacheStats.h"
#include "ui/stats/ComparisonModel.h"
#include "ui/stats/PlatformStats.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dm {

// The rows of each "platform | cache | difference" table of the Statistics page, and the note under it: where the
// figures come from, on which days the two differ and the likely reason (the cache not yet synced that far, or the
// platform having moved on since the last sync).
class StatsComparison
{
    Q_DECLARE_TR_FUNCTIONS(StatsComparison)

public:
    struct Section
    {
        QList<ComparisonRow> rows;
        QString note;
        bool warning = false; // the note explains a difference or a missing platform figure
    };

    // `platform` is null while there are no platform figures for this period; `absentReason` then says why
    // (not connected, not served, still being asked...).
    [[nodiscard]] static Section mails(const CacheStats& cache, const PlatformStats* platform,
                                       const QString& absentReason);
    [[nodiscard]] static Section logins(const CacheStats& cache, const PlatformStats* platform,
                                        const QString& absentReason);
    [[nodiscard]] static Section provinces(const CacheStats& cache, const PlatformStats* platform,
                                           const QString& absentReason);
    [[nodiscard]] static Section funnel(const CacheStats& cache, const PlatformStats* platform,
                                        const QString& absentReason);

    // Why a section has no platform figures: the platform's statistics are unavailable, the section's calls failed,
    // or nothing was asked yet. Empty when the section has its figures.
    [[nodiscard]] static QString sectionAbsentReason(const PlatformStats* platform,
                                                     const std::optional<ApiError>& sectionError,
                                                     const QString& pageReason);

private:
    // "12-01, 12-03 and 2 more days"
    [[nodiscard]] static QString dateList(const QList<QDate>& dates);
    enum class CoveredLog
    {
        Mail,
        Login,
    };
    // Why the cache's log figures may fall short of the platform's for `period`.
    [[nodiscard]] static QString coverageReason(const LogCoverage& coverage, const StatsPeriod& period, CoveredLog log);
    [[nodiscard]] static QString moment(qint64 ms);
    [[nodiscard]] static QString cacheOnly();
};

} // namespace dm
