#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dm {

// The platform's result codes (DESIGN §2; app/api/CONTRACT.md is the reference).
enum class ResultCode : int
{
    Success = 0,
    SystemError = -1,
    InnerServiceError = -2,
    BusinessFailure = -3, // the message names the business rule, e.g. ACCOUNT.EXIST
    NotFound = -4,
    AuthFailure = -100,
    AuthDataNotFound = -101,
    AccessDenied = -200,
    IpDenied = -201,
    ApiNotRegistered = -202,
    TokenUnavailable = -300,
    AccessTokenExpired = -301,
    RefreshTokenExpired = -302,
    TokenGenerationFailed = -303,
    AuthorizationExpired = -304,
    AppExpired = -305,
    RequestError = -400,
    ParameterError = -401,
    RepeatedRequest = -421,
    RateTooHigh = -422,
    AppRateTooHigh = -423,
    HeaderError = -424,
    ThirdPartyError = -500,
};

// What a caller does about a failure; several codes share one reaction.
enum class ErrorKind
{
    None,
    Server,   // the platform failed; an idempotent call may be retried
    Business, // a rule refused the request (exists, conflict); retrying changes nothing
    NotFound,
    Auth,           // credentials or authorization are invalid; the user must act
    TokenExpired,   // the access token expired: refresh, then replay
    RefreshExpired, // the refresh token expired: acquire again with the authCode, then replay
    Permission,     // access, IP or API permission denied
    Validation,     // the request itself is wrong; the message names the field
    RateLimited,    // slow down and retry after the hint
    Replay,         // nonce or timestamp refused
    Unknown,
};

class ResultCodes
{
    Q_DECLARE_TR_FUNCTIONS(ResultCodes)

public:
    // nullopt for a code the contract does not define; such a code is treated as ErrorKind::Unknown.
    [[nodiscard]] static std::optional<ResultCode> fromInt(int code);
    [[nodiscard]] static ErrorKind kindOf(int code);
    // Whether an idempotent request may be sent again unchanged after this result.
    [[nodiscard]] static bool isRetryable(int code);
    // A short, translated explanation for users and support staff.
    [[nodiscard]] static QString describe(int code);
};

} // namespace dm
