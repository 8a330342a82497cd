#include "FakeAccessManager.h"
#include "api/ApiExchange.h"
#include "api/PlatformClient.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace dm;

namespace {

const QString kAcquire = QStringLiteral("/api/pub/token/acquireToken");
const QString kRefresh = QStringLiteral("/api/pub/token/refresh"); // ?refreshToken=, as integrators send it
const QString kUnits = QStringLiteral("/api/open/unit/getUnitList");
const QString kCreate = QStringLiteral("/api/open/account/createAccount");

ConnectionSettings settings()
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("https://platform.test"));
    s.appId = QStringLiteral("app-1");
    s.orgOpenId = QStringLiteral("org-1");
    s.domain = QStringLiteral("court.test");
    s.requestsPerSecond = 0; // unpaced: these tests are about protocol, not speed
    s.maxInFlight = 16;
    return s;
}

QJsonObject tokenData(const QString& access, qint64 ttlMs = 3600000)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("accessToken"), access},
                       {QStringLiteral("accessTokenExpiredTime"), now + ttlMs},
                       {QStringLiteral("refreshToken"), QStringLiteral("refresh-1")},
                       {QStringLiteral("refreshTokenExpiredTime"), now + 30LL * 24 * 3600000}};
}

QString tokenOf(const FakeAccessManager::Seen& seen)
{
    return QString::fromLatin1(seen.request.rawHeader("qiye-access-token"));
}

// Collects the one result of a call.
struct Outcome
{
    int calls = 0;
    std::optional<ApiReply> reply;
};

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesFreshHeaders();
    void concurrentCallsShareOneTokenAcquisition();
    void expiredTokenIsRefreshedOnceAndCallsReplayed();
    void expiredRefreshTokenFallsBackToTheAuthCode();
    void idempotentCallsRetryServerErrors();
    void validationErrorsAreNotRetriedAndNameTheField();
    void ambiguousCreateIsReconciledNotRepeated();
    void ambiguousCreateThatDidNotHappenIsSentAgain();
    void evenARefusedCreateIsReconciledBeforeItIsSentAgain();
    void nonIdempotentCallWithoutReconcilerIsNeverResent();
    void rateLimitHintIsHonoured();
    void hostileRetryHintsAreBounded_data();
    void hostileRetryHintsAreBounded();
    void refusedCredentialsSurfaceAsAuth();
    void noCallbackAfterTheContextIsGone();
    void missingAuthCodeStopsBeforeTheNetwork();

private:
    std::unique_ptr<PlatformClient> makeClient(FakeAccessManager::Handler handler, FakeAccessManager** fake = nullptr,
                                               QByteArray authCode = "secret-auth-code");
    static void run(PlatformClient& client, const QString& path, Outcome& outcome,
                    PlatformClient::CallOptions options = {}, QObject* context = nullptr);
};

std::unique_ptr<PlatformClient> TestPlatformClient::makeClient(FakeAccessManager::Handler handler,
                                                               FakeAccessManager** fake, QByteArray authCode)
{
    auto network = std::make_unique<FakeAccessManager>(settings(), std::move(handler));
    if (fake) {
        *fake = network.get();
    }
    auto client = std::make_unique<PlatformClient>(
        std::move(network), [authCode](std::function<void(Expected<QByteArray, ApiError>)> done) {
            if (authCode.isEmpty()) {
                ApiError error;
                error.kind = ApiError::Kind::Auth;
                done(Unexpected{error});
                return;
            }
            done(authCode);
        });
    RetryPolicy fast;
    fast.base = std::chrono::milliseconds(1);
    fast.cap = std::chrono::milliseconds(5);
    client->setRetryPolicy(fast);
    return client;
}

void TestPlatformClient::run(PlatformClient& client, const QString& path, Outcome& outcome,
                             PlatformClient::CallOptions options, QObject* context)
{
    client.call(path, QJsonObject{{QStringLiteral("k"), 1}}, std::move(options), context,
                [&outcome](const ApiReply& reply) {
                    ++outcome.calls;
                    outcome.reply = reply;
                });
}

