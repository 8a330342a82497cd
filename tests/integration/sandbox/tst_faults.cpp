#include "SandboxProcess.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Fault injection as a client sees it over TLS: each kind does what the contract says, the runtime endpoint switches
// faults on and off and counts them, a seed replays the same faults, and a bad --faults stops dmsandbox at once.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void latencyDelaysTheAnswer();
    void serverErrorIsAnHttpStatusWithoutEnvelope();
    void dropClosesBeforeHandling();
    void dropAfterClosesOnceTheChangeIsCommitted();
    void truncateSendsLessThanContentLength();
    void rateLimitAnswersBurstsOfMinus422();
    void tokensInvalidatesEveryAccessToken();
    void dripSendsTheWholeAnswerSlowly();
    void runtimeEndpointSwitchesAndCounts();
    void faultsFlagAppliesFromStart();
    void invalidFaultsFlagStopsTheSandbox_data();
    void invalidFaultsFlagStopsTheSandbox();

private:
    // What a bare TLS client received for one request: everything until the server closed or the answer was complete.
    struct Raw
    {
        QByteArray headers;
        QByteArray body;
        qint64 contentLength = -1;
        bool closedByServer = false;
        qint64 firstByteMs = -1; // since the request was sent
        qint64 lastByteMs = -1;
    };
    Raw rawCall(const QString& path, const QJsonObject& body);
    SandboxProcess::Reply setFaults(const QString& spec);
    QJsonObject faultStatus();
    qint64 counter(const char* kind);
    qint64 domainPolicyVersion();
    SandboxProcess::Reply updateDomainPolicy(qint64 expectedVersion);

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_domain;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir.path());
    // Unlimited rate: these tests make many calls in a row, and the per-app limit has its own test.
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(!connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    m_domain = connection.value(QStringLiteral("domain")).toString();
    QVERIFY(m_sandbox->authenticate());
}

void TestFaults::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestFaults::cleanup()
{
    // Every test leaves the sandbox without faults (and with a working token).
    if (setFaults(QString()).code != 0) {
        QVERIFY(m_sandbox->authenticate());
        QCOMPARE(setFaults(QString()).code, 0);
    }
}

SandboxProcess::Reply TestFaults::setFaults(const QString& spec)
{
    return m_sandbox->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), spec}});
}

QJsonObject TestFaults::faultStatus()
{
    return m_sandbox->call(QStringLiteral("/sandbox/faults/get"), {}).data.toObject();
}

qint64 TestFaults::counter(const char* kind)
{
    return faultStatus().value(QStringLiteral("counters")).toObject().value(QLatin1String(kind)).toInteger(-1);
}

qint64 TestFaults::domainPolicyVersion()
{
    return m_sandbox
        ->call(QStringLiteral("/api/open/delivery/policy/get"),
               {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}})
        .data.toObject()
        .value(QStringLiteral("version"))
        .toInteger(-1);
}

SandboxProcess::Reply TestFaults::updateDomainPolicy(qint64 expectedVersion)
{
    return m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"),
                           {{QStringLiteral("level"), QStringLiteral("domain")},
                            {QStringLiteral("targetId"), m_domain},
                            {QStringLiteral("expectedVersion"), expectedVersion},
                            {QStringLiteral("policy"), QJsonObject{{QStringLiteral("trustedBrowserDays"), 3}}}});
}

