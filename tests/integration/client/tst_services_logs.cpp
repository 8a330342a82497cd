#include "ServiceTestSupport.h"
#include "api/AccountService.h"
#include "api/LogService.h"
#include "api/StatsService.h"

#include <QDateTime>
#include <QSet>

using namespace dm;
using namespace servicetest;

// LogService and StatsService against the real sandbox's seeded history: paging a window returns exactly the rows
// logCounts reports, in order, none twice; filters hold for every row; windows are checked before sending; the
// statistics add up to the logs.
class TestServicesLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operationsPageExactlyTheCountedRows();
    void loginFiltersHoldForEveryRow();
    void mailsByUpdatedAtComeInThatOrder();
    void windowsAreCheckedBeforeSending();
    void platformRefusals();
    void funnelCountsTheAccounts();
    void mailDailyAddsUpToTheMailLog();

private:
    // Pages one query to its end with `query(page, done)`; fails the test on any error.
    template <typename Record, typename Query>
    QList<Record> pageAll(Query query, int pageSize, int* pages);
    qint64 count(const LogWindow& window, const auto& filter);

    ServiceFixture m_fixture;
    std::unique_ptr<LogService> m_logs;
    std::unique_ptr<StatsService> m_stats;
    const LogWindow m_month{kEpoch - 31 * kDay, kEpoch};
};

void TestServicesLogs::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_logs = std::make_unique<LogService>(m_fixture.client());
    m_stats = std::make_unique<StatsService>(m_fixture.client());
}

template <typename Record, typename Query>
QList<Record> TestServicesLogs::pageAll(Query query, int pageSize, int* pages)
{
    QList<Record> rows;
    PageRequest page{pageSize, {}};
    *pages = 0;
    for (;;) {
        const auto found = wait<KeysetPage<Record>>([&](auto done) { query(page, done); });
        if (!found) {
            qWarning() << describe(found.error());
            return {};
        }
        ++*pages;
        if (found->items.size() > pageSize) {
            qWarning() << "a page larger than asked for";
            return {};
        }
        rows += found->items;
        if (!found->nextCursor) {
            return rows;
        }
        page.cursor = *found->nextCursor;
    }
}

qint64 TestServicesLogs::count(const LogWindow& window, const auto& filter)
{
    const auto counted = wait<qint64>([&](auto done) { m_stats->logCounts(window, filter, nullptr, done); });
    if (!counted) {
        qWarning() << describe(counted.error());
        return -1;
    }
    return *counted;
}

void TestServicesLogs::operationsPageExactlyTheCountedRows()
{
    const OperationFilter all;
    int pages = 0;
    const auto rows = pageAll<OperationRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryOperations(m_month, all, page, nullptr, done); }, 50,
        &pages);
    const qint64 expected = count(m_month, all);
    QVERIFY(expected > 50);
    QCOMPARE(rows.size(), expected);
    QVERIFY(pages > 1);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const OperationRecord& row = rows.at(i);
        QVERIFY(row.time >= m_month.startTime && row.time < m_month.endTime);
        QVERIFY(!row.operatorAddress.isEmpty() && !row.action.isEmpty() && !row.target.isEmpty());
        if (i > 0) {
            const OperationRecord& previous = rows.at(i - 1);
            QVERIFY(previous.time < row.time || (previous.time == row.time && previous.id < row.id));
        }
        ids.insert(row.id);
    }
    QCOMPARE(ids.size(), rows.size()); // no duplicates

    OperationFilter created;
    created.action = QStringLiteral("createAccount");
    created.result = LogResult::Failure;
    const auto refused = pageAll<OperationRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryOperations(m_month, created, page, nullptr, done); },
        1000, &pages);
    QCOMPARE(refused.size(), count(m_month, created));
    for (const OperationRecord& row : refused) {
        QCOMPARE(row.action, QStringLiteral("createAccount"));
        QVERIFY(row.result == LogResult::Failure);
        QVERIFY(row.remark.endsWith(QStringLiteral(",原因:ACCOUNT.EXIST")));
    }
}

