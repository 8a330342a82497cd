#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kBase = 1789948800000; // 2026-09-21T00:00:00Z
constexpr qint64 kSecond = 1000;

const QStringList kAccounts{QStringLiteral("zhangwei"), QStringLiteral("LiSi"), QStringLiteral("wangxm"),
                            QStringLiteral("d2604123"), QStringLiteral("admin")};
const QStringList kProvinces{QStringLiteral("广东省"), QStringLiteral("北京市"), QStringLiteral("新疆维吾尔自治区")};
const QStringList kIps{QStringLiteral("58.248.12.%1"), QStringLiteral("110.155.20.%1"), QStringLiteral("2001:DB8::%1"),
                       QStringLiteral("58.24.1.%1")};
const QStringList kActions{QStringLiteral("createAccount"), QStringLiteral("updateAccount"),
                           QStringLiteral("resetPassword"), QStringLiteral("exportLogs")};
const QStringList kDocuments{QStringLiteral("开庭传票"), QStringLiteral("民事判决书"), QStringLiteral("举证通知书"),
                             QStringLiteral("受理通知书")};
const QStringList kClerks{QStringLiteral("minyiclerk01@court.sandbox.test"), QStringLiteral("SDXT@court.sandbox.test")};

// Times repeat in groups of three, so (time, id) order has to break ties by id; ids grow with time.
qint64 timeOf(int i)
{
    return kBase + (i / 3) * kSecond;
}

std::vector<LoginRecord> makeLogins(int count)
{
    std::vector<LoginRecord> rows;
    for (int i = 0; i < count; ++i) {
        LoginRecord row;
        row.id = 1000 + i;
        row.time = timeOf(i);
        row.accountName = kAccounts.at(i % kAccounts.size());
        row.method = static_cast<LoginMethod>(i % 7);
        row.ip = kIps.at((i / 5) % kIps.size()).arg(i % 250);
        row.province = kProvinces.at((i / 2) % kProvinces.size());
        row.city = QStringLiteral("某市");
        row.result = i % 11 == 0 ? LogResult::Failure : LogResult::Success;
        row.abnormal = i % 37 == 0;
        if (row.result == LogResult::Failure && i % 5 != 0) { // some failures come without a reason
            row.failReason = static_cast<LoginFailReason>(i % 4);
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<OperationRecord> makeOperations(int count)
{
    std::vector<OperationRecord> rows;
    for (int i = 0; i < count; ++i) {
        OperationRecord row;
        row.id = 500 + i;
        row.time = timeOf(i);
        row.operatorAddress =
            i % 4 == 0 ? QStringLiteral("Admin@court.sandbox.test") : QStringLiteral("admin@other.sandbox.test");
        row.action = kActions.at(i % kActions.size());
        row.target = QStringLiteral("%1%2@court.sandbox.test").arg(i % 3 == 0 ? u"ZhangWei" : u"lisi").arg(i % 10);
        row.result = i % 9 == 0 ? LogResult::Failure : LogResult::Success;
        row.remark = QStringLiteral("帐号名称:%1").arg(row.target);
        row.ip = QStringLiteral("127.0.0.1");
        rows.push_back(row);
    }
    return rows;
}

std::vector<MailRecord> makeMails(int count)
{
    std::vector<MailRecord> rows;
    for (int i = 0; i < count; ++i) {
        MailRecord row;
        row.id = 7000 + i;
        row.time = timeOf(i);
        row.direction = i % 12 == 0 ? MailDirection::Out : MailDirection::In;
        row.messageId = QStringLiteral("m%1@court.sandbox.test").arg(i);
        const QString caseNumber = QStringLiteral("(2026)粤0104民初%1号").arg(1200 + i % 40);
        row.subject = QStringLiteral("关于%1案件的%2").arg(caseNumber, kDocuments.at(i % kDocuments.size()));
        if (row.direction == MailDirection::Out) {
            row.subject = QStringLiteral("回复：") + row.subject;
            row.sender = QStringLiteral("zhangwei%1@court.sandbox.test").arg(i % 5);
            row.recipient = kClerks.at(i % 2);
            row.status = i % 24 == 0 ? MailStatus::Bounced : MailStatus::Delivered;
        } else {
            row.sender = kClerks.at(i % 2);
            row.recipient = QStringLiteral("zhangwei%1@court.sandbox.test").arg(i % 5);
            row.status = i % 17 == 0 ? MailStatus::Spam : MailStatus::Received;
        }
        if (row.status == MailStatus::Received && i % 3 != 0) {
            row.readAt = row.time + 3600 * kSecond;
            row.readClient = static_cast<ReadClient>(i % 3);
        }
        row.updatedAt = row.readAt.value_or(row.time);
        rows.push_back(row);
    }
    return rows;
}

template <typename Record>
QList<qint64> sortedIds(const std::vector<Record>& rows, const std::function<bool(const Record&)>& keep, LogOrder order,
                        const LogTimeRange& range = {})
{
    std::vector<const Record*> kept;
    for (const Record& row : rows) {
        if (keep(row) && (!range.fromMs || row.time >= *range.fromMs) && (!range.toMs || row.time < *range.toMs)) {
            kept.push_back(&row);
        }
    }
    std::sort(kept.begin(), kept.end(), [order](const Record* a, const Record* b) {
        const bool less = a->time != b->time ? a->time < b->time : a->id < b->id;
        const bool greater = a->time != b->time ? a->time > b->time : a->id > b->id;
        return order == LogOrder::OldestFirst ? less : greater;
    });
    QList<qint64> ids;
    for (const Record* row : kept) {
        ids.append(row->id);
    }
    return ids;
}

// Pages through every row a query returns, `limit` rows at a time, following the keyset.
template <typename Record, typename Fetch>
QList<qint64> pageAll(Fetch fetch, LogOrder order, int limit, const LogTimeRange& range = {}, int* pages = nullptr)
{
    QList<qint64> ids;
    LogPageRequest page;
    page.order = order;
    page.limit = limit;
    page.range = range;
    for (int guard = 0; guard < 100000; ++guard) {
        auto rows = fetch(page);
        if (!rows) {
            qWarning("page failed: %s", qPrintable(rows.error().detail));
            return {};
        }
        if (pages) {
            ++*pages;
        }
        for (const Record& row : *rows) {
            ids.append(row.id);
        }
        if (rows->size() < limit) {
            break;
        }
        page.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
    return ids;
}

bool hasDuplicates(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

} // namespace

class TestLogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void schemaIsMigratedAndEncrypted();
    void loginFailReasonsAreKeptAsGiven();
    void keysetPagingCoversEveryRowOnceInBothOrders_data();
    void keysetPagingCoversEveryRowOnceInBothOrders();
    void everyLoginFilter_data();
    void everyLoginFilter();
    void everyOperationFilter_data();
    void everyOperationFilter();
    void everyMailFilter_data();
    void everyMailFilter();
    void filteredPagesUseAnIndexInTimeOrder_data();
    void filteredPagesUseAnIndexInTimeOrder();
    void chineseSubjectSearch_data();
    void chineseSubjectSearch();
    void ftsOperatorsInUserTextAreLiteral_data();
    void ftsOperatorsInUserTextAreLiteral();
    void subjectSearchPagesInBothOrders();
    void subjectSearchWithCommonAndRareTrigrams();
    void upsertOfAReadMail();
    void insertingTwiceAddsNothing();
    void countsFollowTheWindowAndTheMailKey();
    void rowsReadBackExactly();
    void positionsAreTheRowsPagingReaches();

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
    void fill(int logins, int operations, int mails);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<LogRepository> m_repo;
    std::vector<LoginRecord> m_logins;
    std::vector<OperationRecord> m_operations;
    std::vector<MailRecord> m_mails;
};

void TestLogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Db::open(path(), Db::generateKey());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    m_db = std::make_unique<Db>(std::move(*db));
    auto migrated = schema::migrate(*m_db);
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().detail));
    m_repo = std::make_unique<LogRepository>(*m_db);
}

void TestLogRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
    m_logins.clear();
    m_operations.clear();
    m_mails.clear();
}

void TestLogRepository::fill(int logins, int operations, int mails)
{
    m_logins = makeLogins(logins);
    m_operations = makeOperations(operations);
    m_mails = makeMails(mails);
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction);
    QCOMPARE(m_repo->insertLogins(m_logins).value(), qint64(logins));
    QCOMPARE(m_repo->insertOperations(m_operations).value(), qint64(operations));
    QCOMPARE(m_repo->upsertMails(m_mails).value(), qint64(mails));
    QVERIFY(transaction->commit());
}

// Each failure keeps the reason the platform gave (or none), through the page query and the lookup by id.
void TestLogRepository::loginFailReasonsAreKeptAsGiven()
{
    fill(200, 0, 0);
    int withReason = 0;
    int without = 0;
    const auto page = m_repo->logins({}, LogPageRequest{{}, LogOrder::OldestFirst, std::nullopt, 500});
    QVERIFY(page);
    QCOMPARE(page->size(), 200);
    for (const LoginRecord& row : *page) {
        const LoginRecord& given = m_logins.at(std::size_t(row.id - 1000));
        QVERIFY(row.failReason == given.failReason);
        QVERIFY(m_repo->login(row.id).value()->failReason == given.failReason);
        if (given.result == LogResult::Failure) {
            (given.failReason ? withReason : without) += 1;
        }
    }
    QVERIFY(withReason >= 4 && without >= 2);
    // Every reason, including one this build does not know, reads back as it was stored.
    QVERIFY(std::any_of(page->cbegin(), page->cend(),
                        [](const LoginRecord& row) { return row.failReason == LoginFailReason::Other; }));
}

void TestLogRepository::schemaIsMigratedAndEncrypted()
{
    fill(10, 10, 10);
    QVERIFY(schema::version(*m_db).value() >= 2);
    for (const char* table : {"operation_log", "login_log", "mail_log", "mail_subject_fts"}) {
        auto statement = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE name = ?1");
        QVERIFY(statement);
        statement->bind(1, QString::fromLatin1(table));
        QVERIFY(statement->step().value());
        QCOMPARE(statement->int64(0), qint64(1));
    }
    m_repo.reset();
    m_db.reset();
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.read(16).startsWith("SQLite format 3"));
}

void TestLogRepository::keysetPagingCoversEveryRowOnceInBothOrders_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("withRange");
    QTest::newRow("pages of 1") << 1 << false;
    QTest::newRow("pages of 37") << 37 << false;
    QTest::newRow("pages of 100 in a window") << 100 << true;
    QTest::newRow("one page for all") << 5000 << false;
}

