// StatsRepository over a real encrypted cache: days are China local dates exactly as the platform's mailDaily counts
// them (midnight at 16:00 UTC, rows outside the period left out), every figure equals a count made row by row over
// the same rows, and the provinces rank the way the page shows them.

#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "store/StatsRepository.h"

#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kHour = 60LL * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;
// 2026-09-01T00:00:00+08:00, i.e. 2026-08-31T16:00:00Z.
constexpr qint64 kSeptemberFirst = 1788192000000;

const QStringList kProvinces{QStringLiteral("广东省"), QStringLiteral("北京市"), QStringLiteral("新疆维吾尔自治区"),
                             QStringLiteral("湖南省"), QString()};

StatsPeriod september(int firstDay, int lastDay)
{
    return StatsPeriod{QDate(2026, 9, firstDay), QDate(2026, 9, lastDay)};
}

// The China date of an instant, worked out independently of StatsPeriod: shift to UTC+8 and read the UTC date.
QDate chinaDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + 8 * kHour, Qt::UTC).date();
}

} // namespace

class TestStatsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void periodArithmeticUsesChinaMidnight();
    void periodSplitsIntoPlatformSizedParts();
    void mailDaysMatchARowByRowCount();
    void mailDaysStartAtLocalMidnight();
    void readWithinCountsWholeDaysAfterDelivery();
    void loginDaysSplitNormalAndAbnormal();
    void topProvincesRankByLoginsThenName();
    void emptyOrInvalidPeriodsGiveNoRows();

private:
    void insertMails(const std::vector<MailRecord>& rows);
    void insertLogins(const std::vector<LoginRecord>& rows);
    // Three weeks of mail and logins around September 2026 at irregular times, some on either side of midnight.
    void fillRandomHistory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Db> m_db;
    std::vector<MailRecord> m_mails;
    std::vector<LoginRecord> m_logins;
};

void TestStatsRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Db::open(m_dir->filePath(QStringLiteral("cache.sqlite")), Db::generateKey());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    m_db = std::make_unique<Db>(std::move(*db));
    auto migrated = schema::migrate(*m_db);
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().detail));
}

void TestStatsRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_mails.clear();
    m_logins.clear();
}

void TestStatsRepository::insertMails(const std::vector<MailRecord>& rows)
{
    LogRepository repository(*m_db);
    auto inserted = repository.upsertMails(rows);
    QVERIFY(inserted);
    QCOMPARE(*inserted, qint64(rows.size()));
    m_mails.insert(m_mails.end(), rows.begin(), rows.end());
}

void TestStatsRepository::insertLogins(const std::vector<LoginRecord>& rows)
{
    LogRepository repository(*m_db);
    auto inserted = repository.insertLogins(rows);
    QVERIFY(inserted);
    QCOMPARE(*inserted, qint64(rows.size()));
    m_logins.insert(m_logins.end(), rows.begin(), rows.end());
}

void TestStatsRepository::fillRandomHistory()
{
    QRandomGenerator random(20260901);
    const qint64 from = kSeptemberFirst - 3 * kDay;
    std::vector<MailRecord> mails;
    std::vector<LoginRecord> logins;
    qint64 time = from;
    for (int i = 0; i < 3000; ++i) {
        time += qint64(random.bounded(15 * 60 * 1000)); // ids grow with time, as on the platform
        MailRecord mail;
        mail.id = 10000 + i;
        mail.time = time;
        mail.direction = random.bounded(12) == 0 ? MailDirection::Out : MailDirection::In;
        mail.messageId = QStringLiteral("m%1@court.test").arg(i);
        mail.subject = QStringLiteral("关于(2026)粤0104民初%1号案件的开庭传票").arg(i);
        mail.sender = QStringLiteral("clerk@court.test");
        mail.recipient = QStringLiteral("r%1@court.test").arg(i % 50);
        const int kind = random.bounded(20);
        if (mail.direction == MailDirection::Out) {
            mail.status = kind == 0 ? MailStatus::Failed : MailStatus::Delivered;
        } else {
            mail.status = kind == 0   ? MailStatus::Spam
                          : kind == 1 ? MailStatus::Intercepted
                          : kind == 2 ? MailStatus::Deferred
                                      : MailStatus::Received;
        }
        if (mail.status == MailStatus::Received && random.bounded(4) != 0) {
            // Read from minutes to twelve days later.
            mail.readAt = time + qint64(random.bounded(12 * 24 * 60)) * 60 * 1000;
            mail.readClient = ReadClient::Webmail;
        }
        mail.updatedAt = mail.readAt.value_or(mail.time);
        mails.push_back(mail);

        LoginRecord login;
        login.id = 50000 + i;
        login.time = time + 1000;
        login.accountName = QStringLiteral("r%1").arg(i % 50);
        login.ip = QStringLiteral("58.248.12.%1").arg(i % 250);
        login.province = kProvinces.at(random.bounded(int(kProvinces.size())));
        login.city = QStringLiteral("某市");
        login.abnormal = random.bounded(25) == 0;
        logins.push_back(login);
    }
    insertMails(mails);
    insertLogins(logins);
}

