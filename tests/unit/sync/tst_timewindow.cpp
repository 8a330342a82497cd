#include "sync/TimeWindow.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace dm;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

qint64 utcMs(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss, ms), Qt::UTC).toMSecsSinceEpoch();
}

// The windows as their boundaries: [b0, b1), [b1, b2), ... so that a table row stays readable.
QList<qint64> boundaries(const QList<TimeWindow>& windows)
{
    QList<qint64> result;
    for (const TimeWindow& window : windows) {
        if (result.isEmpty())
            result.append(window.fromMs);
        else if (result.last() != window.fromMs)
            result.append(-1); // a gap or an overlap: never equal to an expected list
        result.append(window.toMs);
    }
    return result;
}

} // namespace

class TestTimeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsMilliseconds_data();
    void splitsMilliseconds();
    void splitsDateTimes_data();
    void splitsDateTimes();
    void invalidDateTimesGiveNothing();
    void defaultCapIs31Days();
    void offsetsDoNotMatter();
    void coversAnyRangeExactly();
    void survivesTheEndsOfTheRange();
    void splitsAPassForTheWindowsInFlight();
};

void TestTimeWindow::splitsMilliseconds_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("empty") << qint64(5) << qint64(5) << qint64(10) << QList<qint64>{};
    QTest::newRow("inverted") << qint64(10) << qint64(5) << qint64(10) << QList<qint64>{};
    QTest::newRow("zero cap") << qint64(0) << qint64(5) << qint64(0) << QList<qint64>{};
    QTest::newRow("negative cap") << qint64(0) << qint64(5) << qint64(-1) << QList<qint64>{};
    QTest::newRow("shorter than cap") << qint64(0) << qint64(3) << qint64(10) << QList<qint64>{0, 3};
    QTest::newRow("exactly cap") << qint64(0) << qint64(10) << qint64(10) << QList<qint64>{0, 10};
    QTest::newRow("cap plus 1 ms") << qint64(0) << qint64(11) << qint64(10) << QList<qint64>{0, 10, 11};
    QTest::newRow("exact multiple") << qint64(100) << qint64(130) << qint64(10) << QList<qint64>{100, 110, 120, 130};
    QTest::newRow("1 ms windows") << qint64(0) << qint64(3) << qint64(1) << QList<qint64>{0, 1, 2, 3};
    QTest::newRow("before the epoch") << qint64(-25) << qint64(5) << qint64(10) << QList<qint64>{-25, -15, -5, 5};
}

void TestTimeWindow::splitsMilliseconds()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, capMs);
    QFETCH(QList<qint64>, expected);

    QCOMPARE(boundaries(splitWindow(from, to, std::chrono::milliseconds(capMs))), expected);
}

void TestTimeWindow::splitsDateTimes_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("capDays");
    QTest::addColumn<QList<qint64>>("expected");

    const qint64 jan1 = utcMs(2024, 1, 1);
    QTest::newRow("31 days exactly") << jan1 << utcMs(2024, 2, 1) << 31 << QList<qint64>{jan1, utcMs(2024, 2, 1)};
    QTest::newRow("31 days and 1 ms") << jan1 << utcMs(2024, 2, 1) + 1 << 31
                                      << QList<qint64>{jan1, utcMs(2024, 2, 1), utcMs(2024, 2, 1) + 1};
    QTest::newRow("a quarter") << jan1 << utcMs(2024, 3, 31) << 31
                               << QList<qint64>{jan1, utcMs(2024, 2, 1), utcMs(2024, 3, 3), utcMs(2024, 3, 31)};
    QTest::newRow("milliseconds kept") << utcMs(2024, 1, 1, 0, 0, 0, 123) << utcMs(2024, 3, 15, 8, 30, 0, 456) << 31
                                       << QList<qint64>{
                                              utcMs(2024, 1, 1, 0, 0, 0, 123), utcMs(2024, 2, 1, 0, 0, 0, 123),
                                              utcMs(2024, 3, 3, 0, 0, 0, 123), utcMs(2024, 3, 15, 8, 30, 0, 456)};
    QTest::newRow("daily across a leap day")
        << utcMs(2024, 2, 28, 12) << utcMs(2024, 3, 2) << 1
        << QList<qint64>{utcMs(2024, 2, 28, 12), utcMs(2024, 2, 29, 12), utcMs(2024, 3, 1, 12), utcMs(2024, 3, 2)};
    QTest::newRow("across a year end") << utcMs(2023, 12, 20) << utcMs(2024, 1, 25) << 31
                                       << QList<qint64>{utcMs(2023, 12, 20), utcMs(2024, 1, 20), utcMs(2024, 1, 25)};
    QTest::newRow("empty") << jan1 << jan1 << 31 << QList<qint64>{};
    QTest::newRow("inverted") << utcMs(2024, 2, 1) << jan1 << 31 << QList<qint64>{};
    QTest::newRow("zero cap") << jan1 << utcMs(2024, 2, 1) << 0 << QList<qint64>{};
}

