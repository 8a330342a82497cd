#include "api/ApiExchange.h"

#include "api/ApiAccessManager.h"
#include "api/Envelope.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

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