void TestLogRepository::keysetPagingCoversEveryRowOnceInBothOrders()
{
    QFETCH(int, limit);
    QFETCH(bool, withRange);
    fill(1500, 300, 600);
    LogTimeRange range;
    if (withRange) {
        range.fromMs = timeOf(100);    // starts inside a group of equal times
        range.toMs = timeOf(1000) + 1; // ends inside one as well
    }
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        const auto logins = pageAll<LoginRecord>(
            [this](const LogPageRequest& page) { return m_repo->logins({}, page); }, order, limit, range);
        QCOMPARE(logins, sortedIds<LoginRecord>(
                             m_logins, [](const LoginRecord&) { return true; }, order, range));
        QVERIFY(!hasDuplicates(logins));
        const auto operations = pageAll<OperationRecord>(
            [this](const LogPageRequest& page) { return m_repo->operations({}, page); }, order, limit, range);
        QCOMPARE(operations, sortedIds<OperationRecord>(
                                 m_operations, [](const OperationRecord&) { return true; }, order, range));
        const auto mails = pageAll<MailRecord>([this](const LogPageRequest& page) { return m_repo->mails({}, page); },
                                               order, limit, range);
        QCOMPARE(mails, sortedIds<MailRecord>(
                            m_mails, [](const MailRecord&) { return true; }, order, range));
    }
}

void TestLogRepository::everyLoginFilter_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("accountName, other case") << 0;
    QTest::newRow("method") << 1;
    QTest::newRow("result") << 2;
    QTest::newRow("abnormal") << 3;
    QTest::newRow("not abnormal") << 4;
    QTest::newRow("province") << 5;
    QTest::newRow("ipPrefix") << 6;
    QTest::newRow("ipPrefix that is a prefix of another") << 7;
    QTest::newRow("ipv6 prefix, lower case") << 8;
    QTest::newRow("method and result") << 9;
}

void TestLogRepository::everyLoginFilter()
{
    QFETCH(int, which);
    fill(2000, 0, 0);
    LoginLogFilter filter;
    std::function<bool(const LoginRecord&)> keep;
    switch (which) {
    case 0:
        filter.accountName = QStringLiteral("lisi");
        keep = [](const LoginRecord& r) { return r.accountName == QLatin1String("LiSi"); };
        break;
    case 1:
        filter.method = LoginMethod::Wechat;
        keep = [](const LoginRecord& r) { return r.method == LoginMethod::Wechat; };
        break;
    case 2:
        filter.result = LogResult::Failure;
        keep = [](const LoginRecord& r) { return r.result == LogResult::Failure; };
        break;
    case 3:
        filter.abnormal = true;
        keep = [](const LoginRecord& r) { return r.abnormal; };
        break;
    case 4:
        filter.abnormal = false;
        keep = [](const LoginRecord& r) { return !r.abnormal; };
        break;
    case 5:
        filter.province = QStringLiteral("新疆维吾尔自治区");
        keep = [](const LoginRecord& r) { return r.province == QStringLiteral("新疆维吾尔自治区"); };
        break;
    case 6:
        filter.ipPrefix = QStringLiteral("58.248.");
        keep = [](const LoginRecord& r) { return r.ip.startsWith(QLatin1String("58.248.")); };
        break;
    case 7:
        filter.ipPrefix = QStringLiteral("58.24");
        keep = [](const LoginRecord& r) { return r.ip.startsWith(QLatin1String("58.24")); };
        break;
    case 8:
        filter.ipPrefix = QStringLiteral("2001:db8::1");
        keep = [](const LoginRecord& r) { return r.ip.startsWith(QLatin1String("2001:DB8::1")); };
        break;
    case 9:
        filter.method = LoginMethod::Webmail;
        filter.result = LogResult::Failure;
        keep = [](const LoginRecord& r) { return r.method == LoginMethod::Webmail && r.result == LogResult::Failure; };
        break;
    }
    const LogTimeRange range{timeOf(150), timeOf(1700)};
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        const auto expected = sortedIds<LoginRecord>(m_logins, keep, order, range);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < int(m_logins.size()) || which == 4);
        const auto ids = pageAll<LoginRecord>([&](const LogPageRequest& page) { return m_repo->logins(filter, page); },
                                              order, 50, range);
        QCOMPARE(ids, expected);
    }
    QCOMPARE(m_repo->countLogins(filter, range).value(),
             qint64(sortedIds<LoginRecord>(m_logins, keep, LogOrder::OldestFirst, range).size()));
    QCOMPARE(m_repo->countLogins(filter, {}).value(),
             qint64(sortedIds<LoginRecord>(m_logins, keep, LogOrder::OldestFirst).size()));
}

void TestLogRepository::everyOperationFilter_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("operator, other case") << 0;
    QTest::newRow("action") << 1;
    QTest::newRow("result") << 2;
    QTest::newRow("part of the target, other case") << 3;
    QTest::newRow("action and target") << 4;
}

