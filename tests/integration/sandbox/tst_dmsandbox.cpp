#include "api/Envelope.h"
#include "api/SpkiPin.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// Starts the real dmsandbox executable and talks to it over real TLS, as the client will.
class TestDmsandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void printsOneConnectionLineWithAWorkingPin();
    void issuesTokensOnlyForItsOwnCredentials();
    void refusesReplayedNoncesAndSkewedClocks();
    void keepsItsIdentityAcrossRestarts();
    void refusesToListenBeyondLoopback();

private:
    QJsonObject startSandbox(const QStringList& extraArguments = {});
    Envelope post(const QString& path, const QJsonObject& body, const QByteArray& nonce = {}, qint64 timestamp = 0);

    QTemporaryDir m_dataDir;
    QProcess m_sandbox;
    QJsonObject m_connection;
    QNetworkAccessManager m_network;
};

void TestDmsandbox::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
}

void TestDmsandbox::cleanup()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
    m_network.clearConnectionCache();
}

QJsonObject TestDmsandbox::startSandbox(const QStringList& extraArguments)
{
    m_sandbox.setProgram(QStringLiteral(DMSANDBOX_PATH));
    m_sandbox.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir.path()} + extraArguments);
    m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox.start();
    if (!m_sandbox.waitForStarted()) {
        return {};
    }
    // The JSON line is the only thing on stdout; it may take a moment on first start (key generation).
    for (int i = 0; i < 100 && !m_sandbox.canReadLine(); ++i) {
        m_sandbox.waitForReadyRead(100);
    }
    m_connection = QJsonDocument::fromJson(m_sandbox.readLine()).object();
    return m_connection;
}

Envelope TestDmsandbox::post(const QString& path, const QJsonObject& body, const QByteArray& nonce, qint64 timestamp)
{
    QNetworkRequest request(QUrl(m_connection.value(QStringLiteral("baseUrl")).toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("qiye-timestamp",
                         QByteArray::number(timestamp ? timestamp : QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("qiye-nonce",
                         nonce.isEmpty() ? QByteArray::number(QRandomGenerator::global()->generate64(), 16) : nonce);
    // Trust nothing but the certificate whose key matches the printed pin: the pin is checked, not assumed.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile certFile(m_dataDir.filePath(QStringLiteral("tls/cert.pem")));
    if (certFile.open(QIODevice::ReadOnly)) {
        tls.setCaCertificates(QSslCertificate::fromData(certFile.readAll()));
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    const QByteArray printedPin = m_connection.value(QStringLiteral("spkiSha256")).toString().toLatin1();
    const QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    if (!chainMatchesPins(chain, {printedPin})) {
        return Envelope{-9999, false, QStringLiteral("pin mismatch"), {}};
    }
    auto envelope = parseEnvelope(bytes);
    return envelope ? envelope.value() : Envelope{-9998, false, QStringLiteral("not an envelope"), {}};
}

void TestDmsandbox::printsOneConnectionLineWithAWorkingPin()
{
    const QJsonObject connection = startSandbox();
    for (const char* key : {"baseUrl", "appId", "authCode", "orgOpenId", "domain", "spkiSha256"}) {
        QVERIFY2(!connection.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QVERIFY(connection.value(QStringLiteral("baseUrl")).toString().startsWith(QLatin1String("https://127.0.0.1:")));
    QCOMPARE(QByteArray::fromBase64(connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()).size(), 32);
    QFile key(m_dataDir.filePath(QStringLiteral("tls/key.pem")));
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Unknown APIs are answered in the envelope, over TLS, behind the pin.
    const Envelope unknown = post(QStringLiteral("/api/open/nothing/here"), {});
    QCOMPARE(unknown.code, -400);
}

void TestDmsandbox::issuesTokensOnlyForItsOwnCredentials()
{
    const QJsonObject connection = startSandbox({QStringLiteral("--token-ttl"), QStringLiteral("60")});
    QJsonObject credentials{{QStringLiteral("appId"), connection.value(QStringLiteral("appId"))},
                            {QStringLiteral("authCode"), connection.value(QStringLiteral("authCode"))},
                            {QStringLiteral("orgOpenId"), connection.value(QStringLiteral("orgOpenId"))}};
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Envelope granted = post(QStringLiteral("/api/pub/token/acquireToken"), credentials);
    QCOMPARE(granted.code, 0);
    const QJsonObject data = granted.data.toObject();
    QVERIFY(!data.value(QStringLiteral("accessToken")).toString().isEmpty());
    QVERIFY(!data.value(QStringLiteral("refreshToken")).toString().isEmpty());
    const qint64 expiry = data.value(QStringLiteral("accessTokenExpiredTime")).toInteger();
    QVERIFY2(expiry >= before + 59000 && expiry <= QDateTime::currentMSecsSinceEpoch() + 61000, "--token-ttl ignored");
    QVERIFY(data.value(QStringLiteral("refreshTokenExpiredTime")).toInteger() > expiry);

    credentials.insert(QStringLiteral("authCode"), QStringLiteral("wrong"));
    QCOMPARE(post(QStringLiteral("/api/pub/token/acquireToken"), credentials).code, -100);
    credentials.remove(QStringLiteral("orgOpenId"));
    const Envelope missing = post(QStringLiteral("/api/pub/token/acquireToken"), credentials);
    QCOMPARE(missing.code, -401);
    QVERIFY(missing.message.contains(QLatin1String("orgOpenId")));
}

void TestDmsandbox::refusesReplayedNoncesAndSkewedClocks()
{
    startSandbox();
    const QByteArray nonce = "nonce-0123456789";
    QCOMPARE(post(QStringLiteral("/api/pub/token/acquireToken"), {}, nonce).code, -401); // accepted, then judged
    QCOMPARE(post(QStringLiteral("/api/pub/token/acquireToken"), {}, nonce).code, -421); // the same nonce again
    const qint64 tenMinutesAgo = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    QCOMPARE(post(QStringLiteral("/api/pub/token/acquireToken"), {}, {}, tenMinutesAgo).code, -424);
}

void TestDmsandbox::keepsItsIdentityAcrossRestarts()
{
    const QJsonObject first = startSandbox();
    cleanup();
    const QJsonObject second = startSandbox();
    QCOMPARE(second.value(QStringLiteral("spkiSha256")), first.value(QStringLiteral("spkiSha256")));
    QCOMPARE(second.value(QStringLiteral("authCode")), first.value(QStringLiteral("authCode")));
    QCOMPARE(second.value(QStringLiteral("appId")), first.value(QStringLiteral("appId")));
}

void TestDmsandbox::refusesToListenBeyondLoopback()
{
    QProcess process;
    process.start(QStringLiteral(DMSANDBOX_PATH), {QStringLiteral("--data-dir"), m_dataDir.path(),
                                                   QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("loopback")));
}

QTEST_GUILESS_MAIN(TestDmsandbox)
#include "tst_dmsandbox.moc"
