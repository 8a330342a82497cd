#include "api/PlatformClient.h"

#include "api/ResultCode.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcClient, "dm.api.client")

// How often one call may renew its token before giving up: a platform that keeps refusing fresh tokens is broken.
constexpr int kMaxTokenRenewals = 2;

} // namespace

// One logical call and its attempts. Lives until it has delivered its one result.
class PlatformClient::PendingCall : public QObject
{
public:
    PendingCall(PlatformClient& client, QString path, QJsonObject body, CallOptions options, QObject* context,
                Callback callback)
        : QObject(&client)
        , m_client(client)
        , m_path(std::move(path))
        , m_body(std::move(body))
        , m_options(std::move(options))
        , m_context(context)
        , m_hadContext(context != nullptr)
        , m_callback(std::move(callback))
    {}

    void begin()
    {
        ++m_attempt;
        m_client.m_pacer.acquire([this] { withToken(); });
    }

private:
    void withToken()
    {
        m_client.m_tokens.token(this, [this](const TokenManager::TokenResult& token) {
            if (!token) {
                onTokenFailure(token.error());
                return;
            }
            send(*token);
        });
    }

    // Faults hit the token endpoints too. The call itself was not sent, so a transient failure to get its token is
    // tried again with backoff whatever the call's idempotency; credentials refused and the like are reported.
    void onTokenFailure(const ApiError& error)
    {
        if (error.kind == ApiError::Kind::RateLimited) {
            m_client.m_pacer.slowDown(std::max(error.retryAfter, std::chrono::milliseconds(200)));
        }
        const auto delay = m_client.m_retry.delayBefore(m_attempt, error, *QRandomGenerator::global());
        if (!delay) {
            finish(Unexpected{error});
            return;
        }
        m_client.m_pacer.release();
        m_released = true;
        qCInfo(lcClient).noquote() << m_path << "attempt" << m_attempt << "got no token; retrying in" << delay->count()
                                   << "ms";
        retryAfter(*delay);
    }

    void send(const QByteArray& token)
    {
        const ConnectionSettings& settings = m_client.settings();
        m_token = token;
        auto* exchange = new ApiExchange(*m_client.m_network, m_path, m_body,
                                         {{"qiye-app-id", settings.appId.toUtf8()},
                                          {"qiye-org-open-id", settings.orgOpenId.toUtf8()},
                                          {"qiye-access-token", token}},
                                         this);
        exchange->setAtMostOnce(m_options.idempotency == Idempotency::NotIdempotent);
        connect(exchange, &ApiExchange::finished, this, [this](const ApiReply& reply) { onReply(reply); });
        exchange->start();
    }

    void onReply(const ApiReply& reply)
    {
        if (reply) {
            finish(reply);
            return;
        }
        const ApiError& error = reply.error();
        const int code = error.platformCode;
        // -101 after a token was issued means the platform lost track of it (public integrators renew on it too);
        // renewals are bounded, so wrong credentials still end as an Auth error.
        if (code == static_cast<int>(ResultCode::AccessTokenExpired) ||
            code == static_cast<int>(ResultCode::RefreshTokenExpired) ||
            code == static_cast<int>(ResultCode::TokenUnavailable) ||
            code == static_cast<int>(ResultCode::AuthDataNotFound)) {
            if (m_tokenRenewals++ < kMaxTokenRenewals) {
                // Refused at the door: the call was not carried out, so it is replayed with a new token.
                if (code == static_cast<int>(ResultCode::AccessTokenExpired)) {
                    m_client.m_tokens.markExpired(m_token);
                } else {
                    m_client.m_tokens.markRejected(m_token);
                }
                withToken();
                return;
            }
        }
        if (error.kind == ApiError::Kind::RateLimited) {
            m_client.m_pacer.slowDown(std::max(error.retryAfter, std::chrono::milliseconds(200)));
        }
        m_client.m_pacer.release();
        m_released = true;
        const auto delay = m_client.m_retry.delayBefore(m_attempt, error, *QRandomGenerator::global());
        if (!delay) {
            finish(reply);
            return;
        }
        if (m_options.idempotency == Idempotency::Idempotent) {
            qCInfo(lcClient).noquote() << m_path << "attempt" << m_attempt << "failed; retrying in" << delay->count()
                                       << "ms";
            retryAfter(*delay);
            return;
        }
        if (!m_options.reconcile) {
            finish(reply); // nothing can tell us whether it happened: report, never guess
            return;
        }
        // Wait out the backoff first: the platform may still be finishing our request, or asking us to slow down.
        QTimer::singleShot(*delay, this, [this, error] { reconcile(error); });
    }

    void reconcile(const ApiError& original)
    {
        qCInfo(lcClient).noquote() << m_path << "ambiguous failure; asking the platform what happened";
        QPointer<PendingCall> self(this);
        m_options.reconcile([self, original](Reconciliation found) {
            if (!self) {
                return;
            }
            switch (found.outcome) {
            case Reconciliation::Outcome::Done:
                self->finish(found.result);
                return;
            case Reconciliation::Outcome::NotDone:
                self->retryAfter(std::chrono::milliseconds(0));
                return;
            case Reconciliation::Outcome::Unknown:
                self->finish(Unexpected{original});
                return;
            }
        });
    }

    void retryAfter(std::chrono::milliseconds delay)
    {
        m_released = false;
        QTimer::singleShot(delay, this, [this] { begin(); });
    }

    void finish(const ApiReply& reply)
    {
        if (!m_released) {
            m_client.m_pacer.release();
            m_released = true;
        }
        if (!m_hadContext || m_context) {
            m_callback(reply);
        }
        deleteLater();
    }

    PlatformClient& m_client;
    QString m_path;
    QJsonObject m_body;
    CallOptions m_options;
    QPointer<QObject> m_context;
    bool m_hadContext;
    Callback m_callback;
    QByteArray m_token;
    int m_attempt = 0;
    int m_tokenRenewals = 0;
    bool m_released = false;
};

PlatformClient::PlatformClient(ConnectionSettings settings, TokenManager::AuthCodeProvider authCode, QObject* parent)
    : PlatformClient(std::make_unique<ApiAccessManager>(std::move(settings)), std::move(authCode), parent)
{}

PlatformClient::PlatformClient(std::unique_ptr<ApiAccessManager> network, TokenManager::AuthCodeProvider authCode,
                               QObject* parent)
    : QObject(parent)
    , m_network(std::move(network))
    , m_tokens(*m_network, std::move(authCode), this)
    , m_pacer(m_network->settings().requestsPerSecond, m_network->settings().maxInFlight, this)
{}

void PlatformClient::call(const QString& path, const QJsonObject& body, CallOptions options, QObject* context,
                          Callback callback)
{
    auto* pending = new PendingCall(*this, path, body, std::move(options), context, std::move(callback));
    pending->begin();
}

} // namespace dm