void TestLogRepository::everyOperationFilter()
{
    QFETCH(int, which);
    fill(0, 1200, 0);
    OperationLogFilter filter;
    std::function<bool(const OperationRecord&)> keep;
    switch (which) {
    case 0:
        filter.operatorAddress = QStringLiteral("ADMIN@court.sandbox.test");
        keep = [](const OperationRecord& r) { return r.operatorAddress == QLatin1String("Admin@court.sandbox.test"); };
        break;
    case 1:
        filter.action = QStringLiteral("resetPassword");
        keep = [](const OperationRecord& r) { return r.action == QLatin1String("resetPassword"); };
        break;
    case 2:
        filter.result = LogResult::Failure;
        keep = [](const OperationRecord& r) { return r.result == LogResult::Failure; };
        break;
    case 3:
        filter.target = QStringLiteral("zhangWEI5");
        keep = [](const OperationRecord& r) {
            return r.target.contains(QLatin1String("zhangwei5"), Qt::CaseInsensitive);
        };
        break;
    case 4:
        filter.action = QStringLiteral("createAccount");
        filter.target = QStringLiteral("LISI");
        keep = [](const OperationRecord& r) {
            return r.action == QLatin1String("createAccount") && r.target.contains(QLatin1String("lisi"));
        };
        break;
    }
    const LogTimeRange range{timeOf(30), timeOf(1100)};
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        const auto expected = sortedIds<OperationRecord>(m_operations, keep, order, range);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < int(m_operations.size()));
        const auto ids = pageAll<OperationRecord>(
            [&](const LogPageRequest& page) { return m_repo->operations(filter, page); }, order, 40, range);
        QCOMPARE(ids, expected);
    }
    QCOMPARE(m_repo->countOperations(filter, range).value(),
             qint64(sortedIds<OperationRecord>(m_operations, keep, LogOrder::OldestFirst, range).size()));
}

void TestLogRepository::everyMailFilter_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("direction") << 0;
    QTest::newRow("status") << 1;
    QTest::newRow("sender, other case") << 2;
    QTest::newRow("recipient, other case") << 3;
    QTest::newRow("read") << 4;
    QTest::newRow("unread") << 5;
    QTest::newRow("subject") << 6;
    QTest::newRow("subject and recipient") << 7;
    QTest::newRow("subject, read and direction") << 8;
}

void TestLogRepository::everyMailFilter()
{
    QFETCH(int, which);
    fill(0, 0, 1500);
    MailLogFilter filter;
    std::function<bool(const MailRecord&)> keep;
    switch (which) {
    case 0:
        filter.direction = MailDirection::Out;
        keep = [](const MailRecord& r) { return r.direction == MailDirection::Out; };
        break;
    case 1:
        filter.status = MailStatus::Spam;
        keep = [](const MailRecord& r) { return r.status == MailStatus::Spam; };
        break;
    case 2:
        filter.sender = QStringLiteral("sdxt@COURT.sandbox.test");
        keep = [](const MailRecord& r) { return r.sender == QLatin1String("SDXT@court.sandbox.test"); };
        break;
    case 3:
        filter.recipient = QStringLiteral("ZhangWei3@court.sandbox.test");
        keep = [](const MailRecord& r) { return r.recipient == QLatin1String("zhangwei3@court.sandbox.test"); };
        break;
    case 4:
        filter.read = true;
        keep = [](const MailRecord& r) { return r.readAt.has_value(); };
        break;
    case 5:
        filter.read = false;
        keep = [](const MailRecord& r) { return !r.readAt.has_value(); };
        break;
    case 6:
        filter.subject = QStringLiteral("民初1207号");
        keep = [](const MailRecord& r) { return r.subject.contains(QStringLiteral("民初1207号")); };
        break;
    case 7:
        filter.subject = QStringLiteral("判决书");
        filter.recipient = QStringLiteral("zhangwei1@court.sandbox.test");
        keep = [](const MailRecord& r) {
            return r.subject.contains(QStringLiteral("判决书")) &&
                   r.recipient == QLatin1String("zhangwei1@court.sandbox.test");
        };
        break;
    case 8:
        filter.subject = QStringLiteral("传票");
        filter.read = true;
        filter.direction = MailDirection::In;
        keep = [](const MailRecord& r) {
            return r.subject.contains(QStringLiteral("传票")) && r.readAt && r.direction == MailDirection::In;
        };
        break;
    }
    const LogTimeRange range{timeOf(60), timeOf(1400)};
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        const auto expected = sortedIds<MailRecord>(m_mails, keep, order, range);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < int(m_mails.size()));
        const auto ids = pageAll<MailRecord>([&](const LogPageRequest& page) { return m_repo->mails(filter, page); },
                                             order, 30, range);
        QCOMPARE(ids, expected);
    }
    QCOMPARE(m_repo->countMails(filter, range).value(),
             qint64(sortedIds<MailRecord>(m_mails, keep, LogOrder::OldestFirst, range).size()));
}

