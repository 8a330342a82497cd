#include "ui/stats/StatsSource.h"

#include "api/PlatformClient.h"
#include "sync/CacheSession.h"
#include "ui/stats/PlatformStatsLoader.h"

#include <algorithm>

namespace dm {

namespace {

// Sync batches come in bursts; one re-read after the burst is enough.
constexpr int kCacheChangedDelayMs = 400;

} // namespace

StatsSource::StatsSource(RequestProvider provider, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatsSource::reload);
}

StatsSource::~StatsSource() = default;

void StatsSource::reset()
{
    ++m_generation; // answers already under way are for what was asked before
    m_timer.stop();
    m_pendingPlatform = false;
    if (m_loader != nullptr) {
        m_loader->cancel();
    }
    m_readingCache = false;
    m_platformLoading = false;
    m_platformStopped = false;
    m_cache.reset();
    m_platform.reset();
    m_platformAsked.reset();
}

void StatsSource::setSession(CacheSession* session)
{
    for (const auto& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    reset();
    m_session = session;
    if (session != nullptr) {
        m_sessionConnections << connect(session, &CacheSession::cacheChanged, this,
                                        [this] { schedule(kCacheChangedDelayMs, false); });
        schedule(0, true);
    }
    Q_EMIT changed();
}

void StatsSource::setPlatformClient(PlatformClient* client)
{
    if (client == m_client) {
        return;
    }
    delete m_loader; // its calls went through the old client
    m_loader = nullptr;
    m_platformLoading = false;
    m_platform.reset();
    m_platformAsked.reset();
    m_client = client;
    if (client != nullptr) {
        m_loader = new PlatformStatsLoader(*client, this);
        connect(m_loader, &PlatformStatsLoader::progressed, this, &StatsSource::platformProgressed);
        connect(m_loader, &PlatformStatsLoader::finished, this, &StatsSource::onPlatformFinished);
    }
    schedule(0, true);
}

void StatsSource::setCapabilities(const Capabilities& capabilities)
{
    const bool servedBefore = m_capabilities.serves(ApiFamily::DeliveryStats);
    m_capabilities = capabilities;
    if (servedBefore == m_capabilities.serves(ApiFamily::DeliveryStats)) {
        return;
    }
    if (m_loader != nullptr) {
        m_loader->cancel();
    }
    m_platformLoading = false;
    m_platform.reset();
    m_platformAsked.reset();
    schedule(0, true);
    Q_EMIT changed();
}

void StatsSource::schedule(int delayMs, bool askPlatform)
{
    if (m_session == nullptr) {
        return;
    }
    m_pendingPlatform = m_pendingPlatform || askPlatform;
    // A pending cache-change reload must not delay a reload the user asked for.
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs) {
        m_timer.start(delayMs);
    }
}

void StatsSource::cancelPlatform()
{
    if (m_loader == nullptr || !m_platformLoading) {
        return;
    }
    m_loader->cancel();
    m_platformLoading = false;
    m_platformStopped = true;
    Q_EMIT changed();
    if (!isLoading()) {
        Q_EMIT loaded();
    }
}

const PlatformStats* StatsSource::platform() const
{
    if (!m_cache || !m_platform || !m_platform->sameRequest(m_cache->period, m_cache->unitId)) {
        return nullptr;
    }
    return &*m_platform;
}

bool StatsSource::isLoading() const
{
    return m_readingCache || m_platformLoading || m_timer.isActive();
}

bool StatsSource::platformUsable() const
{
    return !m_client.isNull() && m_loader != nullptr && m_capabilities.serves(ApiFamily::DeliveryStats);
}

QString StatsSource::unavailableReason() const
{
    if (m_session == nullptr) {
        return {};
    }
    const QString notServed = m_capabilities.whyUnavailable(ApiFamily::DeliveryStats);
    if (!notServed.isEmpty()) {
        return notServed;
    }
    if (m_platform && !m_platform->unavailable.isEmpty()) {
        return m_platform->unavailable;
    }
    return m_client.isNull() ? tr("Not connected to the platform.") : QString();
}

