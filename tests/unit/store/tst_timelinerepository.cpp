// The per-account timeline over a real encrypted cache: every event of an account (its own dates, logins, mails
// received, read and sent, operations, policy changes at its three levels) comes exactly once, in (time, kind, id)
// order, whatever the page size and direction; the counts are what paging yields; nothing of another account leaks in.

#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "store/TimelineRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kBase = 1789948800000; // 2026-09-21T00:00:00Z
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const QString kDomain = QStringLiteral("court.test");
const QString kCase = QStringLiteral("(2026)粤0104民初1234号");

// zhangwei: reminded once (the resend is in the operation log at smsSentAt), logged in, activated, busy.
// lisi: SMS sent once, never logged in. wangxm: in another unit, with rows of its own that must not leak.
Account makeAccount(const QString& name, const QString& person, const QString& unit, qint64 created)
{
    Account account;
    account.accountName = name;
    account.address = name + QLatin1Char('@') + kDomain;
    account.name = person;
    account.jobNumber = kCase;
    account.idNumber = QStringLiteral("440106199001011234");
    account.mobile = QStringLiteral("13012344811");
    account.unitId = unit;
    account.createdAt = created;
    account.updatedAt = created + 10 * kDay;
    account.activation.state = ActivationState::SmsSent;
    account.activation.smsSentAt = created + 20 * 1000;
    return account;
}

struct Want
{
    qint64 time;
    TimelineKind kind;
    qint64 id;
    bool operator==(const Want&) const = default;
};