void TestLogRepository::filteredPagesUseAnIndexInTimeOrder_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<int>("which");
    QTest::newRow("logins by time") << QStringLiteral("login_log_time") << 0;
    QTest::newRow("logins by account") << QStringLiteral("login_log_account") << 1;
    QTest::newRow("logins by method") << QStringLiteral("login_log_method") << 2;
    QTest::newRow("failed logins") << QStringLiteral("login_log_failed") << 3;
    QTest::newRow("logins by abnormal") << QStringLiteral("login_log_abnormal") << 4;
    QTest::newRow("logins by province") << QStringLiteral("login_log_province") << 5;
    QTest::newRow("operations by operator") << QStringLiteral("operation_log_operator") << 10;
    QTest::newRow("operations by action") << QStringLiteral("operation_log_action") << 11;
    QTest::newRow("operations by result") << QStringLiteral("operation_log_result") << 12;
    QTest::newRow("outgoing mails") << QStringLiteral("mail_log_out") << 20;
    QTest::newRow("mails by status") << QStringLiteral("mail_log_status") << 21;
    QTest::newRow("mails by sender") << QStringLiteral("mail_log_sender") << 22;
    QTest::newRow("mails by recipient") << QStringLiteral("mail_log_recipient") << 23;
    QTest::newRow("read mails") << QStringLiteral("mail_log_read") << 24;
    QTest::newRow("unread mails") << QStringLiteral("mail_log_unread") << 25;
    QTest::newRow("subject search") << QStringLiteral("mail_subject_fts") << 26;
}

void TestLogRepository::filteredPagesUseAnIndexInTimeOrder()
{
    QFETCH(QString, index);
    QFETCH(int, which);
    fill(300, 300, 300);
    LogPageRequest page;
    page.range = {timeOf(10), timeOf(200)};
    page.after = LogPosition{timeOf(150), 1};
    LoginLogFilter login;
    OperationLogFilter operation;
    MailLogFilter mail;
    switch (which) {
    case 1:
        login.accountName = QStringLiteral("zhangwei");
        break;
    case 2:
        login.method = LoginMethod::Pop;
        break;
    case 3:
        login.result = LogResult::Failure;
        break;
    case 4:
        login.abnormal = true;
        break;
    case 5:
        login.province = QStringLiteral("北京市");
        break;
    case 10:
        operation.operatorAddress = QStringLiteral("admin@court.sandbox.test");
        break;
    case 11:
        operation.action = QStringLiteral("exportLogs");
        break;
    case 12:
        operation.result = LogResult::Failure;
        break;
    case 20:
        mail.direction = MailDirection::Out;
        break;
    case 21:
        mail.status = MailStatus::Bounced;
        break;
    case 22:
        mail.sender = QStringLiteral("sdxt@court.sandbox.test");
        break;
    case 23:
        mail.recipient = QStringLiteral("zhangwei0@court.sandbox.test");
        break;
    case 24:
        mail.read = true;
        break;
    case 25:
        mail.read = false;
        break;
    case 26:
        mail.subject = QStringLiteral("判决书");
        break;
    default:
        break;
    }
    const LogSql sql = which < 10   ? logsql::loginPage(login, page)
                       : which < 20 ? logsql::operationPage(operation, page)
                                    : logsql::mailPage(mail, page);
    auto plan = m_db->prepare("EXPLAIN QUERY PLAN " + sql.text);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().detail));
    int parameter = 1;
    for (const auto& value : sql.values) {
        std::visit([&](const auto& v) { plan->bind(parameter, v); }, value);
        ++parameter;
    }
    QStringList steps;
    while (plan->step().value()) {
        steps << plan->text(3);
    }
    const QString text = steps.join(QLatin1String(" | "));
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

void TestLogRepository::chineseSubjectSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("one character") << QStringLiteral("票") << QList<qint64>{1, 4};
    QTest::newRow("two characters") << QStringLiteral("传票") << QList<qint64>{1, 4};
    QTest::newRow("two characters, rare") << QStringLiteral("王五") << QList<qint64>{5};
    QTest::newRow("three characters") << QStringLiteral("判决书") << QList<qint64>{2, 3};
    QTest::newRow("a case number") << QStringLiteral("(2026)粤0104民初1234号") << QList<qint64>{1, 2};
    QTest::newRow("full-width brackets") << QStringLiteral("（2025）") << QList<qint64>{6};
    QTest::newRow("latin, other case") << QStringLiteral("ems") << QList<qint64>{6};
    QTest::newRow("latin, two letters, other case") << QStringLiteral("Em") << QList<qint64>{6};
    QTest::newRow("spaces around are trimmed") << QStringLiteral("  判决书 ") << QList<qint64>{2, 3};
    QTest::newRow("no match, long") << QStringLiteral("调解书") << QList<qint64>{};
    QTest::newRow("no match, short") << QStringLiteral("鱼") << QList<qint64>{};
}

void TestLogRepository::chineseSubjectSearch()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    const QStringList subjects{
        QStringLiteral("关于(2026)粤0104民初1234号案件的开庭传票"),
        QStringLiteral("关于(2026)粤0104民初1234号案件的民事判决书"),
        QStringLiteral("回复：关于(2026)粤0104民终88号案件的民事判决书"),
        QStringLiteral("开庭传票"),
        QStringLiteral("王五的证据材料"),
        QStringLiteral("关于（2025）粤0104执12号案件的EMS回执"),
    };
    std::vector<MailRecord> rows;
    for (int i = 0; i < subjects.size(); ++i) {
        MailRecord row;
        row.id = i + 1;
        row.time = timeOf(i * 3);
        row.subject = subjects.at(i);
        row.sender = QStringLiteral("a@b.test");
        row.recipient = QStringLiteral("c@d.test");
        row.messageId = QString::number(i);
        row.updatedAt = row.time;
        rows.push_back(row);
    }
    QCOMPARE(m_repo->upsertMails(rows).value(), qint64(rows.size()));
    MailLogFilter filter;
    filter.subject = query;
    LogPageRequest page;
    page.order = LogOrder::OldestFirst;
    auto found = m_repo->mails(filter, page);
    QVERIFY2(found, found ? "" : qPrintable(found.error().detail));
    QList<qint64> ids;
    for (const MailRecord& row : *found) {
        ids.append(row.id);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(m_repo->countMails(filter, {}).value(), qint64(expected.size()));
}

