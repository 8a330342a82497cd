#include "api/TokenManager.h"

#include "api/ApiAccessManager.h"
#include "api/ApiExchange.h"
#include "api/ResultCode.h"

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
        const ConnectionSettings& settings = self->m_network.settings();
        auto* exchange = new ApiExchange(self->m_network, QStringLiteral("/api/pub/token/acquireToken"),
                                         QJsonObject{{QStringLiteral("appId"), settings.appId},
                                                     {QStringLiteral("authCode"), QString::fromUtf8(*authCode)},
                                                     {QStringLiteral("orgOpenId"), settings.orgOpenId}},
                                         {}, self);
        connect(exchange, &ApiExchange::finished, self,
                [self](const ApiReply& reply) { self->onTokenReply(reply, false); });
        exchange->start();
    });
}

void TokenManager::refresh()
{
    ++m_refreshes;
    qCDebug(lcTokens) << "refreshing the access token";
    auto* exchange = new ApiExchange(m_network, QStringLiteral("/api/pub/token/refreshToken"),
                                     QJsonObject{{QStringLiteral("appId"), m_network.settings().appId},
                                                 {QStringLiteral("refreshToken"), QString::fromLatin1(m_refreshToken)}},
                                     {}, this);
    connect(exchange, &ApiExchange::finished, this, [this](const ApiReply& reply) { onTokenReply(reply, true); });
    exchange->start();
}

void TokenManager::onTokenReply(const ApiReply& reply, bool wasRefresh)
{
    if (!reply) {
        const int code = reply.error().platformCode;
        const bool refreshGone = code == static_cast<int>(ResultCode::RefreshTokenExpired) ||
                                 code == static_cast<int>(ResultCode::TokenUnavailable);
        if (wasRefresh && refreshGone) {
            // The refresh token is no longer good: fall back to the authCode once.
            markRefreshExpired();
            acquire();
            return;
        }
        finish(Unexpected{reply.error()});
        return;
    }
    const QJsonObject data = reply->toObject();
    const QByteArray access = data.value(QStringLiteral("accessToken")).toString().toLatin1();
    const qint64 accessExpiry = data.value(QStringLiteral("accessTokenExpiredTime")).toInteger();
    const QByteArray refreshToken = data.value(QStringLiteral("refreshToken")).toString().toLatin1();
    const qint64 refreshExpiry = data.value(QStringLiteral("refreshTokenExpiredTime")).toInteger();
    if (access.isEmpty() || accessExpiry <= 0 || refreshToken.isEmpty() || refreshExpiry <= 0) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.detail = QStringLiteral("token answer lacks a documented field");
        finish(Unexpected{error});
        return;
    }
    m_accessToken = access;
    m_accessExpiry = accessExpiry;
    m_accessLifetime = accessExpiry - m_now();
    m_refreshToken = refreshToken;
    m_refreshExpiry = refreshExpiry;
    qCDebug(lcTokens) << "token valid for" << (accessExpiry - m_now()) / 1000 << "s";
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