void TestPlatformClient::everyRequestCarriesFreshHeaders()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            return seen.path == kAcquire ? FakeAnswer::ok(tokenData(QStringLiteral("t1"))) : FakeAnswer::ok();
        },
        &fake);
    Outcome first;
    Outcome second;
    run(*client, kUnits, first);
    run(*client, kUnits, second);
    QTRY_VERIFY(first.reply && second.reply);
    QVERIFY(*first.reply && *second.reply);
    QCOMPARE(fake->seen().size(), 3);
    QCOMPARE(fake->seen().at(0).body.value(QStringLiteral("authCode")).toString(), QStringLiteral("secret-auth-code"));
    QSet<QByteArray> nonces;
    QSet<QByteArray> requestIds;
    for (const auto& seen : fake->seen()) {
        const qint64 timestamp = seen.request.rawHeader("qiye-timestamp").toLongLong();
        QVERIFY(std::llabs(timestamp - QDateTime::currentMSecsSinceEpoch()) < 5000);
        nonces.insert(seen.request.rawHeader("qiye-nonce"));
        requestIds.insert(seen.request.rawHeader("X-Request-ID"));
        QVERIFY(seen.request.header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QLatin1String("application/json")));
        QVERIFY(seen.request.header(QNetworkRequest::UserAgentHeader).toString().startsWith(QLatin1String("dmadmin/")));
        QCOMPARE(seen.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(seen.request.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
    }
    QCOMPARE(nonces.size(), 3);
    QCOMPARE(requestIds.size(), 3);
    for (int i = 1; i < 3; ++i) {
        const QNetworkRequest& request = fake->seen().at(i).request;
        QCOMPARE(request.rawHeader("qiye-app-id"), QByteArray("app-1"));
        QCOMPARE(request.rawHeader("qiye-org-open-id"), QByteArray("org-1"));
        QCOMPARE(request.rawHeader("qiye-access-token"), QByteArray("t1"));
    }
    QCOMPARE(fake->seen().at(1).request.url().toString(), QStringLiteral("https://platform.test") + kUnits);
}

void TestPlatformClient::concurrentCallsShareOneTokenAcquisition()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            FakeAnswer answer =
                seen.path == kAcquire ? FakeAnswer::ok(tokenData(QStringLiteral("t1"))) : FakeAnswer::ok();
            answer.delayMs = 20;
            return answer;
        },
        &fake);
    std::vector<Outcome> outcomes(10);
    for (auto& outcome : outcomes) {
        run(*client, kUnits, outcome);
    }
    QTRY_VERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.reply.has_value(); }));
    for (const auto& outcome : outcomes) {
        QCOMPARE(outcome.calls, 1);
        QVERIFY(*outcome.reply);
    }
    QCOMPARE(fake->count(kAcquire), 1);
    QCOMPARE(client->tokens().acquireCount(), 1);
    QCOMPARE(fake->count(kUnits), 10);
}

void TestPlatformClient::expiredTokenIsRefreshedOnceAndCallsReplayed()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t1")));
            }
            if (seen.path == kRefresh) {
                FakeAnswer answer = FakeAnswer::ok(tokenData(QStringLiteral("t2")));
                answer.delayMs = 20;
                return answer;
            }
            // The platform revoked t1 early (as after a key rotation): -301 until the client refreshes.
            return tokenOf(seen) == QLatin1String("t2")
                       ? FakeAnswer::ok(QStringLiteral("done"))
                       : FakeAnswer::platformError(-301, QStringLiteral("ACCESS.TOKEN.EXPIRED"));
        },
        &fake);
    Outcome warmUp;
    client->tokens().token(nullptr, [&warmUp](const TokenManager::TokenResult&) { warmUp.calls = 1; });
    QTRY_COMPARE(warmUp.calls, 1);
    std::vector<Outcome> outcomes(5);
    for (auto& outcome : outcomes) {
        run(*client, kUnits, outcome);
    }
    QTRY_VERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.reply.has_value(); }));
    for (const auto& outcome : outcomes) {
        QVERIFY(*outcome.reply);
        QCOMPARE(outcome.reply->value().toString(), QStringLiteral("done"));
    }
    QCOMPARE(fake->count(kRefresh), 1);
    QCOMPARE(fake->count(kAcquire), 1);
    QCOMPARE(fake->count(kUnits), 10); // each call: once refused with t1, once replayed with t2
}