QString describe(const QList<Want>& events)
{
    QStringList parts;
    for (const Want& e : events) {
        parts.append(QStringLiteral("(%1,%2,%3)").arg(e.time - kBase).arg(int(e.kind)).arg(e.id));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestTimelineRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void subjectResolvesNamesAndAddresses();
    void pagingYieldsEveryEventOnceInOrder_data();
    void pagingYieldsEveryEventOnceInOrder();
    void countsAreWhatPagingYields();
    void kindFilterKeepsTheChosenKinds();
    void policyChangesAreMarkedWithTheirLevel();
    void aResentSmsIsShownOnceWithItsSender();
    void eventsCarryTheirRows();
    void anUncachedAccountStillHasItsLogs();
    void suggestionsMatchNamesAndAccountNames();

private:
    [[nodiscard]] TimelineSubject subjectOf(const QString& name);
    // The events the fixture's rows make for `subject` by the timeline's rules, written out independently.
    [[nodiscard]] QList<Want> expectedEvents(const TimelineSubject& subject, TimelineKinds kinds) const;
    [[nodiscard]] QList<Want> pageThrough(const TimelineSubject& subject, TimelineKinds kinds, int limit,
                                          LogOrder order);

    QTemporaryDir m_dir;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<TimelineRepository> m_timeline;
    QList<Account> m_accounts;
    std::vector<LoginRecord> m_logins;
    std::vector<MailRecord> m_mails;
    std::vector<OperationRecord> m_operations;
};

void TestTimelineRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache.db")), Db::generateKey());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    m_db = std::make_unique<Db>(std::move(*db));
    QVERIFY(schema::migrate(*m_db));

    Account zhang = makeAccount(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("1002"), kBase);
    zhang.activation.state = ActivationState::Activated;
    zhang.activation.reminderCount = 1;
    zhang.activation.smsSentAt = kBase + 3 * kDay;
    zhang.activation.firstLoginAt = kBase + 4 * kDay;
    zhang.activation.activatedAt = kBase + 4 * kDay + 5 * kMinute;
    Account li = makeAccount(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("1002"), kBase + kDay);
    Account wang = makeAccount(QStringLiteral("wangxm"), QStringLiteral("王小明"), QStringLiteral("1003"), kBase);
    m_accounts = {zhang, li, wang};
    QCOMPARE(AccountRepository(*m_db).upsert(m_accounts, AddressBasisKnown::Yes).value(), qint64(3));

    // Logins: zhangwei's first one at firstLoginAt exactly (a tie with the FirstLogin event), then every 10 minutes;
    // other accounts interleaved.
    qint64 id = 100;
    for (int i = 0; i < 240; ++i) {
        LoginRecord row;
        row.id = ++id;
        row.accountName = i % 4 == 3 ? QStringLiteral("wangxm") : QStringLiteral("zhangwei");
        row.time = zhang.activation.firstLoginAt.value() + i * 10 * kMinute;
        row.method = static_cast<LoginMethod>(i % 7);
        row.ip = QStringLiteral("58.248.12.%1").arg(i % 250);
        row.province = QStringLiteral("广东省");
        row.city = QStringLiteral("广州市");
        row.result = i % 13 == 0 ? LogResult::Failure : LogResult::Success;
        row.abnormal = i % 29 == 0;
        m_logins.push_back(row);
    }
    // Mails: documents to zhangwei (some read, one read at the time of a login), to wangxm, replies from zhangwei.
    id = 5000;
    for (int i = 0; i < 30; ++i) {
        MailRecord row;
        row.id = ++id;
        row.time = kBase + 2 * 60 * 1000 + i * 7 * 60 * kMinute;
        row.messageId = QStringLiteral("m%1@court.test").arg(i);
        row.subject = QStringLiteral("关于%1案件的开庭传票").arg(kCase);
        const bool reply = i % 6 == 5;
        const QString other = i % 5 == 4 ? QStringLiteral("wangxm@court.test") : QStringLiteral("zhangwei@court.test");
        row.direction = reply ? MailDirection::Out : MailDirection::In;
        row.sender = reply ? other : QStringLiteral("minyiclerk01@court.test");
        row.recipient = reply ? QStringLiteral("minyiclerk01@court.test") : other;
        row.status = reply ? MailStatus::Delivered : MailStatus::Received;
        if (!reply && i % 3 != 0) {
            row.readAt = i == 7 ? m_logins.at(0).time : row.time + 90 * kMinute;
            row.readClient = ReadClient::Wechat;
        }
        row.updatedAt = row.readAt.value_or(row.time);
        m_mails.push_back(row);
    }
    // Operations: on zhangwei (its creation at createdAt, a tie with Created), the resend that is its smsSentAt, a
    // refused resend, an edit; policy changes at account, unit and domain level; rows that must not appear.
    id = 900;
    const auto operation = [&](qint64 time, const QString& action, const QString& target, LogResult result) {
        OperationRecord row;
        row.id = ++id;
        row.time = time;
        row.operatorAddress = QStringLiteral("admin@court.test");
        row.action = action;
        row.target = target;
        row.result = result;
        row.remark = QStringLiteral("帐号名称:%1").arg(target);
        row.ip = QStringLiteral("127.0.0.1");
        m_operations.push_back(row);
    };
    const QString zhangAddress = QStringLiteral("zhangwei@court.test");
    // Before any account existed: the domain's history, on no recipient's timeline.
    operation(kBase - kDay, QStringLiteral("updatePolicy"), kDomain, LogResult::Success);
    operation(kBase - kDay + 1, QStringLiteral("updatePolicy"), QStringLiteral("1002"), LogResult::Success);
    operation(kBase, QStringLiteral("createAccount"), zhangAddress, LogResult::Success);
    operation(kBase, QStringLiteral("createAccount"), QStringLiteral("wangxm@court.test"), LogResult::Success);
    operation(kBase + kDay + 30, QStringLiteral("createAccount"), QStringLiteral("lisi@court.test"),
              LogResult::Success);
    operation(kBase + 2 * kDay, QStringLiteral("resendActivation"), zhangAddress, LogResult::Failure);
    operation(kBase + 3 * kDay, QStringLiteral("resendActivation"), zhangAddress, LogResult::Success);
    operation(kBase + 5 * kDay, QStringLiteral("updateAccount"), QStringLiteral("ZhangWei@court.test"),
              LogResult::Success);
    operation(kBase + 6 * kDay, QStringLiteral("updatePolicy"), zhangAddress, LogResult::Success);
    operation(kBase + 6 * kDay + 1, QStringLiteral("updatePolicy"), QStringLiteral("1002"), LogResult::Success);
    operation(kBase + 6 * kDay + 2, QStringLiteral("updatePolicy"), QStringLiteral("1003"), LogResult::Success);
    operation(kBase + 6 * kDay + 3, QStringLiteral("updatePolicy"), kDomain, LogResult::Failure);
    operation(kBase + 6 * kDay + 4, QStringLiteral("setLoginDefault"), kDomain, LogResult::Success);
    operation(kBase + 6 * kDay + 5, QStringLiteral("updateDomainLoginRule"), kDomain, LogResult::Success);
    operation(kBase + 6 * kDay + 6, QStringLiteral("updateLoginRule"), zhangAddress, LogResult::Success);
    operation(kBase + 6 * kDay + 7, QStringLiteral("updateLoginRule"), QStringLiteral("wangxm@court.test"),
              LogResult::Success);
    operation(kBase + 6 * kDay + 8, QStringLiteral("exportLogs"), kDomain, LogResult::Success);
    operation(kBase + 6 * kDay + 9, QStringLiteral("createUnit"), QStringLiteral("1002"), LogResult::Success);

    LogRepository logs(*m_db);
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction);
    QVERIFY(logs.insertLogins(m_logins));
    QVERIFY(logs.upsertMails(m_mails));
    QVERIFY(logs.insertOperations(m_operations));
    QVERIFY(transaction->commit());
    m_timeline = std::make_unique<TimelineRepository>(*m_db);
}

