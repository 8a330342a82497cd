#pragma once

// A real CacheSession (encrypted cache file, worker thread, outbox) against the sandbox a ServiceFixture started, for
// the GUI tests that drive a page the way the app does.

#include "GuiTestSupport.h"
#include "ServiceTestSupport.h"
#include "core/Profile.h"
#include "secrets/SecretStore.h"
#include "sync/CacheSession.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace guitest {

// A profile of the fixture's sandbox, as the app makes one for a sandbox connection (never saved).
inline dm::Profile sandboxProfile(servicetest::ServiceFixture& fixture)
{
    dm::Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("sandbox");
    profile.baseUrl = fixture.client().settings().baseUrl;
    profile.domain = fixture.client().settings().domain;
    profile.sandbox = true;
    return profile;
}

// Opens (or creates) the cache at `cachePath` for the fixture's sandbox; null when it does not open in time. With
// `anchored`, the ledger is time-stamped by the sandbox's TSA, as the app does for a sandbox profile.
inline std::unique_ptr<dm::CacheSession> openSession(servicetest::ServiceFixture& fixture, dm::SecretStore& secrets,
                                                     const QString& cachePath, bool readOnly, QObject* context,
                                                     bool anchored = false)
{
    dm::CacheSession::Options options;
    options.settings = fixture.client().settings();
    if (anchored) {
        dm::AnchorSettings anchoring;
        anchoring.transport = options.settings;
        anchoring.tsaUrl = options.settings.baseUrl;
        anchoring.tsaUrl.setPath(QStringLiteral("/sandbox/tsa"));
        options.anchoring = anchoring;
    }
    const QByteArray authCode = fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = cachePath;
    options.profileId = QUuid::createUuid();
    options.readOnly = readOnly;
    std::optional<dm::Expected<std::unique_ptr<dm::CacheSession>, dm::CacheError>> opened;
    dm::CacheSession::open(options, secrets, context,
                           [&opened](dm::Expected<std::unique_ptr<dm::CacheSession>, dm::CacheError> result) {
                               opened.emplace(std::move(result));
                           });
    if (!QTest::qWaitFor([&opened] { return opened.has_value(); }, 20000) || !*opened) {
        return nullptr;
    }
    return std::move(**opened);
}

// Syncs `streams` and says whether the sync ended in time and succeeded.
inline bool sync(dm::CacheSession& session, const QStringList& streams, int timeoutMs)
{
    QSignalSpy synced(&session, &dm::CacheSession::syncFinished);
    session.startSync(streams);
    return synced.wait(timeoutMs) && synced.at(0).at(0).value<dm::SyncSummary>().succeeded();
}

// Runs `job` on the session's worker and waits for its answer; nullopt when none came in time.
template <typename Result>
[[nodiscard]] std::optional<Result> query(dm::CacheSession& session, std::function<Result(dm::Db&)> job, int timeoutMs)
{
    std::optional<Result> result;
    QObject context;
    session.query<Result>(std::move(job), &context, [&result](Result answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        return std::nullopt;
    }
    return result;
}

// Tears down what a GUI test over a session built: the window lets go of the session before either goes.
inline void closeWindowAndSession(std::unique_ptr<dm::test::GuiFixture>& gui,
                                  std::unique_ptr<dm::CacheSession>& session)
{
    if (gui && gui->window() != nullptr) {
        gui->window()->setSession(nullptr);
    }
    gui.reset();
    session.reset();
}

} // namespace guitest