void TestPlatformClient::expiredRefreshTokenFallsBackToTheAuthCode()
{
    FakeAccessManager* fake = nullptr;
    int acquires = 0;
    auto client = makeClient(
        [&acquires](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t%1").arg(++acquires)));
            }
            if (seen.path == kRefresh) {
                return FakeAnswer::platformError(-302, QStringLiteral("REFRESH.TOKEN.EXPIRED"));
            }
            return tokenOf(seen) == QLatin1String("t2") ? FakeAnswer::ok()
                                                        : FakeAnswer::platformError(-301, QStringLiteral("EXPIRED"));
        },
        &fake);
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(fake->count(kAcquire), 2);
    QCOMPARE(fake->count(kRefresh), 1);
}

void TestPlatformClient::idempotentCallsRetryServerErrors()
{
    FakeAccessManager* fake = nullptr;
    int attempts = 0;
    auto client = makeClient(
        [&attempts](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t1")));
            }
            switch (++attempts) {
            case 1:
                return FakeAnswer::failure(QNetworkReply::ServiceUnavailableError, 503, "<html>busy</html>");
            case 2:
                return FakeAnswer::platformError(-1, QStringLiteral("SYSTEM.ERROR"));
            case 3:
                return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError, 200, "{\"code\":0,\"succ");
            default:
                return FakeAnswer::ok(QStringLiteral("finally"));
            }
        },
        &fake);
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(outcome.reply->value().toString(), QStringLiteral("finally"));
    QCOMPARE(fake->count(kUnits), 4);
}

void TestPlatformClient::validationErrorsAreNotRetriedAndNameTheField()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            return seen.path == kAcquire
                       ? FakeAnswer::ok(tokenData(QStringLiteral("t1")))
                       : FakeAnswer::platformError(-401, QStringLiteral("PARAM.INVALID:bindMobile:format"));
        },
        &fake);
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(!*outcome.reply);
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::Validation);
    QCOMPARE(outcome.reply->error().field, QStringLiteral("bindMobile"));
    QCOMPARE(outcome.reply->error().platformCode, -401);
    QVERIFY(!outcome.reply->error().requestId.isEmpty());
    QVERIFY(outcome.reply->error().message().contains(QLatin1String("bindMobile")));
    QCOMPARE(fake->count(kUnits), 1);
}

void TestPlatformClient::ambiguousCreateIsReconciledNotRepeated()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            // The platform created the account, then the connection dropped before the answer.
            return seen.path == kAcquire ? FakeAnswer::ok(tokenData(QStringLiteral("t1")))
                                         : FakeAnswer::failure(QNetworkReply::RemoteHostClosedError);
        },
        &fake);
    int reconciliations = 0;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&reconciliations](std::function<void(Reconciliation)> done) {
            ++reconciliations;
            done(Reconciliation{Reconciliation::Outcome::Done, ApiReply(QJsonValue(QStringLiteral("found")))});
        }};
    Outcome outcome;
    run(*client, kCreate, outcome, options);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(outcome.reply->value().toString(), QStringLiteral("found"));
    QCOMPARE(reconciliations, 1);
    QCOMPARE(fake->count(kCreate), 1); // never sent twice
}

