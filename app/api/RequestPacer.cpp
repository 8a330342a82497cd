#include "api/RequestPacer.h"

#include <algorithm>
#include <cmath>

namespace dm {

RequestPacer::RequestPacer(double requestsPerSecond, int maxInFlight, QObject* parent)
    : QObject(parent)
    , m_rate(requestsPerSecond)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_tokens(std::max(1.0, requestsPerSecond))
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &RequestPacer::pump);
}

void RequestPacer::acquire(std::function<void()> start)
{
    m_queue.push_back(std::move(start));
    // Always asynchronous, so a caller never re-enters itself.
    QTimer::singleShot(0, this, &RequestPacer::pump);
}

void RequestPacer::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    QTimer::singleShot(0, this, &RequestPacer::pump);
}

void RequestPacer::slowDown(std::chrono::milliseconds pause)
{
    // elapsed() truncates to whole ms, so "now" may be up to 1 ms late: one more keeps the pause at least as long
    // as the platform asked for.
    m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + pause.count() + 1);
    m_tokens = std::min(m_tokens, 0.0); // the bucket refills only after the pause
    m_lastRefillMs = m_pausedUntilMs;
}

void RequestPacer::refill()
{
    const qint64 now = m_clock.elapsed();
    if (m_rate > 0 && now > m_lastRefillMs) {
        m_tokens =
            std::min(std::max(1.0, m_rate), m_tokens + static_cast<double>(now - m_lastRefillMs) * m_rate / 1000.0);
        m_lastRefillMs = now;
    }
}

void RequestPacer::pump()
{
    while (!m_queue.empty() && m_inFlight < m_maxInFlight) {
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntilMs) {
            m_wakeUp.start(static_cast<int>(m_pausedUntilMs - now));
            return;
        }
        if (m_rate > 0) {
            refill();
            if (m_tokens < 1.0) {
                const auto wait = static_cast<int>(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
                m_wakeUp.start(std::max(1, wait));
                return;
            }
            m_tokens -= 1.0;
        }
        ++m_inFlight;
        auto start = std::move(m_queue.front());
        m_queue.pop_front();
        start();
    }
}

} // namespace dm
