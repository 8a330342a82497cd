#include "sandbox/SandboxServer.h"

#include "sandbox/SimClock.h"
#include "sandbox/TokenService.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cstdlib>

namespace dm::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcSandbox, "dm.sandbox.http")

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

// The vendor's envelope: success answers an empty message; a failure always carries "data" (null unless the error
// has a hint), and every -3 carries the vendor's Chinese label before the rule.
QByteArray envelopeBytes(const ApiError& error)
{
    const QString message = error.code == code::BusinessFailure ? businessMessage(error.message) : error.message;
    const QJsonObject body{{QStringLiteral("code"), error.code},
                           {QStringLiteral("success"), false},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), error.data.isUndefined() ? QJsonValue() : error.data}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The keys in QJsonObject's order, as the failures' envelope has them.
QByteArray envelopeBytes(const ApiTextResult& result)
{
    if (!result) {
        return envelopeBytes(result.error());
    }
    return QByteArrayLiteral("{\"code\":0,\"data\":") + result->text +
           QByteArrayLiteral(",\"message\":\"\",\"success\":true}");
}

// A handler's value as JSON text. QJsonDocument writes objects and arrays only: any other value is written inside an
// array, which is then taken off.
QByteArray jsonText(const QJsonValue& value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped =
        QJsonDocument(QJsonArray{value.isUndefined() ? QJsonValue() : value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// The URL's query items as a JSON object of strings (percent-decoded).
QJsonObject queryObject(const QUrl& url)
{
    QJsonObject query;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        query.insert(key, value);
    }
    return query;
}

// A complete HTTP/1.1 header block for a JSON body of `length` bytes, for the faults that write the socket directly.
QByteArray rawHeaders(qsizetype length)
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ") +
           QByteArray::number(length) + QByteArrayLiteral("\r\n\r\n");
}

void abortConnection(QHttpServerResponder& responder)
{
    if (QTcpSocket* socket = responder.socket()) {
        socket->abort();
    }
}

} // namespace

// What the server keeps of a request: enough to handle it later (latency faults) after the request object is gone.
struct SandboxServer::Incoming
{
    QString path;
    Access access = Access::Token;
    QByteArray body;
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray appId;
    QByteArray orgOpenId;
    QByteArray accessToken;
    QByteArray requestId; // the client's X-Request-ID, so support can match both logs
    QJsonObject query;
};

SandboxServer::SandboxServer(TlsMaterial tls, TokenService& tokens, SimClock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_tls(std::move(tls))
    , m_tokens(tokens)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_rateLimiter(m_options.rateLimit)
{
    m_server.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        qCInfo(lcSandbox) << "no such API:" << request.url().path();
        responder.write(
            QJsonDocument::fromJson(envelopeBytes(ApiError{code::RequestError, QStringLiteral("API.NOT.FOUND")})));
    });
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addApi(const QString& path, Access access, ApiHandler handler)
{
    m_routes.insert(path, Route{access, std::move(handler), {}});
    route(path);
}

void SandboxServer::addTextApi(const QString& path, Access access, ApiTextHandler handler)
{
    m_routes.insert(path, Route{access, {}, std::move(handler)});
    route(path);
}

void SandboxServer::route(const QString& path)
{
    m_server.route(path, QHttpServerRequest::Method::Post,
                   [this, path](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                       receive(path, request, std::move(responder));
                   });
}

void SandboxServer::addRawRoute(const QString& path, QHttpServerRequest::Methods methods, RawHandler handler)
{
    m_server.route(
        path, QHttpServerRequest::Method::AnyKnown,
        [path, methods, handler = std::move(handler)](const QHttpServerRequest& request,
                                                      QHttpServerResponder&& responder) {
            if (!methods.testFlag(request.method())) {
                responder.write(QByteArrayLiteral("method not allowed\n"), QByteArrayLiteral("text/plain"),
                                QHttpServerResponder::StatusCode::MethodNotAllowed);
                return;
            }
            const RawRequest raw{request.body(), headerValue(request, "content-type"), queryObject(request.url())};
            const RawResponse answer = handler(raw);
            qCInfo(lcSandbox).noquote() << path << "->" << answer.status << answer.body.size() << "bytes";
            responder.write(answer.body, answer.contentType,
                            static_cast<QHttpServerResponder::StatusCode>(answer.status));
        });
}

