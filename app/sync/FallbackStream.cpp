#include "sync/FallbackStream.h"

#include "api/Capabilities.h"

#include <QLoggingCategory>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcFallback, "dm.sync.fallback")

bool notServed(const Expected<StreamReport, SyncError>& outcome)
{
    if (outcome) {
        return false;
    }
    const auto* api = std::get_if<ApiError>(&outcome.error().cause);
    return api != nullptr && isUnknownApi(*api);
}

} // namespace

FallbackStream::FallbackStream(std::unique_ptr<SyncStream> preferred, std::unique_ptr<SyncStream> fallback)
    : BasicSyncStream(preferred->name())
    , m_preferred(std::move(preferred))
    , m_fallback(std::move(fallback))
{}

FallbackStream::~FallbackStream() = default;

SyncStream& FallbackStream::active() const
{
    return m_preferredMissing ? *m_fallback : *m_preferred;
}

void FallbackStream::run(Progress progress, Done done)
{
    if (begin(std::move(progress), std::move(done))) {
        m_released = false;
        start(false);
    }
}

void FallbackStream::verify(Done done)
{
    if (begin({}, std::move(done))) {
        m_released = false;
        start(true);
    }
}

void FallbackStream::setOnReleased(std::function<void()> released)
{
    // Noted, so that a stream which gave up the lead is never followed by the other one paging in the background.
    auto noted = [this, released = std::move(released)] {
        m_released = true;
        if (released) {
            released();
        }
    };
    m_preferred->setOnReleased(noted);
    m_fallback->setOnReleased(std::move(noted));
}

void FallbackStream::start(bool verifyOnly)
{
    const int run = currentRun();
    const bool triedPreferred = !m_preferredMissing;
    auto finished = [this, run, triedPreferred, verifyOnly](const Expected<StreamReport, SyncError>& outcome) {
        if (!isCurrent(run)) {
            return;
        }
        if (triedPreferred && notServed(outcome) && !cancelled() && !m_released) {
            qCInfo(lcFallback) << name() << "is not served by the delivery extension; reading the vendor's logs";
            m_preferredMissing = true;
            start(verifyOnly);
            return;
        }
        finish(outcome);
    };
    if (verifyOnly) {
        active().verify(std::move(finished));
    } else {
        auto progress = [this, run](qint64 rowsDone, qint64 rowsExpected) {
            if (isCurrent(run)) {
                reportProgress(rowsDone, rowsExpected);
            }
        };
        active().run(std::move(progress), std::move(finished));
    }
}

void FallbackStream::onCancel()
{
    active().cancel();
}

} // namespace dm
