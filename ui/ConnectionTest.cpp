#include "ui/ConnectionTest.h"

#include "api/PlatformClient.h"
#include "api/UnitService.h"

namespace dm {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
{}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const ConnectionSettings& settings, const QByteArray& authCode)
{
    cancel();
    const int generation = ++m_generation;
    m_client = std::make_unique<PlatformClient>(settings, [authCode](auto done) { done(authCode); });
    // A test answers quickly: a wrong address must not wait through the full backoff of a bulk run.
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.base = std::chrono::milliseconds(100);
    quick.cap = std::chrono::milliseconds(500);
    m_client->setRetryPolicy(quick);
    m_client->tokens().token(this, [this, generation](const TokenManager::TokenResult& token) {
        if (generation != m_generation) {
            return;
        }
        onToken(bool(token), token ? ApiError{} : token.error());
    });
}

void ConnectionTest::cancel()
{
    ++m_generation;
    if (m_client) {
        // Deleted later: this may run inside one of the client's own callbacks.
        m_client.release()->deleteLater();
    }
}

void ConnectionTest::onToken(bool ok, const ApiError& error)
{
    if (!ok) {
        switch (error.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::ProxyAuth:
        case ApiError::Kind::Timeout:
            fail(Step::Reachable, error);
            return;
        case ApiError::Kind::Tls:
        case ApiError::Kind::PinMismatch:
            Q_EMIT stepFinished(Step::Reachable, true, m_client->settings().baseUrl.host());
            fail(Step::Tls, error);
            return;
        default:
            Q_EMIT stepFinished(Step::Reachable, true, m_client->settings().baseUrl.host());
            Q_EMIT stepFinished(Step::Tls, true, QString());
            fail(Step::Token, error);
            return;
        }
    }
    const ConnectionSettings& settings = m_client->settings();
    Q_EMIT stepFinished(Step::Reachable, true, settings.baseUrl.host());
    Q_EMIT stepFinished(Step::Tls, true,
                        !settings.pinnedKeys.isEmpty()   ? tr("the pinned key matches")
                        : !settings.trustedCas.isEmpty() ? tr("trusted by the given CA")
                                                         : tr("trusted by the system"));
    Q_EMIT stepFinished(Step::Token, true, QString());
    const int generation = m_generation;
    UnitService(*m_client).list(this, [this, generation](const Expected<QList<Unit>, ApiError>& units) {
        if (generation != m_generation) {
            return;
        }
        if (!units) {
            fail(Step::Api, units.error());
            return;
        }
        const int count = static_cast<int>(units->size());
        Q_EMIT stepFinished(Step::Api, true, tr("%n unit(s)", nullptr, count));
        finish(true, tr("The connection works: the platform answered and lists %n unit(s).", nullptr, count));
    });
}

void ConnectionTest::fail(Step step, const ApiError& error)
{
    Q_EMIT stepFinished(step, false, error.message());
    QString verdict;
    switch (step) {
    case Step::Reachable:
        verdict = tr("The platform cannot be reached: %1");
        break;
    case Step::Tls:
        verdict = error.kind == ApiError::Kind::PinMismatch
                      ? tr("The server is not the one this profile trusts (its key does not match the pin): %1")
                      : tr("The secure connection failed: %1");
        break;
    case Step::Token:
        verdict = tr("The platform refused the credentials (appId, orgOpenId or authorization code): %1");
        break;
    case Step::Api:
        verdict = tr("The platform refused a call: %1");
        break;
    }
    finish(false, verdict.arg(error.message()));
}

void ConnectionTest::finish(bool ok, const QString& verdict)
{
    cancel();
    Q_EMIT finished(ok, verdict);
}

} // namespace dm