TestFaults::Raw TestFaults::rawCall(const QString& path, const QJsonObject& body)
{
    Raw raw;
    const QJsonObject& connection = m_sandbox->connection();
    const QUrl base(connection.value(QStringLiteral("baseUrl")).toString());
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile certificate(QDir(m_dataDir.path()).filePath(QStringLiteral("tls/cert.pem")));
    if (!certificate.open(QIODevice::ReadOnly)) {
        return raw;
    }
    tls.setCaCertificates(QSslCertificate::fromData(certificate.readAll()));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(base.host(), static_cast<quint16>(base.port()));
    if (!socket.waitForEncrypted(10000)) {
        return raw;
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request = "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.authority().toUtf8() +
                         "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) +
                         "\r\nqiye-timestamp: " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
                         "\r\nqiye-nonce: " + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                         "\r\nqiye-app-id: " + connection.value(QStringLiteral("appId")).toString().toUtf8() +
                         "\r\nqiye-org-open-id: " + connection.value(QStringLiteral("orgOpenId")).toString().toUtf8() +
                         "\r\nqiye-access-token: " + m_sandbox->accessToken() + "\r\n\r\n" + payload;
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    while (timer.elapsed() < 15000) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            raw.closedByServer = true;
            break;
        }
        socket.waitForReadyRead(50);
        const QByteArray chunk = socket.readAll();
        if (!chunk.isEmpty()) {
            raw.firstByteMs = raw.firstByteMs < 0 ? timer.elapsed() : raw.firstByteMs;
            raw.lastByteMs = timer.elapsed();
            received += chunk;
        }
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end >= 0 && raw.contentLength < 0) {
            raw.headers = received.left(end);
            for (const QByteArray& line : raw.headers.split('\n')) {
                if (line.toLower().startsWith("content-length:")) {
                    raw.contentLength = line.mid(15).trimmed().toLongLong();
                }
            }
        }
        if (end >= 0) {
            raw.body = received.mid(end + 4);
            if (raw.contentLength >= 0 && raw.body.size() >= raw.contentLength) {
                break; // complete
            }
        }
    }
    if (raw.headers.isEmpty()) {
        raw.body = received;
    }
    return raw;
}

void TestFaults::latencyDelaysTheAnswer()
{
    const qint64 before = counter("latency");
    QCOMPARE(setFaults(QStringLiteral("latency=1:700")).code, 0);
    QElapsedTimer timer;
    timer.start();
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(reply.code, 0);
    QCOMPARE(counter("latency"), before + 1);
}

void TestFaults::serverErrorIsAnHttpStatusWithoutEnvelope()
{
    QCOMPARE(setFaults(QStringLiteral("5xx=1:502")).code, 0);
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"), {});
    QCOMPARE(reply.httpStatus, 502);
    QVERIFY(!reply.transportOk);
    QVERIFY(!reply.raw.contains("\"code\""));
    QCOMPARE(setFaults(QStringLiteral("5xx=1")).code, 0); // the default status
    const Raw raw = rawCall(QStringLiteral("/api/open/delivery/policy/get"), {});
    QVERIFY2(raw.headers.startsWith("HTTP/1.1 503"), raw.headers.constData());
}

void TestFaults::dropClosesBeforeHandling()
{
    const qint64 version = domainPolicyVersion();
    const qint64 before = counter("drop");
    QCOMPARE(setFaults(QStringLiteral("drop=1")).code, 0);
    const Raw raw = rawCall(QStringLiteral("/api/open/delivery/policy/update"),
                            {{QStringLiteral("level"), QStringLiteral("domain")},
                             {QStringLiteral("targetId"), m_domain},
                             {QStringLiteral("expectedVersion"), version},
                             {QStringLiteral("policy"), QJsonObject{{QStringLiteral("trustedBrowserDays"), 5}}}});
    QVERIFY(raw.closedByServer);
    QVERIFY(raw.headers.isEmpty());
    QVERIFY(raw.body.isEmpty());
    QCOMPARE(counter("drop"), before + 1);
    const auto reply = updateDomainPolicy(version);
    QVERIFY(!reply.transportOk);
    QVERIFY(reply.networkError != QNetworkReply::NoError);
    QCOMPARE(setFaults(QString()).code, 0);
    QCOMPARE(domainPolicyVersion(), version); // nothing was handled
}

