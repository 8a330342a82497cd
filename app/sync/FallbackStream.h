#pragma once

#include "sync/SyncStream.h"

#include <memory>

namespace dm {

// One stream with two ways to the same data: `preferred` (the delivery extension's queries) and `fallback` (the
// vendor's). A run tries `preferred` until the platform answers that it does not know its endpoints (-400 unknown
// API, HTTP 404); from then on, for as long as this object lives, `fallback` does the work. Any other failure is
// reported as it is: a network error is not a reason to read another family.
class FallbackStream final : public BasicSyncStream
{
public:
    FallbackStream(std::unique_ptr<SyncStream> preferred, std::unique_ptr<SyncStream> fallback);
    ~FallbackStream() override;

    void run(Progress progress, Done done) override;
    void verify(Done done) override;
    void setOnReleased(std::function<void()> released) override;

    // Whether the preferred stream turned out not to be served (tests, status texts).
    [[nodiscard]] bool usesFallback() const { return m_preferredMissing; }

private:
    void onCancel() override;
    // Runs or verifies the stream in use; switches over once, and starts again, when `preferred` is not served.
    void start(bool verifyOnly);
    [[nodiscard]] SyncStream& active() const;

    std::unique_ptr<SyncStream> m_preferred;
    std::unique_ptr<SyncStream> m_fallback;
    bool m_preferredMissing = false;
    bool m_released = false; // the stream of this run gave up the lead (SyncStream::setOnReleased)
};

} // namespace dm
