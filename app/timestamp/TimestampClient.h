#pragma once

#include "api/ConnectionSettings.h"
#include "core/Expected.h"
#include "timestamp/TimestampReply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkReply;

namespace dm {

class ApiAccessManager;

// A time-stamp the TSA granted and verifyTimestamp() accepted.
struct IssuedTimestamp
{
    QByteArray replyDer; // the whole TimeStampResp: what `openssl ts -verify -in` reads (the pack's timestamp.tsr)
    QByteArray tokenDer; // the TimeStampToken inside it
    TimestampInfo info;
};

// Asks an RFC 3161 TSA for time-stamps, asynchronously: the calling thread never waits, every request answers its
// callback exactly once (granted and verified, or an English error), after the timeout at the latest, and cancel()
// ends them all at once.
//
// Requests go through ApiAccessManager, so an https TSA gets exactly the platform's TLS rules (TLS 1.2+, the profile's
// CAs or SPKI pins, no redirects): the sandbox's pinned self-signed certificate works as it does for the API. A plain
// http TSA URL works too, as most public TSAs are: the token is self-authenticating, since it is only accepted once
// its signature chains to the trusted CA and it carries this query's digest and nonce.
class TimestampClient : public QObject
{
    Q_OBJECT

public:
    using StampCallback = std::function<void(const Expected<IssuedTimestamp, QString>&)>;
    using ChainCallback = std::function<void(const Expected<QByteArray, QString>&)>;

    // `transport` gives the TLS trust, the proxy (the profile's choice, with its credentials) and the timeouts; its
    // baseUrl is replaced by `tsaUrl`.
    TimestampClient(const QUrl& tsaUrl, ConnectionSettings transport, QObject* parent = nullptr);
    ~TimestampClient() override;

    // The most a request may take from start to answer; by default the transport's transfer timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024; // a token is a few kilobytes; more is a fault

    // Time-stamps `sha256Digest` and verifies the answer against `trustedChainPem`.
    void stamp(const QByteArray& sha256Digest, const QByteArray& trustedChainPem, StampCallback done);
    // The chain PEM the sandbox's TSA publishes at <tsaUrl>/chain (its own convention: a public TSA publishes its
    // chain on its web site, and the profile stores it).
    void fetchSandboxChain(ChainCallback done);
    // Ends every request in flight; each callback gets a "cancelled" error.
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_inFlight.isEmpty(); }

private:
    using BodyCallback = std::function<void(const Expected<QByteArray, QString>&)>;
    void send(const QString& path, const QByteArray& body, const QByteArray& contentType, BodyCallback done);
    [[nodiscard]] QString failureOf(QNetworkReply& reply) const;

    ApiAccessManager* m_network;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace dm
