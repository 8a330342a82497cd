#pragma once

#include "api/ApiError.h"
#include "api/LogFilters.h"
#include "core/DeliveryStats.h"
#include "core/Expected.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace dm {

class PlatformClient;

// Which accounts the activation funnel counts: a unit and every unit below it (empty: all), created in
// [createdFrom, createdTo).
struct FunnelFilter
{
    QString unitId;
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
};

// The typed statistics endpoints (CONTRACT.md §14). All are reads. Windows are checked before sending, as for the
// logs. Every callback runs once, on the caller's thread, unless `context` is gone.
class StatsService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    // China's offset, the platform's default for mailDaily.
    static constexpr int kChinaOffsetMinutes = 480;

    explicit StatsService(PlatformClient& client);

    void activationFunnel(const FunnelFilter& filter, QObject* context, Done<ActivationFunnel> done);
    // One MailDay per local date from the date of startTime to the date of endTime - 1, zeros included.
    void mailDaily(const LogWindow& window, int timeZoneOffsetMinutes, QObject* context, Done<QList<MailDay>> done);
    // How many rows the same log query would page through (for mails, with the same orderBy).
    void logCounts(const LogWindow& window, const OperationFilter& filter, QObject* context, Done<qint64> done);
    void logCounts(const LogWindow& window, const LoginFilter& filter, QObject* context, Done<qint64> done);
    void logCounts(const LogWindow& window, const MailFilter& filter, QObject* context, Done<qint64> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
