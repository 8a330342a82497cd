#include "api/ApiError.h"

#include "api/ResultCode.h"
#include "api/WireValue.h"

#include <algorithm>

namespace dm {

namespace {

// The vendor answers a missing record with -3 and a rule (ACCOUNT.NOTEXIST), older answers and the extension with -4
// (ACCOUNT.NOT.FOUND): both mean "not found" to every caller.
bool namesAMissingRecord(const QString& rule)
{
    return rule.endsWith(QLatin1String(".NOTEXIST")) || rule.endsWith(QLatin1String(".NOT.EXIST")) ||
           rule.endsWith(QLatin1String(".NOT.FOUND"));
}

// ACCOUNT.EXIST (the extension), MAILACCOUNT.NAMEEXIST and UNIT.EXIST (the vendor): the name is taken.
bool namesATakenName(const QString& rule)
{
    return !namesAMissingRecord(rule) &&
           (rule.endsWith(QLatin1String(".EXIST")) || rule.endsWith(QLatin1String("NAMEEXIST")));
}

} // namespace

std::chrono::milliseconds ApiError::boundedRetryHint(qint64 ms)
{
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, kMaxRetryHint.count()));
}

ApiError ApiError::fromPlatform(int code, const QString& platformMessage, qint64 retryAfterMs)
{
    ApiError error;
    error.platformCode = code;
    error.platformMessage = wire::ruleOf(platformMessage);
    error.retryAfter = boundedRetryHint(retryAfterMs);
    switch (ResultCodes::kindOf(code)) {
    case ErrorKind::Server:
        error.kind = Kind::Server;
        break;
    case ErrorKind::Business:
        error.kind = namesAMissingRecord(error.platformMessage) ? Kind::NotFound : Kind::Conflict;
        break;
    case ErrorKind::NotFound:
        error.kind = Kind::NotFound;
        break;
    case ErrorKind::Auth:
    case ErrorKind::TokenExpired:
    case ErrorKind::RefreshExpired:
        error.kind = Kind::Auth;
        break;
    case ErrorKind::Permission:
        error.kind = Kind::Permission;
        break;
    case ErrorKind::Validation: {
        error.kind = Kind::Validation;
        const QLatin1String prefix("PARAM.INVALID:");
        if (error.platformMessage.startsWith(prefix)) {
            error.field = error.platformMessage.mid(prefix.size()).section(QLatin1Char(':'), 0, 0);
        }
        break;
    }
    case ErrorKind::RateLimited:
        error.kind = Kind::RateLimited;
        break;
    case ErrorKind::Replay:
        if (code == static_cast<int>(ResultCode::RepeatedRequest)) {
            // The platform has seen this very request (same nonce) before: Qt's HTTP layer re-sends a request by
            // itself when a kept-alive connection closes under it. The first copy may have been carried out.
            error.kind = Kind::Server;
            error.ambiguous = true;
        } else {
            error.kind = Kind::Protocol; // -424: our clock or headers are wrong; repeating changes nothing
        }
        break;
    case ErrorKind::Unknown:
    case ErrorKind::None:
        error.kind = Kind::Protocol;
        break;
    }
    return error;
}

QString ApiError::tlsMessage(TlsCause cause)
{
    switch (cause) {
    case TlsCause::Untrusted:
        return tr("The platform's certificate is not issued by an authority this computer or the profile trusts. "
                  "Nothing was sent.");
    case TlsCause::Expired:
        return tr("The platform's certificate has expired or is not valid yet (check this computer's clock too). "
                  "Nothing was sent.");
    case TlsCause::WrongHost:
        return tr("The platform's certificate is issued for another address than the profile's URL. Nothing was "
                  "sent.");
    case TlsCause::OldProtocol:
        return tr("The server offers only a TLS version older than 1.2, which dmadmin does not accept. Nothing was "
                  "sent.");
    case TlsCause::NotTls:
        return tr("The address answers without TLS (plain HTTP?): the profile's URL must be the platform's https "
                  "address. Nothing was sent.");
    case TlsCause::Handshake:
        return tr("The secure connection to the platform could not be set up. Nothing was sent.");
    case TlsCause::Certificate:
        break;
    }
    return tr("The platform's certificate was refused. Nothing was sent.");
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The platform cannot be reached. Check the network connection and the proxy settings.");
    case Kind::ProxyAuth:
        return tr("The proxy server asks for a user name and password, and was not given valid ones. Nothing was "
                  "sent to the platform.");
    case Kind::Timeout:
        return tr("The platform did not answer in time.");
    case Kind::Tls:
        return tlsMessage(tlsCause);
    case Kind::PinMismatch:
        return tr("The platform presented a key this profile does not trust (certificate pin mismatch). Nothing was "
                  "sent. If the platform changed its certificate, update the pin in the profile.");
    case Kind::Auth:
        return tr("The platform refused this profile's credentials. Check the appId, orgOpenId and authorization "
                  "code.");
    case Kind::Permission:
        return platformCode == static_cast<int>(ResultCode::IpDenied)
                   ? tr("The platform does not accept requests from this computer's IP address.")
                   : tr("The platform denied permission for this operation.");
    case Kind::Validation:
        return field.isEmpty() ? tr("The platform refused the request as invalid.")
                               : tr("The platform refused the value of the field \"%1\".").arg(field);
    case Kind::NotFound:
        return tr("The platform has no such record.");
    case Kind::Conflict:
        if (namesATakenName(platformMessage)) {
            return tr("The platform already has a record of this name (%1).").arg(platformMessage);
        }
        return tr("The platform refused the operation under one of its rules (%1).").arg(platformMessage);
    case Kind::RateLimited:
        return tr("The platform is limiting the request rate. Try again in a moment.");
    case Kind::Server:
        return tr("The platform reported an internal error. Try again later.");
    case Kind::Protocol:
        return tr("The platform's answer could not be understood.");
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    }
    return {};
}

} // namespace dm
