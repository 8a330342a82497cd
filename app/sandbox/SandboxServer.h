#pragma once

#include "core/Expected.h"
#include "sandbox/SandboxIdentity.h"
#include "sandbox/SandboxTls.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <chrono>
#include <functional>

namespace dm::sandbox {

// The platform simulator's HTTPS front: the envelope, the qiye-* header rules (timestamp skew, nonce replay) and
// token acquisition as app/api/CONTRACT.md states them. It shares no code with dm_api on purpose: two independent
// readings of the contract catch each other's mistakes.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0 picks a free port
        std::chrono::seconds accessTokenTtl{7200};
        std::chrono::seconds refreshTokenTtl{30 * 24 * 3600};
        std::chrono::milliseconds allowedClockSkew{5 * 60 * 1000};
    };
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    SandboxServer(Identity identity, TlsMaterial tls, Options options, QObject* parent = nullptr);

    // Starts listening on loopback only; returns the port.
    [[nodiscard]] Expected<quint16, QString> start();
    [[nodiscard]] QString baseUrl() const;
    // Tests move time without sleeping.
    void setClock(Clock clock) { m_now = std::move(clock); }

private:
    struct Token
    {
        qint64 expiresAtMs = 0;
    };

    [[nodiscard]] QHttpServerResponse acquireToken(const QHttpServerRequest& request);
    // nullopt when the timestamp and nonce are acceptable; otherwise the refusal to send.
    [[nodiscard]] std::optional<QHttpServerResponse> refuseReplay(const QHttpServerRequest& request);
    void forgetOldNonces(qint64 nowMs);

    Identity m_identity;
    TlsMaterial m_tls;
    Options m_options;
    Clock m_now;
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QByteArray, qint64> m_seenNonces; // nonce -> timestamp it came with
    QHash<QByteArray, Token> m_accessTokens;
    QHash<QByteArray, Token> m_refreshTokens;
};

} // namespace dm::sandbox
