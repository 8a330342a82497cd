#pragma once

#include <QtGlobal>

#include <functional>

namespace dm::sandbox {

// The platform's own time. It runs `speed` times as fast as the wall clock from a starting point (speed 0 freezes
// it, so two syncs see the same platform); the simulation and every timestamp the platform records use it.
// Request headers (qiye-timestamp) are checked against the wall clock, as a real server would.
class SimClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    SimClock(qint64 platformStartMs, double speed, WallClock wallClock = {});

    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 wallNow() const { return m_wall(); }
    [[nodiscard]] double speed() const { return m_speed; }
    // Tests and the fault endpoint may jump the platform forward (never back: logs only grow).
    void advance(qint64 milliseconds);

private:
    WallClock m_wall;
    qint64 m_platformStartMs;
    qint64 m_wallStartMs;
    double m_speed;
};

} // namespace dm::sandbox
