#include "RecordingAccessManager.h"
#include "SandboxProcess.h"
#include "api/PlatformClient.h"
#include "api/UnitService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dm;
using namespace std::chrono_literals;

namespace {

const QString kUnits = QStringLiteral("/api/open/unit/getUnitList");
const QString kRefresh = QStringLiteral("/api/pub/token/refresh"); // ?refreshToken=, as integrators send it
const QString kAcquire = QStringLiteral("/api/pub/token/acquireToken");

constexpr int kTokenTtlSeconds = 2;
constexpr int kConcurrentCalls = 50;

// The answers of many concurrent calls.
struct Tally
{
    int answered = 0;
    int succeeded = 0;
    QStringList failures;
    qint64 elapsedMs = 0;
};

} // namespace

// Token expiry and renewal against the real sandbox (CONTRACT.md §5) with access tokens that live two seconds:
// concurrent calls across an expiry all succeed with one renewal per expiry, not one per call, and a platform that
// forgot its tokens (a restart) makes the client acquire again with the authCode.
class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void concurrentCallsAcrossExpiriesShareTheRenewals();
    void expiryDiscoveredInFlightIsRefreshedOnceForAllCallers();
    void platformRestartLosesTheRefreshTokenAndTheClientAcquiresAgain();
    void platformRestartLosesTheAccessTokenAndTheCallIsReplayed();

private:
    struct Client
    {
        std::unique_ptr<PlatformClient> client;
        RecordingAccessManager* network = nullptr;
    };
    [[nodiscard]] Client newClient(double requestsPerSecond, int maxInFlight = 4) const;
    // Starts `count` getUnitList calls at once and waits for every answer.
    [[nodiscard]] static Tally listUnitsConcurrently(PlatformClient& client, int count, int timeoutMs = 45000);
    [[nodiscard]] bool restartSandbox();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
    QStringList m_arguments;
};

void TestTokens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.info=false\ndm.*.debug=false"));
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.path());
    m_arguments =
        QStringList{QStringLiteral("--scale"),     QStringLiteral("small"),          QStringLiteral("--rate-limit"),
                    QStringLiteral("0"),           QStringLiteral("--speed"),        QStringLiteral("0"),
                    QStringLiteral("--token-ttl"), QString::number(kTokenTtlSeconds)};
    m_connection = m_sandbox->start(m_arguments);
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    // Later restarts keep the address, so the client's profile stays valid.
    const QUrl baseUrl(m_connection.value(QStringLiteral("baseUrl")).toString());
    QVERIFY(baseUrl.port() > 0);
    m_arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(baseUrl.port());
}

void TestTokens::cleanupTestCase()
{
    m_sandbox.reset();
}

TestTokens::Client TestTokens::newClient(double requestsPerSecond, int maxInFlight) const
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(m_connection.value(QStringLiteral("baseUrl")).toString());
    settings.appId = m_connection.value(QStringLiteral("appId")).toString();
    settings.orgOpenId = m_connection.value(QStringLiteral("orgOpenId")).toString();
    settings.domain = m_connection.value(QStringLiteral("domain")).toString();
    settings.pinnedKeys = {m_connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
    settings.transferTimeout = 10s;
    settings.requestsPerSecond = requestsPerSecond;
    settings.maxInFlight = maxInFlight;
    auto network = std::make_unique<RecordingAccessManager>(settings);
    Client made;
    made.network = network.get();
    const QByteArray authCode = m_connection.value(QStringLiteral("authCode")).toString().toUtf8();
    made.client = std::make_unique<PlatformClient>(std::move(network), [authCode](auto done) { done(authCode); });
    RetryPolicy quick;
    quick.base = 20ms;
    quick.cap = 200ms;
    made.client->setRetryPolicy(quick);
    return made;
}