void TestServicesLogs::loginFiltersHoldForEveryRow()
{
    LoginFilter wechat;
    wechat.method = LoginMethod::Wechat;
    wechat.result = LogResult::Success;
    int pages = 0;
    const auto rows = pageAll<LoginRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryLogins(m_month, wechat, page, nullptr, done); }, 50,
        &pages);
    const qint64 expected = count(m_month, wechat);
    QVERIFY(expected > 50);
    QCOMPARE(rows.size(), expected);
    QSet<qint64> ids;
    for (const LoginRecord& row : rows) {
        QVERIFY(row.method == LoginMethod::Wechat);
        QVERIFY(row.result == LogResult::Success);
        QVERIFY(!row.accountName.isEmpty() && !row.ip.isEmpty());
        ids.insert(row.id);
    }
    QCOMPARE(ids.size(), rows.size());

    LoginFilter abnormal;
    abnormal.abnormal = true;
    const auto flagged = pageAll<LoginRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryLogins(m_month, abnormal, page, nullptr, done); }, 1000,
        &pages);
    QCOMPARE(flagged.size(), count(m_month, abnormal));
    for (const LoginRecord& row : flagged) {
        QVERIFY(row.abnormal);
    }
    LoginFilter office;
    office.accountName = QStringLiteral("ADMIN"); // exact, case-insensitive
    const auto admin = pageAll<LoginRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryLogins(m_month, office, page, nullptr, done); }, 1000,
        &pages);
    QVERIFY(!admin.isEmpty());
    QCOMPARE(admin.size(), count(m_month, office));
    office.ipPrefix = admin.constFirst().ip.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.');
    const auto network = pageAll<LoginRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryLogins(m_month, office, page, nullptr, done); }, 1000,
        &pages);
    QVERIFY(!network.isEmpty() && network.size() <= admin.size());
    QCOMPARE(network.size(), count(m_month, office));
    for (const LoginRecord& row : network) {
        QCOMPARE(row.accountName, QStringLiteral("admin"));
        QVERIFY(row.ip.startsWith(office.ipPrefix));
    }
}

void TestServicesLogs::mailsByUpdatedAtComeInThatOrder()
{
    MailFilter read;
    read.direction = MailDirection::In;
    read.read = true;
    read.orderBy = MailOrder::UpdatedAt;
    int pages = 0;
    const auto rows = pageAll<MailRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryMails(m_month, read, page, nullptr, done); }, 50,
        &pages);
    const qint64 expected = count(m_month, read);
    QVERIFY(expected > 50);
    QCOMPARE(rows.size(), expected);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MailRecord& row = rows.at(i);
        QVERIFY(row.direction == MailDirection::In);
        QVERIFY(row.status == MailStatus::Received); // only received documents are read
        QVERIFY(row.readAt.has_value() && row.readClient.has_value());
        QVERIFY(row.updatedAt >= std::max(row.time, *row.readAt));
        QVERIFY(row.updatedAt >= m_month.startTime && row.updatedAt < m_month.endTime);
        if (i > 0) {
            const MailRecord& previous = rows.at(i - 1);
            QVERIFY(previous.updatedAt < row.updatedAt ||
                    (previous.updatedAt == row.updatedAt && previous.id < row.id));
        }
        ids.insert(row.id);
    }
    QCOMPARE(ids.size(), rows.size());

    MailFilter judgments;
    judgments.subject = QStringLiteral("判决书");
    const auto found = pageAll<MailRecord>(
        [&](const PageRequest& page, auto done) { m_logs->queryMails(m_month, judgments, page, nullptr, done); }, 1000,
        &pages);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.size(), count(m_month, judgments));
    for (const MailRecord& row : found) {
        QVERIFY(row.subject.contains(QStringLiteral("判决书")));
        QVERIFY(row.readAt.has_value() == row.readClient.has_value());
    }
}

