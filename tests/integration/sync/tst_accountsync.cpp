// The accounts and policy streams against the real dmsandbox over TLS, into real SQLCipher files.
#include "../client/ServiceTestSupport.h"
#include "api/LoginRuleService.h"
#include "api/PolicyService.h"
#include "api/UnitService.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/PolicyRepository.h"
#include "store/Schema.h"
#include "store/SyncState.h"
#include "store/UnitRepository.h"
#include "sync/AccountSync.h"
#include "sync/PolicyDocumentJson.h"
#include "sync/PolicySync.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace dm;
using servicetest::wait;

namespace {

using StreamResult = Expected<StreamReport, SyncError>;

// Runs one pass (or verify) and waits for its single answer; `onProgress` may cancel.
StreamResult runStream(SyncStream& stream, bool verifyOnly = false, std::function<void()> onProgress = {})
{
    std::optional<StreamResult> result;
    int answers = 0;
    const auto done = [&](const StreamResult& answer) {
        ++answers;
        result.emplace(answer);
    };
    if (verifyOnly) {
        stream.verify(done);
    } else {
        stream.run(
            [&](qint64, qint64) {
                if (onProgress) {
                    onProgress();
                }
            },
            done);
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000)) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        return Unexpected(SyncError{timeout, stream.name()});
    }
    QTest::qWait(0);
    if (answers != 1) {
        qWarning() << "the stream answered" << answers << "times";
    }
    return *result;
}

QString describe(const StreamResult& result)
{
    return result ? QString() : result.error().message();
}

bool allMatch(const StreamReport& report)
{
    for (const CountCheck& check : report.checks) {
        if (!check.matches()) {
            qWarning() << "gap" << check.scope << check.local << check.platform;
            return false;
        }
    }
    return !report.checks.isEmpty();
}

bool sameAccount(const Account& a, const Account& b)
{
    return a.accountName == b.accountName && a.address == b.address && a.name == b.name && a.jobNumber == b.jobNumber &&
           a.idNumber == b.idNumber && a.mobile == b.mobile && a.unitId == b.unitId && a.status == b.status &&
           a.visibleInAddr == b.visibleInAddr && a.passChangeFirstLogin == b.passChangeFirstLogin &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.activation.state == b.activation.state &&
           a.activation.smsSentAt == b.activation.smsSentAt && a.activation.firstLoginAt == b.activation.firstLoginAt &&
           a.activation.activatedAt == b.activation.activatedAt &&
           a.activation.reminderCount == b.activation.reminderCount;
}

} // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fullSyncEqualsThePlatform();
    void incrementalSyncSeesCreatedAndDisabledAccounts();
    void policyDocumentsMatchThePlatform();
    void cancelThenResumeEqualsACleanSync();
    void withAWriterEqualsThePlatformAndResumesAfterACancel();
    void restartAfterAnAbandonedPassResumesFromTheCursor();
    void syncUnderInjectedFaultsEndsEqual();
    void aSecondRunWhileOneIsInProgressIsRefusedNotDropped_data();
    void aSecondRunWhileOneIsInProgressIsRefusedNotDropped();

private:
    [[nodiscard]] std::unique_ptr<Db> openCache();
    // Every account on the platform, by accountName.
    [[nodiscard]] QHash<QString, Account> platformAccounts();
    // The cache holds exactly the platform's accounts, field for field.
    [[nodiscard]] bool cacheEqualsPlatform(Db& db);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestAccountSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
}

std::unique_ptr<Db> TestAccountSync::openCache()
{
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files)), Db::generateKey());
    if (!db || !schema::migrate(*db)) {
        return nullptr;
    }
    return std::make_unique<Db>(std::move(*db));
}

