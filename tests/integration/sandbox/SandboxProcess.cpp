#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

SandboxProcess::SandboxProcess(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QJsonObject SandboxProcess::start(const QStringList& arguments)
{
    stop();
    m_process.setProgram(QStringLiteral(DMSANDBOX_PATH));
    m_process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its sandbox running (holding ports, files and any lock the test inherited).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process.start();
    if (!m_process.waitForStarted()) {
        return {};
    }
    // Seeding a large platform takes a while on first start; the line comes once the server listens.
    for (int i = 0; i < 1200 && !m_process.canReadLine() && m_process.state() == QProcess::Running; ++i) {
        m_process.waitForReadyRead(100);
    }
    m_connection = QJsonDocument::fromJson(m_process.readLine()).object();
    m_accessToken.clear();
    return m_connection;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
    m_network.clearConnectionCache();
}

QString SandboxProcess::stderrText()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}

SandboxProcess::Reply SandboxProcess::post(const QString& path, const QJsonObject& body, const QByteArray& nonce,
                                           qint64 timestamp)
{
    return send(path, body, nonce, timestamp, false);
}

SandboxProcess::Reply SandboxProcess::call(const QString& path, const QJsonObject& body)
{
    return send(path, body, {}, 0, true);
}

bool SandboxProcess::authenticate()
{
    const Reply reply =
        post(QStringLiteral("/api/pub/token/acquireToken"),
             QJsonObject{{QStringLiteral("appId"), m_connection.value(QStringLiteral("appId"))},
                         {QStringLiteral("authCode"), m_connection.value(QStringLiteral("authCode"))},
                         {QStringLiteral("orgOpenId"), m_connection.value(QStringLiteral("orgOpenId"))}});
    m_accessToken = reply.data.toObject().value(QStringLiteral("accessToken")).toString().toLatin1();
    return reply.code == 0 && !m_accessToken.isEmpty();
}

SandboxProcess::Reply SandboxProcess::send(const QString& path, const QJsonObject& body, const QByteArray& nonce,
                                           qint64 timestamp, bool withAuth)
{
    QNetworkRequest request(QUrl(m_connection.value(QStringLiteral("baseUrl")).toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("qiye-timestamp",
                         QByteArray::number(timestamp ? timestamp : QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("qiye-nonce",
                         nonce.isEmpty() ? QByteArray::number(QRandomGenerator::global()->generate64(), 16) : nonce);
    if (withAuth) {
        for (const auto& [name, value] : tokenHeaders()) {
            request.setRawHeader(name, value);
        }
    }
    return exchange(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxProcess::Headers SandboxProcess::tokenHeaders(const QByteArray& token) const
{
    return {{"qiye-app-id", m_connection.value(QStringLiteral("appId")).toString().toUtf8()},
            {"qiye-org-open-id", m_connection.value(QStringLiteral("orgOpenId")).toString().toUtf8()},
            {"qiye-access-token", token.isEmpty() ? m_accessToken : token}};
}

SandboxProcess::Reply SandboxProcess::raw(const QString& pathAndQuery, const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(QUrl(m_connection.value(QStringLiteral("baseUrl")).toString() + pathAndQuery));
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return exchange(request, body);
}

SandboxProcess::Reply SandboxProcess::get(const QString& pathAndQuery)
{
    return exchange(QNetworkRequest(QUrl(m_connection.value(QStringLiteral("baseUrl")).toString() + pathAndQuery)), {},
                    true);
}

SandboxProcess::Reply SandboxProcess::exchange(QNetworkRequest request, const QByteArray& body, bool get)
{
    request.setTransferTimeout(15000);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile certificate(QDir(m_dataDir).filePath(QStringLiteral("tls/cert.pem")));
    if (certificate.open(QIODevice::ReadOnly)) {
        tls.setCaCertificates(QSslCertificate::fromData(certificate.readAll()));
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);

    QNetworkReply* reply = get ? m_network.get(request) : m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(20000);
    }
    Reply result;
    result.networkError = reply->error();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // The pin the sandbox printed must match the certificate this connection really used.
    const QByteArray pin = m_connection.value(QStringLiteral("spkiSha256")).toString().toLatin1();
    bool pinned = false;
    for (const QSslCertificate& peer : reply->sslConfiguration().peerCertificateChain()) {
        pinned =
            pinned || QCryptographicHash::hash(peer.publicKey().toDer(), QCryptographicHash::Sha256).toBase64() == pin;
    }
    reply->deleteLater();
    const QJsonObject envelope = QJsonDocument::fromJson(result.raw).object();
    if (result.networkError != QNetworkReply::NoError || !pinned || !envelope.contains(QStringLiteral("code"))) {
        return result;
    }
    result.transportOk = true;
    result.code = envelope.value(QStringLiteral("code")).toInt();
    result.success = envelope.value(QStringLiteral("success")).toBool();
    result.message = envelope.value(QStringLiteral("message")).toString();
    result.data = envelope.value(QStringLiteral("data"));
    return result;
}
