#include "timestamp/TimestampClient.h"

#include "api/ApiAccessManager.h"
#include "timestamp/TimestampQuery.h"
#include "timestamp/TimestampVerify.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace dm {
namespace {

// Why a reply was aborted on our side, kept on the reply itself.
constexpr const char* kAbortReasonProperty = "dm.timestamp.abortReason";

ConnectionSettings towards(const QUrl& tsaUrl, ConnectionSettings transport)
{
    transport.baseUrl = tsaUrl;
    return transport;
}

} // namespace

TimestampClient::TimestampClient(const QUrl& tsaUrl, ConnectionSettings transport, QObject* parent)
    : QObject(parent)
    , m_network(new ApiAccessManager(towards(tsaUrl, transport), this))
    , m_timeout(transport.transferTimeout)
{}

TimestampClient::~TimestampClient()
{
    // Nobody is left to hear the answers: the callbacks may refer to objects already gone.
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_inFlight)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

void TimestampClient::stamp(const QByteArray& sha256Digest, const QByteArray& trustedChainPem, StampCallback done)
{
    auto query = makeTimestampQuery(sha256Digest);
    if (!query) {
        // Answered later all the same, so the caller sees one behaviour whatever went wrong.
        QTimer::singleShot(0, this, [done, error = query.error()] { done(Unexpected{error}); });
        return;
    }
    const TimestampQuery sent = query.value();
    send(QString(), sent.der, QByteArrayLiteral("application/timestamp-query"),
         [done, sent, trustedChainPem](const Expected<QByteArray, QString>& body) {
             if (!body) {
                 done(Unexpected{body.error()});
                 return;
             }
             auto verified = verifyTimestamp(body.value(), sent.digest, trustedChainPem, sent.nonce);
             if (!verified) {
                 done(Unexpected{verified.error()});
                 return;
             }
             auto reply = parseTimestampReply(body.value());
             done(IssuedTimestamp{body.value(), reply ? reply->tokenDer : QByteArray(), verified.value()});
         });
}

void TimestampClient::fetchSandboxChain(ChainCallback done)
{
    // The chain is what tokens are judged by: fetched over plain http (or https nobody vouches for), whoever sits on
    // the path could hand over both a chain and tokens that agree with it.
    const ConnectionSettings& transport = m_network->settings();
    if (transport.baseUrl.scheme() != QLatin1String("https") ||
        (transport.pinnedKeys.isEmpty() && transport.trustedCas.isEmpty())) {
        done(Unexpected{QStringLiteral("the TSA's chain is fetched only over https with a pinned key or the profile's "
                                       "own CA; give the chain of any other TSA in the profile")});
        return;
    }
    send(QStringLiteral("/chain"), QByteArray(), QByteArrayLiteral("application/octet-stream"),
         [done](const Expected<QByteArray, QString>& body) {
             if (body && QSslCertificate::fromData(body.value(), QSsl::Pem).isEmpty()) {
                 done(Unexpected{QStringLiteral("the TSA's chain holds no PEM certificate")});
                 return;
             }
             done(body);
         });
}

void TimestampClient::cancel()
{
    const QList<QPointer<QNetworkReply>> replies = m_inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply && reply->isRunning()) {
            reply->setProperty(kAbortReasonProperty, QStringLiteral("cancelled"));
            reply->abort();
        }
    }
}

void TimestampClient::send(const QString& path, const QByteArray& body, const QByteArray& contentType,
                           BodyCallback done)
{
    QNetworkReply* reply = m_network->postBody(path, body, contentType);
    m_inFlight.append(reply);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, seconds = m_timeout.count() / 1000.0] {
        reply->setProperty(kAbortReasonProperty, QStringLiteral("the TSA did not answer within %1 s").arg(seconds));
        reply->abort();
    });
    deadline->start(m_timeout);
    // Refused while it arrives, before an endless answer fills memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if ((received > kMaxReplyBytes || total > kMaxReplyBytes) && reply->isRunning()) {
            reply->setProperty(kAbortReasonProperty, QStringLiteral("the TSA's answer is too large"));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        const QString failure = failureOf(*reply);
        if (!failure.isEmpty()) {
            done(Unexpected{failure});
            return;
        }
        done(reply->readAll());
    });
}

QString TimestampClient::failureOf(QNetworkReply& reply) const
{
    const QString abortReason = reply.property(kAbortReasonProperty).toString();
    if (reply.property(ApiAccessManager::PinMismatchProperty).toBool()) {
        return QStringLiteral("the TSA's TLS key is not the pinned one");
    }
    if (!abortReason.isEmpty()) {
        return abortReason;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        return QStringLiteral("the TSA answered HTTP %1 (redirects are not followed)").arg(status);
    }
    if (status != 0 && status != 200) {
        return QStringLiteral("the TSA answered HTTP %1").arg(status);
    }
    if (reply.error() == QNetworkReply::OperationCanceledError) {
        return QStringLiteral("the TSA stopped answering"); // the transport's transfer timeout
    }
    if (reply.error() != QNetworkReply::NoError) {
        return QStringLiteral("cannot reach the TSA: %1").arg(reply.errorString());
    }
    return {};
}

} // namespace dm
