#pragma once

#include "api/ApiError.h"

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace dm {

// Whether a request may be sent again unchanged. Creating an account, resetting a password or resending an
// activation SMS are not: after an ambiguous failure their caller asks the platform what happened first.
enum class Idempotency
{
    Idempotent,
    NotIdempotent,
};

// When to try a failed call again: full-jitter exponential backoff (a random delay in [0, min(cap, base * 2^n)]),
// never shorter than the platform's own hint (retryAfterMs or Retry-After).
struct RetryPolicy
{
    int maxAttempts = 6; // including the first
    std::chrono::milliseconds base{200};
    std::chrono::milliseconds cap{10000};

    // The delay before attempt `attempt + 1` (attempt counts from 1), or nullopt when the call must not be retried:
    // TLS, pin, auth, permission, validation, not-found and conflict errors never are; network, timeout and server
    // errors are for idempotent calls and, when the request never reached the platform, for the others too.
    [[nodiscard]] std::optional<std::chrono::milliseconds>
    delayBefore(int attempt, const ApiError& error, Idempotency idempotency, QRandomGenerator& random) const;
};

} // namespace dm
