#pragma once

// A real CacheSession (encrypted cache file, worker thread, outbox) against the sandbox a ServiceFixture started, for
// the GUI tests that drive a page the way the app does.

#include "ServiceTestSupport.h"
#include "secrets/SecretStore.h"
#include "sync/CacheSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace guitest {

// Opens (or creates) the cache at `cachePath` for the fixture's sandbox; null when it does not open in time.
inline std::unique_ptr<dm::CacheSession> openSession(servicetest::ServiceFixture& fixture, dm::SecretStore& secrets,
                                                     const QString& cachePath, bool readOnly, QObject* context)
{
    dm::CacheSession::Options options;
    options.settings = fixture.client().settings();
    const QByteArray authCode = fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = cachePath;
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

} // namespace guitest
