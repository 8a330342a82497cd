#include "api/RequestPacer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace dm;
using namespace std::chrono_literals;

// The pacer on its own, with real timers: rate, bound on requests in flight, FIFO order and the platform's "slow
// down". The machine is shared, so every timing check is a lower bound (a pacer may be late, never early) or a
// generous ceiling.
class TestRequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsToItsRate();
    void neverExceedsMaxInFlight();
    void servesInFifoOrder();
    void slowDownDelaysTheNextStart();
    void slowDownHoldsBackQueuedCallsAndKeepsTheLongerPause();
};

void TestRequestPacer::keepsToItsRate()
{
    // The clock starts before the pacer's own, so no start can look earlier here than the pacer allowed it.
    QElapsedTimer clock;
    clock.start();
    constexpr double rate = 20;
    constexpr int burst = 20; // a token bucket one second deep starts full
    constexpr int count = 60;
    RequestPacer pacer(rate, 1000);
    QList<qint64> startedAt;
    for (int i = 0; i < count; ++i) {
        pacer.acquire([&] {
            startedAt.append(clock.elapsed());
            // Released at once: only the rate may hold calls back here.
            QTimer::singleShot(0, &pacer, [&pacer] { pacer.release(); });
        });
    }
    QCOMPARE(startedAt.size(), 0); // acquire() never starts anything inside the call
    QTRY_COMPARE_WITH_TIMEOUT(startedAt.size(), count, 15000);

    // The first second's worth goes at once...
    QVERIFY2(startedAt.at(burst - 1) < 800, qPrintable(QString::number(startedAt.at(burst - 1))));
    // ...after that one call per 1/rate s: call i (from 0) needs i - burst + 1 refilled tokens.
    for (int i = burst; i < count; ++i) {
        const auto earliest = static_cast<qint64>((i - burst + 1) * 1000 / rate);
        QVERIFY2(
            startedAt.at(i) >= earliest - 2,
            qPrintable(
                QStringLiteral("call %1 started at %2 ms, before %3 ms").arg(i).arg(startedAt.at(i)).arg(earliest)));
    }
    // The 40 calls beyond the burst take about 2 s at 20/s.
    const qint64 total = startedAt.last();
    qInfo("%d calls at %.0f/s: the last started after %lld ms", count, rate, static_cast<long long>(total));
    QVERIFY2(total >= 1500, qPrintable(QString::number(total)));
    QCOMPARE(pacer.inFlight(), 0);
    QCOMPARE(pacer.waiting(), 0);
}

void TestRequestPacer::neverExceedsMaxInFlight()
{
    constexpr int maxInFlight = 3;
    constexpr int count = 30;
    for (const double rate : {0.0, 200.0}) {
        RequestPacer pacer(rate, maxInFlight);
        int running = 0;
        int highest = 0;
        int finished = 0;
        bool overReported = false;
        for (int i = 0; i < count; ++i) {
            pacer.acquire([&, i] {
                ++running;
                highest = std::max(highest, running);
                overReported = overReported || pacer.inFlight() > maxInFlight;
                // Calls of different lengths, so slots free up in a mixed order.
                QTimer::singleShot(5 + (i * 7) % 20, &pacer, [&] {
                    --running;
                    ++finished;
                    pacer.release();
                });
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 10000);
        QVERIFY(!overReported);
        QCOMPARE(highest, maxInFlight); // the bound is reached (30 queued calls) and never exceeded
        QCOMPARE(pacer.inFlight(), 0);
        QCOMPARE(pacer.waiting(), 0);
    }
}

void TestRequestPacer::servesInFifoOrder()
{
    RequestPacer pacer(100, 2);
    QList<int> order;
    int finished = 0;
    constexpr int count = 20;
    for (int i = 0; i < count; ++i) {
        pacer.acquire([&, i] {
            order.append(i);
            // Early calls take longest: a pacer that picked by anything but arrival would reorder here.
            QTimer::singleShot(2 * (count - i), &pacer, [&] {
                ++finished;
                pacer.release();
            });
        });
    }
    QCOMPARE(pacer.waiting(), count);
    QTRY_COMPARE_WITH_TIMEOUT(finished, count, 10000);
    QList<int> expected(count);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected);

    // Calls queued during a pause keep their order, and so do calls queued after them.
    order.clear();
    finished = 0;
    pacer.slowDown(100ms);
    for (int i = 0; i < 6; ++i) {
        pacer.acquire([&, i] {
            order.append(i);
            QTimer::singleShot(0, &pacer, [&] {
                ++finished;
                pacer.release();
            });
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
}

void TestRequestPacer::slowDownDelaysTheNextStart()
{
    for (const double rate : {0.0, 20.0}) {
        RequestPacer pacer(rate, 4);
        QElapsedTimer clock;
        bool first = false;
        pacer.acquire([&] {
            first = true;
            pacer.release();
        });
        QTRY_VERIFY_WITH_TIMEOUT(first, 5000);

        // The platform answered -422: nothing new starts for the pause, however much the bucket holds.
        clock.start();
        pacer.slowDown(400ms);
        qint64 startedAfter = -1;
        pacer.acquire([&] {
            startedAfter = clock.elapsed();
            pacer.release();
        });
        QTRY_VERIFY_WITH_TIMEOUT(startedAfter >= 0, 5000);
        QVERIFY2(
            startedAfter >= 400,
            qPrintable(QStringLiteral("rate %1: started after %2 ms of a 400 ms pause").arg(rate).arg(startedAfter)));

        // Once the pause is over, calls flow again without another one.
        clock.restart();
        qint64 nextAfter = -1;
        pacer.acquire([&] {
            nextAfter = clock.elapsed();
            pacer.release();
        });
        QTRY_VERIFY_WITH_TIMEOUT(nextAfter >= 0, 5000);
        QVERIFY2(nextAfter < 400, qPrintable(QString::number(nextAfter)));
    }
}

void TestRequestPacer::slowDownHoldsBackQueuedCallsAndKeepsTheLongerPause()
{
    RequestPacer pacer(0, 4);
    QElapsedTimer clock;
    clock.start();
    // Already queued calls wait too, and a shorter pause asked for later does not cut the longer one short.
    QList<qint64> startedAt;
    for (int i = 0; i < 3; ++i) {
        pacer.acquire([&] {
            startedAt.append(clock.elapsed());
            pacer.release();
        });
    }
    pacer.slowDown(500ms);
    pacer.slowDown(50ms);
    QCOMPARE(pacer.waiting(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(startedAt.size(), 3, 5000);
    for (const qint64 at : std::as_const(startedAt)) {
        QVERIFY2(at >= 500, qPrintable(QString::number(at)));
    }
    // A call already in flight is not affected, and its release does not end the pause.
    bool inFlightStarted = false;
    pacer.acquire([&] { inFlightStarted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(inFlightStarted, 5000);
    clock.restart();
    pacer.slowDown(300ms);
    pacer.release();
    qint64 afterRelease = -1;
    pacer.acquire([&] {
        afterRelease = clock.elapsed();
        pacer.release();
    });
    QTRY_VERIFY_WITH_TIMEOUT(afterRelease >= 0, 5000);
    QVERIFY2(afterRelease >= 300, qPrintable(QString::number(afterRelease)));
}

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
