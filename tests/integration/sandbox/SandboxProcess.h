#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>

// Test fixture: runs the real dmsandbox executable and talks to it over real TLS, trusting only the certificate
// whose key matches the pin the sandbox printed. A third, deliberately plain reading of the contract.
class SandboxProcess
{
public:
    struct Reply
    {
        bool transportOk = false; // false: TLS/connection error, or a body that is not an envelope
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        int httpStatus = 0;
        QByteArray raw;
        int code = 0;
        bool success = false;
        QString message;
        QJsonValue data;
        QByteArray contentType; // the answer's Content-Type header
    };

    explicit SandboxProcess(QString dataDir);
    ~SandboxProcess();

    // Starts dmsandbox with --data-dir and `arguments`; returns the connection line (empty on failure).
    QJsonObject start(const QStringList& arguments = {});
    void stop();
    [[nodiscard]] const QJsonObject& connection() const { return m_connection; }
    [[nodiscard]] QString stderrText();

    // A call with the timestamp and nonce headers only (token endpoints).
    Reply post(const QString& path, const QJsonObject& body, const QByteArray& nonce = {}, qint64 timestamp = 0);
    // Acquires a token with the printed credentials; later call()s send it.
    bool authenticate();
    // An authenticated call (with a fresh timestamp and nonce, as dm_api sends them).
    Reply call(const QString& path, const QJsonObject& body);
    // A call exactly as given, the way an integrator writes it: `pathAndQuery` after the base URL, the body bytes as
    // they are, and only `headers` (Content-Type included when wanted).
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    Reply raw(const QString& pathAndQuery, const QByteArray& body, const Headers& headers);
    // A GET with no headers at all, as curl or a browser makes it: for the sandbox's own routes that answer bytes
    // rather than an envelope (transportOk stays false for those; read httpStatus, contentType and raw).
    Reply get(const QString& pathAndQuery);
    // The three token headers an integrator sends (no timestamp, no nonce), with `token` or the current token.
    [[nodiscard]] Headers tokenHeaders(const QByteArray& token = {}) const;

    [[nodiscard]] const QByteArray& accessToken() const { return m_accessToken; }
    void setAccessToken(const QByteArray& token) { m_accessToken = token; }

private:
    Reply send(const QString& path, const QJsonObject& body, const QByteArray& nonce, qint64 timestamp, bool withAuth);
    Reply exchange(QNetworkRequest request, const QByteArray& body, bool get = false);

    QString m_dataDir;
    QProcess m_process;
    QJsonObject m_connection;
    QNetworkAccessManager m_network;
    QByteArray m_accessToken;
};