Expected<quint16, QString> SandboxServer::start()
{
    if (!m_options.address.isLoopback()) {
        return Unexpected{
            QStringLiteral("the sandbox listens on loopback only, not %1").arg(m_options.address.toString())};
    }
    const QSslCertificate certificate(m_tls.certificatePem, QSsl::Pem);
    const QSslKey key(m_tls.privateKeyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        return Unexpected{QStringLiteral("the sandbox certificate or key cannot be loaded")};
    }
    m_server.sslSetup(certificate, key, QSsl::TlsV1_2OrLater);
    m_port = m_server.listen(m_options.address, m_options.port);
    if (m_port == 0) {
        return Unexpected{
            QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port)};
    }
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
                             : m_options.address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

void SandboxServer::receive(const QString& path, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const Route route = m_routes.value(path);
    Incoming call{path,
                  route.access,
                  request.body(),
                  headerValue(request, "qiye-timestamp"),
                  headerValue(request, "qiye-nonce"),
                  headerValue(request, "qiye-app-id"),
                  headerValue(request, "qiye-org-open-id"),
                  headerValue(request, "qiye-access-token"),
                  headerValue(request, "x-request-id"),
                  queryObject(request.url())};

    const FaultDecision fault =
        m_faults && route.access != Access::Operations ? m_faults->decide(path) : FaultDecision{};
    using Kind = FaultDecision::Kind;
    switch (fault.kind) {
    case Kind::ServerError:
        qCInfo(lcSandbox) << path << call.requestId << "fault: HTTP" << fault.httpStatus;
        responder.write(QByteArrayLiteral("<html><body><h1>Service Unavailable</h1></body></html>"),
                        QByteArrayLiteral("text/html"),
                        static_cast<QHttpServerResponder::StatusCode>(fault.httpStatus));
        return;
    case Kind::DropBefore:
        qCInfo(lcSandbox) << path << call.requestId << "fault: connection dropped before handling";
        abortConnection(responder);
        return;
    case Kind::RateBurst:
        qCInfo(lcSandbox) << path << call.requestId << "fault: -422 burst";
        responder.write(QJsonDocument::fromJson(
            envelopeBytes(ApiError{code::RateTooHigh, QStringLiteral("REQUEST.RATE.TOO.HIGH"),
                                   QJsonObject{{QStringLiteral("retryAfterMs"),
                                                qint64(fault.delay.count() > 0 ? fault.delay.count() : 200)}}})));
        return;
    case Kind::Latency: {
        // The call is handled late, so a client that gave up may find it done: the ambiguity retries must survive.
        // The server deletes the socket when the client goes: the responder's raw pointer would dangle then.
        const QPointer<QTcpSocket> socket = responder.socket();
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(fault.delay, this, [this, call, held, socket] {
            if (socket && socket->isOpen()) {
                process(call, *held, FaultDecision{});
            } else {
                (void)run(call); // the client has gone; the platform still does the work
            }
        });
        return;
    }
    case Kind::InvalidateTokens:
        qCInfo(lcSandbox) << path << "fault: access tokens invalidated";
        m_tokens.expireAccessTokens();
        break;
    case Kind::None:
    case Kind::DropAfter:
    case Kind::Truncate:
    case Kind::SlowDrip:
        break;
    }
    process(call, responder, fault);
}

void SandboxServer::process(const Incoming& call, QHttpServerResponder& responder, const FaultDecision& fault)
{
    QElapsedTimer timer;
    timer.start();
    const ApiTextResult result = run(call);
    const QByteArray body = envelopeBytes(result);
    qCInfo(lcSandbox).noquote() << call.path << call.requestId << "->" << (result ? 0 : result.error().code)
                                << timer.elapsed() << "ms";

    using Kind = FaultDecision::Kind;
    switch (fault.kind) {
    case Kind::DropAfter:
        qCInfo(lcSandbox) << call.path << call.requestId << "fault: connection dropped after handling";
        abortConnection(responder);
        return;
    case Kind::Truncate:
        qCInfo(lcSandbox) << call.path << call.requestId << "fault: body truncated";
        if (QTcpSocket* socket = responder.socket()) {
            // Written straight to the socket: the headers promise the whole body, half of it arrives, then the close.
            socket->write(rawHeaders(body.size()) + body.left(body.size() / 2));
            socket->disconnectFromHost();
        }
        return;
    case Kind::SlowDrip:
        writeSlowly(responder, body, fault.delay);
        return;
    case Kind::None:
    case Kind::Latency:
    case Kind::ServerError:
    case Kind::DropBefore:
    case Kind::RateBurst:
    case Kind::InvalidateTokens:
        break;
    }
    responder.write(body, QByteArrayLiteral("application/json"));
}

