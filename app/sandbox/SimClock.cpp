#include "sandbox/SimClock.h"

#include <QDateTime>

#include <cmath>

namespace dm::sandbox {

SimClock::SimClock(qint64 platformStartMs, double speed, WallClock wallClock)
    : m_wall(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_platformStartMs(platformStartMs)
    , m_wallStartMs(m_wall())
    , m_speed(speed < 0 ? 0 : speed)
{}

qint64 SimClock::now() const
{
    const double elapsed = static_cast<double>(m_wall() - m_wallStartMs) * m_speed;
    return m_platformStartMs + static_cast<qint64>(std::floor(elapsed));
}

void SimClock::advance(qint64 milliseconds)
{
    if (milliseconds > 0) {
        m_platformStartMs += milliseconds;
    }
}

} // namespace dm::sandbox