void TestFaults::dropAfterClosesOnceTheChangeIsCommitted()
{
    const qint64 version = domainPolicyVersion();
    const qint64 before = counter("dropafter");
    QCOMPARE(setFaults(QStringLiteral("dropafter=1")).code, 0);
    const Raw raw = rawCall(QStringLiteral("/api/open/delivery/policy/update"),
                            {{QStringLiteral("level"), QStringLiteral("domain")},
                             {QStringLiteral("targetId"), m_domain},
                             {QStringLiteral("expectedVersion"), version},
                             {QStringLiteral("policy"), QJsonObject{{QStringLiteral("trustedBrowserDays"), 5}}}});
    QVERIFY(raw.closedByServer);
    QVERIFY(raw.headers.isEmpty());
    QCOMPARE(counter("dropafter"), before + 1);
    QCOMPARE(setFaults(QString()).code, 0);
    // No answer came, yet the change is there: exactly the case a retry must survive.
    QCOMPARE(domainPolicyVersion(), version + 1);
    const auto retried = updateDomainPolicy(version);
    QCOMPARE(retried.code, -3);
    QCOMPARE(retried.data.toObject().value(QStringLiteral("currentVersion")).toInteger(), version + 1);

    // The nasty case for a call that is not idempotent: the unit exists although the client never heard so.
    const QString name = QStringLiteral("故障演练庭");
    QCOMPARE(setFaults(QStringLiteral("dropafter=1")).code, 0);
    const Raw created = rawCall(QStringLiteral("/api/open/unit/createUnit"), {{QStringLiteral("unitName"), name}});
    QVERIFY(created.closedByServer);
    QVERIFY(created.headers.isEmpty());
    QCOMPARE(setFaults(QString()).code, 0);
    const auto units = m_sandbox->call(QStringLiteral("/api/open/unit/getUnitList"), {});
    QCOMPARE(units.code, 0);
    int found = 0;
    for (const QJsonValue& unit : units.data.toArray()) {
        found += unit.toObject().value(QStringLiteral("unitName")).toString() == name ? 1 : 0;
    }
    QCOMPARE(found, 1);
    QCOMPARE(counter("dropafter"), before + 2);
}

