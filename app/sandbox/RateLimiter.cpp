#include "sandbox/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace dm::sandbox {

RateLimiter::RateLimiter(double requestsPerSecond)
    : m_rate(requestsPerSecond)
    , m_tokens(std::max(1.0, requestsPerSecond))
{}

std::optional<qint64> RateLimiter::admit(qint64 wallNowMs)
{
    if (m_rate <= 0) {
        return std::nullopt;
    }
    const double capacity = std::max(1.0, m_rate);
    if (m_lastRefillMs >= 0 && wallNowMs > m_lastRefillMs) {
        m_tokens = std::min(capacity, m_tokens + static_cast<double>(wallNowMs - m_lastRefillMs) * m_rate / 1000.0);
    }
    m_lastRefillMs = std::max(m_lastRefillMs, wallNowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return std::nullopt;
    }
    return static_cast<qint64>(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

} // namespace dm::sandbox
