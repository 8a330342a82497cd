#pragma once

#include "api/ConnectionSettings.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <atomic>
#include <memory>

namespace dm {

// The one place requests to the platform are made (ownCloud's AccessManager pattern): JSON POST to the profile's
// base URL with fresh qiye-timestamp / qiye-nonce headers, a request id, User-Agent, no redirects, a connection and a
// transfer timeout, the profile's proxy choice (the system's, one manual HTTP proxy, or none), and the profile's TLS
// trust: TLS 1.2+, system CAs or the profile's CAs, and SPKI pins checked when the connection becomes encrypted, before
// the body is sent. There is no blanket ignoreSslErrors: only the "untrusted issuer" errors of a leaf certificate whose
// own key is pinned are accepted.
class ApiAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit ApiAccessManager(ConnectionSettings settings, QObject* parent = nullptr);

    [[nodiscard]] const ConnectionSettings& settings() const { return m_settings; }

    enum class Delivery
    {
        MayRepeat, // Qt may re-send the request by itself when the connection closes before the answer
        // Never sent twice by the HTTP layer: the body is a stream Qt cannot rewind, so a connection lost after the
        // request went out ends the reply with ContentReSendError (outcome unknown) instead of a silent second copy.
        // Platforms that do not enforce qiye-nonce would carry out that copy.
        AtMostOnce,
    };

    // A POST of `body` to `path` below the base URL. `extraHeaders` carries the auth headers of API calls.
    [[nodiscard]] QNetworkReply* postJson(const QString& path, const QByteArray& body,
                                          const QList<std::pair<QByteArray, QByteArray>>& extraHeaders = {},
                                          Delivery delivery = Delivery::MayRepeat);

    // The same POST with a body of another kind (e.g. an RFC 3161 query, application/timestamp-query): every rule of
    // postJson holds, only the Content-Type differs. An empty `path` posts to the base URL itself.
    [[nodiscard]] QNetworkReply* postBody(const QString& path, const QByteArray& body, const QByteArray& contentType,
                                          const QList<std::pair<QByteArray, QByteArray>>& extraHeaders = {},
                                          Delivery delivery = Delivery::MayRepeat);

Q_SIGNALS:
    // The proxy at `proxy` (host:port) asked for credentials and none were given, or it refused the ones in the
    // settings (`refused`). The request fails with ApiError::Kind::ProxyAuth; the user signs in, and it is tried anew.
    void proxyCredentialsNeeded(const QString& proxy, bool refused);

public:
    // Properties set on replies, read by ApiExchange.
    static constexpr const char* RequestIdProperty = "dm.requestId";
    static constexpr const char* PinMismatchProperty = "dm.pinMismatch";
    // The certificate errors the TLS stack reported (QList<int> of QSslError::SslError), for the error's cause.
    static constexpr const char* SslErrorsProperty = "dm.sslErrors";

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;
    // Sends the fully prepared request. Tests override this to answer without a network (ownCloud's FakeAM seam).
    virtual QNetworkReply* sendPrepared(Operation op, const QNetworkRequest& request, QIODevice* outgoingData);

private:
    void watchTls(QNetworkReply* reply);
    void watchConnecting(QNetworkReply* reply);

    ConnectionSettings m_settings;
    QSet<QString> m_proxiesAnswered; // host:port of the proxies given the settings' credentials once
    // Once a proxy refused the settings' credentials, no connection offers them again (a directory behind the proxy
    // may lock the account); shared with the system proxy factory, which Qt may ask from another thread.
    std::shared_ptr<std::atomic<bool>> m_credentialsRefused = std::make_shared<std::atomic<bool>>(false);
};

} // namespace dm