QHash<QString, Account> TestAccountSync::platformAccounts()
{
    AccountService service(m_fixture.client());
    QHash<QString, Account> accounts;
    AccountFilter filter;
    filter.pageSize = 1000;
    QString cursor;
    do {
        auto page = wait<KeysetPage<Account>>([&](auto done) { service.list(filter, cursor, nullptr, done); });
        if (!page) {
            qWarning() << servicetest::describe(page.error());
            return {};
        }
        for (const Account& account : page->items) {
            accounts.insert(account.accountName, account);
        }
        cursor = page->nextCursor.value_or(QString());
    } while (!cursor.isEmpty());
    return accounts;
}

bool TestAccountSync::cacheEqualsPlatform(Db& db)
{
    const QHash<QString, Account> platform = platformAccounts();
    AccountRepository repository(db);
    auto count = repository.count();
    if (platform.isEmpty() || !count || *count != platform.size()) {
        qWarning() << "cache holds" << (count ? *count : -1) << "accounts, the platform" << platform.size();
        return false;
    }
    for (const Account& account : platform) {
        auto cached = repository.get(account.accountName);
        if (!cached || !cached->has_value() || !sameAccount((*cached)->account, account)) {
            qWarning() << "differs:" << account.accountName;
            return false;
        }
    }
    return true;
}

void TestAccountSync::fullSyncEqualsThePlatform()
{
    auto db = openCache();
    QVERIFY(db);
    AccountSync stream(*db, m_fixture.client());
    QCOMPARE(stream.name(), QStringLiteral("accounts"));
    const StreamResult result = runStream(stream);
    QVERIFY2(result, qPrintable(describe(result)));
    QVERIFY(allMatch(*result));
    QVERIFY(result->rowsWritten > 200); // the small court: 200 recipients and 15 staff
    QVERIFY(cacheEqualsPlatform(*db));

    UnitService units(m_fixture.client());
    auto platformUnits = wait<QList<Unit>>([&](auto done) { units.list(nullptr, done); });
    SERVICE_VERIFY(platformUnits);
    auto cachedUnits = UnitRepository(*db).list();
    QVERIFY(cachedUnits);
    QCOMPARE(cachedUnits->size(), platformUnits->size());
    for (qsizetype i = 0; i < cachedUnits->size(); ++i) {
        QCOMPARE(cachedUnits->at(i).unitId, platformUnits->at(i).unitId);
        QCOMPARE(cachedUnits->at(i).name, platformUnits->at(i).name);
        QCOMPARE(cachedUnits->at(i).accountCount, platformUnits->at(i).accountCount);
    }

    // A second pass right after re-reads only the boundary and changes nothing.
    const StreamResult again = runStream(stream);
    QVERIFY2(again, qPrintable(describe(again)));
    QCOMPARE(again->rowsWritten, qint64(0));
    const StreamResult verified = runStream(stream, true);
    QVERIFY2(verified, qPrintable(describe(verified)));
    QVERIFY(allMatch(*verified));
}

void TestAccountSync::incrementalSyncSeesCreatedAndDisabledAccounts()
{
    auto db = openCache();
    QVERIFY(db);
    AccountSync stream(*db, m_fixture.client());
    QVERIFY(runStream(stream));

    AccountService accounts(m_fixture.client());
    auto created = servicetest::createAccount(accounts, QStringLiteral("syncnew01"), 7001, QStringLiteral("1002"));
    SERVICE_VERIFY(created);
    const QHash<QString, Account> before = platformAccounts();
    QString victim;
    for (const Account& account : before) {
        if (account.status == AccountStatus::Enabled && account.accountName != QStringLiteral("syncnew01") &&
            account.jobNumber.size() > 0) {
            victim = account.accountName;
            break;
        }
    }
    QVERIFY(!victim.isEmpty());
    auto disabled =
        wait<Account>([&](auto done) { accounts.setStatus(victim, AccountStatus::Disabled, nullptr, done); });
    SERVICE_VERIFY(disabled);

    const StreamResult result = runStream(stream);
    QVERIFY2(result, qPrintable(describe(result)));
    QVERIFY(allMatch(*result));
    QCOMPARE(result->rowsWritten, qint64(2));
    AccountRepository repository(*db);
    auto fresh = repository.get(QStringLiteral("syncnew01"));
    QVERIFY(fresh && fresh->has_value());
    QCOMPARE((*fresh)->account.unitId, QStringLiteral("1002"));
    QCOMPARE((*fresh)->account.name, created->name);
    auto off = repository.get(victim);
    QVERIFY(off && off->has_value());
    QVERIFY((*off)->account.status == AccountStatus::Disabled);
    // The new account is found by its name at once.
    AccountQuery query;
    query.search = created->name;
    QCOMPARE(*repository.count(query), qint64(1));
    QVERIFY(cacheEqualsPlatform(*db));
}

