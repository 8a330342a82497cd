#pragma once

#include "sandbox/ApiCall.h"
#include "sandbox/SandboxIdentity.h"

#include <QHash>

#include <chrono>

namespace dm::sandbox {

// Access and refresh tokens: issued for the organisation's credentials, checked on every call, renewed with the
// refresh token. Tokens live in memory: after a restart clients get -300 and acquire again, as the contract says.
class TokenService
{
public:
    struct Lifetimes
    {
        std::chrono::seconds access{7200};
        std::chrono::seconds refresh{30 * 24 * 3600};
    };

    TokenService(Identity identity, Lifetimes lifetimes);

    [[nodiscard]] ApiResult acquire(const QJsonObject& body, qint64 wallNowMs);
    // /api/pub/token/refreshToken: JSON body {appId, refreshToken}.
    [[nodiscard]] ApiResult refresh(const QJsonObject& body, qint64 wallNowMs);
    // /api/pub/token/refresh: the refresh token in the query (as integrators send it, empty body) or in the body.
    [[nodiscard]] ApiResult refreshByQuery(const ApiCall& call, qint64 wallNowMs);
    // Checks the qiye-app-id / qiye-org-open-id / qiye-access-token headers of an API call.
    [[nodiscard]] Expected<void, ApiError> check(const QByteArray& appId, const QByteArray& orgOpenId,
                                                 const QByteArray& accessToken, qint64 wallNowMs) const;
    // Fault injection: every access token issued so far stops working (-301), as after a server-side revocation.
    void expireAccessTokens();

    [[nodiscard]] const Identity& identity() const { return m_identity; }

private:
    [[nodiscard]] QJsonObject issue(qint64 wallNowMs, bool newRefreshToken, const QByteArray& keptRefreshToken);
    [[nodiscard]] ApiResult renew(const QString& refreshToken, qint64 wallNowMs);

    Identity m_identity;
    Lifetimes m_lifetimes;
    QHash<QByteArray, qint64> m_accessTokens;  // token -> expiry (wall clock, ms)
    QHash<QByteArray, qint64> m_refreshTokens; // token -> expiry
    QHash<QByteArray, QByteArray> m_issuedBy;  // access token -> the refresh token it belongs to
};

} // namespace dm::sandbox
