#pragma once

#include <QtGlobal>

#include <optional>

namespace dm::sandbox {

// The per-app request rate limit: a token bucket holding one second's worth of requests. Over the limit a call is
// refused with -423 and a hint of when the next one would be admitted.
class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond); // 0 or less: unlimited

    // nullopt when the request is admitted; otherwise the milliseconds until one would be.
    [[nodiscard]] std::optional<qint64> admit(qint64 wallNowMs);
    [[nodiscard]] double rate() const { return m_rate; }

private:
    double m_rate;
    double m_tokens;
    qint64 m_lastRefillMs = -1;
};

} // namespace dm::sandbox