void TestTimelineRepository::cleanupTestCase()
{
    m_timeline.reset();
    m_db.reset();
}

TimelineSubject TestTimelineRepository::subjectOf(const QString& name)
{
    auto subject = m_timeline->subject(name, kDomain);
    return subject ? *subject : TimelineSubject{};
}

QList<Want> TestTimelineRepository::expectedEvents(const TimelineSubject& subject, TimelineKinds kinds) const
{
    QList<Want> events;
    const auto add = [&](qint64 time, TimelineKind kind, qint64 id) {
        if (kinds.has(kind)) {
            events.append({time, kind, id});
        }
    };
    const QString address = subject.address;
    if (subject.account) {
        const Account& a = subject.account->account;
        add(a.createdAt, TimelineKind::Created, 0);
        const bool resent = std::any_of(m_operations.cbegin(), m_operations.cend(), [&](const OperationRecord& op) {
            return op.action == u"resendActivation" && op.result == LogResult::Success &&
                   op.target.compare(address, Qt::CaseInsensitive) == 0 && op.time == a.activation.smsSentAt;
        });
        if (a.activation.smsSentAt && !resent) {
            add(*a.activation.smsSentAt, TimelineKind::SmsSent, 0);
        }
        if (a.activation.firstLoginAt) {
            add(*a.activation.firstLoginAt, TimelineKind::FirstLogin, 0);
        }
        if (a.activation.activatedAt) {
            add(*a.activation.activatedAt, TimelineKind::Activated, 0);
        }
    }
    for (const LoginRecord& row : m_logins) {
        if (row.accountName == subject.accountName) {
            add(row.time, TimelineKind::Login, row.id);
        }
    }
    for (const MailRecord& row : m_mails) {
        if (row.recipient == address) {
            add(row.time, TimelineKind::MailReceived, row.id);
            if (row.readAt) {
                add(*row.readAt, TimelineKind::MailRead, row.id);
            }
        }
        if (row.sender == address) {
            add(row.time, TimelineKind::MailSent, row.id);
        }
    }
    const QStringList policy = TimelineRepository::policyActions();
    for (const OperationRecord& row : m_operations) {
        const bool own = row.target.compare(address, Qt::CaseInsensitive) == 0;
        if (policy.contains(row.action)) {
            const bool reaches = subject.account && row.time >= subject.account->account.createdAt &&
                                 (row.target == subject.unitId || row.target == kDomain);
            if (own || reaches) {
                add(row.time, TimelineKind::PolicyChange, row.id);
            }
        } else if (own) {
            const bool sms = row.action == u"resendActivation" && row.result == LogResult::Success;
            add(row.time, sms ? TimelineKind::SmsSent : TimelineKind::Operation, row.id);
        }
    }
    std::sort(events.begin(), events.end(), [](const Want& a, const Want& b) {
        return std::tuple(a.time, int(a.kind), a.id) > std::tuple(b.time, int(b.kind), b.id);
    });
    return events;
}

