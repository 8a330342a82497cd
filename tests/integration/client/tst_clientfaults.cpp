#include "RecordingAccessManager.h"
#include "SandboxProcess.h"
#include "api/AccountService.h"
#include "api/PlatformClient.h"
#include "api/UnitService.h"
#include "core/InitialPassword.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;
using namespace std::chrono_literals;

namespace {

const QString kUnits = QStringLiteral("/api/open/unit/getUnitList");
const QString kCreate = QStringLiteral("/api/open/account/createAccount");
const QString kGet = QStringLiteral("/api/open/account/getAccount");
const QString kRefresh = QStringLiteral("/api/pub/token/refresh"); // ?refreshToken=, as integrators send it
const QString kAcquire = QStringLiteral("/api/pub/token/acquireToken");

// With rate 0.5 and this seed the first draw after faults/set is below 0.5 and the twelve after it are not
// (std::mt19937_64, 53 bits per draw, as CONTRACT.md §16 and the sandbox's FaultPlan draw): exactly the first request
// after the switch gets the fault, its retries and reconciliation go through. The counters confirm it every time.
const QString kFirstOnly = QStringLiteral("=0.5%1,seed=6015");

// The same with this seed: the first four draws are below 0.5, the twelve after them are not.
const QString kFirstFour = QStringLiteral("=0.5,seed=116279");

QString firstRequestOnly(const QString& kind, const QString& param = {})
{
    return kind + kFirstOnly.arg(param.isEmpty() ? QString() : QLatin1Char(':') + param);
}

template <typename T>
struct Outcome
{
    std::optional<Expected<T, ApiError>> result;
    qint64 elapsedMs = -1;
};

// For failure messages; QVERIFY2 builds its message even when the check passes.
template <typename T>
QString describe(const std::optional<Expected<T, ApiError>>& result)
{
    if (!result) {
        return QStringLiteral("no answer");
    }
    if (result->hasValue()) {
        return QStringLiteral("success");
    }
    const ApiError& error = result->error();
    return QStringLiteral("kind %1, code %2 %3, %4")
        .arg(static_cast<int>(error.kind))
        .arg(error.platformCode)
        .arg(error.platformMessage, error.detail);
}

} // namespace

// The real client (PlatformClient with AccountService/UnitService) against the real sandbox over TLS, one injected
// fault kind at a time (CONTRACT.md §16): what the client's caller sees, and the sandbox's counters to show that the
// fault really happened.
class TestClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void latencyBeyondTheTimeoutEndsInTimeoutAfterEveryAttempt();
    void latencyWithinTheTimeoutIsWaitedFor();
    void serverErrorIsRetriedTransparently();
    void droppedConnectionIsRetried();
    void createAnsweredByADropIsReconciledNotDuplicated();
    void truncatedAnswerIsRetried();
    void rateLimitBurstSlowsThePacerDown();
    void invalidatedTokensAreRefreshedAndTheCallReplayed();
    void drippedAnswerIsReadWhole();
    void faultOnTheTokenEndpointIsRetried_data();
    void faultOnTheTokenEndpointIsRetried();

private:
    struct Client
    {
        std::unique_ptr<PlatformClient> client;
        RecordingAccessManager* network = nullptr;
    };
    [[nodiscard]] Client newClient(std::chrono::milliseconds transferTimeout, int maxAttempts = 6,
                                   int maxInFlight = 4) const;
    // One call with the faults off: the client has its token and a connection before the fault is switched on.
    [[nodiscard]] static bool warmUp(PlatformClient& client);
    [[nodiscard]] static Outcome<QList<Unit>> listUnits(PlatformClient& client, int timeoutMs = 30000);
    [[nodiscard]] static Outcome<Account> createAccount(PlatformClient& client, const NewAccount& account,
                                                        int timeoutMs = 30000);
    // Operator calls with a working token: the `tokens` fault invalidates the fixture's token as well.
    SandboxProcess::Reply operatorCall(const QString& path, const QJsonObject& body);
    [[nodiscard]] bool setFaults(const QString& spec);
    [[nodiscard]] QJsonObject faultStatus();
    [[nodiscard]] static qint64 counter(const QJsonObject& status, const QString& kind);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
};

void TestClientFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Retries are expected here; one log line per retry would only drown the results.
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.info=false\ndm.*.debug=false"));
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.path());
    m_connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"),
                                     QStringLiteral("0"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    QVERIFY(m_sandbox->authenticate());
}

