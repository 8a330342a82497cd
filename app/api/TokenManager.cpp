#include "api/TokenManager.h"

#include "api/ApiAccessManager.h"
#include "api/ApiExchange.h"
#include "api/ResultCode.h"
#include "api/TokenWire.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcTokens, "dm.api.tokens")

} // namespace

TokenManager::TokenManager(ApiAccessManager& network, AuthCodeProvider authCode, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_authCode(std::move(authCode))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void TokenManager::token(QObject* context, TokenCallback callback)
{
    const qint64 now = m_now();
    if (!m_accessToken.isEmpty() && now + effectiveMargin() < m_accessExpiry) {
        const QByteArray token = m_accessToken;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, hadContext = context != nullptr, token, callback = std::move(callback)] {
            if (!hadContext || guard) {
                callback(token);
            }
        });
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(callback)});
    if (!m_renewing) {
        startRenewal();
    }
}

void TokenManager::markExpired(const QByteArray& accessToken)
{
    if (accessToken == m_accessToken) {
        m_accessExpiry = 0;
    }
}

void TokenManager::markRejected(const QByteArray& accessToken)
{
    if (accessToken == m_accessToken) {
        markRefreshExpired();
    }
}

void TokenManager::markRefreshExpired()
{
    m_accessToken.clear();
    m_accessExpiry = 0;
    m_refreshToken.clear();
    m_refreshExpiry = 0;
}

void TokenManager::startRenewal()
{
    m_renewing = true;
    if (!m_refreshToken.isEmpty() && m_now() + m_refreshMargin.count() < m_refreshExpiry) {
        refresh();
    } else {
        acquire();
    }
}

void TokenManager::acquire()
{
    ++m_acquires;
    qCDebug(lcTokens) << "acquiring a token";
    QPointer<TokenManager> self(this);
    m_authCode([self](Expected<QByteArray, ApiError> authCode) {
        if (!self) {
            return;
        }
        if (!authCode) {
            self->finish(Unexpected{authCode.error()});
            return;
        }
        auto* exchange = new ApiExchange(self->m_network, QLatin1String(tokenwire::kAcquirePath),
                                         tokenwire::acquireBody(self->m_network.settings(), *authCode), {}, self);
        connect(exchange, &ApiExchange::finished, self,
                [self](const ApiReply& reply) { self->onTokenReply(reply, false); });
        exchange->start();
    });
}

void TokenManager::refresh()
{
    ++m_refreshes;
    qCDebug(lcTokens) << "refreshing the access token";
    auto* exchange = new ApiExchange(m_network, tokenwire::refreshPath(m_refreshToken),
                                     tokenwire::refreshBody(m_network.settings(), m_refreshToken), {}, this);
    connect(exchange, &ApiExchange::finished, this, [this](const ApiReply& reply) { onTokenReply(reply, true); });
    exchange->start();
}

void TokenManager::onTokenReply(const ApiReply& reply, bool wasRefresh)
{
    if (!reply) {
        const int code = reply.error().platformCode;
        // Integrators acquire afresh when a refresh meets -302, -300 or -101.
        const bool refreshGone = code == static_cast<int>(ResultCode::RefreshTokenExpired) ||
                                 code == static_cast<int>(ResultCode::TokenUnavailable) ||
                                 code == static_cast<int>(ResultCode::AuthDataNotFound);
        if (wasRefresh && refreshGone) {
            // The refresh token is no longer good: fall back to the authCode once.
            markRefreshExpired();
            acquire();
            return;
        }
        finish(Unexpected{reply.error()});
        return;
    }
    auto grant = tokenwire::grantFromJson(reply.value(), wasRefresh);
    if (!grant) {
        finish(Unexpected{grant.error()});
        return;
    }
    m_accessToken = grant->accessToken;
    m_accessExpiry = grant->accessExpiry;
    m_accessLifetime = grant->accessExpiry - m_now();
    // A refresh keeps the refresh token unless the platform hands out a new one.
    m_refreshToken = grant->refreshToken.value_or(m_refreshToken);
    m_refreshExpiry = grant->refreshExpiry.value_or(m_refreshExpiry);
    qCDebug(lcTokens) << "token valid for" << (m_accessExpiry - m_now()) / 1000 << "s";
    finish(m_accessToken);
}

qint64 TokenManager::effectiveMargin() const
{
    return std::min<qint64>(m_refreshMargin.count(), std::max<qint64>(m_accessLifetime / 4, 0));
}

void TokenManager::finish(const TokenResult& result)
{
    m_renewing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (!waiter.hadContext || waiter.context) {
            waiter.callback(result);
        }
    }
}

} // namespace dm