void TestAccountSync::policyDocumentsMatchThePlatform()
{
    auto db = openCache();
    QVERIFY(db);
    QVERIFY(runStream(*std::make_unique<AccountSync>(*db, m_fixture.client())));

    // Documents at every level: a unit's policy, one account's policy and login rules.
    PolicyService policies(m_fixture.client());
    LoginRuleService rules(m_fixture.client());
    PolicyUpdate unitChange;
    unitChange.level = PolicyLevel::Unit;
    unitChange.targetId = QStringLiteral("1003");
    auto unitDoc =
        wait<PolicyDocument>([&](auto done) { policies.get(PolicyLevel::Unit, unitChange.targetId, nullptr, done); });
    SERVICE_VERIFY(unitDoc);
    unitChange.expectedVersion = unitDoc->version;
    unitChange.set.trustedBrowserDays = 30;
    auto unitUpdated = wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { policies.update(unitChange, nullptr, done); });
    QVERIFY(unitUpdated);

    const QString account = QStringLiteral("syncpolicy01");
    SERVICE_VERIFY(servicetest::createAccount(*std::make_unique<AccountService>(m_fixture.client()), account, 7002));
    PolicyUpdate accountChange;
    accountChange.level = PolicyLevel::Account;
    accountChange.targetId = account;
    accountChange.set.autoForward = true;
    auto accountUpdated = wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { policies.update(accountChange, nullptr, done); });
    QVERIFY(accountUpdated);
    LoginRuleUpdate ruleChange;
    ruleChange.level = LoginRuleLevel::Account;
    ruleChange.targetId = account;
    ruleChange.rules = QList<LoginRule>{{LoginAction::Allow, LoginRuleKind::Region, QStringLiteral("衢州市")}};
    ruleChange.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    ruleChange.defaultAction = LoginAction::Deny;
    auto ruleUpdated = wait<LoginRuleDocument, UpdateError<LoginRuleDocument>>(
        [&](auto done) { rules.update(ruleChange, nullptr, done); });
    QVERIFY(ruleUpdated);

    PolicySync stream(*db, m_fixture.client());
    QCOMPARE(stream.name(), QStringLiteral("policy"));
    const StreamResult result = runStream(stream);
    QVERIFY2(result, qPrintable(describe(result)));
    QVERIFY(allMatch(*result));

    PolicyRepository repository(*db);
    auto cachedUnit = repository.load(DocumentKind::Policy, QStringLiteral("unit"), QStringLiteral("1003"));
    QVERIFY(cachedUnit && cachedUnit->has_value());
    auto unitBack = policyDocumentFromStored(**cachedUnit);
    SERVICE_VERIFY(unitBack);
    QCOMPARE(unitBack->version, unitUpdated->version);
    QVERIFY(unitBack->policy == unitUpdated->policy);

    auto cachedAccount = repository.load(DocumentKind::Policy, QStringLiteral("account"), account);
    QVERIFY(cachedAccount && cachedAccount->has_value());
    auto accountBack = policyDocumentFromStored(**cachedAccount);
    SERVICE_VERIFY(accountBack);
    QCOMPARE(accountBack->version, accountUpdated->version);
    QVERIFY(accountBack->policy == accountUpdated->policy);

    auto cachedRules = repository.load(DocumentKind::LoginRules, QStringLiteral("account"), account);
    QVERIFY(cachedRules && cachedRules->has_value());
    auto rulesBack = loginRuleDocumentFromStored(**cachedRules);
    SERVICE_VERIFY(rulesBack);
    QCOMPARE(rulesBack->version, ruleUpdated->version);
    QVERIFY(rulesBack->rules == ruleUpdated->rules);
    QVERIFY(rulesBack->defaultAction == std::optional<LoginAction>(LoginAction::Deny));

    auto domain = wait<PolicyDocument>([&](auto done) { policies.get(PolicyLevel::Domain, {}, nullptr, done); });
    SERVICE_VERIFY(domain);
    auto cachedDomain = repository.list(DocumentKind::Policy, QStringLiteral("domain"));
    QVERIFY(cachedDomain && cachedDomain->size() == 1);
    QCOMPARE(cachedDomain->at(0).version, domain->version);
    QVERIFY(policyDocumentFromStored(cachedDomain->at(0))->policy == domain->policy);

    // Verify reads the documents again and finds every cached version current; after a change it says so.
    StreamResult verified = runStream(stream, true);
    QVERIFY2(verified, qPrintable(describe(verified)));
    QVERIFY(allMatch(*verified));
    unitChange.expectedVersion = unitUpdated->version;
    unitChange.set.trustedBrowserDays = 45;
    QVERIFY((wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { policies.update(unitChange, nullptr, done); })));
    verified = runStream(stream, true);
    QVERIFY2(verified, qPrintable(describe(verified)));
    QVERIFY(!verified->checks.isEmpty());
    QCOMPARE(verified->checks.at(0).local + 1, verified->checks.at(0).platform);

    // The next pass picks the change up.
    QVERIFY(runStream(stream));
    QVERIFY(allMatch(*runStream(stream, true)));
}