void TestServicesLogs::windowsAreCheckedBeforeSending()
{
    struct Case
    {
        LogWindow window;
        const char* message;
        const char* field;
    };
    const Case cases[] = {
        {{kEpoch - kMaxLogWindowMs - 1, kEpoch}, "PARAM.INVALID:endTime:window", "endTime"},
        {{kEpoch, kEpoch}, "PARAM.INVALID:endTime:range", "endTime"},
        {{kEpoch, kEpoch - kDay}, "PARAM.INVALID:endTime:range", "endTime"},
        {{-1, kEpoch}, "PARAM.INVALID:startTime:range", "startTime"},
    };
    for (const Case& c : cases) {
        const auto checkError = [&c](const ApiError& error) {
            QCOMPARE(error.kind, ApiError::Kind::Validation);
            QCOMPARE(error.platformMessage, QLatin1String(c.message));
            QCOMPARE(error.field, QLatin1String(c.field));
            QCOMPARE(error.platformCode, 0); // the client's own refusal: nothing reached the platform
        };
        const auto operations = wait<KeysetPage<OperationRecord>>(
            [&](auto done) { m_logs->queryOperations(c.window, {}, {}, nullptr, done); });
        QVERIFY(!operations);
        checkError(operations.error());
        const auto logins =
            wait<KeysetPage<LoginRecord>>([&](auto done) { m_logs->queryLogins(c.window, {}, {}, nullptr, done); });
        QVERIFY(!logins);
        checkError(logins.error());
        const auto mails =
            wait<KeysetPage<MailRecord>>([&](auto done) { m_logs->queryMails(c.window, {}, {}, nullptr, done); });
        QVERIFY(!mails);
        checkError(mails.error());
        const auto counted =
            wait<qint64>([&](auto done) { m_stats->logCounts(c.window, MailFilter{}, nullptr, done); });
        QVERIFY(!counted);
        checkError(counted.error());
        const auto daily = wait<QList<MailDay>>(
            [&](auto done) { m_stats->mailDaily(c.window, StatsService::kChinaOffsetMinutes, nullptr, done); });
        QVERIFY(!daily);
        checkError(daily.error());
    }
    // Exactly 31 days is allowed.
    const auto longest = wait<KeysetPage<OperationRecord>>([&](auto done) {
        m_logs->queryOperations(m_month, {}, {1, {}}, nullptr, done);
    });
    SERVICE_VERIFY(longest);
}

void TestServicesLogs::platformRefusals()
{
    const auto cursor = wait<KeysetPage<OperationRecord>>([&](auto done) {
        m_logs->queryOperations(m_month, {}, {10, QStringLiteral("bm90LWEtY3Vyc29y")}, nullptr, done);
    });
    SERVICE_FAILS(cursor, ApiError::Kind::Validation, "PARAM.INVALID:cursor:format");
    QCOMPARE(cursor.error().field, QStringLiteral("cursor"));
    const auto size = wait<KeysetPage<MailRecord>>([&](auto done) {
        m_logs->queryMails(m_month, {}, {0, {}}, nullptr, done);
    });
    SERVICE_FAILS(size, ApiError::Kind::Validation, "PARAM.INVALID:pageSize:range");
    LoginFilter badPrefix;
    badPrefix.ipPrefix = QStringLiteral("58.x");
    const auto prefix =
        wait<KeysetPage<LoginRecord>>([&](auto done) { m_logs->queryLogins(m_month, badPrefix, {}, nullptr, done); });
    SERVICE_FAILS(prefix, ApiError::Kind::Validation, "PARAM.INVALID:ipPrefix:format");
    const auto counted = wait<qint64>([&](auto done) { m_stats->logCounts(m_month, badPrefix, nullptr, done); });
    SERVICE_FAILS(counted, ApiError::Kind::Validation, "PARAM.INVALID:ipPrefix:format");
    // A cursor made for (time, id) does not fit the updatedAt order.
    const auto first = wait<KeysetPage<MailRecord>>([&](auto done) {
        m_logs->queryMails(m_month, {}, {5, {}}, nullptr, done);
    });
    SERVICE_VERIFY(first);
    QVERIFY(first->nextCursor.has_value());
    MailFilter byUpdate;
    byUpdate.orderBy = MailOrder::UpdatedAt;
    const auto mixed = wait<KeysetPage<MailRecord>>([&](auto done) {
        m_logs->queryMails(m_month, byUpdate, {5, *first->nextCursor}, nullptr, done);
    });
    SERVICE_FAILS(mixed, ApiError::Kind::Validation, "PARAM.INVALID:cursor:format");
}