QList<Want> TestTimelineRepository::pageThrough(const TimelineSubject& subject, TimelineKinds kinds, int limit,
                                                LogOrder order)
{
    QList<Want> events;
    std::optional<TimelinePosition> from;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = m_timeline->page(subject, kinds, from, limit, order);
        if (!page) {
            return {{-1, TimelineKind::Created, -1}};
        }
        for (const TimelineEvent& event : std::as_const(*page)) {
            events.append({event.time, event.kind, event.id});
        }
        if (page->size() < limit) {
            break;
        }
        from = page->constLast().position();
    }
    return events;
}

void TestTimelineRepository::subjectResolvesNamesAndAddresses()
{
    for (const QString& typed : {QStringLiteral("zhangwei"), QStringLiteral(" ZhangWei "),
                                 QStringLiteral("zhangwei@court.test"), QStringLiteral("ZHANGWEI@Court.Test")}) {
        const TimelineSubject subject = subjectOf(typed);
        QVERIFY2(subject.account.has_value(), qPrintable(typed));
        QCOMPARE(subject.accountName, QStringLiteral("zhangwei"));
        QCOMPARE(subject.address, QStringLiteral("zhangwei@court.test"));
        QCOMPARE(subject.unitId, QStringLiteral("1002"));
        QCOMPARE(subject.domain, kDomain);
    }
    // The same name in another domain is not the cached account.
    const TimelineSubject elsewhere = subjectOf(QStringLiteral("zhangwei@other.test"));
    QVERIFY(!elsewhere.account);
    QCOMPARE(elsewhere.address, QStringLiteral("zhangwei@other.test"));
    const TimelineSubject unknown = subjectOf(QStringLiteral("nobody"));
    QVERIFY(!unknown.account);
    QCOMPARE(unknown.address, QStringLiteral("nobody@court.test"));
}

void TestTimelineRepository::pagingYieldsEveryEventOnceInOrder_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("oldestFirst");
    for (const char* account : {"zhangwei", "lisi", "wangxm"}) {
        for (const int limit : {1, 7, 50, 1000}) {
            for (const bool oldest : {false, true}) {
                QTest::addRow("%s/%d/%s", account, limit, oldest ? "oldest" : "newest")
                    << QString::fromLatin1(account) << limit << oldest;
            }
        }
    }
}

void TestTimelineRepository::pagingYieldsEveryEventOnceInOrder()
{
    QFETCH(QString, account);
    QFETCH(int, limit);
    QFETCH(bool, oldestFirst);
    const TimelineSubject subject = subjectOf(account);
    QList<Want> expected = expectedEvents(subject, TimelineKinds::all());
    if (oldestFirst) {
        std::reverse(expected.begin(), expected.end());
    }
    QVERIFY(expected.size() > 3);
    const QList<Want> paged =
        pageThrough(subject, TimelineKinds::all(), limit, oldestFirst ? LogOrder::OldestFirst : LogOrder::NewestFirst);
    QVERIFY2(paged == expected, qPrintable(describe(paged) + QStringLiteral("\n  expected ") + describe(expected)));
}

