#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

namespace dm::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcSandbox, "dm.sandbox")

// Result codes as CONTRACT.md lists them; written out here rather than shared with dm_api on purpose.
constexpr int kOk = 0;
constexpr int kAuthFailure = -100;
constexpr int kRequestError = -400;
constexpr int kParameterError = -401;
constexpr int kRepeatedRequest = -421;
constexpr int kHeaderError = -424;

QHttpServerResponse envelope(int code, const QString& message, const QJsonValue& data = QJsonValue())
{
    QJsonObject body{
        {QStringLiteral("code"), code}, {QStringLiteral("success"), code == kOk}, {QStringLiteral("message"), message}};
    if (!data.isUndefined()) {
        body.insert(QStringLiteral("data"), data);
    }
    return QHttpServerResponse(body);
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray randomToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SandboxServer::SandboxServer(Identity identity, TlsMaterial tls, Options options, QObject* parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_tls(std::move(tls))
    , m_options(std::move(options))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_server.route(QStringLiteral("/api/pub/token/acquireToken"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest& request) { return acquireToken(request); });
    m_server.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        qCInfo(lcSandbox) << "no such API:" << request.url().path();
        envelope(kRequestError, QStringLiteral("API.NOT.FOUND")).write(std::move(responder));
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

std::optional<QHttpServerResponse> SandboxServer::refuseReplay(const QHttpServerRequest& request)
{
    const qint64 now = m_now();
    bool isNumber = false;
    const qint64 timestamp = header(request, "qiye-timestamp").toLongLong(&isNumber);
    if (!isNumber) {
        return envelope(kHeaderError, QStringLiteral("HEADER.TIMESTAMP.MISSING"));
    }
    if (std::chrono::milliseconds(std::llabs(now - timestamp)) > m_options.allowedClockSkew) {
        return envelope(kHeaderError, QStringLiteral("HEADER.TIMESTAMP.SKEW"));
    }
    const QByteArray nonce = header(request, "qiye-nonce");
    if (nonce.size() < 8 || nonce.size() > 64) {
        return envelope(kHeaderError, QStringLiteral("HEADER.NONCE.INVALID"));
    }
    forgetOldNonces(now);
    if (m_seenNonces.contains(nonce)) {
        return envelope(kRepeatedRequest, QStringLiteral("REQUEST.REPEATED"));
    }
    m_seenNonces.insert(nonce, timestamp);
    return std::nullopt;
}

void SandboxServer::forgetOldNonces(qint64 nowMs)
{
    // A nonce only has to be remembered while its timestamp would still pass the skew check.
    const qint64 horizon = nowMs - 2 * m_options.allowedClockSkew.count();
    m_seenNonces.removeIf([horizon](const auto& entry) { return entry.value() < horizon; });
}

QHttpServerResponse SandboxServer::acquireToken(const QHttpServerRequest& request)
{
    if (auto refusal = refuseReplay(request)) {
        return std::move(*refusal);
    }
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject()) {
        return envelope(kRequestError, QStringLiteral("REQUEST.BODY.INVALID"));
    }
    const QJsonObject fields = body.object();
    for (const char* name : {"appId", "authCode", "orgOpenId"}) {
        if (!fields.value(QLatin1String(name)).isString() || fields.value(QLatin1String(name)).toString().isEmpty()) {
            return envelope(kParameterError, QStringLiteral("PARAM.INVALID:%1").arg(QLatin1String(name)));
        }
    }
    if (fields.value(QStringLiteral("appId")).toString() != m_identity.appId ||
        fields.value(QStringLiteral("authCode")).toString() != m_identity.authCode ||
        fields.value(QStringLiteral("orgOpenId")).toString() != m_identity.orgOpenId) {
        qCInfo(lcSandbox) << "token refused: credentials do not match";
        return envelope(kAuthFailure, QStringLiteral("AUTH.FAILED"));
    }
    const qint64 now = m_now();
    const QByteArray accessToken = randomToken();
    const QByteArray refreshToken = randomToken();
    const qint64 accessExpiry = now + std::chrono::milliseconds(m_options.accessTokenTtl).count();
    const qint64 refreshExpiry = now + std::chrono::milliseconds(m_options.refreshTokenTtl).count();
    m_accessTokens.insert(accessToken, Token{accessExpiry});
    m_refreshTokens.insert(refreshToken, Token{refreshExpiry});
    qCInfo(lcSandbox) << "token issued";
    return envelope(kOk, QStringLiteral("success"),
                    QJsonObject{{QStringLiteral("accessToken"), QString::fromLatin1(accessToken)},
                                {QStringLiteral("accessTokenExpiredTime"), accessExpiry},
                                {QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)},
                                {QStringLiteral("refreshTokenExpiredTime"), refreshExpiry}});
}

} // namespace dm::sandbox