void TestTimeWindow::splitsDateTimes()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, capDays);
    QFETCH(QList<qint64>, expected);

    const QList<TimeWindow> windows =
        splitWindow(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC),
                    std::chrono::days(capDays));
    QCOMPARE(boundaries(windows), expected);
    if (!windows.isEmpty()) {
        QCOMPARE(windows.first().from(), QDateTime::fromMSecsSinceEpoch(from, Qt::UTC));
        QCOMPARE(windows.last().to(), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    }
}

void TestTimeWindow::invalidDateTimesGiveNothing()
{
    const QDateTime valid = QDateTime::fromMSecsSinceEpoch(utcMs(2024, 1, 1), Qt::UTC);
    QVERIFY(splitWindow(QDateTime(), valid, std::chrono::days(31)).isEmpty());
    QVERIFY(splitWindow(valid.addDays(-40), QDateTime(), std::chrono::days(31)).isEmpty());
}

void TestTimeWindow::defaultCapIs31Days()
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(utcMs(2024, 1, 1), Qt::UTC);
    const QList<TimeWindow> windows = splitWindow(from, from.addDays(365));
    QCOMPARE(windows.size(), 12); // 11 full windows of 31 days and one of 24
    QCOMPARE(windows.first().duration(), std::chrono::milliseconds(31 * kDayMs));
    QCOMPARE(windows.last().duration(), std::chrono::milliseconds(24 * kDayMs));
}

void TestTimeWindow::offsetsDoNotMatter()
{
    // The same instants written in Beijing time and in UTC split the same way.
    const QDateTime beijingFrom(QDate(2024, 1, 1), QTime(8, 0), QTimeZone(8 * 3600));
    const QDateTime beijingTo(QDate(2024, 3, 1), QTime(8, 0), QTimeZone(8 * 3600));
    const QDateTime utcFrom = QDateTime::fromMSecsSinceEpoch(utcMs(2024, 1, 1), Qt::UTC);
    const QDateTime utcTo = QDateTime::fromMSecsSinceEpoch(utcMs(2024, 3, 1), Qt::UTC);
    const QList<TimeWindow> windows = splitWindow(beijingFrom, beijingTo, std::chrono::days(31));
    QCOMPARE(windows, splitWindow(utcFrom, utcTo, std::chrono::days(31)));
    QCOMPARE(windows.first().fromMs, utcMs(2024, 1, 1));
}

void TestTimeWindow::coversAnyRangeExactly()
{
    QRandomGenerator random(20240601); // fixed seed: a failure can be replayed
    for (int round = 0; round < 2000; ++round) {
        const qint64 from = qint64(random.bounded(4'000'000'000.0) * 1000) - 1'000'000'000'000;
        const qint64 to = from + qint64(random.bounded(400.0 * kDayMs));
        const qint64 capMs = 1 + qint64(random.bounded(40.0 * kDayMs));
        const QList<TimeWindow> windows = splitWindow(from, to, std::chrono::milliseconds(capMs));

        QVERIFY(!windows.isEmpty() || from == to);
        if (windows.isEmpty())
            continue;
        QCOMPARE(windows.first().fromMs, from);
        QCOMPARE(windows.last().toMs, to);
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const TimeWindow& w = windows.at(i);
            QVERIFY(w.fromMs < w.toMs);
            QVERIFY(w.toMs - w.fromMs <= capMs);
            if (i + 1 < windows.size()) {
                QCOMPARE(w.toMs - w.fromMs, capMs); // only the last window is short
                QCOMPARE(windows.at(i + 1).fromMs, w.toMs);
            }
        }
    }
}

void TestTimeWindow::survivesTheEndsOfTheRange()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QCOMPARE(boundaries(splitWindow(max - 10, max, 4ms)), (QList<qint64>{max - 10, max - 6, max - 2, max}));
    QCOMPARE(boundaries(splitWindow(min, min + 5, 4ms)), (QList<qint64>{min, min + 4, min + 5}));
    QCOMPARE(boundaries(splitWindow(-10, max, std::chrono::milliseconds(max))), (QList<qint64>{-10, max - 10, max}));
}

// A pass of 200 days with four windows in flight: the platform's 31-day cap wins; a day: four 6-hour windows; two
// hours: not below an hour, so two.
void TestTimeWindow::splitsAPassForTheWindowsInFlight()
{
    constexpr qint64 hour = 60LL * 60 * 1000;
    const auto cap = std::chrono::milliseconds(31 * 24 * hour);
    const QList<TimeWindow> long_ = splitPass(0, 200 * 24 * hour, 4, cap);
    QCOMPARE(long_.size(), 7);
    QCOMPARE(long_.first().toMs, 31 * 24 * hour);
    QCOMPARE(long_.last().toMs, 200 * 24 * hour);
    QCOMPARE(splitPass(0, 24 * hour, 4, cap).size(), 4);
    QCOMPARE(splitPass(0, 24 * hour, 4, cap).at(1).fromMs, 6 * hour);
    QCOMPARE(splitPass(0, 2 * hour, 4, cap).size(), 2);
    QCOMPARE(splitPass(0, 2 * hour, 0, cap).size(), 1);
}

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