void TestClientFaults::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestClientFaults::cleanup()
{
    QVERIFY(setFaults(QString()));
}

TestClientFaults::Client TestClientFaults::newClient(std::chrono::milliseconds transferTimeout, int maxAttempts,
                                                     int maxInFlight) const
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(m_connection.value(QStringLiteral("baseUrl")).toString());
    settings.appId = m_connection.value(QStringLiteral("appId")).toString();
    settings.orgOpenId = m_connection.value(QStringLiteral("orgOpenId")).toString();
    settings.domain = m_connection.value(QStringLiteral("domain")).toString();
    settings.pinnedKeys = {m_connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
    settings.transferTimeout = transferTimeout;
    settings.requestsPerSecond = 0;
    settings.maxInFlight = maxInFlight;
    auto network = std::make_unique<RecordingAccessManager>(settings);
    Client made;
    made.network = network.get();
    const QByteArray authCode = m_connection.value(QStringLiteral("authCode")).toString().toUtf8();
    made.client = std::make_unique<PlatformClient>(std::move(network), [authCode](auto done) { done(authCode); });
    RetryPolicy quick; // short backoff keeps each test short; the kinds of failure retried are the real policy's
    quick.maxAttempts = maxAttempts;
    quick.base = 20ms;
    quick.cap = 100ms;
    made.client->setRetryPolicy(quick);
    return made;
}

bool TestClientFaults::warmUp(PlatformClient& client)
{
    const auto outcome = listUnits(client);
    return outcome.result && outcome.result->hasValue();
}

Outcome<QList<Unit>> TestClientFaults::listUnits(PlatformClient& client, int timeoutMs)
{
    Outcome<QList<Unit>> outcome;
    QObject context; // an answer after the deadline is dropped with it
    QElapsedTimer timer;
    timer.start();
    UnitService(client).list(&context, [&outcome, &timer](const Expected<QList<Unit>, ApiError>& units) {
        outcome.result = units;
        outcome.elapsedMs = timer.elapsed();
    });
    // Waits without QTRY_*: those return from the function on failure, which this one cannot.
    while (!outcome.result && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return outcome;
}

Outcome<Account> TestClientFaults::createAccount(PlatformClient& client, const NewAccount& account, int timeoutMs)
{
    Outcome<Account> outcome;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    AccountService(client).create(account, &context, [&outcome, &timer](const Expected<Account, ApiError>& created) {
        outcome.result = created;
        outcome.elapsedMs = timer.elapsed();
    });
    while (!outcome.result && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return outcome;
}

SandboxProcess::Reply TestClientFaults::operatorCall(const QString& path, const QJsonObject& body)
{
    SandboxProcess::Reply reply = m_sandbox->call(path, body);
    // -301 after a `tokens` fault; the acquire may meet an active fault itself, hence a few tries.
    for (int i = 0; i < 5 && (reply.code == -301 || reply.code == -300 || !reply.transportOk); ++i) {
        if (m_sandbox->authenticate()) {
            reply = m_sandbox->call(path, body);
        }
    }
    return reply;
}

bool TestClientFaults::setFaults(const QString& spec)
{
    const SandboxProcess::Reply reply =
        operatorCall(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), spec}});
    return reply.transportOk && reply.code == 0;
}

QJsonObject TestClientFaults::faultStatus()
{
    return operatorCall(QStringLiteral("/sandbox/faults/get"), {}).data.toObject();
}

qint64 TestClientFaults::counter(const QJsonObject& status, const QString& kind)
{
    return status.value(QStringLiteral("counters")).toObject().value(kind).toInteger(-1);
}

void TestClientFaults::latencyBeyondTheTimeoutEndsInTimeoutAfterEveryAttempt()
{
    constexpr int attempts = 3;
    constexpr int timeoutMs = 600;
    constexpr int latencyMs = 2000;
    Client made = newClient(std::chrono::milliseconds(timeoutMs), attempts);
    QVERIFY(warmUp(*made.client)); // the token, faults off
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(QStringLiteral("latency=1:%1").arg(latencyMs)));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(!outcome.result->hasValue(), "a call slower than the transfer timeout succeeded");
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Timeout);
    // Every attempt waited for the whole timeout, and the call was given up after the last one.
    QCOMPARE(made.network->count(kUnits), attempts);
    QVERIFY2(outcome.elapsedMs >= attempts * timeoutMs - 50, qPrintable(QString::number(outcome.elapsedMs)));
    QCOMPARE(counter(faultStatus(), QStringLiteral("latency")) - counter(before, QStringLiteral("latency")),
             qint64(attempts));
    // The platform still handles the abandoned requests when their delay is over, and keeps serving.
    QTest::qWait(latencyMs - timeoutMs + 400);
    QVERIFY2(!faultStatus().isEmpty(), qPrintable(m_sandbox->stderrText().right(2000)));
}