void TestStatsRepository::periodArithmeticUsesChinaMidnight()
{
    const StatsPeriod period = september(1, 3);
    QCOMPARE(period.startMs(), kSeptemberFirst);
    QCOMPARE(period.endMs(), kSeptemberFirst + 3 * kDay);
    QCOMPARE(period.dayCount(), qint64(3));
    QCOMPARE(period.dates(), (QList<QDate>{QDate(2026, 9, 1), QDate(2026, 9, 2), QDate(2026, 9, 3)}));
    QCOMPARE(period.dateOf(kSeptemberFirst), QDate(2026, 9, 1));
    QCOMPARE(period.dateOf(kSeptemberFirst - 1), QDate(2026, 8, 31));
    QCOMPARE(period.dateOf(kSeptemberFirst + kDay - 1), QDate(2026, 9, 1));
    // Another offset moves midnight with it (UTC here).
    const StatsPeriod utc{QDate(2026, 9, 1), QDate(2026, 9, 1), 0};
    QCOMPARE(utc.startMs(), kSeptemberFirst + 8 * kHour);
    QCOMPARE(utc.dateOf(kSeptemberFirst), QDate(2026, 8, 31));
    // Before 1970 locally, the date is still the floor.
    QCOMPARE(utc.dateOf(-1), QDate(1969, 12, 31));
}

void TestStatsRepository::periodSplitsIntoPlatformSizedParts()
{
    const StatsPeriod longPeriod{QDate(2026, 6, 1), QDate(2026, 8, 9)}; // 70 days
    const QList<StatsPeriod> parts = longPeriod.split(31);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).first, QDate(2026, 6, 1));
    QCOMPARE(parts.at(0).last, QDate(2026, 7, 1));
    QCOMPARE(parts.at(1).first, QDate(2026, 7, 2));
    QCOMPARE(parts.at(2).last, QDate(2026, 8, 9));
    qint64 days = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        days += parts.at(i).dayCount();
        QVERIFY(parts.at(i).endMs() - parts.at(i).startMs() <= 31 * kDay);
        if (i > 0) {
            QCOMPARE(parts.at(i).startMs(), parts.at(i - 1).endMs()); // no gap, no overlap
        }
    }
    QCOMPARE(days, longPeriod.dayCount());
    QCOMPARE(september(1, 30).split(31).size(), 1);
    QVERIFY(StatsPeriod{}.split(31).isEmpty());
}