void TestAccountSync::aSecondRunWhileOneIsInProgressIsRefusedNotDropped_data()
{
    QTest::addColumn<bool>("policy");
    QTest::addColumn<bool>("secondIsVerify");
    QTest::newRow("accounts, run") << false << false;
    QTest::newRow("accounts, verify") << false << true;
    QTest::newRow("policy, run") << true << false;
    QTest::newRow("policy, verify") << true << true;
}

void TestAccountSync::aSecondRunWhileOneIsInProgressIsRefusedNotDropped()
{
    QFETCH(bool, policy);
    QFETCH(bool, secondIsVerify);
    auto db = openCache();
    QVERIFY(db);
    std::unique_ptr<SyncStream> stream;
    if (policy) {
        stream = std::make_unique<PolicySync>(*db, m_fixture.client());
    } else {
        stream = std::make_unique<AccountSync>(*db, m_fixture.client());
    }
    int firstAnswers = 0;
    int secondAnswers = 0;
    std::optional<StreamResult> first;
    std::optional<StreamResult> second;
    stream->run({}, [&](const StreamResult& outcome) {
        ++firstAnswers;
        first.emplace(outcome);
    });
    const auto onSecond = [&](const StreamResult& outcome) {
        ++secondAnswers;
        second.emplace(outcome);
    };
    if (secondIsVerify) {
        stream->verify(onSecond);
    } else {
        stream->run({}, onSecond);
    }
    QVERIFY(!second); // told on the next turn of the event loop, never inside run()
    QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 120000));
    QTest::qWait(50);
    QCOMPARE(firstAnswers, 1);
    QCOMPARE(secondAnswers, 1);
    QVERIFY2(*first, qPrintable(describe(*first)));
    QVERIFY(!*second);
    const auto* misuse = std::get_if<DbError>(&second->error().cause);
    QVERIFY(misuse != nullptr);
    QVERIFY(misuse->kind == DbError::Kind::Misuse);

    // Nothing of the refused call lingers: the next run is answered once, normally.
    const StreamResult again = runStream(*stream);
    QVERIFY2(again, qPrintable(describe(again)));
}