void TestTimelineRepository::countsAreWhatPagingYields()
{
    for (const QString& account : {QStringLiteral("zhangwei"), QStringLiteral("lisi"), QStringLiteral("wangxm")}) {
        const TimelineSubject subject = subjectOf(account);
        auto counts = m_timeline->counts(subject);
        QVERIFY(counts);
        const QList<Want> all = expectedEvents(subject, TimelineKinds::all());
        QCOMPARE(counts->total(TimelineKinds::all()), qint64(all.size()));
        for (int kind = 0; kind < kTimelineKindCount; ++kind) {
            const auto count =
                std::count_if(all.cbegin(), all.cend(), [kind](const Want& e) { return int(e.kind) == kind; });
            QCOMPARE(counts->perKind.at(std::size_t(kind)), qint64(count));
        }
        // The logins are exactly the login log's rows of the account.
        LoginLogFilter filter;
        filter.accountName = account;
        QCOMPARE(counts->of(TimelineKind::Login), LogRepository(*m_db).countLogins(filter, {}).value());
    }
    const TimelineSubject zhang = subjectOf(QStringLiteral("zhangwei"));
    auto counts = m_timeline->counts(zhang);
    QVERIFY(counts);
    QCOMPARE(counts->of(TimelineKind::Login), qint64(180));
    QCOMPARE(counts->of(TimelineKind::PolicyChange), qint64(6)); // account 2, unit 1002 1, domain 3
}

void TestTimelineRepository::kindFilterKeepsTheChosenKinds()
{
    const TimelineSubject subject = subjectOf(QStringLiteral("zhangwei"));
    TimelineKinds kinds = TimelineKinds::none();
    kinds.set(TimelineKind::MailRead, true);
    kinds.set(TimelineKind::FirstLogin, true);
    kinds.set(TimelineKind::Operation, true);
    const QList<Want> expected = expectedEvents(subject, kinds);
    QVERIFY(expected.size() > 5);
    QCOMPARE(pageThrough(subject, kinds, 3, LogOrder::NewestFirst), expected);
    QVERIFY(pageThrough(subject, TimelineKinds::none(), 10, LogOrder::NewestFirst).isEmpty());
}

void TestTimelineRepository::policyChangesAreMarkedWithTheirLevel()
{
    TimelineKinds kinds = TimelineKinds::none();
    kinds.set(TimelineKind::PolicyChange, true);
    auto page = m_timeline->page(subjectOf(QStringLiteral("zhangwei")), kinds, std::nullopt, 100);
    QVERIFY(page);
    QStringList seen;
    for (const TimelineEvent& event : std::as_const(*page)) {
        QVERIFY(event.operation() != nullptr);
        const QString level = event.policyLevel == PolicyLevel::Account ? QStringLiteral("account")
                              : event.policyLevel == PolicyLevel::Unit  ? QStringLiteral("unit")
                                                                        : QStringLiteral("domain");
        seen.append(event.operation()->action + QLatin1Char('@') + level);
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("updateLoginRule@account"), QStringLiteral("updateDomainLoginRule@domain"),
                          QStringLiteral("setLoginDefault@domain"), QStringLiteral("updatePolicy@domain"),
                          QStringLiteral("updatePolicy@unit"), QStringLiteral("updatePolicy@account")}));
    // wangxm's unit is 1003: its change is there, 1002's is not.
    page = m_timeline->page(subjectOf(QStringLiteral("wangxm")), kinds, std::nullopt, 100);
    QVERIFY(page);
    QStringList targets;
    for (const TimelineEvent& event : std::as_const(*page)) {
        targets.append(event.operation()->target);
    }
    QVERIFY(targets.contains(QStringLiteral("1003")));
    QVERIFY(!targets.contains(QStringLiteral("1002")));
}

void TestTimelineRepository::aResentSmsIsShownOnceWithItsSender()
{
    TimelineKinds kinds = TimelineKinds::none();
    kinds.set(TimelineKind::SmsSent, true);
    const TimelineSubject zhang = subjectOf(QStringLiteral("zhangwei"));
    QVERIFY(zhang.smsSentAtIsResend);
    auto page = m_timeline->page(zhang, kinds, std::nullopt, 100);
    QVERIFY(page);
    // The successful resend only (the refused one sent nothing and is an operation); the account's smsSentAt is it.
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->constFirst().time, kBase + 3 * kDay);
    QVERIFY(page->constFirst().operation() != nullptr);
    QCOMPARE(page->constFirst().operation()->operatorAddress, QStringLiteral("admin@court.test"));

    const TimelineSubject li = subjectOf(QStringLiteral("lisi"));
    QVERIFY(!li.smsSentAtIsResend);
    page = m_timeline->page(li, kinds, std::nullopt, 100);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->constFirst().id, qint64(0));
    QCOMPARE(page->constFirst().time, li.account->account.activation.smsSentAt.value());
    QCOMPARE(page->constFirst().reminderCount, 0);
}

