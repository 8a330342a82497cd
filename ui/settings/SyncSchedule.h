#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QSettings;

namespace dm {

class CacheSession;

// Syncs an open session every so many minutes without anyone asking. It lives as the session's child, so it goes
// with the session. The interval counts from the end of the last sync (whoever started it): a tick that finds a sync
// or a check running lets it be, and the sync's end starts the count again. CacheSession::startSync is
// asynchronous, so a tick costs the UI thread nothing.
class SyncSchedule final : public QObject
{
    Q_OBJECT

public:
    explicit SyncSchedule(CacheSession& session);

    // The schedule of `session` with the interval its profile's preferences name (SyncPreferences), made when the
    // session has none yet. One line where a session is opened: SyncSchedule::attach(*session, settings);
    static SyncSchedule* attach(CacheSession& session, QSettings& settings);
    // The schedule attached to `session`, or null.
    [[nodiscard]] static SyncSchedule* of(const CacheSession* session);

    // 0: off.
    void setIntervalMinutes(int minutes);
    [[nodiscard]] int intervalMinutes() const { return m_minutes; }
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    // How long a "minute" of the interval lasts; tests shorten it.
    void setMinuteLength(std::chrono::milliseconds length);

Q_SIGNALS:
    // A sync was started by the schedule.
    void syncStarted();

private:
    void restart();
    void onTick();

    CacheSession& m_session;
    QTimer m_timer;
    int m_minutes = 0;
    std::chrono::milliseconds m_minute = std::chrono::minutes(1);
};

} // namespace dm
