#include "ui/settings/SyncSchedule.h"

#include "sync/CacheSession.h"
#include "ui/settings/SyncPreferences.h"

namespace dm {

SyncSchedule::SyncSchedule(CacheSession& session)
    : QObject(&session)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncSchedule::onTick);
    connect(&session, &CacheSession::syncFinished, this, &SyncSchedule::restart);
    connect(&session, &CacheSession::verifyFinished, this, [this] {
        // A tick skipped for the check is made up for now that it is over.
        if (m_minutes > 0 && !m_timer.isActive()) {
            onTick();
        }
    });
}

SyncSchedule* SyncSchedule::attach(CacheSession& session, QSettings& settings)
{
    SyncSchedule* schedule = of(&session);
    if (schedule == nullptr) {
        schedule = new SyncSchedule(session);
    }
    schedule->setIntervalMinutes(SyncPreferences::load(settings, session.profileId()).intervalMinutes);
    return schedule;
}

SyncSchedule* SyncSchedule::of(const CacheSession* session)
{
    return session == nullptr ? nullptr : session->findChild<SyncSchedule*>(QString(), Qt::FindDirectChildrenOnly);
}

void SyncSchedule::setIntervalMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    restart();
}

void SyncSchedule::setMinuteLength(std::chrono::milliseconds length)
{
    m_minute = std::max(length, std::chrono::milliseconds(1));
    restart();
}

void SyncSchedule::restart()
{
    if (m_minutes <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_minute * m_minutes);
}

void SyncSchedule::onTick()
{
    if (m_minutes <= 0) {
        return;
    }
    // Running already: its end restarts the count (syncFinished). A check: its end ticks again (verifyFinished).
    if (m_session.isSyncing() || m_session.isVerifying()) {
        return;
    }
    m_session.startSync();
    Q_EMIT syncStarted();
}

} // namespace dm
