#include "api/TokenWire.h"

#include "api/WireValue.h"

#include <QUrl>

namespace dm::tokenwire {
namespace {

ApiError protocol(const char* field)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("token answer: %1 missing or not understood").arg(QLatin1String(field));
    return error;
}

} // namespace

QJsonObject acquireBody(const ConnectionSettings& settings, const QByteArray& authCode)
{
    return QJsonObject{{QStringLiteral("appId"), settings.appId},
                       {QStringLiteral("authCode"), QString::fromUtf8(authCode)},
                       {QStringLiteral("orgOpenId"), settings.orgOpenId}};
}

QString refreshPath(const QByteArray& refreshToken)
{
    return QStringLiteral("/api/pub/token/refresh?refreshToken=") +
           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(refreshToken)));
}

QJsonObject refreshBody(const ConnectionSettings& settings, const QByteArray& refreshToken)
{
    return QJsonObject{{QStringLiteral("appId"), settings.appId},
                       {QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)}};
}

Expected<TokenGrant, ApiError> grantFromJson(const QJsonValue& data, bool isRefresh)
{
    const QJsonObject object = data.toObject();
    TokenGrant grant;
    grant.accessToken = object.value(QStringLiteral("accessToken")).toString().toLatin1();
    if (grant.accessToken.isEmpty()) {
        return Unexpected{protocol("accessToken")};
    }
    const auto accessExpiry = wire::timeMs(object.value(QStringLiteral("accessTokenExpiredTime")));
    if (!accessExpiry || *accessExpiry <= 0) {
        return Unexpected{protocol("accessTokenExpiredTime")};
    }
    grant.accessExpiry = *accessExpiry;
    const QString refreshToken = object.value(QStringLiteral("refreshToken")).toString();
    const QJsonValue refreshExpiry = object.value(QStringLiteral("refreshTokenExpiredTime"));
    if (!refreshToken.isEmpty()) {
        grant.refreshToken = refreshToken.toLatin1();
    } else if (!isRefresh) {
        return Unexpected{protocol("refreshToken")};
    }
    if (!refreshExpiry.isUndefined() && !refreshExpiry.isNull()) {
        grant.refreshExpiry = wire::timeMs(refreshExpiry);
        if (!grant.refreshExpiry || *grant.refreshExpiry <= 0) {
            return Unexpected{protocol("refreshTokenExpiredTime")};
        }
    } else if (!isRefresh) {
        return Unexpected{protocol("refreshTokenExpiredTime")};
    }
    return grant;
}

} // namespace dm::tokenwire
