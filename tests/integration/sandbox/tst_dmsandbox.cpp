#include "SandboxProcess.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

namespace {

// "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8) -> ms since the epoch; 0 when it is not such a string.
qint64 beijingMs(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid()) {
        return 0;
    }
    time.setTimeZone(QTimeZone(8 * 3600));
    return time.toMSecsSinceEpoch();
}

} // namespace

// The sandbox's front door: connection line, TLS identity, token issue and the header rules every call obeys.
class TestDmsandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsOneConnectionLineWithAWorkingPin();
    void issuesTokensOnlyForItsOwnCredentials();
    void refreshesTheAccessToken();
    void apiCallsNeedAValidToken();
    void refusesReplayedNoncesAndSkewedClocks();
    void keepsItsIdentityAcrossRestarts();
    void refusesToListenBeyondLoopback();
    void limitsTheAppsRequestRate();

private:
    QJsonObject credentials() const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestDmsandbox::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
}

void TestDmsandbox::cleanup()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

QJsonObject TestDmsandbox::credentials() const
{
    const QJsonObject& connection = m_sandbox->connection();
    return QJsonObject{{QStringLiteral("appId"), connection.value(QStringLiteral("appId"))},
                       {QStringLiteral("authCode"), connection.value(QStringLiteral("authCode"))},
                       {QStringLiteral("orgOpenId"), connection.value(QStringLiteral("orgOpenId"))}};
}

void TestDmsandbox::printsOneConnectionLineWithAWorkingPin()
{
    const QJsonObject connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    for (const char* key : {"baseUrl", "appId", "authCode", "orgOpenId", "domain", "spkiSha256"}) {
        QVERIFY2(!connection.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QVERIFY(connection.value(QStringLiteral("baseUrl")).toString().startsWith(QLatin1String("https://127.0.0.1:")));
    QCOMPARE(QByteArray::fromBase64(connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()).size(), 32);
    QFile key(m_dataDir->filePath(QStringLiteral("tls/key.pem")));
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Unknown APIs are answered in the envelope, over TLS, behind the pin.
    const auto unknown = m_sandbox->post(QStringLiteral("/api/open/nothing/here"), {});
    QVERIFY(unknown.transportOk);
    QCOMPARE(unknown.code, -400);
    QCOMPARE(unknown.message, QStringLiteral("API.NOT.FOUND"));
}

void TestDmsandbox::issuesTokensOnlyForItsOwnCredentials()
{
    m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--token-ttl"), QStringLiteral("60")});
    QJsonObject body = credentials();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto granted = m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), body);
    QCOMPARE(granted.code, 0);
    const QJsonObject data = granted.data.toObject();
    QVERIFY(!data.value(QStringLiteral("accessToken")).toString().isEmpty());
    QVERIFY(!data.value(QStringLiteral("refreshToken")).toString().isEmpty());
    // The vendor answers expiry times as "yyyy-MM-dd HH:mm:ss" strings in Beijing time (whole seconds).
    const qint64 expiry = beijingMs(data.value(QStringLiteral("accessTokenExpiredTime")));
    QVERIFY2(expiry >= before + 58000 && expiry <= QDateTime::currentMSecsSinceEpoch() + 61000, "--token-ttl ignored");
    QVERIFY(beijingMs(data.value(QStringLiteral("refreshTokenExpiredTime"))) > expiry);

    body.insert(QStringLiteral("authCode"), QStringLiteral("wrong"));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), body).code, -100);
    body = credentials();
    body.insert(QStringLiteral("appId"), QStringLiteral("someone-else"));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), body).code, -101);
    body.remove(QStringLiteral("orgOpenId"));
    const auto missing = m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), body);
    QCOMPARE(missing.code, -401);
    QCOMPARE(missing.message, QStringLiteral("PARAM.INVALID:orgOpenId:missing"));
    const auto notJson = m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), {});
    QCOMPARE(notJson.code, -401);
}

