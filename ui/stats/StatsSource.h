#pragma once

#include "api/Capabilities.h"
#include "ui/stats/CacheStats.h"
#include "ui/stats/PlatformStats.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace dm {

class CacheSession;
class PlatformClient;
class PlatformStatsLoader;

// Where the Statistics page's figures come from: the cache, read in the session's worker thread (again, coalesced,
// whenever it changes), and the platform's statistics endpoints, asked through the profile's client when the period
// or unit changes or on refresh. A cache change alone does not ask the platform again; it only asks for provinces the
// new ranking names that the platform has not counted yet. UI thread only; nothing here waits.
class StatsSource final : public QObject
{
    Q_OBJECT

public:
    // How many provinces are ranked.
    static constexpr int kTopProvinces = 10;

    struct Request
    {
        StatsPeriod period;
        QString unitId;

        friend bool operator==(const Request&, const Request&) = default;
    };
    // Asked at each load for the period and unit the user has chosen (today moves on).
    using RequestProvider = std::function<Request()>;

    explicit StatsSource(RequestProvider provider, QObject* parent = nullptr);
    ~StatsSource() override;

    void setSession(CacheSession* session);
    void setPlatformClient(PlatformClient* client);
    void setCapabilities(const Capabilities& capabilities);

    // Loads again after `delayMs` (coalescing requests); `askPlatform` also asks the platform again.
    void schedule(int delayMs, bool askPlatform);
    void cancelPlatform();

    [[nodiscard]] const std::optional<CacheStats>& cache() const { return m_cache; }
    // The platform's answers for the cache's period and unit, or null.
    [[nodiscard]] const PlatformStats* platform() const;
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isAskingPlatform() const { return m_platformLoading; }
    // Why the platform's figures cannot be had at all (not connected, not served); empty otherwise.
    [[nodiscard]] QString unavailableReason() const;
    // Why there are no platform figures right now: unavailable, being asked, stopped, not asked yet.
    [[nodiscard]] QString absentReason() const;

Q_SIGNALS:
    // The figures changed (either side): show them again.
    void changed();
    void cacheFailed(const QString& message);
    void readingCache();
    void platformProgressed(int done, int total);
    // Nothing is being read or asked any more: what is shown is complete.
    void loaded();

private:
    void reset();
    void reload();
    void onCacheLoaded(CacheStats stats, bool askPlatform);
    void startPlatform(const PlatformStatsRequest& request, bool provincesOnly);
    // Asks the platform for the provinces the cache now ranks that it has not counted (the ranking moves as the cache
    // fills), unless a run is under way.
    void askMissingProvinces();
    void onPlatformFinished();
    [[nodiscard]] bool platformUsable() const;

    RequestProvider m_provider;
    CacheSession* m_session = nullptr;
    QPointer<PlatformClient> m_client;
    PlatformStatsLoader* m_loader = nullptr; // owned; one per client
    Capabilities m_capabilities;
    QTimer m_timer;
    bool m_pendingPlatform = false; // the scheduled load asks the platform too
    quint64 m_generation = 0;
    bool m_readingCache = false;
    bool m_platformLoading = false;
    bool m_provincesOnly = false; // the run in progress adds provinces to m_platform
    bool m_platformStopped = false;
    std::optional<CacheStats> m_cache;
    std::optional<PlatformStats> m_platform;
    // What the platform was last asked for (its answers may still be coming, or have been stopped).
    std::optional<Request> m_platformAsked;
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace dm