void TestPlatformClient::ambiguousCreateThatDidNotHappenIsSentAgain()
{
    FakeAccessManager* fake = nullptr;
    int creates = 0;
    auto client = makeClient(
        [&creates](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t1")));
            }
            return ++creates == 1 ? FakeAnswer::failure(QNetworkReply::OperationCanceledError) // timed out
                                  : FakeAnswer::ok(QStringLiteral("created"));
        },
        &fake);
    PlatformClient::CallOptions options{Idempotency::NotIdempotent, [](std::function<void(Reconciliation)> done) {
                                            done(Reconciliation{Reconciliation::Outcome::NotDone});
                                        }};
    Outcome outcome;
    run(*client, kCreate, outcome, options);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(outcome.reply->value().toString(), QStringLiteral("created"));
    QCOMPARE(fake->count(kCreate), 2);
}

void TestPlatformClient::evenARefusedCreateIsReconciledBeforeItIsSentAgain()
{
    // "Connection refused" or a -422 may be the fate of a copy Qt re-sent on its own after the first copy was
    // carried out, so nothing is sent again before the platform has been asked.
    FakeAccessManager* fake = nullptr;
    int creates = 0;
    auto client = makeClient(
        [&creates](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t1")));
            }
            return ++creates == 1 ? FakeAnswer::platformError(-422, QStringLiteral("REQUEST.RATE.TOO.HIGH"))
                                  : FakeAnswer::ok(QStringLiteral("created"));
        },
        &fake);
    int reconciliations = 0;
    PlatformClient::CallOptions options{Idempotency::NotIdempotent,
                                        [&reconciliations](std::function<void(Reconciliation)> done) {
                                            ++reconciliations;
                                            done(Reconciliation{Reconciliation::Outcome::NotDone});
                                        }};
    Outcome outcome;
    run(*client, kCreate, outcome, options);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(reconciliations, 1);
    QCOMPARE(fake->count(kCreate), 2);
}

void TestPlatformClient::nonIdempotentCallWithoutReconcilerIsNeverResent()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen& seen) {
            return seen.path == kAcquire ? FakeAnswer::ok(tokenData(QStringLiteral("t1")))
                                         : FakeAnswer::failure(QNetworkReply::ServiceUnavailableError, 503);
        },
        &fake);
    Outcome outcome;
    run(*client, kCreate, outcome, PlatformClient::CallOptions{Idempotency::NotIdempotent, {}});
    QTRY_VERIFY(outcome.reply);
    QVERIFY(!*outcome.reply);
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::Server);
    QCOMPARE(fake->count(kCreate), 1);
}

void TestPlatformClient::rateLimitHintIsHonoured()
{
    FakeAccessManager* fake = nullptr;
    QList<qint64> sentAt;
    QElapsedTimer clock;
    clock.start();
    auto client = makeClient(
        [&sentAt, &clock](const FakeAccessManager::Seen& seen) {
            if (seen.path == kAcquire) {
                return FakeAnswer::ok(tokenData(QStringLiteral("t1")));
            }
            sentAt.append(clock.elapsed());
            return sentAt.size() == 1 ? FakeAnswer::platformError(-422, QStringLiteral("REQUEST.RATE.TOO.HIGH"),
                                                                  {{QStringLiteral("retryAfterMs"), 150}})
                                      : FakeAnswer::ok();
        },
        &fake);
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(*outcome.reply);
    QCOMPARE(sentAt.size(), 2);
    QVERIFY2(sentAt.at(1) - sentAt.at(0) >= 150, qPrintable(QString::number(sentAt.at(1) - sentAt.at(0))));
}

void TestPlatformClient::refusedCredentialsSurfaceAsAuth()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient(
        [](const FakeAccessManager::Seen&) { return FakeAnswer::platformError(-100, QStringLiteral("AUTH.FAILED")); },
        &fake);
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(!*outcome.reply);
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::Auth);
    QCOMPARE(fake->count(kUnits), 0);
}