Tally TestTokens::listUnitsConcurrently(PlatformClient& client, int count, int timeoutMs)
{
    Tally tally;
    QObject context; // answers after the deadline are dropped with it
    QElapsedTimer timer;
    timer.start();
    UnitService units(client);
    for (int i = 0; i < count; ++i) {
        units.list(&context, [&tally](const Expected<QList<Unit>, ApiError>& result) {
            ++tally.answered;
            if (result && !result->isEmpty()) {
                ++tally.succeeded;
            } else if (!result) {
                tally.failures << QStringLiteral("kind %1, code %2 %3")
                                      .arg(static_cast<int>(result.error().kind))
                                      .arg(result.error().platformCode)
                                      .arg(result.error().platformMessage);
            } else {
                tally.failures << QStringLiteral("no units");
            }
        });
    }
    // Waits without QTRY_*: those return from the function on failure, which this one cannot.
    while (tally.answered < count && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    tally.elapsedMs = timer.elapsed();
    if (tally.answered < count) {
        tally.failures << QStringLiteral("%1 of %2 calls never answered").arg(count - tally.answered).arg(count);
    }
    return tally;
}

bool TestTokens::restartSandbox()
{
    // Same data dir and address: the platform's data, identity and certificate survive; its tokens do not.
    m_sandbox->stop();
    const QJsonObject connection = m_sandbox->start(m_arguments);
    return !connection.isEmpty() &&
           connection.value(QStringLiteral("baseUrl")) == m_connection.value(QStringLiteral("baseUrl"));
}

void TestTokens::concurrentCallsAcrossExpiriesShareTheRenewals()
{
    // 10/s: the 50 calls take about 4 s, two token lifetimes. The client renews ahead of expiry (after three quarters
    // of a short-lived token's life).
    Client made = newClient(10);
    const Tally tally = listUnitsConcurrently(*made.client, kConcurrentCalls);
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QCOMPARE(tally.succeeded, kConcurrentCalls);

    const TokenManager& tokens = made.client->tokens();
    qInfo("%d calls in %lld ms: %d acquire(s), %d refresh(es), %d requests", kConcurrentCalls,
          static_cast<long long>(tally.elapsedMs), tokens.acquireCount(), tokens.refreshCount(),
          static_cast<int>(made.network->sent().size()));
    QVERIFY2(tally.elapsedMs > 1000 * kTokenTtlSeconds, "the calls did not outlive one token: the test proves nothing");
    QCOMPARE(tokens.acquireCount(), 1);
    QVERIFY(tokens.refreshCount() >= 1);
    // One renewal per token lifetime at most, far from one per call.
    QVERIFY2(tokens.refreshCount() <= tally.elapsedMs / (500 * kTokenTtlSeconds) + 1,
             qPrintable(QString::number(tokens.refreshCount())));
    QCOMPARE(made.network->count(kAcquire), tokens.acquireCount());
    QCOMPARE(made.network->count(kRefresh), tokens.refreshCount());
}

void TestTokens::expiryDiscoveredInFlightIsRefreshedOnceForAllCallers()
{
    // The platform answers every call 400 ms late and checks the token when it handles the call, and the client does
    // not renew ahead: calls sent shortly before an expiry are refused with -301 while others are in flight with the
    // same token.
    QVERIFY(m_sandbox->authenticate());
    QCOMPARE(
        m_sandbox
            ->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), QStringLiteral("latency=1:400")}})
            .code,
        0);
    Client made = newClient(10, 8);
    TokenManager& tokens = made.client->tokens();
    tokens.setRefreshMargin(0ms);
    // The vendor gives expiry times to the second, so a client that trusted them to the millisecond would always
    // renew a little early. A clock 1.5 s behind the platform's makes it renew late, as a real desktop's may.
    tokens.setClock([] { return QDateTime::currentMSecsSinceEpoch() - 1500; });
    const Tally tally = listUnitsConcurrently(*made.client, kConcurrentCalls);
    QVERIFY(m_sandbox->authenticate());
    const auto status = m_sandbox->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), QString()}});
    QCOMPARE(status.code, 0);
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QCOMPARE(tally.succeeded, kConcurrentCalls);

    const int replays = made.network->count(kUnits) - kConcurrentCalls;
    qInfo("%d calls in %lld ms: %d replayed, %d acquire(s), %d refresh(es)", kConcurrentCalls,
          static_cast<long long>(tally.elapsedMs), replays, tokens.acquireCount(), tokens.refreshCount());
    QVERIFY2(status.data.toObject()
                     .value(QStringLiteral("counters"))
                     .toObject()
                     .value(QStringLiteral("latency"))
                     .toInteger() >= kConcurrentCalls,
             "the platform was not slow: the test proves nothing");
    QVERIFY2(tally.elapsedMs > 1000 * kTokenTtlSeconds, "the calls did not outlive one token: the test proves nothing");
    // Several calls met the expiry (refused with -301 and replayed)...
    QVERIFY2(replays >= 2, qPrintable(QString::number(replays)));
    // ...and all of them waited for one refresh: one per expiry, however many calls met it.
    QCOMPARE(tokens.acquireCount(), 1);
    QVERIFY(tokens.refreshCount() >= 1);
    QVERIFY2(tokens.refreshCount() <= tally.elapsedMs / (1000 * kTokenTtlSeconds) + 1,
             qPrintable(QString::number(tokens.refreshCount())));
    QVERIFY2(tokens.refreshCount() < replays, qPrintable(QString::number(tokens.refreshCount())));
    QCOMPARE(made.network->count(kRefresh), tokens.refreshCount());
}