QString StatsSource::absentReason() const
{
    const QString unavailable = unavailableReason();
    if (!unavailable.isEmpty()) {
        return unavailable;
    }
    if (m_platformLoading) {
        return tr("Asking the platform…");
    }
    if (m_platformStopped) {
        return tr("Asking the platform was stopped; refresh (F5) to ask again.");
    }
    return tr("The platform has not been asked yet.");
}

void StatsSource::reload()
{
    if (m_session == nullptr) {
        return;
    }
    const quint64 generation = ++m_generation;
    const Request request = m_provider();
    // A new period or unit, or a refresh, asks the platform again; a cache change alone does not (not even while
    // the answers are still coming: a sync changes the cache every few seconds).
    const bool askPlatform = m_pendingPlatform || m_platformAsked != request;
    m_pendingPlatform = false;
    if (askPlatform) {
        if (m_loader != nullptr) {
            m_loader->cancel();
        }
        m_platformLoading = false;
        m_platformStopped = false;
    }
    m_readingCache = true;
    Q_EMIT readingCache();
    m_session->query<CacheStats>(
        [request](Db& db) { return CacheStats::load(db, request.period, request.unitId, kTopProvinces); }, this,
        [this, generation, askPlatform](CacheStats stats) {
            if (generation == m_generation) {
                onCacheLoaded(std::move(stats), askPlatform);
            }
        });
}

void StatsSource::onCacheLoaded(CacheStats stats, bool askPlatform)
{
    m_readingCache = false;
    if (stats.error) {
        Q_EMIT cacheFailed(stats.error->message());
        if (!isLoading()) {
            Q_EMIT loaded();
        }
        return;
    }
    m_cache = std::move(stats);
    PlatformStatsRequest request;
    request.period = m_cache->period;
    request.unitId = m_cache->unitId;
    for (const ProvinceCount& province : std::as_const(m_cache->provinces)) {
        request.provinces.append(province.province);
    }
    if (platformUsable() && askPlatform) {
        startPlatform(request, false);
    } else {
        askMissingProvinces();
    }
    Q_EMIT changed();
    if (!isLoading()) {
        Q_EMIT loaded();
    }
}

void StatsSource::askMissingProvinces()
{
    if (!platformUsable() || m_platformLoading || platform() == nullptr || m_platform->provinceError ||
        !m_platform->unavailable.isEmpty()) {
        return;
    }
    PlatformStatsRequest request;
    request.period = m_cache->period;
    request.unitId = m_cache->unitId;
    request.mails = request.logins = request.funnel = false;
    for (const ProvinceCount& province : std::as_const(m_cache->provinces)) {
        if (!m_platform->provinces.contains(province.province)) {
            request.provinces.append(province.province);
        }
    }
    if (!request.provinces.isEmpty()) {
        startPlatform(request, true);
    }
}

void StatsSource::startPlatform(const PlatformStatsRequest& request, bool provincesOnly)
{
    if (!provincesOnly) {
        m_platform.reset();
        m_platformAsked = Request{request.period, request.unitId};
    }
    m_provincesOnly = provincesOnly;
    m_platformLoading = true;
    m_loader->start(request);
}

void StatsSource::onPlatformFinished()
{
    m_platformLoading = false;
    PlatformStats result = m_loader->result();
    if (m_provincesOnly && m_platform) {
        if (!result.unavailable.isEmpty()) {
            m_platform->unavailable = result.unavailable;
        }
        m_platform->provinceError = result.provinceError;
        m_platform->provinces.insert(result.provinces);
    } else {
        m_platform = std::move(result);
    }
    askMissingProvinces();
    Q_EMIT changed();
    if (!isLoading()) {
        Q_EMIT loaded();
    }
}

} // namespace dm
