#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace dm {

class ApiAccessManager;

using ApiReply = Expected<QJsonValue, ApiError>;

// One POST to the platform and its single outcome: the envelope's data on code 0, otherwise one typed ApiError
// (transport, TLS, pin, timeout, malformed answer, or the platform's refusal). Emits finished() exactly once and
// deletes itself afterwards. Neither request nor response bodies are ever logged.
class ApiExchange : public QObject
{
    Q_OBJECT

public:
    ApiExchange(ApiAccessManager& network, QString path, QJsonObject body,
                QList<std::pair<QByteArray, QByteArray>> headers, QObject* parent = nullptr);

    // A request that must not be carried out twice (create, delete, resend...): Qt's HTTP layer must not re-send it
    // on its own when a connection closes before the answer (ApiAccessManager::Delivery::AtMostOnce).
    void setAtMostOnce(bool atMostOnce) { m_atMostOnce = atMostOnce; }
    // The largest answer read. The biggest documented page (1,000 log rows) is well under a megabyte; anything near
    // this is a fault or an attack, and it is refused while it arrives, before it fills memory.
    static constexpr qint64 kDefaultMaxReplyBytes = 32LL * 1024 * 1024;
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    void start();
    void cancel();
    [[nodiscard]] const QString& path() const { return m_path; }
    // The path without its query: a query may carry a secret (the vendor's refresh takes ?refreshToken=).
    [[nodiscard]] QString loggedPath() const { return m_path.section(QLatin1Char('?'), 0, 0); }

Q_SIGNALS:
    void finished(const dm::ApiReply& reply);

private:
    void onFinished();
    // Aborts the transfer once the answer announces or reaches more than m_maxReplyBytes.
    void checkSize(qint64 bytes);
    [[nodiscard]] ApiReply interpret(QNetworkReply& reply) const;
    [[nodiscard]] ApiError transportError(QNetworkReply& reply) const;
    [[nodiscard]] static ApiError::TlsCause tlsCause(const QNetworkReply& reply);

    ApiAccessManager& m_network;
    bool m_atMostOnce = false;
    QString m_path;
    QJsonObject m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_reply;
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace dm