void TestTokens::platformRestartLosesTheRefreshTokenAndTheClientAcquiresAgain()
{
    Client made = newClient(0);
    TokenManager& tokens = made.client->tokens();
    QCOMPARE(listUnitsConcurrently(*made.client, 1).succeeded, 1);
    QCOMPARE(tokens.acquireCount(), 1);
    QVERIFY(restartSandbox());

    // Once the access token is due for renewal the client refreshes; the restarted platform does not know the
    // refresh token (-300), so the client acquires again with the authCode and the call goes on.
    const qint64 due = tokens.accessExpiry() - QDateTime::currentMSecsSinceEpoch();
    QTest::qWait(static_cast<int>(std::max<qint64>(0, due)) + 100);
    made.network->clear();
    const int refreshesBefore = tokens.refreshCount();
    const Tally tally = listUnitsConcurrently(*made.client, 3);
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
    QCOMPARE(tally.succeeded, 3);
    QCOMPARE(tokens.refreshCount(), refreshesBefore + 1);
    QCOMPARE(tokens.acquireCount(), 2);
    const QStringList paths = made.network->paths();
    QCOMPARE(paths.mid(0, 2), (QStringList{kRefresh, kAcquire}));
    QCOMPARE(made.network->count(kAcquire), 1); // the three callers shared one acquisition
    QCOMPARE(made.network->count(kUnits), 3);
}

void TestTokens::platformRestartLosesTheAccessTokenAndTheCallIsReplayed()
{
    Client made = newClient(0);
    TokenManager& tokens = made.client->tokens();
    QCOMPARE(listUnitsConcurrently(*made.client, 1).succeeded, 1);
    QCOMPARE(tokens.acquireCount(), 1);
    QVERIFY(restartSandbox());

    // The access token is still good by the client's clock (stopped here, so the restart's duration cannot make the
    // client renew first), but the restarted platform does not know it (-300): the client acquires again with the
    // authCode and replays the call.
    tokens.setClock([stopped = tokens.accessExpiry() - 1500] { return stopped; });
    made.network->clear();
    const Tally tally = listUnitsConcurrently(*made.client, 1);
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
    QCOMPARE(tally.succeeded, 1);
    QCOMPARE(tokens.acquireCount(), 2);
    QCOMPARE(made.network->count(kAcquire), 1);
    QVERIFY(made.network->count(kUnits) >= 2); // refused, then replayed
    QCOMPARE(tokens.refreshCount(), 0);
    QCOMPARE(made.network->paths().last(), kUnits);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