void TestLogRepository::ftsOperatorsInUserTextAreLiteral_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("AND") << QStringLiteral("传票 AND 判决") << QList<qint64>{1};
    QTest::newRow("OR") << QStringLiteral("传票 OR 判决") << QList<qint64>{2};
    QTest::newRow("NOT") << QStringLiteral("NOT 判决") << QList<qint64>{};
    QTest::newRow("NEAR") << QStringLiteral("NEAR(传票 判决)") << QList<qint64>{3};
    QTest::newRow("double quotes") << QStringLiteral("\"开庭\"传票") << QList<qint64>{4};
    QTest::newRow("a lone double quote") << QStringLiteral("\"") << QList<qint64>{4};
    QTest::newRow("star") << QStringLiteral("传票*") << QList<qint64>{5};
    QTest::newRow("column filter") << QStringLiteral("subject:传票") << QList<qint64>{6};
    QTest::newRow("caret") << QStringLiteral("^传票") << QList<qint64>{};
    QTest::newRow("parentheses and minus") << QStringLiteral("(-传票)") << QList<qint64>{};
    QTest::newRow("single quote") << QStringLiteral("O'Brien") << QList<qint64>{7};
}

void TestLogRepository::ftsOperatorsInUserTextAreLiteral()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    const QStringList subjects{
        QStringLiteral("关于传票 AND 判决的说明"),
        QStringLiteral("传票 OR 判决"),
        QStringLiteral("NEAR(传票 判决)"),
        QStringLiteral("\"开庭\"传票"),
        QStringLiteral("传票*号"),
        QStringLiteral("subject:传票"),
        QStringLiteral("O'Brien的传票"),
    };
    std::vector<MailRecord> rows;
    for (int i = 0; i < subjects.size(); ++i) {
        MailRecord row;
        row.id = i + 1;
        row.time = timeOf(i * 3);
        row.subject = subjects.at(i);
        row.updatedAt = row.time;
        rows.push_back(row);
    }
    auto stored = m_repo->upsertMails(rows);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().detail));
    QCOMPARE(*stored, qint64(rows.size()));
    MailLogFilter filter;
    filter.subject = query;
    LogPageRequest page;
    page.order = LogOrder::OldestFirst;
    auto found = m_repo->mails(filter, page);
    QVERIFY2(found, found ? "" : qPrintable(found.error().detail));
    QList<qint64> ids;
    for (const MailRecord& row : *found) {
        ids.append(row.id);
    }
    QCOMPARE(ids, expected);
    auto counted = m_repo->countMails(filter, {});
    QVERIFY2(counted, counted ? "" : qPrintable(counted.error().detail));
    QCOMPARE(*counted, qint64(expected.size()));
}

void TestLogRepository::subjectSearchPagesInBothOrders()
{
    fill(0, 0, 1200);
    MailLogFilter filter;
    filter.subject = QStringLiteral("通知书");
    const auto keep = [](const MailRecord& r) { return r.subject.contains(QStringLiteral("通知书")); };
    const LogTimeRange range{timeOf(31), timeOf(1000)};
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        int pages = 0;
        const auto ids = pageAll<MailRecord>([&](const LogPageRequest& page) { return m_repo->mails(filter, page); },
                                             order, 25, range, &pages);
        QCOMPARE(ids, sortedIds<MailRecord>(m_mails, keep, order, range));
        QVERIFY(pages > 10);
    }
}

// Thousands of subjects sharing a long run of text: a search made of common trigrams only (the phrase), one with a
// few rare ones (they narrow the rows, instr() checks them) and one whose trigrams all occur but never together.
void TestLogRepository::subjectSearchWithCommonAndRareTrigrams()
{
    std::vector<MailRecord> rows;
    for (int i = 0; i < 2600; ++i) {
        MailRecord row;
        row.id = i + 1;
        row.time = timeOf(i);
        row.subject = QStringLiteral("关于(2026)粤0104民初%1号案件的开庭传票").arg(1000 + i);
        row.updatedAt = row.time;
        rows.push_back(row);
    }
    rows.at(2000).subject = QStringLiteral("关于(2026)粤0104民初3000号案件的民事判决书");
    QCOMPARE(m_repo->upsertMails(rows).value(), qint64(rows.size()));
    const auto idsOf = [this](const QString& query) {
        MailLogFilter filter;
        filter.subject = query;
        LogPageRequest page;
        page.limit = 10000;
        QList<qint64> ids;
        const QList<MailRecord> found = m_repo->mails(filter, page).value();
        for (const MailRecord& row : found) {
            ids.append(row.id);
        }
        if (m_repo->countMails(filter, {}).value() != ids.size()) {
            ids.append(-1);
        }
        return ids;
    };
    QCOMPARE(idsOf(QStringLiteral("号案件的开庭传票")).size(), 2599);
    QCOMPARE(idsOf(QStringLiteral("(2026)粤0104民初3000号")), (QList<qint64>{2001}));
    QCOMPARE(idsOf(QStringLiteral("民初1234号案件")), (QList<qint64>{235}));
    QCOMPARE(idsOf(QStringLiteral("民事判决书")), (QList<qint64>{2001}));
    QCOMPARE(idsOf(QStringLiteral("判决书开庭")), QList<qint64>{});
    QCOMPARE(idsOf(QStringLiteral("3000号案件的开庭")), QList<qint64>{});
}