ApiTextResult SandboxServer::run(const Incoming& call)
{
    if (m_options.strictHeaders) {
        if (auto refusal = refuseReplay(call)) {
            return Unexpected{*refusal};
        }
    }
    const qint64 wallNow = m_clock.wallNow();
    if (call.access != Access::Operations) {
        if (auto wait = m_rateLimiter.admit(wallNow)) {
            return Unexpected{ApiError{code::AppRateTooHigh, QStringLiteral("APP.RATE.TOO.HIGH"),
                                       QJsonObject{{QStringLiteral("retryAfterMs"), *wait}}}};
        }
    }
    if (call.access != Access::Public) {
        if (auto allowed = m_tokens.check(call.appId, call.orgOpenId, call.accessToken, wallNow); !allowed) {
            return Unexpected{allowed.error()};
        }
    }
    // An empty body is an empty object: the vendor's refresh is a POST with its token in the query and no body.
    const QByteArray text = call.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : call.body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Unexpected{ApiError{code::RequestError, QStringLiteral("REQUEST.BODY.INVALID")}};
    }
    const auto route = m_routes.constFind(call.path);
    if (route == m_routes.cend()) {
        return Unexpected{ApiError{code::RequestError, QStringLiteral("API.NOT.FOUND")}};
    }
    const ApiCall apiCall{call.path, document.object(), m_clock.now(), QString::fromUtf8(call.appId), call.query};
    if (route->textHandler) {
        return route->textHandler(apiCall);
    }
    ApiResult answer = route->handler(apiCall);
    if (!answer) {
        return Unexpected{answer.error()};
    }
    return JsonData{jsonText(*answer)};
}

std::optional<ApiError> SandboxServer::refuseReplay(const Incoming& call)
{
    const qint64 now = m_clock.wallNow();
    bool isNumber = false;
    const qint64 timestamp = call.timestamp.toLongLong(&isNumber);
    if (!isNumber) {
        return ApiError{code::HeaderError, QStringLiteral("HEADER.TIMESTAMP.MISSING")};
    }
    if (std::chrono::milliseconds(std::llabs(now - timestamp)) > m_options.allowedClockSkew) {
        return ApiError{code::HeaderError, QStringLiteral("HEADER.TIMESTAMP.SKEW")};
    }
    if (call.nonce.size() < 8 || call.nonce.size() > 64) {
        return ApiError{code::HeaderError, QStringLiteral("HEADER.NONCE.INVALID")};
    }
    forgetOldNonces(now);
    if (m_seenNonces.contains(call.nonce)) {
        return ApiError{code::RepeatedRequest, QStringLiteral("REQUEST.REPEATED")};
    }
    m_seenNonces.insert(call.nonce, timestamp);
    return std::nullopt;
}

void SandboxServer::forgetOldNonces(qint64 wallNowMs)
{
    // A nonce only has to be remembered while its timestamp would still pass the skew check.
    const qint64 horizon = wallNowMs - 2 * m_options.allowedClockSkew.count();
    m_seenNonces.removeIf([horizon](const auto& entry) { return entry.value() < horizon; });
}

void SandboxServer::writeSlowly(QHttpServerResponder& responder, const QByteArray& body,
                                std::chrono::milliseconds spread)
{
    QPointer<QTcpSocket> socket = responder.socket();
    if (!socket) {
        return;
    }
    socket->write(rawHeaders(body.size()));
    constexpr int pieces = 10;
    const qsizetype pieceSize = (body.size() + pieces - 1) / pieces;
    const auto step = std::max<std::chrono::milliseconds>(spread / pieces, std::chrono::milliseconds(1));
    for (int i = 0; i < pieces; ++i) {
        const QByteArray piece = body.mid(i * pieceSize, pieceSize);
        QTimer::singleShot(step * (i + 1), this, [socket, piece] {
            if (socket && socket->isOpen()) {
                socket->write(piece);
            }
        });
    }
}

} // namespace dm::sandbox