void TestDmsandbox::refreshesTheAccessToken()
{
    m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    const auto granted = m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), credentials());
    const QString refreshToken = granted.data.toObject().value(QStringLiteral("refreshToken")).toString();
    const QJsonObject request{{QStringLiteral("appId"), credentials().value(QStringLiteral("appId"))},
                              {QStringLiteral("refreshToken"), refreshToken}};
    const auto renewed = m_sandbox->post(QStringLiteral("/api/pub/token/refreshToken"), request);
    QCOMPARE(renewed.code, 0);
    const QString newAccess = renewed.data.toObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!newAccess.isEmpty());
    QVERIFY(newAccess != granted.data.toObject().value(QStringLiteral("accessToken")).toString());
    QCOMPARE(renewed.data.toObject().value(QStringLiteral("refreshToken")).toString(), refreshToken);
    QJsonObject unknown = request;
    unknown.insert(QStringLiteral("refreshToken"), QStringLiteral("not-a-token"));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/pub/token/refreshToken"), unknown).code, -300);

    // The old access token stops working at once; the new one works.
    const QString unitList = QStringLiteral("/api/open/unit/getUnitList");
    m_sandbox->setAccessToken(granted.data.toObject().value(QStringLiteral("accessToken")).toString().toLatin1());
    QCOMPARE(m_sandbox->call(unitList, {}).code, -300);
    m_sandbox->setAccessToken(newAccess.toLatin1());
    QCOMPARE(m_sandbox->call(unitList, {}).code, 0);
    // The form integrators use: the refresh token in the query, an empty body, no qiye-* headers.
    const auto byQuery = m_sandbox->raw(QStringLiteral("/api/pub/token/refresh?refreshToken=") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)),
                                        {}, {});
    QCOMPARE(byQuery.code, 0);
    QCOMPARE(byQuery.data.toObject().value(QStringLiteral("refreshToken")).toString(), refreshToken);
    QCOMPARE(m_sandbox->call(unitList, {}).code, -300); // replaced again
    // ... and the same path with the token in a JSON body.
    const auto byBody =
        m_sandbox->post(QStringLiteral("/api/pub/token/refresh"), {{QStringLiteral("refreshToken"), refreshToken}});
    QCOMPARE(byBody.code, 0);
    QCOMPARE(m_sandbox->raw(QStringLiteral("/api/pub/token/refresh"), {}, {}).message,
             QStringLiteral("PARAM.INVALID:refreshToken:missing"));
}

void TestDmsandbox::apiCallsNeedAValidToken()
{
    m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--token-ttl"), QStringLiteral("1")});
    const QString unitList = QStringLiteral("/api/open/unit/getUnitList");
    QCOMPARE(m_sandbox->call(unitList, {}).code, -424); // no token headers at all
    m_sandbox->setAccessToken("forged-token-123");
    QCOMPARE(m_sandbox->call(unitList, {}).code, -300);
    QVERIFY(m_sandbox->authenticate());
    QTest::qWait(1100); // a one-second token
    QCOMPARE(m_sandbox->call(unitList, {}).code, -301);
}

void TestDmsandbox::refusesReplayedNoncesAndSkewedClocks()
{
    // By default the platform ignores timestamp and nonce (integrators omit them or send fixed placeholders).
    m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    const QString acquire = QStringLiteral("/api/pub/token/acquireToken");
    QCOMPARE(m_sandbox->post(acquire, credentials(), "nonce-0123456789").code, 0);
    QCOMPARE(m_sandbox->post(acquire, credentials(), "nonce-0123456789").code, 0);
    QCOMPARE(m_sandbox->post(acquire, credentials(), {}, QDateTime::currentMSecsSinceEpoch() - 600000).code, 0);
    // --strict-headers checks them.
    m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--strict-headers")});
    const QByteArray nonce = "nonce-0123456789";
    const QString token = QStringLiteral("/api/pub/token/acquireToken");
    QCOMPARE(m_sandbox->post(token, credentials(), nonce).code, 0);
    QCOMPARE(m_sandbox->post(token, credentials(), nonce).code, -421); // the same nonce again
    const qint64 tenMinutesAgo = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    QCOMPARE(m_sandbox->post(token, credentials(), {}, tenMinutesAgo).code, -424);
    QCOMPARE(m_sandbox->post(token, credentials(), "short").code, -424);
}

void TestDmsandbox::keepsItsIdentityAcrossRestarts()
{
    const QJsonObject first = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    m_sandbox->stop();
    const QJsonObject second = m_sandbox->start();
    QVERIFY(!second.isEmpty());
    QCOMPARE(second.value(QStringLiteral("spkiSha256")), first.value(QStringLiteral("spkiSha256")));
    QCOMPARE(second.value(QStringLiteral("authCode")), first.value(QStringLiteral("authCode")));
    QCOMPARE(second.value(QStringLiteral("appId")), first.value(QStringLiteral("appId")));
}

void TestDmsandbox::refusesToListenBeyondLoopback()
{
    QProcess process;
    process.start(QStringLiteral(DMSANDBOX_PATH), {QStringLiteral("--data-dir"), m_dataDir->path(),
                                                   QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("loopback")));
}

void TestDmsandbox::limitsTheAppsRequestRate()
{
    m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"), QStringLiteral("5")});
    int admitted = 0;
    int limited = 0;
    qint64 retryAfter = 0;
    for (int i = 0; i < 12; ++i) {
        const auto reply = m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), credentials());
        if (reply.code == -423) {
            ++limited;
            retryAfter = reply.data.toObject().value(QStringLiteral("retryAfterMs")).toInteger();
        } else if (reply.code == 0) {
            ++admitted;
        }
    }
    QVERIFY2(admitted >= 5 && admitted <= 8, qPrintable(QString::number(admitted))); // a burst of 5, plus refill
    QCOMPARE(admitted + limited, 12);
    QVERIFY(retryAfter > 0 && retryAfter <= 200);
}

QTEST_GUILESS_MAIN(TestDmsandbox)
#include "tst_dmsandbox.moc"
