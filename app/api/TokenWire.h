#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace dm {

// The token endpoints on the wire (CONTRACT.md part one, "Token"): what is sent and how the answer is read.
struct TokenGrant
{
    QByteArray accessToken;
    qint64 accessExpiry = 0; // ms since the epoch
    // A refresh may leave these out: the refresh token stays the same on a refresh (the vendor's behaviour).
    std::optional<QByteArray> refreshToken;
    std::optional<qint64> refreshExpiry;
};

namespace tokenwire {

inline constexpr auto kAcquirePath = "/api/pub/token/acquireToken";

[[nodiscard]] QJsonObject acquireBody(const ConnectionSettings& settings, const QByteArray& authCode);

// The refresh as public integrators send it: POST /api/pub/token/refresh?refreshToken=<token>. The same values also
// go in the JSON body, so a platform that reads either form is answered.
[[nodiscard]] QString refreshPath(const QByteArray& refreshToken);
[[nodiscard]] QJsonObject refreshBody(const ConnectionSettings& settings, const QByteArray& refreshToken);

// Expiry times as ms integers or as "yyyy-MM-dd HH:mm:ss" Beijing time (the vendor). An acquire must carry both
// tokens; a refresh at least the access token.
[[nodiscard]] Expected<TokenGrant, ApiError> grantFromJson(const QJsonValue& data, bool isRefresh);

} // namespace tokenwire
} // namespace dm