void TestServicesLogs::funnelCountsTheAccounts()
{
    const auto all = wait<ActivationFunnel>([&](auto done) { m_stats->activationFunnel({}, nullptr, done); });
    SERVICE_VERIFY(all);
    QVERIFY(all->created >= all->smsSent && all->smsSent >= all->firstLogin && all->firstLogin >= all->activated);
    QVERIFY(all->activated > 0);
    // created counts every account that is not deleted: the same as the listing.
    AccountService accounts(m_fixture.client());
    qint64 notDeleted = 0;
    qint64 activated = 0;
    AccountFilter filter;
    filter.pageSize = 1000;
    QString cursor;
    do {
        const auto page = wait<KeysetPage<Account>>([&](auto done) { accounts.list(filter, cursor, nullptr, done); });
        SERVICE_VERIFY(page);
        for (const Account& account : page->items) {
            if (account.status != AccountStatus::Deleted) {
                ++notDeleted;
                activated += account.activation.state == ActivationState::Activated ? 1 : 0;
            }
        }
        cursor = page->nextCursor.value_or(QString());
    } while (!cursor.isEmpty());
    QCOMPARE(all->created, notDeleted);
    QCOMPARE(all->activated, activated);

    const auto root = wait<ActivationFunnel>([&](auto done) {
        m_stats->activationFunnel({QStringLiteral("root"), {}, {}}, nullptr, done);
    });
    SERVICE_VERIFY(root);
    QCOMPARE(root->created, all->created); // root and everything below it
    const auto recent = wait<ActivationFunnel>([&](auto done) {
        m_stats->activationFunnel({{}, kEpoch - 30 * kDay, kEpoch}, nullptr, done);
    });
    SERVICE_VERIFY(recent);
    QVERIFY(recent->created > 0 && recent->created < all->created);

    const auto unknown = wait<ActivationFunnel>([&](auto done) {
        m_stats->activationFunnel({QStringLiteral("u-999"), {}, {}}, nullptr, done);
    });
    SERVICE_FAILS(unknown, ApiError::Kind::NotFound, "UNIT.NOT.FOUND");
    const auto inverted = wait<ActivationFunnel>([&](auto done) {
        m_stats->activationFunnel({{}, kEpoch, kEpoch}, nullptr, done);
    });
    SERVICE_FAILS(inverted, ApiError::Kind::Validation, "PARAM.INVALID:createdTo:range");
    QCOMPARE(inverted.error().field, QStringLiteral("createdTo"));
}

void TestServicesLogs::mailDailyAddsUpToTheMailLog()
{
    // Seven China days, midnight to midnight.
    const qint64 chinaMidnight = kEpoch - 8 * 60 * 60 * 1000;
    const LogWindow week{chinaMidnight - 7 * kDay, chinaMidnight};
    const auto days = wait<QList<MailDay>>(
        [&](auto done) { m_stats->mailDaily(week, StatsService::kChinaOffsetMinutes, nullptr, done); });
    SERVICE_VERIFY(days);
    QCOMPARE(days->size(), 7);
    const QDate first = QDateTime::fromMSecsSinceEpoch(week.startTime, Qt::OffsetFromUTC, 8 * 3600).date();
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    for (qsizetype i = 0; i < days->size(); ++i) {
        const MailDay& day = days->at(i);
        QCOMPARE(day.date, first.addDays(i));
        QVERIFY(day.sent >= day.delivered && day.delivered >= day.read);
        sent += day.sent;
        delivered += day.delivered;
        read += day.read;
    }
    MailFilter in;
    in.direction = MailDirection::In;
    QCOMPARE(sent, count(week, in));
    MailFilter received = in;
    received.status = MailStatus::Received;
    QCOMPARE(delivered, count(week, received));
    MailFilter opened = in;
    opened.read = true;
    QCOMPARE(read, count(week, opened));
    QVERIFY(sent > 0);

    const auto badOffset = wait<QList<MailDay>>([&](auto done) { m_stats->mailDaily(week, 900, nullptr, done); });
    SERVICE_FAILS(badOffset, ApiError::Kind::Validation, "PARAM.INVALID:timeZoneOffsetMinutes:range");
}

QTEST_GUILESS_MAIN(TestServicesLogs)
#include "tst_services_logs.moc"
