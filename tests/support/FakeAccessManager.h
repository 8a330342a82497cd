#pragma once

#include "api/ApiAccessManager.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <functional>

// A canned answer: an envelope body with HTTP 200, or a transport failure.
struct FakeAnswer
{
    QByteArray body;
    int httpStatus = 200;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0;
    QList<std::pair<QByteArray, QByteArray>> headers{}; // raw response headers, e.g. Retry-After

    static FakeAnswer ok(const QJsonValue& data = QJsonValue());
    static FakeAnswer platformError(int code, const QString& message, const QJsonObject& data = {});
    static FakeAnswer failure(QNetworkReply::NetworkError error, int httpStatus = 0, const QByteArray& body = {});
};

// A reply that never touches the network: it delivers a FakeAnswer asynchronously, like a real one would.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest& request, FakeAnswer answer, QObject* parent);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();
    FakeAnswer m_answer;
    QByteArray m_buffer;
    bool m_finished = false;
};

// The ApiAccessManager with its real request preparation (headers, nonce, request id, TLS settings) but answers
// from a handler instead of the network (ownCloud's FakeAM pattern). Every request is recorded.
class FakeAccessManager : public dm::ApiAccessManager
{
    Q_OBJECT

public:
    struct Seen
    {
        QNetworkRequest request;
        QString path;
        QJsonObject body;
    };
    using Handler = std::function<FakeAnswer(const Seen&)>;

    FakeAccessManager(dm::ConnectionSettings settings, Handler handler);
    [[nodiscard]] const QList<Seen>& seen() const { return m_seen; }
    [[nodiscard]] int count(const QString& path) const;

protected:
    QNetworkReply* sendPrepared(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    QList<Seen> m_seen;
};
