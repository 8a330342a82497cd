#pragma once

#include "api/ApiError.h"

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace dm {

// Whether a request may be sent again unchanged. Creating an account, resetting a password or resending an
// activation SMS are not: before any resend their caller asks the platform what happened. Even a failure that looks
// like "never arrived" may follow a copy that did: Qt's HTTP layer re-sends a request by itself when a kept-alive
// connection closes under it, and the error we see can be the fate of that second copy.
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

    // The delay before attempt `attempt + 1` (attempt counts from 1), or nullopt when the failure is not transient:
    // TLS, pin, auth, permission, validation, not-found and conflict errors never are; network, timeout, server and
    // rate-limit errors are. Whether a transient failure may simply be re-sent is the caller's Idempotency.
    [[nodiscard]] std::optional<std::chrono::milliseconds> delayBefore(int attempt, const ApiError& error,
                                                                       QRandomGenerator& random) const;
};

} // namespace dm
