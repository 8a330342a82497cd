#include "api/ApiAccessManager.h"

#include "api/SpkiPin.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcTransport, "dm.api.transport")

QString proxyAddress(const QNetworkProxy& proxy)
{
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

// Qt opens connections before it knows which request each will carry. When a proxy's 407 reaches a connection that
// carries none yet, no reply can ask (proxyAuthenticationRequired is not emitted) and the request Qt gives that
// connection next fails. Credentials on the proxy itself are answered by each connection's own socket, with or
// without a request. As before, they go only to the proxy they were saved for, and not after a refusal.
void withCredentials(QNetworkProxy& proxy, const ProxyCredentials& given, const std::atomic<bool>& refused)
{
    if (proxy.type() == QNetworkProxy::HttpProxy && proxy.user().isEmpty() && !given.isEmpty() && !refused.load() &&
        given.isFor(proxyAddress(proxy))) {
        proxy.setUser(given.user);
        proxy.setPassword(given.password);
    }
}

// Asks the operating system per request (PAC, WPAD, environment), without touching Qt's process-wide factory.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    SystemProxyFactory(ProxyCredentials given, std::shared_ptr<const std::atomic<bool>> refused)
        : m_given(std::move(given))
        , m_refused(std::move(refused))
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        for (QNetworkProxy& proxy : proxies) {
            withCredentials(proxy, m_given, *m_refused);
        }
        return proxies;
    }

private:
    ProxyCredentials m_given;
    std::shared_ptr<const std::atomic<bool>> m_refused;
};

// A request body that can be read once and never rewound (see Delivery::AtMostOnce).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject* parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_bytes.size() - m_read);
        std::copy_n(m_bytes.constData() + m_read, count, data);
        m_read += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

QByteArray freshNonce()
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

// Errors that only say "I cannot vouch for who issued this": acceptable when the key itself is pinned.
bool isIssuerTrustError(QSslError::SslError error)
{
    static constexpr QSslError::SslError acceptable[] = {
        QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
        QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted};
    return std::find(std::begin(acceptable), std::end(acceptable), error) != std::end(acceptable);
}

} // namespace

ApiAccessManager::ApiAccessManager(ConnectionSettings settings, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_settings(std::move(settings))
{
    switch (m_settings.proxyMode) {
    case ProxyMode::System:
        setProxyFactory(new SystemProxyFactory(m_settings.proxy, m_credentialsRefused)); // the manager owns it
        break;
    case ProxyMode::Manual: {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_settings.proxyHost, m_settings.proxyPort);
        withCredentials(proxy, m_settings.proxy, *m_credentialsRefused);
        setProxy(proxy);
        break;
    }
    case ProxyMode::None:
        setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setTransferTimeout(static_cast<int>(m_settings.transferTimeout.count()));
    // An HTTP answer that came through the proxy proves the credentials good: a later question (the proxy restarted,
    // a new connection) is answered again rather than taken for a refusal.
    connect(this, &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            m_proxiesAnswered.clear();
        }
    });
    connect(this, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy& proxy, QAuthenticator* authenticator) {
                const QString where = proxyAddress(proxy);
                const ProxyCredentials& given = m_settings.proxy;
                // Credentials the proxy carries were sent by the socket already, so a question means they were
                // refused. Otherwise Qt asks again after the proxy refused what we gave (and keeps asking while we
                // answer): the second question about the same proxy before any request got through means the same.
                // Once refused, they are never given again (a later call's connection asks afresh): a directory
                // locks an account after a few wrong passwords.
                const bool usable = !given.isEmpty() && given.isFor(where);
                const bool presented = usable && proxy.user() == given.user && proxy.password() == given.password;
                const bool refused =
                    usable && (m_credentialsRefused->load() || presented || m_proxiesAnswered.contains(where));
                qCInfo(lcTransport) << "proxy" << where
                                    << (refused ? "refused the credentials" : "asks for credentials");
                if (refused) {
                    m_credentialsRefused->store(true);
                    if (m_settings.proxyMode == ProxyMode::Manual) {
                        setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxyHost, m_settings.proxyPort));
                    }
                }
                if (!usable || refused) {
                    Q_EMIT proxyCredentialsNeeded(where, refused);
                    return;
                }
                m_proxiesAnswered.insert(where);
                authenticator->setUser(given.user);
                authenticator->setPassword(given.password);
            });
}

QNetworkReply* ApiAccessManager::postJson(const QString& path, const QByteArray& body,
                                          const QList<std::pair<QByteArray, QByteArray>>& extraHeaders,
                                          Delivery delivery)
{
    return postBody(path, body, QByteArrayLiteral("application/json; charset=utf-8"), extraHeaders, delivery);
}

