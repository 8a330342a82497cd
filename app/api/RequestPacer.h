#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace dm {

// Keeps one profile's calls within its rate (requests per second, a token bucket one second deep) and its bound on
// requests in flight, and backs off for as long as the platform asks after -422/-423. Callers wait in FIFO order.
class RequestPacer : public QObject
{
    Q_OBJECT

public:
    RequestPacer(double requestsPerSecond, int maxInFlight, QObject* parent = nullptr);

    // `start` runs (later, on this thread) once the call may go; the caller must release() when it finishes.
    void acquire(std::function<void()> start);
    void release();
    // The platform said "too fast": nothing new starts for `pause`.
    void slowDown(std::chrono::milliseconds pause);

    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int waiting() const { return static_cast<int>(m_queue.size()); }

private:
    void pump();
    void refill();

    double m_rate;
    int m_maxInFlight;
    double m_tokens;
    int m_inFlight = 0;
    qint64 m_pausedUntilMs = 0;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    std::deque<std::function<void()>> m_queue;
    QTimer m_wakeUp;
};

} // namespace dm