void TestFaults::truncateSendsLessThanContentLength()
{
    const qint64 before = counter("truncate");
    QCOMPARE(setFaults(QStringLiteral("truncate=1")).code, 0);
    const Raw raw =
        rawCall(QStringLiteral("/api/open/delivery/policy/get"),
                {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QVERIFY(raw.closedByServer);
    QVERIFY(raw.contentLength > 0);
    QVERIFY2(raw.body.size() < raw.contentLength,
             qPrintable(QStringLiteral("%1 of %2").arg(raw.body.size()).arg(raw.contentLength)));
    QCOMPARE(counter("truncate"), before + 1);
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QVERIFY(!reply.transportOk);
    QVERIFY2(reply.networkError != QNetworkReply::NoError, "Qt must report the short body");
}

void TestFaults::rateLimitAnswersBurstsOfMinus422()
{
    const auto run = [this](QList<int>* codes) {
        QCOMPARE(setFaults(QStringLiteral("ratelimit=0.2:3,seed=11")).code, 0);
        for (int i = 0; i < 40; ++i) {
            const auto reply = m_sandbox->call(
                QStringLiteral("/api/open/delivery/policy/get"),
                {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
            codes->append(reply.code);
            if (reply.code == -422) {
                QCOMPARE(reply.message, QStringLiteral("REQUEST.RATE.TOO.HIGH"));
                QCOMPARE(reply.data.toObject().value(QStringLiteral("retryAfterMs")).toInteger(), 200);
            } else {
                QCOMPARE(reply.code, 0);
            }
        }
    };
    const QJsonObject start = faultStatus();
    QList<int> codes;
    run(&codes);
    const QJsonObject end = faultStatus();
    const qint64 refused = codes.count(-422);
    const qint64 bursts =
        end.value(QStringLiteral("bursts")).toInteger() - start.value(QStringLiteral("bursts")).toInteger();
    QVERIFY2(bursts >= 2, "seed 11 gives several bursts in 40 calls");
    QCOMPARE(end.value(QStringLiteral("counters")).toObject().value(QStringLiteral("ratelimit")).toInteger() -
                 start.value(QStringLiteral("counters")).toObject().value(QStringLiteral("ratelimit")).toInteger(),
             refused);
    // Every burst is three -422 in a row (the last one may be cut off by the end of the run).
    QVERIFY(refused <= 3 * bursts && refused > 3 * (bursts - 1));
    qsizetype i = 0;
    while (i < codes.size()) {
        qsizetype j = i;
        while (j < codes.size() && codes[j] == -422) {
            ++j;
        }
        if (j > i && j < codes.size()) {
            QVERIFY2((j - i) % 3 == 0, qPrintable(QStringLiteral("a run of %1 at %2").arg(j - i).arg(i)));
        }
        i = j > i ? j : i + 1;
    }
    // The same seed replays the same faults for the same requests.
    QList<int> again;
    run(&again);
    QCOMPARE(again, codes);
}

void TestFaults::tokensInvalidatesEveryAccessToken()
{
    const qint64 before = counter("tokens");
    QCOMPARE(setFaults(QStringLiteral("tokens=1")).code, 0);
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QCOMPARE(reply.code, -301);
    // The operator endpoint is never faulted, but it does need a token: the old one is gone.
    QCOMPARE(m_sandbox->call(QStringLiteral("/sandbox/faults/get"), {}).code, -301);
    QVERIFY(m_sandbox->authenticate()); // acquiring again works (and is itself subject to the fault)
    QCOMPARE(counter("tokens"), before + 2);
    QCOMPARE(setFaults(QString()).code, 0);
    QCOMPARE(m_sandbox
                 ->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}})
                 .code,
             0);
}

void TestFaults::dripSendsTheWholeAnswerSlowly()
{
    const qint64 before = counter("drip");
    QCOMPARE(setFaults(QStringLiteral("drip=1:1500")).code, 0);
    const Raw raw =
        rawCall(QStringLiteral("/api/open/delivery/policy/get"),
                {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QVERIFY(raw.contentLength > 0);
    QCOMPARE(raw.body.size(), raw.contentLength);
    QVERIFY2(raw.lastByteMs >= 1300, qPrintable(QString::number(raw.lastByteMs)));
    QVERIFY2(raw.lastByteMs - raw.firstByteMs >= 1000, "the body arrives in pieces, not at once");
    QCOMPARE(QJsonDocument::fromJson(raw.body).object().value(QStringLiteral("code")).toInt(-1), 0);
    QElapsedTimer timer;
    timer.start();
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QVERIFY(timer.elapsed() >= 1300);
    QVERIFY(reply.transportOk);
    QCOMPARE(reply.code, 0);
    QCOMPARE(counter("drip"), before + 2);
}

void TestFaults::runtimeEndpointSwitchesAndCounts()
{
    const QJsonObject off = faultStatus();
    QCOMPARE(off.value(QStringLiteral("spec")).toString(), QString());
    QCOMPARE(off.value(QStringLiteral("faults")).toArray(), QJsonArray());
    QVERIFY(off.value(QStringLiteral("requests")).toInteger() > 0);
    const QJsonObject counters = off.value(QStringLiteral("counters")).toObject();
    QCOMPARE(counters.keys(),
             (QStringList{QStringLiteral("5xx"), QStringLiteral("drip"), QStringLiteral("drop"),
                          QStringLiteral("dropafter"), QStringLiteral("latency"), QStringLiteral("ratelimit"),
                          QStringLiteral("tokens"), QStringLiteral("truncate")}));

    // The answer spells the spec out canonically, defaults included.
    const auto set = setFaults(QStringLiteral(" drop=0 , latency=0.25 ,seed=42,5xx=0.5"));
    QCOMPARE(set.code, 0);
    const QJsonObject on = set.data.toObject();
    QCOMPARE(on.value(QStringLiteral("spec")).toString(),
             QStringLiteral("latency=0.25:300,5xx=0.5:503,drop=0,seed=42"));
    QCOMPARE(on.value(QStringLiteral("seed")).toInteger(), 42);
    QCOMPARE(on.value(QStringLiteral("seeded")).toBool(), true);
    QCOMPARE(on.value(QStringLiteral("faults")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                          {QStringLiteral("rate"), 0.25},
                          {QStringLiteral("param"), 300}}));
    QCOMPARE(faultStatus(), on);

    // With every request dropped, the operator endpoint still answers.
    QCOMPARE(setFaults(QStringLiteral("drop=1")).code, 0);
    QVERIFY(!m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"), {}).transportOk);
    QCOMPARE(m_sandbox->call(QStringLiteral("/sandbox/faults/get"), {}).code, 0);

    const auto refuse = [this](const QJsonObject& body, const char* message) {
        const auto reply = m_sandbox->call(QStringLiteral("/sandbox/faults/set"), body);
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, QLatin1String(message));
    };
    refuse({}, "PARAM.INVALID:spec:missing");
    refuse({{QStringLiteral("spec"), 1}}, "PARAM.INVALID:spec:type");
    refuse({{QStringLiteral("spec"), QStringLiteral("bogus=0.1")}}, "PARAM.INVALID:spec:kind");
    refuse({{QStringLiteral("spec"), QStringLiteral("latency=1.5")}}, "PARAM.INVALID:spec:rate");
    refuse({{QStringLiteral("spec"), QStringLiteral("5xx=0.1:404")}}, "PARAM.INVALID:spec:param");
    refuse({{QStringLiteral("spec"), QStringLiteral("drop=0.1:3")}}, "PARAM.INVALID:spec:param");
    refuse({{QStringLiteral("spec"), QStringLiteral("drop=0.1,drop=0.2")}}, "PARAM.INVALID:spec:duplicate");
    refuse({{QStringLiteral("spec"), QStringLiteral("drop=0.6,truncate=0.6")}}, "PARAM.INVALID:spec:sum");
    refuse({{QStringLiteral("spec"), QStringLiteral("seed=-1")}}, "PARAM.INVALID:spec:seed");
    refuse({{QStringLiteral("spec"), QStringLiteral("latency")}}, "PARAM.INVALID:spec:format");
    const auto detail = m_sandbox->call(QStringLiteral("/sandbox/faults/set"),
                                        {{QStringLiteral("spec"), QStringLiteral("latency=0.1,bogus=0.1")}});
    QVERIFY(detail.data.toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("'bogus'")));
    // A refused spec leaves the active one alone.
    QCOMPARE(faultStatus().value(QStringLiteral("spec")).toString(), QStringLiteral("drop=1"));

    // Only with a valid token.
    const QByteArray token = m_sandbox->accessToken();
    m_sandbox->setAccessToken("forged-token-123");
    QCOMPARE(setFaults(QString()).code, -300);
    m_sandbox->setAccessToken(token);
    QCOMPARE(setFaults(QString()).code, 0);
    QCOMPARE(m_sandbox
                 ->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}})
                 .code,
             0);
}

