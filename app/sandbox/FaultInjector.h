#pragma once

#include <QString>

#include <chrono>

namespace dm::sandbox {

// What the server does to one request instead of (or on top of) answering it normally.
struct FaultDecision
{
    enum class Kind
    {
        None,
        Latency,          // answer normally after `delay`
        ServerError,      // HTTP `httpStatus` (5xx) with an HTML body, before the request is handled
        DropBefore,       // close the connection without handling the request
        DropAfter,        // handle (and commit) the request, then close the connection without answering
        Truncate,         // handle it, then send only part of the body and close
        RateBurst,        // refuse with -422 and a retry hint, without handling it
        InvalidateTokens, // expire every access token, then handle the request (which now fails with -301)
        SlowDrip,         // handle it, then send the answer a few bytes at a time over `delay`
    };
    Kind kind = Kind::None;
    std::chrono::milliseconds delay{0};
    int httpStatus = 503;
};

// Decides, request by request, which fault (if any) to inject. The server asks before handling each API call;
// the fault endpoint itself is never subject to faults.
class FaultInjector
{
public:
    virtual ~FaultInjector() = default;
    [[nodiscard]] virtual FaultDecision decide(const QString& path) = 0;
};

} // namespace dm::sandbox