void TestClientFaults::latencyWithinTheTimeoutIsWaitedFor()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(QStringLiteral("latency=1:500")));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QVERIFY2(outcome.elapsedMs >= 450, qPrintable(QString::number(outcome.elapsedMs)));
    QCOMPARE(made.network->count(kUnits), 1); // waited for, not retried
    QCOMPARE(counter(faultStatus(), QStringLiteral("latency")) - counter(before, QStringLiteral("latency")), qint64(1));
}

void TestClientFaults::serverErrorIsRetriedTransparently()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(QStringLiteral("5xx"), QStringLiteral("503"))));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QCOMPARE(counter(faultStatus(), QStringLiteral("5xx")) - counter(before, QStringLiteral("5xx")), qint64(1));
    QCOMPARE(made.network->count(kUnits), 2); // the 503, then the retry
}

void TestClientFaults::droppedConnectionIsRetried()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    // Qt's HTTP layer re-sends a request by itself after some drops: four in a row make the client see them too.
    QVERIFY(setFaults(QStringLiteral("drop") + kFirstFour));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QCOMPARE(counter(faultStatus(), QStringLiteral("drop")) - counter(before, QStringLiteral("drop")), qint64(4));
    QVERIFY2(made.network->count(kUnits) >= 2, "the client itself never retried"); // not only Qt's re-send
}

void TestClientFaults::createAnsweredByADropIsReconciledNotDuplicated()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(QStringLiteral("dropafter"))));

    NewAccount account;
    account.accountName = QStringLiteral("faults.dropafter");
    account.name = QStringLiteral("陈受送达");
    account.mobile = QStringLiteral("13912340001");
    account.jobNumber = QStringLiteral("(2026)粤0104民初77号");
    account.initialPassword = generateInitialPassword();
    const auto outcome = createAccount(*made.client, account);
    QVERIFY(outcome.result.has_value());
    // The platform committed the create and the answer was lost: the caller is told it worked (found by asking),
    // not ACCOUNT.EXIST from a blind resend.
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QCOMPARE(outcome.result->value().accountName, account.accountName);
    QCOMPARE(outcome.result->value().name, account.name);
    QCOMPARE(counter(faultStatus(), QStringLiteral("dropafter")) - counter(before, QStringLiteral("dropafter")),
             qint64(1));
    QCOMPARE(made.network->count(kCreate), 1); // never sent again
    QVERIFY(made.network->count(kGet) >= 1);   // the reconciliation asked

    // Exactly one such account on the platform.
    QVERIFY(setFaults(QString()));
    const auto listed = operatorCall(QStringLiteral("/api/open/delivery/account/list"),
                                     {{QStringLiteral("keyword"), account.accountName}});
    QCOMPARE(listed.code, 0);
    int found = 0;
    for (const QJsonValue& item : listed.data.toObject().value(QStringLiteral("items")).toArray()) {
        found += item.toObject().value(QStringLiteral("accountName")).toString() == account.accountName ? 1 : 0;
    }
    QCOMPARE(found, 1);
}

void TestClientFaults::truncatedAnswerIsRetried()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(QStringLiteral("truncate"))));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QCOMPARE(counter(faultStatus(), QStringLiteral("truncate")) - counter(before, QStringLiteral("truncate")),
             qint64(1));
    QCOMPARE(made.network->count(kUnits), 2); // half an answer is no answer: asked again
}

