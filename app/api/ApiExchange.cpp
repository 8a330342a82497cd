#include "api/ApiExchange.h"

#include "api/ApiAccessManager.h"
#include "api/Envelope.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslError>

#include <algorithm>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcExchange, "dm.api.exchange")

// Failures after which the platform may have received and carried out the request.
bool mayHaveReachedPlatform(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // our transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ContentReSendError: // an at-most-once request lost its connection after it was sent
        return true;
    default:
        return false;
    }
}

} // namespace

ApiExchange::ApiExchange(ApiAccessManager& network, QString path, QJsonObject body,
                         QList<std::pair<QByteArray, QByteArray>> headers, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_headers(std::move(headers))
{}

void ApiExchange::start()
{
    m_reply = m_network.postJson(m_path, QJsonDocument(m_body).toJson(QJsonDocument::Compact), m_headers,
                                 m_atMostOnce ? ApiAccessManager::Delivery::AtMostOnce
                                              : ApiAccessManager::Delivery::MayRepeat);
    connect(m_reply, &QNetworkReply::finished, this, &ApiExchange::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply) {
            checkSize(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) { checkSize(received); });
}

void ApiExchange::checkSize(qint64 bytes)
{
    if (bytes > m_maxReplyBytes && !m_tooLarge && m_reply) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiExchange::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ApiExchange::onFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    m_done = true;
    QNetworkReply& reply = *m_reply;
    ApiReply result = interpret(reply);
    const QString requestId = reply.property(ApiAccessManager::RequestIdProperty).toString();
    if (result) {
        qCDebug(lcExchange).noquote() << loggedPath() << "ok" << requestId;
    } else {
        qCInfo(lcExchange).noquote() << loggedPath() << "failed:" << static_cast<int>(result.error().kind)
                                     << result.error().platformCode << result.error().platformMessage << requestId;
    }
    reply.deleteLater();
    Q_EMIT finished(result);
    deleteLater();
}

ApiError::TlsCause ApiExchange::tlsCause(const QNetworkReply& reply)
{
    using Cause = ApiError::TlsCause;
    const QList<int> codes = reply.property(ApiAccessManager::SslErrorsProperty).value<QList<int>>();
    if (!codes.isEmpty()) {
        const auto has = [&codes](std::initializer_list<QSslError::SslError> wanted) {
            return std::any_of(wanted.begin(), wanted.end(),
                               [&codes](QSslError::SslError e) { return codes.contains(int(e)); });
        };
        // The most actionable first: a wrong address or a clock beats "untrusted".
        if (has({QSslError::HostNameMismatch})) {
            return Cause::WrongHost;
        }
        if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid})) {
            return Cause::Expired;
        }
        if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
                 QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                 QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted})) {
            return Cause::Untrusted;
        }
        return Cause::Certificate;
    }
    // No certificate was judged: the handshake broke before. OpenSSL names the reason in the error text; these
    // reason strings are stable across its versions.
    const QString text = reply.errorString().toLower();
    if (text.contains(QLatin1String("wrong version number")) || text.contains(QLatin1String("http request")) ||
        text.contains(QLatin1String("packet length too long"))) {
        return Cause::NotTls;
    }
    if (text.contains(QLatin1String("protocol version")) || text.contains(QLatin1String("unsupported protocol")) ||
        text.contains(QLatin1String("no protocols available")) || text.contains(QLatin1String("version too low"))) {
        return Cause::OldProtocol;
    }
    return Cause::Handshake;
}

ApiError ApiExchange::transportError(QNetworkReply& reply) const
{
    ApiError error;
    error.detail = reply.errorString();
    error.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply.error();
    if (reply.property(ApiAccessManager::PinMismatchProperty).toBool()) {
        error.kind = ApiError::Kind::PinMismatch; // aborted at encrypted(): nothing was sent
        return error;
    }
    if (m_cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        error.ambiguous = true;
        return error;
    }
    error.ambiguous = mayHaveReachedPlatform(code);
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.tlsCause = tlsCause(reply);
        error.ambiguous = false;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError: // the tunnel was refused: nothing reached the platform
        error.kind = ApiError::Kind::ProxyAuth;
        error.ambiguous = false;
        break;
    case QNetworkReply::OperationCanceledError: // Qt reports its transfer timeout as a cancel
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        error.kind = ApiError::Kind::Server;
        break;
    default:
        error.kind = error.httpStatus >= 500   ? ApiError::Kind::Server
                     : error.httpStatus == 429 ? ApiError::Kind::RateLimited
                                               : ApiError::Kind::Network;
        break;
    }
    const QByteArray retryAfter = reply.rawHeader("Retry-After");
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
        if (ok && seconds > 0) {
            // Clamped in seconds first, so that the conversion to ms cannot overflow either.
            error.retryAfter =
                ApiError::boundedRetryHint(std::min<qint64>(seconds, ApiError::kMaxRetryHint.count() / 1000) * 1000);
        }
    }
    return error;
}

ApiReply ApiExchange::interpret(QNetworkReply& reply) const
{
    const QString requestId = reply.property(ApiAccessManager::RequestIdProperty).toString();
    if (m_tooLarge) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.ambiguous = true; // the request was sent; only its answer was refused
        error.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        error.requestId = requestId;
        error.detail = QStringLiteral("answer larger than %1 KiB refused").arg(m_maxReplyBytes / 1024);
        return Unexpected{error};
    }
    if (reply.error() != QNetworkReply::NoError) {
        // A truncated body shows up here too (RemoteHostClosed with HTTP 200 and part of the body).
        ApiError error = transportError(reply);
        error.requestId = requestId;
        return Unexpected{error};
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    auto envelope = parseEnvelope(reply.readAll());
    if (!envelope) {
        ApiError error;
        // A 2xx without an envelope may still have been carried out (a gateway answered, the body was mangled).
        error.kind = ApiError::Kind::Protocol;
        error.ambiguous = true;
        error.httpStatus = status;
        error.requestId = requestId;
        error.detail = QStringLiteral("not an envelope (field %1)").arg(envelope.error().field);
        return Unexpected{error};
    }
    if (envelope->code != 0) {
        qint64 retryAfterMs = 0;
        if (envelope->data.isObject()) {
            // Read as a double so that an absurd hint (1e300) is the longest wait, not no wait at all.
            const double hint = envelope->data.toObject().value(QStringLiteral("retryAfterMs")).toDouble(0);
            retryAfterMs = static_cast<qint64>(std::clamp(hint, 0.0, double(ApiError::kMaxRetryHint.count())));
        }
        ApiError error = ApiError::fromPlatform(envelope->code, envelope->message, retryAfterMs);
        error.httpStatus = status;
        error.requestId = requestId;
        return Unexpected{error};
    }
    return envelope->data;
}

} // namespace dm
