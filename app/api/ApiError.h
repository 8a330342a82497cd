#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace dm {

// Every way a platform call can fail, as one typed value. `message()` is for users (zh_CN/English); the raw
// platform code, its machine-readable message and the request id are kept for support staff.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Network,     // no connection, connection reset, DNS, proxy
        ProxyAuth,   // the proxy wants a user name and password it was not given, or refused the ones it was given
        Timeout,     // no complete answer within the transfer timeout
        Tls,         // the TLS handshake failed: untrusted, expired or wrong-host certificate, protocol
        PinMismatch, // the server's key is not one of the profile's pinned keys: nothing was sent
        Auth,        // credentials refused or tokens unobtainable: the user must act
        Permission,  // access, IP or API permission denied
        Validation,  // the request was refused as invalid; `field` names the field when the platform says
        NotFound,
        Conflict,    // a business rule refused it: already exists, version conflict, too frequent...
        RateLimited, // the platform asked us to slow down and we ran out of patience
        Server,      // the platform failed (5xx, -1, -2, -500...)
        Protocol,    // the answer was not a valid envelope or not the documented shape
        Cancelled,   // the caller cancelled
    };

    // Why a TLS handshake failed (kind Tls): what the user can do differs for each.
    enum class TlsCause
    {
        Certificate, // refused for another certificate reason (revoked, bad signature, unusable)
        Untrusted,   // not issued by a trusted authority (self-signed, unknown issuer)
        Expired,     // expired or not yet valid
        WrongHost,   // issued for another address
        OldProtocol, // the server offers only TLS older than 1.2
        NotTls,      // the address answers without TLS at all (plain HTTP)
        Handshake,   // the handshake failed for another reason
    };

    Kind kind = Kind::Network;
    TlsCause tlsCause = TlsCause::Certificate; // kind Tls only
    int platformCode = 0;                      // the envelope's code; 0 when the failure came before an envelope
    // The envelope's machine-readable rule, e.g. ACCOUNT.EXIST, PARAM.INVALID:mobile:format; the Chinese label the
    // vendor puts before it ("通用业务操作失败: ") is dropped.
    QString platformMessage;
    QString field;     // Validation: the offending field, from PARAM.INVALID:<field>
    QString requestId; // our X-Request-ID, to match client and platform logs
    int httpStatus = 0;
    std::chrono::milliseconds retryAfter{0};
    // The request may have reached the platform and been carried out (dropped or timed-out after sending, truncated
    // answer, gateway error). A non-idempotent call must check what happened before it is sent again.
    bool ambiguous = false;
    QString detail; // technical detail for support (Qt's error text); never contains request or response bodies

    // The longest wait a platform may ask for. Its hints are advice from the network, never trusted unbounded: a huge
    // or negative one would overflow the timer arithmetic and stall every call behind it.
    static constexpr std::chrono::milliseconds kMaxRetryHint{5 * 60 * 1000};
    // A server-given wait in ms, clamped to [0, kMaxRetryHint].
    [[nodiscard]] static std::chrono::milliseconds boundedRetryHint(qint64 ms);

    [[nodiscard]] QString message() const;
    [[nodiscard]] static QString tlsMessage(TlsCause cause);
    // Builds the error for a failed envelope (code != 0). `retryAfterMs` comes from data.retryAfterMs when present.
    // A -3 whose rule names a missing record (ACCOUNT.NOTEXIST) is NotFound, like -4.
    [[nodiscard]] static ApiError fromPlatform(int code, const QString& platformMessage, qint64 retryAfterMs = 0);
};

} // namespace dm