void TestAccountSync::cancelThenResumeEqualsACleanSync()
{
    auto db = openCache();
    QVERIFY(db);
    AccountSync stream(*db, m_fixture.client());
    stream.setPageSize(40);
    int progressed = 0;
    const StreamResult cancelled = runStream(stream, false, [&] {
        if (++progressed == 2) {
            stream.cancel();
        }
    });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().cancelled());
    QCOMPARE(*AccountRepository(*db).count(), qint64(80)); // the two committed pages, nothing more
    auto state = SyncState(*db).load(QStringLiteral("accounts"));
    QVERIFY(state && state->has_value());
    QVERIFY(!(*state)->value(QStringLiteral("cursor")).toString().isEmpty());

    const StreamResult resumed = runStream(stream);
    QVERIFY2(resumed, qPrintable(describe(resumed)));
    QVERIFY(allMatch(*resumed));
    QVERIFY(cacheEqualsPlatform(*db));
}

// With a writer (as makeStandardStreams gives it) each page is committed in the writer's thread while the next one is
// read: a pass equals the platform and the next one writes nothing. Cancelled at its second committed page, a pass
// keeps whole pages (those handed to the writer before the cancel, never the one read after it) with the cursor past
// the last of them, and the next run resumes there and ends with the platform's accounts.
void TestAccountSync::withAWriterEqualsThePlatformAndResumesAfterACancel()
{
    const auto writerFor = [](Db& db) {
        auto another = db.openAnother();
        return another ? std::make_shared<DbWriter>(std::move(*another)) : nullptr;
    };
    {
        auto db = openCache();
        QVERIFY(db);
        const std::shared_ptr<DbWriter> writer = writerFor(*db);
        QVERIFY(writer);
        AccountSync stream(*db, m_fixture.client(), writer);
        stream.setPageSize(40);
        const StreamResult result = runStream(stream);
        QVERIFY2(result, qPrintable(describe(result)));
        QVERIFY(allMatch(*result));
        QCOMPARE(result->rowsWritten, *AccountRepository(*db).count());
        QVERIFY(cacheEqualsPlatform(*db));
        const StreamResult again = runStream(stream);
        QVERIFY2(again, qPrintable(describe(again)));
        QCOMPARE(again->rowsWritten, qint64(0));
    }
    auto db = openCache();
    QVERIFY(db);
    const std::shared_ptr<DbWriter> writer = writerFor(*db);
    QVERIFY(writer);
    AccountSync stream(*db, m_fixture.client(), writer);
    stream.setPageSize(40);
    int progressed = 0;
    const StreamResult cancelled = runStream(stream, false, [&] {
        if (++progressed == 2) {
            stream.cancel();
        }
    });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().cancelled());
    const qint64 kept = *AccountRepository(*db).count();
    QVERIFY2(kept >= 80 && kept <= 40 * (2 + AccountSync::kPagesAhead) && kept % 40 == 0,
             qPrintable(QString::number(kept)));
    QVERIFY(kept < platformAccounts().size());
    auto state = SyncState(*db).load(QStringLiteral("accounts"));
    QVERIFY(state && state->has_value());
    QVERIFY(!(*state)->value(QStringLiteral("cursor")).toString().isEmpty());

    const StreamResult resumed = runStream(stream);
    QVERIFY2(resumed, qPrintable(describe(resumed)));
    QVERIFY(allMatch(*resumed));
    QVERIFY(cacheEqualsPlatform(*db));
}