void TestLogRepository::upsertOfAReadMail()
{
    MailRecord mail;
    mail.id = 42;
    mail.time = kBase;
    mail.direction = MailDirection::In;
    mail.messageId = QStringLiteral("x@court.sandbox.test");
    mail.subject = QStringLiteral("关于(2026)粤0104民初1234号案件的开庭传票");
    mail.sender = QStringLiteral("sdxt@court.sandbox.test");
    mail.recipient = QStringLiteral("zhangwei@court.sandbox.test");
    mail.status = MailStatus::Received;
    mail.updatedAt = mail.time;
    QCOMPARE(m_repo->upsertMails({&mail, 1}).value(), qint64(1));

    MailLogFilter unread;
    unread.read = false;
    MailLogFilter read;
    read.read = true;
    QCOMPARE(m_repo->countMails(unread, {}).value(), qint64(1));
    QCOMPARE(m_repo->countMails(read, {}).value(), qint64(0));

    MailRecord opened = mail;
    opened.readAt = kBase + 3600 * kSecond;
    opened.readClient = ReadClient::Wechat;
    opened.updatedAt = *opened.readAt;
    QCOMPARE(m_repo->upsertMails({&opened, 1}).value(), qint64(1));
    QCOMPARE(m_repo->mailRowCount().value(), qint64(1));
    QCOMPARE(m_repo->countMails(unread, {}).value(), qint64(0));
    QCOMPARE(m_repo->countMails(read, {}).value(), qint64(1));
    const auto stored = m_repo->mail(42).value();
    QVERIFY(stored.has_value());
    QVERIFY(stored->readAt == opened.readAt);
    QVERIFY(stored->readClient == std::optional<ReadClient>(ReadClient::Wechat));
    QCOMPARE(stored->updatedAt, opened.updatedAt);

    // An older copy (a page fetched again) changes nothing; nor does the same copy.
    QCOMPARE(m_repo->upsertMails({&mail, 1}).value(), qint64(0));
    QCOMPARE(m_repo->upsertMails({&opened, 1}).value(), qint64(0));
    QVERIFY(m_repo->mail(42).value()->readAt == opened.readAt);

    // The subject is indexed once: the search finds the one row, by time and by updatedAt.
    MailLogFilter search;
    search.subject = QStringLiteral("开庭传票");
    QCOMPARE(m_repo->countMails(search, {}).value(), qint64(1));
    QCOMPARE(m_repo->mails(search, {}).value().size(), 1);
    QCOMPARE(m_repo->countMails({}, {opened.updatedAt, opened.updatedAt + 1}, MailTimeKey::UpdatedAt).value(),
             qint64(1));
    QCOMPARE(m_repo->countMails({}, {mail.time, mail.time + 1}, MailTimeKey::UpdatedAt).value(), qint64(0));
    auto integrity = m_db->exec("INSERT INTO mail_subject_fts (mail_subject_fts) VALUES ('integrity-check')");
    QVERIFY2(integrity, integrity ? "" : qPrintable(integrity.error().detail));
}

void TestLogRepository::insertingTwiceAddsNothing()
{
    fill(100, 100, 100);
    QCOMPARE(m_repo->insertLogins(m_logins).value(), qint64(0));
    QCOMPARE(m_repo->insertOperations(m_operations).value(), qint64(0));
    QCOMPARE(m_repo->upsertMails(m_mails).value(), qint64(0));
    QCOMPARE(m_repo->loginRowCount().value(), qint64(100));
    QCOMPARE(m_repo->operationRowCount().value(), qint64(100));
    QCOMPARE(m_repo->mailRowCount().value(), qint64(100));
    MailLogFilter search;
    search.subject = QStringLiteral("判决书");
    QCOMPARE(m_repo->countMails(search, {}).value(),
             qint64(std::count_if(m_mails.begin(), m_mails.end(),
                                  [](const MailRecord& r) { return r.subject.contains(QStringLiteral("判决书")); })));
}

void TestLogRepository::countsFollowTheWindowAndTheMailKey()
{
    fill(900, 900, 900);
    const LogTimeRange range{timeOf(300), timeOf(600)};
    QCOMPARE(m_repo->countLogins({}, range).value(), qint64(300));
    QCOMPARE(m_repo->countOperations({}, range).value(), qint64(300));
    QCOMPARE(m_repo->countMails({}, range).value(), qint64(300));
    qint64 byUpdate = 0;
    for (const MailRecord& row : m_mails) {
        byUpdate += row.updatedAt >= *range.fromMs && row.updatedAt < *range.toMs;
    }
    QCOMPARE(m_repo->countMails({}, range, MailTimeKey::UpdatedAt).value(), byUpdate);
    QVERIFY(byUpdate != 300);
    QCOMPARE(m_repo->countLogins({}, {timeOf(300), std::nullopt}).value(), qint64(600));
    QCOMPARE(m_repo->countLogins({}, {std::nullopt, timeOf(300)}).value(), qint64(300));
    QCOMPARE(m_repo->loginRowCount().value(), qint64(900));
    QVERIFY(m_repo->optimize());
}