void TestPlatformClient::noCallbackAfterTheContextIsGone()
{
    auto client = makeClient([](const FakeAccessManager::Seen& seen) {
        FakeAnswer answer = seen.path == kAcquire ? FakeAnswer::ok(tokenData(QStringLiteral("t1"))) : FakeAnswer::ok();
        answer.delayMs = 30;
        return answer;
    });
    Outcome outcome;
    auto* context = new QObject;
    run(*client, kUnits, outcome, {}, context);
    delete context;
    QTest::qWait(200);
    QCOMPARE(outcome.calls, 0);
}

void TestPlatformClient::missingAuthCodeStopsBeforeTheNetwork()
{
    FakeAccessManager* fake = nullptr;
    auto client = makeClient([](const FakeAccessManager::Seen&) { return FakeAnswer::ok(); }, &fake, QByteArray());
    Outcome outcome;
    run(*client, kUnits, outcome);
    QTRY_VERIFY(outcome.reply);
    QVERIFY(!*outcome.reply);
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::Auth);
    QVERIFY(fake->seen().isEmpty());
}

// A reply may ask for any wait, huge, negative or absurd: the client never waits longer than five minutes, never
// less than nothing, and never overflows doing the arithmetic (an overflow would make it wait forever).
void TestPlatformClient::hostileRetryHintsAreBounded_data()
{
    QTest::addColumn<QJsonValue>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<qint64>("expectedMs");
    const qint64 max = ApiError::kMaxRetryHint.count();
    QTest::newRow("huge hint") << QJsonValue(1e300) << QByteArray() << max;
    QTest::newRow("int64 hint") << QJsonValue(9.2e18) << QByteArray() << max;
    QTest::newRow("negative hint") << QJsonValue(-5000) << QByteArray() << qint64(0);
    QTest::newRow("string hint") << QJsonValue(QStringLiteral("soon")) << QByteArray() << qint64(0);
    QTest::newRow("fair hint") << QJsonValue(1500) << QByteArray() << qint64(1500);
    QTest::newRow("huge header") << QJsonValue() << QByteArray("99999999999999999") << max;
    QTest::newRow("header past int64") << QJsonValue() << QByteArray("999999999999999999999999") << qint64(0);
    QTest::newRow("negative header") << QJsonValue() << QByteArray("-3") << qint64(0);
    QTest::newRow("fair header") << QJsonValue() << QByteArray("2") << qint64(2000);
}

void TestPlatformClient::hostileRetryHintsAreBounded()
{
    QFETCH(QJsonValue, retryAfterMs);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(qint64, expectedMs);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://platform.test"));
    FakeAccessManager network(settings, [&](const FakeAccessManager::Seen&) {
        FakeAnswer answer = retryAfterHeader.isEmpty()
                                ? FakeAnswer::platformError(-423, QStringLiteral("APP.RATE.TOO.HIGH"),
                                                            QJsonObject{{QStringLiteral("retryAfterMs"), retryAfterMs}})
                                : FakeAnswer::failure(QNetworkReply::UnknownServerError, 503);
        answer.headers = {{"Retry-After", retryAfterHeader}};
        return answer;
    });
    auto* exchange = new ApiExchange(network, QStringLiteral("/api/open/unit/getUnitList"), {}, {});
    std::optional<ApiReply> reply;
    connect(exchange, &ApiExchange::finished, this, [&reply](const ApiReply& answer) { reply = answer; });
    exchange->start();
    QTRY_VERIFY(reply.has_value());
    QVERIFY(!reply->hasValue());
    QCOMPARE(qint64(reply->error().retryAfter.count()), expectedMs);
    // And the backoff built on it stays within the same bound.
    RetryPolicy policy;
    const auto delay = policy.delayBefore(1, reply->error(), *QRandomGenerator::global());
    QVERIFY(delay.has_value());
    QVERIFY(delay->count() >= 0 && *delay <= std::max<std::chrono::milliseconds>(ApiError::kMaxRetryHint, policy.cap));
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