void TestFaults::faultsFlagAppliesFromStart()
{
    QTemporaryDir dataDir;
    SandboxProcess sandbox(dataDir.path());
    const QJsonObject connection =
        sandbox.start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--faults"),
                       QStringLiteral("latency=1:1000"), QStringLiteral("--rate-limit"), QStringLiteral("1")});
    QVERIFY(!connection.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sandbox.authenticate());
    QVERIFY(timer.elapsed() >= 1000);
    // The operator endpoint is neither delayed nor rate limited (one request per second would refuse the rest).
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const auto status = sandbox.call(QStringLiteral("/sandbox/faults/get"), {});
        QCOMPARE(status.code, 0);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(status.data.toObject().value(QStringLiteral("spec")).toString(), QStringLiteral("latency=1:1000"));
        QCOMPARE(status.data.toObject().value(QStringLiteral("seeded")).toBool(), false);
    }
}

void TestFaults::invalidFaultsFlagStopsTheSandbox_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown kind") << QStringLiteral("latency=0.1,bogus=0.1") << QStringLiteral("'bogus'");
    QTest::newRow("rate above 1") << QStringLiteral("latency=2") << QStringLiteral("'latency=2'");
    QTest::newRow("rate not a number") << QStringLiteral("drop=often") << QStringLiteral("'often'");
    QTest::newRow("status not 5xx") << QStringLiteral("5xx=0.1:404") << QStringLiteral("'404'");
    QTest::newRow("parameter not allowed") << QStringLiteral("truncate=0.1:9") << QStringLiteral("truncate takes no");
    QTest::newRow("twice") << QStringLiteral("drop=0.1,drop=0.1") << QStringLiteral("drop appears twice");
    QTest::newRow("sum") << QStringLiteral("drop=0.7,5xx=0.7") << QStringLiteral("add up to 1.4");
    QTest::newRow("seed") << QStringLiteral("seed=abc") << QStringLiteral("'seed=abc'");
    QTest::newRow("empty entry") << QStringLiteral("drop=0.1,,latency=0.1") << QStringLiteral("entry ''");
}

void TestFaults::invalidFaultsFlagStopsTheSandbox()
{
    QFETCH(QString, spec);
    QFETCH(QString, named);
    QTemporaryDir dataDir;
    QProcess process;
    process.start(QStringLiteral(DMSANDBOX_PATH),
                  {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--faults"), spec});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("invalid --faults")) && error.contains(named), qPrintable(error));
    QVERIFY2(QDir(dataDir.path()).isEmpty(), "refused before anything was created");
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