void TestLogRepository::rowsReadBackExactly()
{
    fill(20, 20, 20);
    for (const LoginRecord& row : m_logins) {
        const auto stored = m_repo->login(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QCOMPARE(stored->accountName, row.accountName);
        QCOMPARE(dm::toString(stored->method), dm::toString(row.method));
        QCOMPARE(stored->ip, row.ip);
        QCOMPARE(stored->province, row.province);
        QCOMPARE(stored->city, row.city);
        QCOMPARE(dm::toString(stored->result), dm::toString(row.result));
        QCOMPARE(stored->abnormal, row.abnormal);
    }
    for (const OperationRecord& row : m_operations) {
        const auto stored = m_repo->operation(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QCOMPARE(stored->operatorAddress, row.operatorAddress);
        QCOMPARE(stored->action, row.action);
        QCOMPARE(stored->target, row.target);
        QCOMPARE(dm::toString(stored->result), dm::toString(row.result));
        QCOMPARE(stored->remark, row.remark);
        QCOMPARE(stored->ip, row.ip);
    }
    for (const MailRecord& row : m_mails) {
        const auto stored = m_repo->mail(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QCOMPARE(dm::toString(stored->direction), dm::toString(row.direction));
        QCOMPARE(stored->messageId, row.messageId);
        QCOMPARE(stored->subject, row.subject);
        QCOMPARE(stored->sender, row.sender);
        QCOMPARE(stored->recipient, row.recipient);
        QCOMPARE(dm::toString(stored->status), dm::toString(row.status));
        QVERIFY(stored->readAt == row.readAt);
        QVERIFY(stored->readClient == row.readClient);
        QCOMPARE(stored->updatedAt, row.updatedAt);
    }
    QVERIFY(!m_repo->login(1).value().has_value());
}

// A view's far jump finds the row at a position by an OFFSET scan of the keys: it is the row paging reaches there, in
// both orders, with filters, a window and the subject index, and nothing past the end.
void TestLogRepository::positionsAreTheRowsPagingReaches()
{
    fill(1500, 300, 600);
    const LogTimeRange range{timeOf(100), timeOf(1000) + 1};
    LoginLogFilter failures;
    failures.result = LogResult::Failure;
    MailLogFilter subject;
    subject.subject = QStringLiteral("通知书");
    for (const LogOrder order : {LogOrder::NewestFirst, LogOrder::OldestFirst}) {
        const auto logins = pageAll<LoginRecord>(
            [this](const LogPageRequest& page) { return m_repo->logins({}, page); }, order, 500, range);
        const auto failed = pageAll<LoginRecord>(
            [&](const LogPageRequest& page) { return m_repo->logins(failures, page); }, order, 500);
        const auto operations = pageAll<OperationRecord>(
            [this](const LogPageRequest& page) { return m_repo->operations({}, page); }, order, 500);
        const auto mails =
            pageAll<MailRecord>([&](const LogPageRequest& page) { return m_repo->mails(subject, page); }, order, 500);
        QVERIFY(!logins.isEmpty() && !failed.isEmpty() && !operations.isEmpty() && !mails.isEmpty());
        for (const qint64 position : {qint64(0), qint64(1), qint64(57), qint64(logins.size() - 1)}) {
            QCOMPARE(m_repo->loginPositionAt({}, range, order, position).value()->id, logins.at(position));
        }
        QVERIFY(!m_repo->loginPositionAt({}, range, order, logins.size()).value());
        for (const qint64 position : {qint64(0), qint64(failed.size() - 1)}) {
            QCOMPARE(m_repo->loginPositionAt(failures, {}, order, position).value()->id, failed.at(position));
        }
        for (const qint64 position : {qint64(0), qint64(operations.size() / 2), qint64(operations.size() - 1)}) {
            QCOMPARE(m_repo->operationPositionAt({}, {}, order, position).value()->id, operations.at(position));
        }
        for (const qint64 position : {qint64(0), qint64(mails.size() / 2), qint64(mails.size() - 1)}) {
            const auto found = m_repo->mailPositionAt(subject, {}, order, position).value();
            QVERIFY(found.has_value());
            QCOMPARE(found->id, mails.at(position));
        }
        QVERIFY(!m_repo->mailPositionAt(subject, {}, order, mails.size()).value());
    }
    // The position is where the keyset page continues: the page after it starts with the next row.
    const auto position = m_repo->loginPositionAt({}, {}, LogOrder::NewestFirst, 99).value();
    QVERIFY(position.has_value());
    LogPageRequest next;
    next.after = position;
    next.limit = 1;
    const auto all = pageAll<LoginRecord>([this](const LogPageRequest& page) { return m_repo->logins({}, page); },
                                          LogOrder::NewestFirst, 1000);
    QCOMPARE(m_repo->logins({}, next).value().constFirst().id, all.at(100));
}

QTEST_GUILESS_MAIN(TestLogRepository)
#include "tst_logrepository.moc"