void TestTimelineRepository::eventsCarryTheirRows()
{
    auto page = m_timeline->page(subjectOf(QStringLiteral("zhangwei")), TimelineKinds::all(), std::nullopt, 10000);
    QVERIFY(page);
    int reads = 0;
    for (const TimelineEvent& event : std::as_const(*page)) {
        switch (event.kind) {
        case TimelineKind::Login:
            QVERIFY(event.login() != nullptr);
            QCOMPARE(event.login()->time, event.time);
            QCOMPARE(event.login()->accountName, QStringLiteral("zhangwei"));
            QCOMPARE(event.login()->city, QStringLiteral("广州市"));
            break;
        case TimelineKind::MailRead:
            QVERIFY(event.mail() != nullptr);
            QCOMPARE(event.mail()->readAt.value(), event.time);
            QVERIFY(event.mail()->readClient.value() == ReadClient::Wechat);
            ++reads;
            break;
        case TimelineKind::MailReceived:
        case TimelineKind::MailSent:
            QVERIFY(event.mail() != nullptr);
            QCOMPARE(event.mail()->time, event.time);
            break;
        case TimelineKind::Operation:
        case TimelineKind::PolicyChange:
            QVERIFY(event.operation() != nullptr);
            break;
        default:
            QVERIFY(event.source == TimelineEvent::Source::Account || event.kind == TimelineKind::SmsSent);
        }
    }
    QVERIFY(reads > 5);
}

void TestTimelineRepository::anUncachedAccountStillHasItsLogs()
{
    LoginRecord login;
    login.id = 99999;
    login.time = kBase + 50 * kDay;
    login.accountName = QStringLiteral("ghost");
    login.ip = QStringLiteral("10.0.0.1");
    QVERIFY(LogRepository(*m_db).insertLogins({&login, 1}));
    const TimelineSubject ghost = subjectOf(QStringLiteral("ghost"));
    QVERIFY(!ghost.account);
    auto page = m_timeline->page(ghost, TimelineKinds::all(), std::nullopt, 100);
    QVERIFY(page);
    // Its login only: the domain's policy changes reach the accounts the cache knows.
    QCOMPARE(page->size(), 1);
    QVERIFY(page->constFirst().kind == TimelineKind::Login);
    QCOMPARE(page->constFirst().id, login.id);
    // Without a domain a bare name has no address: only its logins can be found.
    auto bare = m_timeline->subject(QStringLiteral("ghost"), {});
    QVERIFY(bare);
    QVERIFY(bare->address.isEmpty());
    QCOMPARE(m_timeline->counts(*bare)->total(TimelineKinds::all()), qint64(1));
}

void TestTimelineRepository::suggestionsMatchNamesAndAccountNames()
{
    auto found = m_timeline->suggestions(QStringLiteral("Zh"), 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().accountName, QStringLiteral("zhangwei"));
    QCOMPARE(found->constFirst().name, QStringLiteral("张伟"));
    QCOMPARE(found->constFirst().jobNumber, kCase);
    found = m_timeline->suggestions(QStringLiteral("王"), 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().accountName, QStringLiteral("wangxm"));
    found = m_timeline->suggestions(QStringLiteral("l"), 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QVERIFY(m_timeline->suggestions(QStringLiteral("q"), 10)->isEmpty());
    QVERIFY(m_timeline->suggestions(QStringLiteral("  "), 10)->isEmpty());
}

QTEST_GUILESS_MAIN(TestTimelineRepository)
#include "tst_timelinerepository.moc"
