#pragma once

#include "api/ApiAccessManager.h"
#include "api/ApiExchange.h"
#include "api/RequestPacer.h"
#include "api/RetryPolicy.h"
#include "api/TokenManager.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace dm {

// What asking the platform "did my last attempt happen?" found out, for a non-idempotent call after an ambiguous
// failure.
struct Reconciliation
{
    enum class Outcome
    {
        Done,    // it happened: `result` is what the call would have returned
        NotDone, // it did not happen: sending it again is safe
        Unknown, // the platform could not tell us: report the original failure, send nothing more
    };
    Outcome outcome = Outcome::Unknown;
    ApiReply result = ApiReply(QJsonValue());
};

// Calls the platform for one profile: paces requests, supplies the token (refreshing on -301, acquiring again on
// -302/-300), retries what may be retried with backoff, and for non-idempotent calls reconciles before any resend,
// so a retry never creates a second account or sends a second SMS.
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiReply&)>;
    using Reconciler = std::function<void(std::function<void(Reconciliation)>)>;

    struct CallOptions
    {
        Idempotency idempotency = Idempotency::Idempotent;
        Reconciler reconcile; // required for NotIdempotent calls
    };

    PlatformClient(ConnectionSettings settings, TokenManager::AuthCodeProvider authCode, QObject* parent = nullptr);
    // With a given transport (tests pass a fake one); the client takes ownership.
    PlatformClient(std::unique_ptr<ApiAccessManager> network, TokenManager::AuthCodeProvider authCode,
                   QObject* parent = nullptr);

    // Calls back exactly once, on this thread, unless `context` was destroyed first.
    void call(const QString& path, const QJsonObject& body, CallOptions options, QObject* context, Callback callback);

    [[nodiscard]] ApiAccessManager& network() { return *m_network; }
    [[nodiscard]] TokenManager& tokens() { return m_tokens; }
    [[nodiscard]] const ConnectionSettings& settings() const { return m_network->settings(); }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    [[nodiscard]] const RetryPolicy& retryPolicy() const { return m_retry; }
    [[nodiscard]] RequestPacer& pacer() { return m_pacer; }

private:
    class PendingCall;
    friend class PendingCall;

    std::unique_ptr<ApiAccessManager> m_network;
    TokenManager m_tokens;
    RequestPacer m_pacer;
    RetryPolicy m_retry;
};

} // namespace dm
