#pragma once

#include "api/ApiError.h"
#include "core/DeliveryStats.h"
#include "store/StatsRepository.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm {

// What the Statistics page asks the platform for one period.
struct PlatformStatsRequest
{
    StatsPeriod period;
    QString unitId; // the funnel's unit (and those below it); empty: every account
    bool mails = true;
    bool logins = true;
    bool funnel = true;
    QStringList provinces; // logins per province: the platform does not rank them, so the cache names them
};

// What the platform's statistics endpoints answered for a PlatformStatsRequest, section by section. A section whose
// calls failed has no value and holds the first error instead; the others stand.
struct PlatformStats
{
    StatsPeriod period;
    QString unitId;
    std::optional<QList<MailDay>> mailDays;         // every date of the period, in order
    std::optional<QList<LoginDayCounts>> loginDays; // every date of the period, in order
    QMap<QString, qint64> provinces;                // logins in the period, for each province asked about
    std::optional<ActivationFunnel> funnel;
    std::optional<ApiError> mailError;
    std::optional<ApiError> loginError;
    std::optional<ApiError> provinceError;
    std::optional<ApiError> funnelError;
    // Set when the platform does not serve its statistics (or not to this app): why, in the user's words. No section
    // has figures then.
    QString unavailable;
    qint64 askedAtMs = 0; // when the answers were asked for

    [[nodiscard]] bool sameRequest(const StatsPeriod& otherPeriod, const QString& otherUnit) const
    {
        return period == otherPeriod && unitId == otherUnit;
    }
};

// Why the platform's statistics cannot be had, when `error` says the platform does not know the endpoints or has not
// granted them to this app; empty for any other failure (which a later try may not repeat).
[[nodiscard]] QString statsUnavailableReason(const ApiError& error);

} // namespace dm