void TestClientFaults::rateLimitBurstSlowsThePacerDown()
{
    constexpr qint64 retryAfterMs = 200; // what the sandbox's bursts ask for (CONTRACT.md §16)
    // One request at a time, so the second call waits in the pacer while the first is refused.
    Client made = newClient(5s, 6, 1);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(QStringLiteral("ratelimit"), QStringLiteral("2"))));

    Outcome<QList<Unit>> first;
    Outcome<QList<Unit>> second;
    QObject context; // dies before the outcomes: a late answer cannot touch them
    QElapsedTimer timer;
    timer.start();
    UnitService units(*made.client);
    units.list(&context, [&](const Expected<QList<Unit>, ApiError>& result) {
        first.result = result;
        first.elapsedMs = timer.elapsed();
    });
    units.list(&context, [&](const Expected<QList<Unit>, ApiError>& result) {
        second.result = result;
        second.elapsedMs = timer.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(first.result && second.result, 20000);
    QVERIFY2(first.result->hasValue(), qPrintable(describe(first.result)));
    QVERIFY2(second.result->hasValue(), qPrintable(describe(second.result)));

    const QJsonObject after = faultStatus();
    QCOMPARE(counter(after, QStringLiteral("ratelimit")) - counter(before, QStringLiteral("ratelimit")), qint64(2));
    QCOMPARE(after.value(QStringLiteral("bursts")).toInteger() - before.value(QStringLiteral("bursts")).toInteger(),
             qint64(1));
    // Two refusals, then both calls: four requests, one after another.
    const QList<RecordingAccessManager::Sent> sent = made.network->sent();
    QCOMPARE(made.network->paths(), QStringList(4, kUnits));
    // After each refusal nothing new started for the hint: the waiting second call included, which no retry delay
    // of its own held back (only the pacer can).
    for (int i = 1; i <= 2; ++i) {
        const qint64 gap = sent.at(i).sentMs - sent.at(i - 1).finishedMs;
        QVERIFY2(gap >= retryAfterMs - 2,
                 qPrintable(QStringLiteral("request %1 went %2 ms after a -422").arg(i).arg(gap)));
    }
    QVERIFY2(first.elapsedMs >= retryAfterMs, qPrintable(QString::number(first.elapsedMs)));
    QVERIFY2(second.elapsedMs >= 2 * retryAfterMs, qPrintable(QString::number(second.elapsedMs)));
}

void TestClientFaults::invalidatedTokensAreRefreshedAndTheCallReplayed()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    TokenManager& tokens = made.client->tokens();
    QCOMPARE(tokens.acquireCount(), 1);
    QCOMPARE(tokens.refreshCount(), 0);
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(QStringLiteral("tokens"))));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QCOMPARE(counter(faultStatus(), QStringLiteral("tokens")) - counter(before, QStringLiteral("tokens")), qint64(1));
    // -301 for the call, one refresh (the refresh token was still good), the call replayed with the new token.
    QCOMPARE(made.network->paths(), (QStringList{kUnits, kRefresh, kUnits}));
    QCOMPARE(tokens.refreshCount(), 1);
    QCOMPARE(tokens.acquireCount(), 1);
    QCOMPARE(made.network->count(kAcquire), 0);
}

void TestClientFaults::drippedAnswerIsReadWhole()
{
    Client made = newClient(5s);
    QVERIFY(warmUp(*made.client));
    made.network->clear();
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(QStringLiteral("drip=1:1200")));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QVERIFY(!outcome.result->value().isEmpty());
    QCOMPARE(counter(faultStatus(), QStringLiteral("drip")) - counter(before, QStringLiteral("drip")), qint64(1));
    QCOMPARE(made.network->count(kUnits), 1); // read slowly, but whole and once
    QVERIFY2(outcome.elapsedMs >= 900, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestClientFaults::faultOnTheTokenEndpointIsRetried_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("param");
    QTest::newRow("5xx") << QStringLiteral("5xx") << QStringLiteral("503");
    QTest::newRow("truncate") << QStringLiteral("truncate") << QString();
    QTest::newRow("ratelimit") << QStringLiteral("ratelimit") << QStringLiteral("1");
}

void TestClientFaults::faultOnTheTokenEndpointIsRetried()
{
    // Faults hit the token endpoints too (CONTRACT.md §16). A client without a token yet: the first request after
    // the switch is its acquireToken, and that one gets the fault. The call it was for was never sent, so whatever
    // the call, getting the token is simply tried again. (A single drop is not a row: Qt's HTTP layer re-sends the
    // request by itself, so the client would never see it.)
    QFETCH(QString, kind);
    QFETCH(QString, param);
    Client made = newClient(5s);
    const QJsonObject before = faultStatus();
    QVERIFY(setFaults(firstRequestOnly(kind, param)));

    const auto outcome = listUnits(*made.client);
    QVERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->hasValue(), qPrintable(describe(outcome.result)));
    QCOMPARE(counter(faultStatus(), kind) - counter(before, kind), qint64(1));
    QCOMPARE(made.network->paths().first(), kAcquire);
    QCOMPARE(made.network->paths().last(), kUnits);
    QCOMPARE(made.network->count(kUnits), 1);
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
