#include "FakeAccessManager.h"

#include <QJsonDocument>
#include <QTimer>

FakeAnswer FakeAnswer::ok(const QJsonValue& data)
{
    QJsonObject envelope{{QStringLiteral("code"), 0},
                         {QStringLiteral("success"), true},
                         {QStringLiteral("message"), QStringLiteral("success")}};
    if (!data.isUndefined()) {
        envelope.insert(QStringLiteral("data"), data);
    }
    return FakeAnswer{QJsonDocument(envelope).toJson(QJsonDocument::Compact)};
}

FakeAnswer FakeAnswer::platformError(int code, const QString& message, const QJsonObject& data)
{
    QJsonObject envelope{
        {QStringLiteral("code"), code}, {QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
    if (!data.isEmpty()) {
        envelope.insert(QStringLiteral("data"), data);
    }
    return FakeAnswer{QJsonDocument(envelope).toJson(QJsonDocument::Compact)};
}

FakeAnswer FakeAnswer::failure(QNetworkReply::NetworkError error, int httpStatus, const QByteArray& body)
{
    return FakeAnswer{body, httpStatus, error};
}

FakeReply::FakeReply(const QNetworkRequest& request, FakeAnswer answer, QObject* parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::PostOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(m_answer.delayMs, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_answer.httpStatus > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.httpStatus);
    }
    for (const auto& [name, value] : m_answer.headers) {
        setRawHeader(name, value);
    }
    m_buffer = m_answer.body;
    if (m_answer.error != QNetworkReply::NoError) {
        setError(m_answer.error, QStringLiteral("fake failure"));
        Q_EMIT errorOccurred(m_answer.error);
    }
    Q_EMIT metaDataChanged();
    if (!m_buffer.isEmpty()) {
        Q_EMIT readyRead();
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 size = std::min<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), static_cast<size_t>(size));
    m_buffer.remove(0, size);
    return size;
}

FakeAccessManager::FakeAccessManager(dm::ConnectionSettings settings, Handler handler)
    : dm::ApiAccessManager(std::move(settings))
    , m_handler(std::move(handler))
{}

int FakeAccessManager::count(const QString& path) const
{
    return static_cast<int>(
        std::count_if(m_seen.cbegin(), m_seen.cend(), [&path](const Seen& seen) { return seen.path == path; }));
}

QNetworkReply* FakeAccessManager::sendPrepared(Operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    Seen seen{request, request.url().path(), QJsonDocument::fromJson(body).object()};
    m_seen.append(seen);
    return new FakeReply(request, m_handler(seen), this);
}
