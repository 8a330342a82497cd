#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace dm::sandbox {

// Result codes as app/api/CONTRACT.md lists them. Written out here rather than shared with dm_api on purpose: the
// sandbox is an independent reading of the contract.
namespace code {
inline constexpr int Ok = 0;
inline constexpr int SystemError = -1;
inline constexpr int InnerServiceError = -2;
inline constexpr int BusinessFailure = -3;
inline constexpr int NotFound = -4;
inline constexpr int AuthFailure = -100;
inline constexpr int AuthDataNotFound = -101;
inline constexpr int TokenUnavailable = -300;
inline constexpr int AccessTokenExpired = -301;
inline constexpr int RefreshTokenExpired = -302;
inline constexpr int RequestError = -400;
inline constexpr int ParameterError = -401;
inline constexpr int RepeatedRequest = -421;
inline constexpr int RateTooHigh = -422;
inline constexpr int AppRateTooHigh = -423;
inline constexpr int HeaderError = -424;
} // namespace code

// A refusal: the envelope's code and message, and optional data (a retry hint, the conflicting version...).
struct ApiError
{
    int code = code::SystemError;
    QString message;
    QJsonValue data = QJsonValue(QJsonValue::Undefined);
};

using ApiResult = Expected<QJsonValue, ApiError>;

// One authenticated call as a handler sees it: the parsed body and the platform's clock at arrival.
struct ApiCall
{
    QString path;
    QJsonObject body;
    qint64 nowMs = 0; // platform time (see SimClock), not the caller's timestamp
    QString appId;
    QJsonObject query; // the URL's query items as strings: the vendor's refresh sends its token there
};

using ApiHandler = std::function<ApiResult(const ApiCall&)>;

// The data of an answer as JSON text the handler wrote (JsonText), for the answers too large to build as a QJsonValue
// quickly: the log pages. SandboxServer puts it into the envelope as it is.
struct JsonData
{
    QByteArray text;
};
using ApiTextResult = Expected<JsonData, ApiError>;
using ApiTextHandler = std::function<ApiTextResult(const ApiCall&)>;

// -401 with the field named, as every endpoint reports a bad field.
[[nodiscard]] ApiError parameterError(const QString& field, const QString& reason = {});
// -3 with a machine-readable rule, e.g. ACCOUNT.EXIST. The envelope adds the vendor's label in front of it (see
// businessMessage), so handlers, logs and remarks keep the bare rule.
[[nodiscard]] ApiError businessError(const QString& rule);
// "通用业务操作失败: <rule>": how the vendor words every -3 message.
[[nodiscard]] QString businessMessage(const QString& rule);
[[nodiscard]] ApiError notFound(const QString& what);

enum class Presence
{
    Required,
    Optional,
};

// Field readers. A missing optional field gives std::nullopt; a present field of the wrong type or out of range
// gives -401 PARAM.INVALID:<field>. Strings are trimmed; a required string must not be empty.
[[nodiscard]] Expected<std::optional<QString>, ApiError> stringField(const QJsonObject& body, const QString& field,
                                                                     Presence presence, qsizetype maxLength = 256);
[[nodiscard]] Expected<std::optional<qint64>, ApiError> integerField(const QJsonObject& body, const QString& field,
                                                                     Presence presence,
                                                                     qint64 min = std::numeric_limits<qint64>::min(),
                                                                     qint64 max = std::numeric_limits<qint64>::max());
[[nodiscard]] Expected<std::optional<bool>, ApiError> boolField(const QJsonObject& body, const QString& field,
                                                                Presence presence);
// A flag the vendor sends either as a boolean or as the integer 0/1 (visibleInAddr, recursion).
[[nodiscard]] Expected<std::optional<bool>, ApiError> flagField(const QJsonObject& body, const QString& field);
// The optional `domain` every vendor account and unit call carries: -401 PARAM.INVALID:domain:mismatch when it names
// another domain than the platform's (compared case-insensitively).
[[nodiscard]] std::optional<ApiError> refuseForeignDomain(const QJsonObject& body, const QString& platformDomain);

} // namespace dm::sandbox
