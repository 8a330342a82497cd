#include "api/ResultCode.h"

namespace dm {

std::optional<ResultCode> ResultCodes::fromInt(int code)
{
    switch (static_cast<ResultCode>(code)) {
    case ResultCode::Success:
    case ResultCode::SystemError:
    case ResultCode::InnerServiceError:
    case ResultCode::BusinessFailure:
    case ResultCode::NotFound:
    case ResultCode::AuthFailure:
    case ResultCode::AuthDataNotFound:
    case ResultCode::AccessDenied:
    case ResultCode::IpDenied:
    case ResultCode::ApiNotRegistered:
    case ResultCode::TokenUnavailable:
    case ResultCode::AccessTokenExpired:
    case ResultCode::RefreshTokenExpired:
    case ResultCode::TokenGenerationFailed:
    case ResultCode::AuthorizationExpired:
    case ResultCode::AppExpired:
    case ResultCode::RequestError:
    case ResultCode::ParameterError:
    case ResultCode::RepeatedRequest:
    case ResultCode::RateTooHigh:
    case ResultCode::AppRateTooHigh:
    case ResultCode::HeaderError:
    case ResultCode::ThirdPartyError:
        return static_cast<ResultCode>(code);
    }
    return std::nullopt;
}

ErrorKind ResultCodes::kindOf(int code)
{
    const auto known = fromInt(code);
    if (!known) {
        return ErrorKind::Unknown;
    }
    switch (*known) {
    case ResultCode::Success:
        return ErrorKind::None;
    case ResultCode::SystemError:
    case ResultCode::InnerServiceError:
    case ResultCode::ThirdPartyError:
    case ResultCode::TokenGenerationFailed:
        return ErrorKind::Server;
    case ResultCode::BusinessFailure:
        return ErrorKind::Business;
    case ResultCode::NotFound:
        return ErrorKind::NotFound;
    case ResultCode::AuthFailure:
    case ResultCode::AuthDataNotFound:
    case ResultCode::AuthorizationExpired:
    case ResultCode::AppExpired:
    case ResultCode::TokenUnavailable:
        return ErrorKind::Auth;
    case ResultCode::AccessTokenExpired:
        return ErrorKind::TokenExpired;
    case ResultCode::RefreshTokenExpired:
        return ErrorKind::RefreshExpired;
    case ResultCode::AccessDenied:
    case ResultCode::IpDenied:
    case ResultCode::ApiNotRegistered:
        return ErrorKind::Permission;
    case ResultCode::RequestError:
    case ResultCode::ParameterError:
        return ErrorKind::Validation;
    case ResultCode::RateTooHigh:
    case ResultCode::AppRateTooHigh:
        return ErrorKind::RateLimited;
    case ResultCode::RepeatedRequest:
    case ResultCode::HeaderError:
        return ErrorKind::Replay;
    }
    return ErrorKind::Unknown;
}

bool ResultCodes::isRetryable(int code)
{
    switch (kindOf(code)) {
    case ErrorKind::Server:
    case ErrorKind::RateLimited:
        return true;
    case ErrorKind::None:
    case ErrorKind::Business:
    case ErrorKind::NotFound:
    case ErrorKind::Auth:
    case ErrorKind::TokenExpired:
    case ErrorKind::RefreshExpired:
    case ErrorKind::Permission:
    case ErrorKind::Validation:
    case ErrorKind::Replay:
    case ErrorKind::Unknown:
        return false;
    }
    return false;
}

QString ResultCodes::describe(int code)
{
    const auto known = fromInt(code);
    if (!known) {
        return tr("The platform answered with an unknown result code %1.").arg(code);
    }
    switch (*known) {
    case ResultCode::Success:
        return tr("Success.");
    case ResultCode::SystemError:
        return tr("The platform had a system error.");
    case ResultCode::InnerServiceError:
        return tr("A service inside the platform failed.");
    case ResultCode::BusinessFailure:
        return tr("The platform refused the request under one of its rules.");
    case ResultCode::NotFound:
        return tr("The platform has no such record.");
    case ResultCode::AuthFailure:
        return tr("The platform did not accept this connection's credentials.");
    case ResultCode::AuthDataNotFound:
        return tr("The platform does not know this application or organisation.");
    case ResultCode::AccessDenied:
        return tr("The platform denied access.");
    case ResultCode::IpDenied:
        return tr("The platform does not accept requests from this computer's IP address.");
    case ResultCode::ApiNotRegistered:
        return tr("This application is not permitted to use this platform function.");
    case ResultCode::TokenUnavailable:
        return tr("The platform's access token is unavailable.");
    case ResultCode::AccessTokenExpired:
        return tr("The access token expired.");
    case ResultCode::RefreshTokenExpired:
        return tr("The refresh token expired.");
    case ResultCode::TokenGenerationFailed:
        return tr("The platform could not issue a token.");
    case ResultCode::AuthorizationExpired:
        return tr("The organisation's authorization has expired.");
    case ResultCode::AppExpired:
        return tr("The application's registration has expired.");
    case ResultCode::RequestError:
        return tr("The platform could not understand the request.");
    case ResultCode::ParameterError:
        return tr("A field of the request is invalid.");
    case ResultCode::RepeatedRequest:
        return tr("The platform refused a repeated request.");
    case ResultCode::RateTooHigh:
        return tr("Too many requests: the platform asks us to slow down.");
    case ResultCode::AppRateTooHigh:
        return tr("This application sent too many requests: the platform asks us to slow down.");
    case ResultCode::HeaderError:
        return tr("The platform refused the request headers (check this computer's clock).");
    case ResultCode::ThirdPartyError:
        return tr("A service the platform depends on failed.");
    }
    return {};
}

} // namespace dm