void TestStatsRepository::mailDaysMatchARowByRowCount()
{
    fillRandomHistory();
    const StatsPeriod period = september(1, 10);
    auto days = StatsRepository(*m_db).mailDays(period);
    QVERIFY(days);
    QCOMPARE(days->size(), 10);

    QMap<QDate, MailDayCounts> expected;
    for (const MailRecord& mail : m_mails) {
        if (mail.direction != MailDirection::In || mail.time < period.startMs() || mail.time >= period.endMs()) {
            continue;
        }
        MailDayCounts& day = expected[chinaDate(mail.time)];
        ++day.sent;
        if (mail.status == MailStatus::Received) {
            ++day.delivered;
        } else {
            ++day.notDelivered;
        }
        if (mail.readAt) {
            ++day.read;
            for (std::size_t i = 0; i < MailDayCounts::kReadWithinDays.size(); ++i) {
                if (*mail.readAt - mail.time <= MailDayCounts::kReadWithinDays.at(i) * kDay) {
                    ++day.readWithin.at(i);
                }
            }
        }
    }
    qint64 sent = 0;
    for (const MailDayCounts& day : std::as_const(*days)) {
        MailDayCounts want = expected.value(day.date);
        want.date = day.date;
        QCOMPARE(day, want);
        QVERIFY(day.sent > 0);
        QVERIFY(day.readWithin.at(0) <= day.readWithin.at(1) && day.readWithin.at(1) <= day.readWithin.at(2));
        QVERIFY(day.readWithin.at(2) <= day.read);
        sent += day.sent;
    }
    QCOMPARE(days->constFirst().date, period.first);
    QCOMPARE(days->constLast().date, period.last);

    // The same rows the log views count.
    MailLogFilter incoming;
    incoming.direction = MailDirection::In;
    auto counted = LogRepository(*m_db).countMails(incoming, {period.startMs(), period.endMs()});
    QVERIFY(counted);
    QCOMPARE(sent, *counted);
}

void TestStatsRepository::mailDaysStartAtLocalMidnight()
{
    // Documents on either side of China midnight at the start, in the middle and at the end of a two-day period:
    // those just outside it are not counted, and each date gets exactly the two inside its own 24 hours.
    std::vector<MailRecord> rows;
    const qint64 times[] = {kSeptemberFirst - 1,
                            kSeptemberFirst,
                            kSeptemberFirst + kDay - 1,
                            kSeptemberFirst + kDay,
                            kSeptemberFirst + 2 * kDay - 1,
                            kSeptemberFirst + 2 * kDay};
    for (int i = 0; i < 6; ++i) {
        MailRecord mail;
        mail.id = i + 1;
        mail.time = times[i];
        mail.updatedAt = mail.time;
        mail.messageId = QStringLiteral("e%1@court.test").arg(i);
        mail.subject = QStringLiteral("edge");
        mail.sender = QStringLiteral("clerk@court.test");
        mail.recipient = QStringLiteral("r@court.test");
        rows.push_back(mail);
    }
    insertMails(rows);
    auto days = StatsRepository(*m_db).mailDays(september(1, 2));
    QVERIFY(days);
    QCOMPARE(days->size(), 2);
    QCOMPARE(days->at(0).sent, qint64(2)); // 00:00:00.000 and 23:59:59.999 of 1 September
    QCOMPARE(days->at(1).sent, qint64(2));
    QCOMPARE(days->at(0).delivered, qint64(2));
    QCOMPARE(days->at(0).notDelivered, qint64(0));

    // In UTC the same rows fall on other dates.
    auto utc = StatsRepository(*m_db).mailDays(StatsPeriod{QDate(2026, 8, 31), QDate(2026, 9, 2), 0});
    QVERIFY(utc);
    QCOMPARE(utc->size(), 3);
    for (const MailDayCounts& day : std::as_const(*utc)) {
        QCOMPARE(day.sent, qint64(2)); // 15:59:59.999 and 16:00 UTC of each date
    }
}

void TestStatsRepository::readWithinCountsWholeDaysAfterDelivery()
{
    // Read exactly 1, 3 and 7 days after delivery (counts), and a millisecond later (does not).
    const qint64 delays[] = {kDay, kDay + 1, 3 * kDay, 3 * kDay + 1, 7 * kDay, 7 * kDay + 1};
    std::vector<MailRecord> rows;
    for (int i = 0; i < 6; ++i) {
        MailRecord mail;
        mail.id = 100 + i;
        mail.time = kSeptemberFirst + i;
        mail.readAt = mail.time + delays[i];
        mail.readClient = ReadClient::Wechat;
        mail.updatedAt = *mail.readAt;
        mail.messageId = QStringLiteral("r%1@court.test").arg(i);
        mail.subject = QStringLiteral("read");
        mail.sender = QStringLiteral("clerk@court.test");
        mail.recipient = QStringLiteral("r@court.test");
        rows.push_back(mail);
    }
    insertMails(rows);
    auto days = StatsRepository(*m_db).mailDays(september(1, 1));
    QVERIFY(days);
    QCOMPARE(days->size(), 1);
    const MailDayCounts& day = days->constFirst();
    QCOMPARE(day.read, qint64(6));
    QCOMPARE(day.readWithin.at(0), qint64(1));
    QCOMPARE(day.readWithin.at(1), qint64(3));
    QCOMPARE(day.readWithin.at(2), qint64(5));
}

