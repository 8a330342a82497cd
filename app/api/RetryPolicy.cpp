#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace dm {

std::optional<std::chrono::milliseconds> RetryPolicy::delayBefore(int attempt, const ApiError& error,
                                                                  QRandomGenerator& random) const
{
    if (attempt >= maxAttempts) {
        return std::nullopt;
    }
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        break; // this copy was refused unprocessed (an earlier copy may not have been: see Idempotency)
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
        if (error.kind == ApiError::Kind::Protocol && !error.ambiguous) {
            return std::nullopt; // a well-formed answer of the wrong shape: asking again gives the same
        }
        break;
    case ApiError::Kind::ProxyAuth: // asking again gives the same refusal until the user signs in
    case ApiError::Kind::Tls:
    case ApiError::Kind::PinMismatch:
    case ApiError::Kind::Auth:
    case ApiError::Kind::Permission:
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Cancelled:
        return std::nullopt;
    }
    const int exponent = std::min(attempt - 1, 20);
    const qint64 ceiling = std::min<qint64>(cap.count(), base.count() << exponent);
    const qint64 jitter = ceiling > 0 ? static_cast<qint64>(random.bounded(static_cast<quint64>(ceiling) + 1)) : 0;
    return std::chrono::milliseconds(std::max<qint64>(jitter, error.retryAfter.count()));
}

} // namespace dm
