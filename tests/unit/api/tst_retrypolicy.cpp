#include "api/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dm;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesWhatMayBeRetried_data();
    void decidesWhatMayBeRetried();
    void backoffIsFullJitterBelowTheCap();
    void platformHintIsAFloor();
    void givesUpAfterMaxAttempts();
};

void TestRetryPolicy::decidesWhatMayBeRetried_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<bool>("transient");
    using K = ApiError::Kind;
    QTest::newRow("network before sending") << K::Network << false << true;
    QTest::newRow("network after sending") << K::Network << true << true;
    QTest::newRow("timeout") << K::Timeout << true << true;
    QTest::newRow("server 5xx") << K::Server << true << true;
    QTest::newRow("rate limited") << K::RateLimited << false << true;
    QTest::newRow("garbled 2xx") << K::Protocol << true << true;
    QTest::newRow("malformed shape") << K::Protocol << false << false;
    QTest::newRow("tls") << K::Tls << false << false;
    QTest::newRow("pin") << K::PinMismatch << false << false;
    QTest::newRow("auth") << K::Auth << false << false;
    QTest::newRow("permission") << K::Permission << false << false;
    QTest::newRow("validation") << K::Validation << false << false;
    QTest::newRow("not found") << K::NotFound << false << false;
    QTest::newRow("conflict") << K::Conflict << false << false;
    QTest::newRow("cancelled") << K::Cancelled << true << false;
}

void TestRetryPolicy::decidesWhatMayBeRetried()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, ambiguous);
    QFETCH(bool, transient);
    ApiError error;
    error.kind = kind;
    error.ambiguous = ambiguous;
    QRandomGenerator random(7);
    QCOMPARE(RetryPolicy().delayBefore(1, error, random).has_value(), transient);
}

void TestRetryPolicy::backoffIsFullJitterBelowTheCap()
{
    RetryPolicy policy;
    policy.maxAttempts = 100;
    policy.base = 100ms;
    policy.cap = 1000ms;
    ApiError error;
    error.kind = ApiError::Kind::Server;
    QRandomGenerator random(42);
    for (int attempt = 1; attempt < 12; ++attempt) {
        const qint64 ceiling = std::min<qint64>(1000, 100LL << (attempt - 1));
        qint64 largest = 0;
        for (int i = 0; i < 200; ++i) {
            const auto delay = policy.delayBefore(attempt, error, random);
            QVERIFY(delay);
            QVERIFY(delay->count() >= 0 && delay->count() <= ceiling);
            largest = std::max<qint64>(largest, delay->count());
        }
        QVERIFY2(largest > ceiling / 2, "the jitter never uses the upper half of its range");
    }
}

void TestRetryPolicy::platformHintIsAFloor()
{
    ApiError error;
    error.kind = ApiError::Kind::RateLimited;
    error.retryAfter = 2500ms;
    QRandomGenerator random(1);
    const auto delay = RetryPolicy().delayBefore(1, error, random);
    QVERIFY(delay);
    QVERIFY(*delay >= 2500ms);
}

void TestRetryPolicy::givesUpAfterMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    QRandomGenerator random(1);
    QVERIFY(policy.delayBefore(2, error, random));
    QVERIFY(!policy.delayBefore(3, error, random));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
