#include "export/LocalTime.h"
#include "export/LogTexts.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace dm;

// LocalTime writes exactly what QDateTime writes, in zones with daylight saving (whole and half hours), with
// quarter-hour offsets and without, across their changes of offset.
class TestLocalTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();
    void textsMatchQDateTime_data();
    void textsMatchQDateTime();
    void logTextsUseIt();
};

void TestLocalTime::cleanupTestCase()
{
    qunsetenv("TZ");
    tzset();
}

void TestLocalTime::textsMatchQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("offsets"); // how many different UTC offsets the zone has in that year
    // A different year per zone: the per-thread cache never holds a quarter of hour of another zone's test.
    QTest::newRow("China") << QByteArray("Asia/Shanghai") << 2026 << 1;
    QTest::newRow("New York") << QByteArray("America/New_York") << 2025 << 2;
    QTest::newRow("Lord Howe, half-hour daylight saving") << QByteArray("Australia/Lord_Howe") << 2024 << 2;
    QTest::newRow("Kathmandu, +05:45") << QByteArray("Asia/Kathmandu") << 2023 << 1;
    QTest::newRow("London") << QByteArray("Europe/London") << 2022 << 2;
    QTest::newRow("UTC") << QByteArray("UTC") << 2021 << 1;
    QTest::newRow("Samoa, a skipped day") << QByteArray("Pacific/Apia") << 2011 << 3;
}

void TestLocalTime::textsMatchQDateTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, year);
    QFETCH(int, offsets);
    qputenv("TZ", zone);
    tzset();
    const qint64 start = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kStep = 17 * 60 * 1000 + 7 * 1000 + 3; // not a divisor of anything, so every minute comes up
    int compared = 0;
    QSet<qint64> seen;
    for (qint64 ms = start; ms < end; ms += kStep) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        const QString expected = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (LocalTime::dateTimeText(ms) != expected) {
            QFAIL(
                qPrintable(QStringLiteral("%1: %2 instead of %3").arg(ms).arg(LocalTime::dateTimeText(ms), expected)));
        }
        QCOMPARE(LocalTime::offsetMs(ms), qint64(local.offsetFromUtc()) * 1000);
        seen.insert(LocalTime::offsetMs(ms));
        ++compared;
    }
    QVERIFY(compared > 30000);
    QCOMPARE(seen.size(), offsets); // the zone was really in force
    QCOMPARE(LocalTime::dateText(start + 1), QDateTime::fromMSecsSinceEpoch(start + 1).toString(u"yyyy-MM-dd"));
    QCOMPARE(LocalTime::timeText(start + 1), QDateTime::fromMSecsSinceEpoch(start + 1).toString(u"HH:mm:ss"));
}

void TestLocalTime::logTextsUseIt()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    const qint64 ms = QDateTime(QDate(2019, 10, 1), QTime(8, 0, 5), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch();
    QCOMPARE(LogTexts::time(ms), QStringLiteral("2019-10-01 08:00:05"));
    QCOMPARE(LogTexts::date(ms), QStringLiteral("2019-10-01"));
    QCOMPARE(LogTexts::timeOfDay(ms), QStringLiteral("08:00:05"));
    QCOMPARE(LogTexts::time(0), QString());
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