void TestStatsRepository::loginDaysSplitNormalAndAbnormal()
{
    fillRandomHistory();
    const StatsPeriod period = september(2, 12);
    auto days = StatsRepository(*m_db).loginDays(period);
    QVERIFY(days);
    QCOMPARE(days->size(), 11);
    QMap<QDate, LoginDayCounts> expected;
    for (const LoginRecord& login : m_logins) {
        if (login.time >= period.startMs() && login.time < period.endMs()) {
            LoginDayCounts& day = expected[chinaDate(login.time)];
            ++(login.abnormal ? day.abnormal : day.normal);
        }
    }
    qint64 abnormal = 0;
    for (const LoginDayCounts& day : std::as_const(*days)) {
        LoginDayCounts want = expected.value(day.date);
        want.date = day.date;
        QCOMPARE(day, want);
        abnormal += day.abnormal;
    }
    LoginLogFilter flagged;
    flagged.abnormal = true;
    auto counted = LogRepository(*m_db).countLogins(flagged, {period.startMs(), period.endMs()});
    QVERIFY(counted);
    QCOMPARE(abnormal, *counted);
    QVERIFY(abnormal > 0);
}

void TestStatsRepository::topProvincesRankByLoginsThenName()
{
    fillRandomHistory();
    const StatsPeriod period = september(1, 10);
    QMap<QString, qint64> expected;
    for (const LoginRecord& login : m_logins) {
        if (login.time >= period.startMs() && login.time < period.endMs() && !login.province.isEmpty()) {
            ++expected[login.province];
        }
    }
    auto all = StatsRepository(*m_db).topProvinces(period, 10);
    QVERIFY(all);
    QCOMPARE(all->size(), expected.size()); // the unplaced logins are not a "province"
    for (qsizetype i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).logins, expected.value(all->at(i).province));
        if (i > 0) {
            const ProvinceCount& before = all->at(i - 1);
            QVERIFY(before.logins > all->at(i).logins ||
                    (before.logins == all->at(i).logins && before.province < all->at(i).province));
        }
    }
    auto top2 = StatsRepository(*m_db).topProvinces(period, 2);
    QVERIFY(top2);
    QCOMPARE(*top2, all->mid(0, 2));

    // A tie is broken by name, so the ranking is the same every time.
    std::vector<LoginRecord> tie;
    for (int i = 0; i < 2; ++i) {
        LoginRecord login;
        login.id = 900000 + i;
        login.time = kSeptemberFirst + 20 * kDay + i;
        login.accountName = QStringLiteral("t");
        login.ip = QStringLiteral("1.2.3.4");
        login.province = i == 0 ? QStringLiteral("乙省") : QStringLiteral("甲省");
        tie.push_back(login);
    }
    insertLogins(tie);
    auto tied = StatsRepository(*m_db).topProvinces(september(21, 21), 5);
    QVERIFY(tied);
    QCOMPARE(tied->size(), 2);
    QCOMPARE(tied->at(0).province, std::min(tie[0].province, tie[1].province));
}

void TestStatsRepository::emptyOrInvalidPeriodsGiveNoRows()
{
    fillRandomHistory();
    StatsRepository repository(*m_db);
    const StatsPeriod backwards{QDate(2026, 9, 5), QDate(2026, 9, 1)};
    QVERIFY(repository.mailDays(backwards)->isEmpty());
    QVERIFY(repository.loginDays(StatsPeriod{})->isEmpty());
    QVERIFY(repository.topProvinces(september(1, 3), 0)->isEmpty());
    // A period the cache holds nothing of: every date, all zeros.
    auto quiet = repository.mailDays(StatsPeriod{QDate(2025, 1, 1), QDate(2025, 1, 3)});
    QVERIFY(quiet);
    QCOMPARE(quiet->size(), 3);
    for (const MailDayCounts& day : std::as_const(*quiet)) {
        QCOMPARE(day.sent, qint64(0));
    }
}

QTEST_GUILESS_MAIN(TestStatsRepository)
#include "tst_statsrepository.moc"