void TestAccountSync::restartAfterAnAbandonedPassResumesFromTheCursor()
{
    // The process dying after a commit is the stream (and its connection) vanishing between two pages: a new
    // stream on a reopened file must continue from the stored cursor, not from the start.
    const QString path = m_dir.filePath(QStringLiteral("abandoned.db"));
    const QByteArray key = Db::generateKey();
    {
        auto db = Db::open(path, key);
        QVERIFY(db);
        QVERIFY(schema::migrate(*db));
        auto stream = std::make_unique<AccountSync>(*db, m_fixture.client());
        stream->setPageSize(50);
        bool abandoned = false;
        stream->run(
            [&](qint64, qint64) {
                if (!abandoned) {
                    abandoned = true;
                    QTimer::singleShot(0, [&] { stream.reset(); });
                }
            },
            [](const StreamResult&) { QFAIL("an abandoned stream must not answer"); });
        QVERIFY(QTest::qWaitFor([&] { return !stream; }, 60000));
        QTest::qWait(200);
        QCOMPARE(*AccountRepository(*db).count(), qint64(50));
    }
    auto db = Db::open(path, key);
    QVERIFY(db);
    AccountSync stream(*db, m_fixture.client());
    stream.setPageSize(50);
    const StreamResult resumed = runStream(stream);
    QVERIFY2(resumed, qPrintable(describe(resumed)));
    QVERIFY(allMatch(*resumed));
    QVERIFY(cacheEqualsPlatform(*db));
}

void TestAccountSync::syncUnderInjectedFaultsEndsEqual()
{
    auto db = openCache();
    QVERIFY(db);
    AccountSync accounts(*db, m_fixture.client());
    accounts.setPageSize(60);
    PolicySync policy(*db, m_fixture.client());
    QVERIFY(m_fixture.setFaults(
        QStringLiteral("latency=0.05:50,5xx=0.08,drop=0.04,dropafter=0.04,truncate=0.04,ratelimit=0.03:3,seed=11")));
    // A pass may still give up when the faults outlast the retries; the next run resumes from the last batch.
    bool accountsDone = false;
    bool policyDone = false;
    for (int attempt = 0; attempt < 8 && !(accountsDone && policyDone); ++attempt) {
        if (!accountsDone) {
            const StreamResult result = runStream(accounts);
            accountsDone = bool(result);
            if (!result) {
                qInfo() << "accounts attempt" << attempt << describe(result);
            }
        }
        if (!policyDone) {
            const StreamResult result = runStream(policy);
            policyDone = bool(result);
            if (!result) {
                qInfo() << "policy attempt" << attempt << describe(result);
            }
        }
    }
    QVERIFY(m_fixture.setFaults(QString()));
    QVERIFY(accountsDone);
    QVERIFY(policyDone);
    QVERIFY(cacheEqualsPlatform(*db));
    const StreamResult accountsVerified = runStream(accounts, true);
    QVERIFY2(accountsVerified, qPrintable(describe(accountsVerified)));
    QVERIFY(allMatch(*accountsVerified));
    const StreamResult policyVerified = runStream(policy, true);
    QVERIFY2(policyVerified, qPrintable(describe(policyVerified)));
    QVERIFY(allMatch(*policyVerified));
    // The documents equal those of a clean pass without faults, at every level.
    auto clean = openCache();
    QVERIFY(clean);
    QVERIFY(runStream(*std::make_unique<PolicySync>(*clean, m_fixture.client())));
    for (const DocumentKind kind : {DocumentKind::Policy, DocumentKind::LoginRules}) {
        auto faulted = PolicyRepository(*db).list(kind);
        auto expected = PolicyRepository(*clean).list(kind);
        QVERIFY(faulted && expected);
        QCOMPARE(faulted->size(), expected->size());
        for (qsizetype i = 0; i < expected->size(); ++i) {
            QCOMPARE(faulted->at(i).targetId, expected->at(i).targetId);
            QCOMPARE(faulted->at(i).version, expected->at(i).version);
            QCOMPARE(faulted->at(i).document, expected->at(i).document);
        }
    }
}

QTEST_MAIN(TestAccountSync)
#include "tst_accountsync.moc"