QNetworkReply* ApiAccessManager::postBody(const QString& path, const QByteArray& body, const QByteArray& contentType,
                                          const QList<std::pair<QByteArray, QByteArray>>& extraHeaders,
                                          Delivery delivery)
{
    const QUrl url(m_settings.baseUrl.toString(QUrl::StripTrailingSlash) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : extraHeaders) {
        request.setRawHeader(name, value);
    }
    if (delivery == Delivery::MayRepeat) {
        return post(request, body);
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* device = new OneShotBody(body, nullptr);
    QNetworkReply* reply = post(request, device);
    device->setParent(reply);
    return reply;
}

QNetworkReply* ApiAccessManager::createRequest(Operation op, const QNetworkRequest& original, QIODevice* outgoingData)
{
    QNetworkRequest request(original);
    // Fresh for every send, retries and replays included: the platform refuses a nonce it has seen (-421).
    request.setRawHeader("qiye-timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("qiye-nonce", freshNonce());
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("X-Request-ID", requestId);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("dmadmin/%1 Qt/%2")
                          .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_settings.transferTimeout.count()));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_settings.trustedCas.isEmpty()) {
        tls.setCaCertificates(m_settings.trustedCas);
    }
    request.setSslConfiguration(tls);

    QNetworkReply* reply = sendPrepared(op, request, outgoingData);
    reply->setProperty(RequestIdProperty, requestId);
    watchTls(reply);
    watchConnecting(reply);
    return reply;
}

QNetworkReply* ApiAccessManager::sendPrepared(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

void ApiAccessManager::watchConnecting(QNetworkReply* reply)
{
    if (m_settings.connectTimeout.count() <= 0) {
        return;
    }
    // The timer lives with the reply: once the request is on the wire the transfer timeout takes over. Aborting gives
    // OperationCanceledError, which ApiExchange reads as a timeout, as it does Qt's own transfer timeout.
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        qCWarning(lcTransport) << "no connection within the connection timeout: aborting";
        reply->abort();
    });
    connect(reply, &QNetworkReply::encrypted, timer, &QTimer::stop); // connected: a long upload may follow
    connect(reply, &QNetworkReply::requestSent, timer, &QTimer::stop);
    // A request on a connection already open (kept alive, or an HTTP/2 stream) shows no handshake: its body leaving
    // says it is on the wire.
    connect(reply, &QNetworkReply::uploadProgress, timer, &QTimer::stop);
    connect(reply, &QNetworkReply::metaDataChanged, timer, &QTimer::stop);
    connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    timer->start(m_settings.connectTimeout);
}

void ApiAccessManager::watchTls(QNetworkReply* reply)
{
    // Kept for the error's cause: a handshake that fails without certificate errors failed on the protocol.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        QList<int> codes;
        for (const QSslError& error : errors) {
            codes.append(int(error.error()));
        }
        reply->setProperty(SslErrorsProperty, QVariant::fromValue(codes));
    });
    if (m_settings.pinnedKeys.isEmpty()) {
        return;
    }
    const QList<QByteArray> pins = m_settings.pinnedKeys;
    // sslErrors comes first when the TLS stack could not verify the chain. Only a pinned leaf excuses an untrusted
    // issuer (the sandbox's self-signed certificate): the handshake proved the server holds that very key. A pinned
    // issuer needs a chain the TLS stack verified as well, so its errors stand.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pins](const QList<QSslError>& errors) {
        const bool onlyIssuerErrors = std::all_of(
            errors.cbegin(), errors.cend(), [](const QSslError& error) { return isIssuerTrustError(error.error()); });
        const PinMatch match = matchPins(reply->sslConfiguration().peerCertificateChain(), pins);
        if (match == PinMatch::None) {
            // Say why, rather than only "untrusted certificate": the key is not the one this profile expects.
            reply->setProperty(PinMismatchProperty, true);
        } else if (match == PinMatch::Leaf && onlyIssuerErrors) {
            reply->ignoreSslErrors(errors); // exactly these errors, for a key we pinned
        }
    });
    // encrypted() comes once per new TLS connection, before any request data; a reused connection was checked when
    // it was made, and the pins of one manager never change.
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pins] {
        if (matchPins(reply->sslConfiguration().peerCertificateChain(), pins) == PinMatch::None) {
            qCWarning(lcTransport) << "pin mismatch: aborting before the request is sent";
            reply->setProperty(PinMismatchProperty, true);
            reply->abort();
        }
    });
}

} // namespace dm
