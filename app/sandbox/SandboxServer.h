#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxTls.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace dm::sandbox {

class SimClock;
class TokenService;

// The platform's HTTPS front (loopback only): for every call it checks the qiye-* headers (the token; timestamp skew
// and nonce replay only in strict mode, since public integrators omit them or send fixed placeholders and the real
// platform answers them), the per-app rate limit and the JSON body, runs the endpoint's handler and answers in the
// envelope, or injects the fault the FaultInjector picked. It shares no code with dm_api on purpose: two independent
// readings of app/api/CONTRACT.md catch each other's mistakes.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0 picks a free port
        std::chrono::milliseconds allowedClockSkew{5 * 60 * 1000};
        double rateLimit = 100;     // requests per second for the app; 0 = unlimited
        bool strictHeaders = false; // --strict-headers: require a fresh qiye-timestamp and an unused qiye-nonce
    };
    enum class Access
    {
        Token,      // needs qiye-app-id, qiye-org-open-id and a valid qiye-access-token
        Public,     // token acquisition and refresh: no qiye-* headers (timestamp and nonce in strict mode)
        Operations, // the sandbox's own fault endpoint: token required, never subject to faults or the rate limit
    };

    SandboxServer(TlsMaterial tls, TokenService& tokens, SimClock& clock, Options options, QObject* parent = nullptr);
    ~SandboxServer() override;

    void addApi(const QString& path, Access access, ApiHandler handler);
    // The same, for a handler that writes its answer's data as JSON text.
    void addTextApi(const QString& path, Access access, ApiTextHandler handler);

    // A route outside the platform's API, for the sandbox's own services that speak another protocol (the RFC 3161
    // time-stamping authority): the body reaches the handler as it came and the handler's answer leaves as it is, with
    // no JSON envelope, no qiye-* header or token check, no rate limit and no injected fault. Other methods get 405.
    struct RawRequest
    {
        QByteArray body;
        QByteArray contentType;
        QJsonObject query; // the URL's query items as strings (percent-decoded)
    };
    struct RawResponse
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };
    using RawHandler = std::function<RawResponse(const RawRequest&)>;
    void addRawRoute(const QString& path, QHttpServerRequest::Methods methods, RawHandler handler);
    void setFaultInjector(FaultInjector* injector) { m_faults = injector; }

    [[nodiscard]] Expected<quint16, QString> start();
    [[nodiscard]] QString baseUrl() const;

private:
    struct Incoming;
    struct Route
    {
        Access access = Access::Token;
        ApiHandler handler;         // or
        ApiTextHandler textHandler; // (addTextApi)
    };

    void receive(const QString& path, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void process(const Incoming& call, QHttpServerResponder& responder, const FaultDecision& fault);
    // The answer's data as JSON text, or the error the envelope carries.
    [[nodiscard]] ApiTextResult run(const Incoming& call);
    void route(const QString& path);
    [[nodiscard]] std::optional<ApiError> refuseReplay(const Incoming& call);
    void forgetOldNonces(qint64 wallNowMs);
    void writeSlowly(QHttpServerResponder& responder, const QByteArray& body, std::chrono::milliseconds spread);

    TlsMaterial m_tls;
    TokenService& m_tokens;
    SimClock& m_clock;
    Options m_options;
    RateLimiter m_rateLimiter;
    FaultInjector* m_faults = nullptr;
    QHttpServer m_server;
    QHash<QString, Route> m_routes;
    quint16 m_port = 0;
    QHash<QByteArray, qint64> m_seenNonces; // nonce -> its timestamp
};

} // namespace dm::sandbox
