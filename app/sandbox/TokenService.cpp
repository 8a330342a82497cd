#include "sandbox/TokenService.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

namespace dm::sandbox {
namespace {

QByteArray randomToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The vendor answers expiry times as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8), not as numbers.
QString beijingTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TokenService::TokenService(Identity identity, Lifetimes lifetimes)
    : m_identity(std::move(identity))
    , m_lifetimes(lifetimes)
{}

QJsonObject TokenService::issue(qint64 wallNowMs, bool newRefreshToken, const QByteArray& keptRefreshToken)
{
    const QByteArray accessToken = randomToken();
    const qint64 accessExpiry = wallNowMs + std::chrono::milliseconds(m_lifetimes.access).count();
    m_accessTokens.insert(accessToken, accessExpiry);
    QByteArray refreshToken = keptRefreshToken;
    if (newRefreshToken) {
        refreshToken = randomToken();
        m_refreshTokens.insert(refreshToken, wallNowMs + std::chrono::milliseconds(m_lifetimes.refresh).count());
    } else {
        // A refresh replaces the access token: the one issued before under this refresh token stops working at once.
        const QList<QByteArray> previous = m_issuedBy.keys(refreshToken);
        for (const QByteArray& token : previous) {
            m_accessTokens.remove(token);
            m_issuedBy.remove(token);
        }
    }
    m_issuedBy.insert(accessToken, refreshToken);
    return QJsonObject{{QStringLiteral("accessToken"), QString::fromLatin1(accessToken)},
                       {QStringLiteral("accessTokenExpiredTime"), beijingTime(accessExpiry)},
                       {QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)},
                       {QStringLiteral("refreshTokenExpiredTime"), beijingTime(m_refreshTokens.value(refreshToken))}};
}

ApiResult TokenService::acquire(const QJsonObject& body, qint64 wallNowMs)
{
    QString values[3];
    const QString names[3] = {QStringLiteral("appId"), QStringLiteral("authCode"), QStringLiteral("orgOpenId")};
    for (int i = 0; i < 3; ++i) {
        auto field = stringField(body, names[i], Presence::Required);
        if (!field) {
            return Unexpected{field.error()};
        }
        values[i] = **field;
    }
    if (values[0] != m_identity.appId || values[2] != m_identity.orgOpenId) {
        return Unexpected{ApiError{code::AuthDataNotFound, QStringLiteral("AUTH.DATA.NOT.FOUND")}};
    }
    if (values[1] != m_identity.authCode) {
        return Unexpected{ApiError{code::AuthFailure, QStringLiteral("AUTH.FAILED")}};
    }
    return QJsonValue(issue(wallNowMs, true, {}));
}

ApiResult TokenService::refresh(const QJsonObject& body, qint64 wallNowMs)
{
    auto appId = stringField(body, QStringLiteral("appId"), Presence::Required);
    if (!appId) {
        return Unexpected{appId.error()};
    }
    auto refreshToken = stringField(body, QStringLiteral("refreshToken"), Presence::Required);
    if (!refreshToken) {
        return Unexpected{refreshToken.error()};
    }
    if (**appId != m_identity.appId) {
        return Unexpected{ApiError{code::AuthDataNotFound, QStringLiteral("AUTH.DATA.NOT.FOUND")}};
    }
    return renew(**refreshToken, wallNowMs);
}

ApiResult TokenService::refreshByQuery(const ApiCall& call, qint64 wallNowMs)
{
    const QJsonObject& source = call.query.contains(QStringLiteral("refreshToken")) ? call.query : call.body;
    auto refreshToken = stringField(source, QStringLiteral("refreshToken"), Presence::Required);
    if (!refreshToken) {
        return Unexpected{refreshToken.error()};
    }
    // appId is optional here (the integrator that uses this form sends none), but a wrong one is still refused.
    auto appId = stringField(call.body, QStringLiteral("appId"), Presence::Optional);
    if (!appId) {
        return Unexpected{appId.error()};
    }
    if (appId.value() && **appId != m_identity.appId) {
        return Unexpected{ApiError{code::AuthDataNotFound, QStringLiteral("AUTH.DATA.NOT.FOUND")}};
    }
    return renew(**refreshToken, wallNowMs);
}

ApiResult TokenService::renew(const QString& refreshToken, qint64 wallNowMs)
{
    const QByteArray token = refreshToken.toLatin1();
    const auto found = m_refreshTokens.constFind(token);
    if (found == m_refreshTokens.cend()) {
        return Unexpected{ApiError{code::TokenUnavailable, QStringLiteral("TOKEN.UNAVAILABLE")}};
    }
    if (found.value() <= wallNowMs) {
        return Unexpected{ApiError{code::RefreshTokenExpired, QStringLiteral("REFRESH.TOKEN.EXPIRED")}};
    }
    // The refresh token stays valid until its own expiry; only the access token is renewed.
    return QJsonValue(issue(wallNowMs, false, token));
}

Expected<void, ApiError> TokenService::check(const QByteArray& appId, const QByteArray& orgOpenId,
                                             const QByteArray& accessToken, qint64 wallNowMs) const
{
    if (appId.isEmpty() || orgOpenId.isEmpty() || accessToken.isEmpty()) {
        return Unexpected{ApiError{code::HeaderError, QStringLiteral("HEADER.AUTH.MISSING")}};
    }
    if (QString::fromUtf8(appId) != m_identity.appId || QString::fromUtf8(orgOpenId) != m_identity.orgOpenId) {
        return Unexpected{ApiError{code::AuthDataNotFound, QStringLiteral("AUTH.DATA.NOT.FOUND")}};
    }
    const auto found = m_accessTokens.constFind(accessToken);
    if (found == m_accessTokens.cend()) {
        return Unexpected{ApiError{code::TokenUnavailable, QStringLiteral("TOKEN.UNAVAILABLE")}};
    }
    if (found.value() <= wallNowMs) {
        return Unexpected{ApiError{code::AccessTokenExpired, QStringLiteral("ACCESS.TOKEN.EXPIRED")}};
    }
    return {};
}

void TokenService::expireAccessTokens()
{
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it) {
        it.value() = 0;
    }
}

} // namespace dm::sandbox
