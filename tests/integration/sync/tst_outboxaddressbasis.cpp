// The address basis through the outbox against the real dmsandbox over TLS, with a real SQLCipher cache: set and
// clear it, create an account with one, finish an interrupted create without losing the basis, report a basis the
// platform refused while the account exists, and carry an import file's basis to the platform.

#include "../client/ServiceTestSupport.h"
#include "OutboxTestSupport.h"
#include "core/AddressBasisRules.h"
#include "core/ImportParser.h"
#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/Outbox.h"
#include "store/Schema.h"
#include "sync/ImportPlanner.h"
#include "sync/OutboxPayload.h"
#include "sync/OutboxRunner.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace dm;
using namespace servicetest;

namespace {

// Mobiles and ID numbers of this file: 7000..
NewAccount recipient(const QString& accountName, int i)
{
    NewAccount account;
    account.accountName = accountName;
    account.name = QStringLiteral("依据%1").arg(i);
    account.mobile = testMobile(7000 + i);
    account.idNumber = testIdNumber(7000 + i);
    account.jobNumber = QStringLiteral("(2026)粤0104民初%1号").arg(7000 + i);
    return account;
}

AddressBasis confirmed(const QString& reference)
{
    // Before the end of the sandbox's seeded history (2026-09-21) and today.
    return AddressBasis{AddressBasisKind::Confirmed, QDate(2026, 6, 1), reference};
}

bool sameBasis(const std::optional<AddressBasis>& a, const std::optional<AddressBasis>& b)
{
    if (!a || !b) {
        return !a && !b;
    }
    return a->kind == b->kind && a->date == b->date && a->reference == b->reference;
}

} // namespace

class TestOutboxAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void setsChangesAndClearsTheBasis();
    void createWithABasisRecordsBoth();
    void createInterruptedBeforeTheBasisFinishesOnResume();
    void createInterruptedAfterItsMarkRecordsOnlyTheBasis();
    void aLateCopyOfTheInterruptedCreateIsFoundAfterTheRefusal();
    void aBasisThePlatformRefusesIsReportedAndRetriedAlone();
    void aCreateWhoseMarkWasNotSavedIsReconciledOnRetry();
    void importCarriesTheBasisToNewAndExistingAccounts();

private:
    [[nodiscard]] Db open() const;
    QList<OutboxResult> runAll(Db& db, const QString& batch = {});
    // The account as the platform's delivery listing has it (with its basis); nullopt when absent.
    std::optional<Account> onPlatform(const QString& accountName);
    int platformCount(const QString& accountName);
    QList<AuditEntry> ledger(Db& db);

    ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    outboxtest::FreshCaches m_caches;
};

void TestOutboxAddressBasis::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.info=false\ndm.*.debug=false"));
    QVERIFY(m_fixture.start());
    QVERIFY(m_dir.isValid());
}

void TestOutboxAddressBasis::init()
{
    m_caches.next(m_dir);
}

Db TestOutboxAddressBasis::open() const
{
    return m_caches.open();
}

QList<OutboxResult> TestOutboxAddressBasis::runAll(Db& db, const QString& batch)
{
    return outboxtest::runOutbox(db, m_fixture.client(), batch, 0, 120000);
}

std::optional<Account> TestOutboxAddressBasis::onPlatform(const QString& accountName)
{
    AccountService accounts(m_fixture.client());
    AccountFilter filter;
    filter.keyword = accountName;
    const auto page = wait<KeysetPage<Account>>([&](auto done) { accounts.list(filter, QString(), nullptr, done); });
    if (!page) {
        qWarning("listing failed: %s", qPrintable(describe(page.error())));
        return std::nullopt;
    }
    for (const Account& account : page->items) {
        if (account.accountName == accountName) {
            return account;
        }
    }
    return std::nullopt;
}

int TestOutboxAddressBasis::platformCount(const QString& accountName)
{
    AccountService accounts(m_fixture.client());
    AccountFilter filter;
    filter.keyword = accountName;
    const auto page = wait<KeysetPage<Account>>([&](auto done) { accounts.list(filter, QString(), nullptr, done); });
    int count = 0;
    for (const Account& account : page ? page->items : QList<Account>()) {
        count += account.accountName == accountName ? 1 : 0;
    }
    return page ? count : -1;
}

QList<AuditEntry> TestOutboxAddressBasis::ledger(Db& db)
{
    auto verdict = AuditLedger(db).verify();
    if (!verdict || !verdict->intact()) {
        qWarning("the audit ledger is not intact");
        return {};
    }
    auto entries = AuditLedger(db).recent(100);
    return entries ? *entries : QList<AuditEntry>();
}

void TestOutboxAddressBasis::setsChangesAndClearsTheBasis()
{
    AccountService accounts(m_fixture.client());
    SERVICE_VERIFY(createAccount(accounts, QStringLiteral("basisset"), 7100));
    Db db = open();
    Outbox outbox(db);

    // A reference with a mobile typed into it: the platform keeps it, the ledger masks it.
    const AddressBasis first = confirmed(QStringLiteral("(2026)粤0104民初7100号送达地址确认书 ") + testMobile(7199));
    QVERIFY(outbox.enqueue(outboxpayload::setAddressBasis(QStringLiteral("basisset"), first)));
    QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).addressBasisKnown);
    QVERIFY(results.at(0).account && sameBasis(results.at(0).account->addressBasis, first));
    auto platform = onPlatform(QStringLiteral("basisset"));
    QVERIFY(platform);
    QVERIFY(sameBasis(platform->addressBasis, first));
    const qint64 updatedAt = platform->updatedAt;

    // The same basis again (a retried item): done, and the platform changes nothing.
    QVERIFY(outbox.enqueue(outboxpayload::setAddressBasis(QStringLiteral("basisset"), first)));
    results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.at(0).state == OutboxState::Done);
    QCOMPARE(onPlatform(QStringLiteral("basisset"))->updatedAt, updatedAt);

    const AddressBasis provided{AddressBasisKind::Provided, QDate(2026, 5, 2), QStringLiteral("起诉状第2页")};
    QVERIFY(outbox.enqueue(outboxpayload::setAddressBasis(QStringLiteral("basisset"), provided)));
    QVERIFY(runAll(db).at(0).state == OutboxState::Done);
    QVERIFY(sameBasis(onPlatform(QStringLiteral("basisset"))->addressBasis, provided));

    QVERIFY(outbox.enqueue(outboxpayload::setAddressBasis(QStringLiteral("basisset"), std::nullopt)));
    results = runAll(db);
    QVERIFY(results.at(0).state == OutboxState::Done);
    QVERIFY(results.at(0).account && !results.at(0).account->addressBasis);
    QVERIFY(!onPlatform(QStringLiteral("basisset"))->addressBasis);

    // One ledger entry per item, saying what was set, never a personal number.
    const QList<AuditEntry> entries = ledger(db);
    QCOMPARE(entries.size(), 4);
    for (const AuditEntry& entry : entries) {
        QCOMPARE(entry.action, QStringLiteral("setAddressBasis"));
        QCOMPARE(entry.target, QStringLiteral("basisset"));
        QCOMPARE(entry.result, QStringLiteral("ok"));
        QVERIFY2(!entry.detail.contains(testMobile(7199)), qPrintable(entry.detail));
    }
    QVERIFY2(entries.constLast().detail.contains(QStringLiteral("addressBasis=confirmed basisDate=2026-06-01")),
             qPrintable(entries.constLast().detail));
    QVERIFY2(entries.constLast().detail.contains(QStringLiteral("7100号送达地址确认书")),
             qPrintable(entries.constLast().detail));
    QVERIFY2(entries.constFirst().detail.contains(QStringLiteral("addressBasis=none")),
             qPrintable(entries.constFirst().detail));
    // Done items keep nothing to send.
    QCOMPARE(db.queryText("SELECT count(*) FROM outbox WHERE payload <> '{}'").value(), QStringLiteral("0"));
}

void TestOutboxAddressBasis::createWithABasisRecordsBoth()
{
    Db db = open();
    const AddressBasis basis = confirmed(QStringLiteral("(2026)粤0104民初7001号送达地址确认书"));
    QVERIFY(Outbox(db).enqueue(outboxpayload::createAccount(recipient(QStringLiteral("basisnew"), 1), basis)));
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).addressBasisKnown);
    QVERIFY(sameBasis(results.at(0).account->addressBasis, basis));
    const auto platform = onPlatform(QStringLiteral("basisnew"));
    QVERIFY(platform);
    QCOMPARE(platform->name, QStringLiteral("依据1"));
    QVERIFY(sameBasis(platform->addressBasis, basis));
    const QList<AuditEntry> entries = ledger(db);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("createAccount"));
    QVERIFY2(entries.at(0).detail.contains(QStringLiteral("addressBasis=confirmed")), qPrintable(entries.at(0).detail));
    QVERIFY(!entries.at(0).detail.contains(testMobile(7001)));
}

void TestOutboxAddressBasis::createInterruptedBeforeTheBasisFinishesOnResume()
{
    const NewAccount account = recipient(QStringLiteral("basiscrash1"), 2);
    const AddressBasis basis{AddressBasisKind::CourtFound, QDate(2026, 4, 4), QStringLiteral("立案登记预留信息")};
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::createAccount(account, basis)));
        QVERIFY(outbox.claimNext()->has_value());
        // The create reached the platform, then the process died: no answer recorded, no basis sent.
        AccountService accounts(m_fixture.client());
        NewAccount sent = account;
        sent.initialPassword = generateInitialPassword();
        SERVICE_VERIFY(wait<Account>([&](auto done) { accounts.create(sent, nullptr, done); }));
    }
    QVERIFY(!onPlatform(QStringLiteral("basiscrash1"))->addressBasis);
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 1);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    QCOMPARE(platformCount(QStringLiteral("basiscrash1")), 1);
    QVERIFY(sameBasis(onPlatform(QStringLiteral("basiscrash1"))->addressBasis, basis));
}

void TestOutboxAddressBasis::createInterruptedAfterItsMarkRecordsOnlyTheBasis()
{
    const NewAccount account = recipient(QStringLiteral("basiscrash2"), 3);
    const AddressBasis basis = confirmed(QStringLiteral("(2026)粤0104民初7003号送达地址确认书"));
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::createAccount(account, basis)));
        const auto item = outbox.claimNext().value();
        QVERIFY(item);
        AccountService accounts(m_fixture.client());
        NewAccount sent = account;
        sent.initialPassword = generateInitialPassword();
        SERVICE_VERIFY(wait<Account>([&](auto done) { accounts.create(sent, nullptr, done); }));
        // As the executor leaves it between its two calls.
        QJsonObject payload = item->payload;
        payload.insert(QStringLiteral("accountCreated"), true);
        QVERIFY(outbox.updatePayload(item->id, payload));
    }
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 1);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("basisOnly")).toBool());
    QCOMPARE(platformCount(QStringLiteral("basiscrash2")), 1);
    QVERIFY(sameBasis(onPlatform(QStringLiteral("basiscrash2"))->addressBasis, basis));
    QVERIFY(ledger(db).at(0).detail.contains(QStringLiteral("basisOnly")));
}

void TestOutboxAddressBasis::aLateCopyOfTheInterruptedCreateIsFoundAfterTheRefusal()
{
    const NewAccount account = recipient(QStringLiteral("basislate"), 8);
    const AddressBasis basis = confirmed(QStringLiteral("(2026)粤0104民初7008号送达地址确认书"));
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::createAccount(account, basis)));
        QVERIFY(outbox.claimNext()->has_value()); // then the process died, its create still on the way
    }
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 1);
    // The resumed run asks first and is told "no such account"; the dead process's create lands right after that
    // answer, before the resumed run's own create, which is then refused: the name is taken.
    bool lateCopyLanded = false;
    QNetworkAccessManager& network = m_fixture.client().network();
    const auto landLateCopy =
        QObject::connect(&network, &QNetworkAccessManager::finished, &network, [&](QNetworkReply* reply) {
            if (lateCopyLanded || !reply->url().path().endsWith(QLatin1String("/getAccount"))) {
                return;
            }
            lateCopyLanded = true;
            AccountService accounts(m_fixture.client());
            NewAccount sent = account;
            sent.initialPassword = generateInitialPassword();
            const auto made = wait<Account>([&](auto done) { accounts.create(sent, nullptr, done); });
            QVERIFY2(made, "the late copy was not created");
        });
    const QList<OutboxResult> results = runAll(db);
    QObject::disconnect(landLateCopy);
    QVERIFY(lateCopyLanded);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    QCOMPARE(platformCount(QStringLiteral("basislate")), 1);
    QVERIFY(sameBasis(onPlatform(QStringLiteral("basislate"))->addressBasis, basis));
}

void TestOutboxAddressBasis::aBasisThePlatformRefusesIsReportedAndRetriedAlone()
{
    Db db = open();
    Outbox outbox(db);
    // After the platform's today: it refuses the basis, after the account is made.
    AddressBasis future = confirmed(QStringLiteral("(2026)粤0104民初7004号送达地址确认书"));
    future.date = AddressBasisRules::today().addDays(30);
    const qint64 id =
        outbox.enqueue(outboxpayload::createAccount(recipient(QStringLiteral("basisrefused"), 4), future)).value();
    QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    const OutboxResult& failed = results.at(0);
    QVERIFY(failed.state == OutboxState::Failed);
    QVERIFY2(failed.errorCode.contains(QStringLiteral("addressBasis.date")), qPrintable(failed.errorCode));
    QVERIFY2(failed.errorMessage.contains(QStringLiteral("was created")), qPrintable(failed.errorMessage));
    QVERIFY(failed.outcome.value(QStringLiteral("accountCreated")).toBool());
    QVERIFY(failed.account && failed.account->accountName == QStringLiteral("basisrefused"));
    QCOMPARE(platformCount(QStringLiteral("basisrefused")), 1);
    QVERIFY(ledger(db).at(0).detail.contains(QStringLiteral("accountCreated")));
    QVERIFY(ledger(db).at(0).result.startsWith(QStringLiteral("failed:")));

    // A retry sends only the basis: refused again, but never "the account exists".
    QVERIFY(outbox.retry(id).value());
    results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.at(0).state == OutboxState::Failed);
    QVERIFY(results.at(0).outcome.value(QStringLiteral("basisOnly")).toBool());
    QVERIFY2(results.at(0).errorCode.contains(QStringLiteral("addressBasis.date")),
             qPrintable(results.at(0).errorCode));

    // With a date the platform takes (the clerk corrected it), the retry records the basis of the same account.
    const OutboxItem item = outbox.item(id).value().value();
    QJsonObject payload = item.payload;
    QJsonObject basis = payload.value(QStringLiteral("addressBasis")).toObject();
    basis.insert(QStringLiteral("date"), QStringLiteral("2026-09-01"));
    payload.insert(QStringLiteral("addressBasis"), basis);
    auto corrected = db.prepare("UPDATE outbox SET payload = ?2 WHERE id = ?1");
    QVERIFY(corrected);
    QVERIFY(
        corrected->bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))).run());
    QVERIFY(outbox.retry(id).value());
    results = runAll(db);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QCOMPARE(platformCount(QStringLiteral("basisrefused")), 1);
    QCOMPARE(onPlatform(QStringLiteral("basisrefused"))->addressBasis->date, QDate(2026, 9, 1));
}

void TestOutboxAddressBasis::aCreateWhoseMarkWasNotSavedIsReconciledOnRetry()
{
    Db db = open();
    Outbox outbox(db);
    // The cache refuses the mark "account created" (a full disk, say); only that write fails.
    QVERIFY(db.exec("CREATE TEMP TRIGGER refuse_created_mark BEFORE UPDATE OF payload ON outbox "
                    "WHEN NEW.payload LIKE '%accountCreated%' BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    // And the platform refuses the basis, after the account is made.
    AddressBasis future = confirmed(QStringLiteral("(2026)粤0104民初7007号送达地址确认书"));
    future.date = AddressBasisRules::today().addDays(30);
    const qint64 id =
        outbox.enqueue(outboxpayload::createAccount(recipient(QStringLiteral("basisunmarked"), 7), future)).value();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not mark outbox item .* as created")));
    QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.at(0).state == OutboxState::Failed);
    QVERIFY(results.at(0).outcome.value(QStringLiteral("accountCreated")).toBool());
    QCOMPARE(platformCount(QStringLiteral("basisunmarked")), 1);
    // Without the mark, a retry would send the create again and be told the account exists: it must ask first.
    OutboxItem item = outbox.item(id).value().value();
    QVERIFY(!item.payload.contains(QStringLiteral("accountCreated")));
    QVERIFY(item.reconcile);

    QVERIFY(db.exec("DROP TRIGGER refuse_created_mark"));
    QJsonObject payload = item.payload;
    QJsonObject basis = payload.value(QStringLiteral("addressBasis")).toObject();
    basis.insert(QStringLiteral("date"), QStringLiteral("2026-09-01"));
    payload.insert(QStringLiteral("addressBasis"), basis);
    auto corrected = db.prepare("UPDATE outbox SET payload = ?2 WHERE id = ?1");
    QVERIFY(corrected);
    QVERIFY(
        corrected->bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))).run());
    QVERIFY(outbox.retry(id).value());
    results = runAll(db);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.at(0).state == OutboxState::Done, qPrintable(results.at(0).errorMessage));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    QCOMPARE(platformCount(QStringLiteral("basisunmarked")), 1);
    const auto platform = onPlatform(QStringLiteral("basisunmarked"));
    QVERIFY(platform && platform->addressBasis);
    QCOMPARE(platform->addressBasis->date, QDate(2026, 9, 1));
}

void TestOutboxAddressBasis::importCarriesTheBasisToNewAndExistingAccounts()
{
    // One account the platform and the cache already have, without a basis; the file gives it one.
    AccountService accounts(m_fixture.client());
    NewAccount known = recipient(QStringLiteral("basisknown"), 5);
    known.initialPassword = generateInitialPassword();
    const auto created = wait<Account>([&](auto done) { accounts.create(known, nullptr, done); });
    SERVICE_VERIFY(created);
    Db db = open();
    QVERIFY(AccountRepository(db).upsert({*created}, AddressBasisKnown::No));

    const NewAccount fresh = recipient(QStringLiteral("basisimport"), 6);
    const QString csv = QStringLiteral("帐号,姓名,手机号,身份证号,案号,送达地址依据,确认日期,确认书编号\n") +
                        QStringList{fresh.accountName,
                                    fresh.name,
                                    fresh.mobile,
                                    fresh.idNumber,
                                    fresh.jobNumber,
                                    QStringLiteral("已确认"),
                                    QStringLiteral("2026/6/1"),
                                    QStringLiteral("(2026)粤0104民初7006号送达地址确认书")}
                            .join(u',') +
                        u'\n' +
                        QStringList{known.accountName,
                                    known.name,
                                    known.mobile,
                                    known.idNumber,
                                    known.jobNumber,
                                    QStringLiteral("受送达人提供"),
                                    QStringLiteral("2026-05-05"),
                                    QStringLiteral("起诉状")}
                            .join(u',') +
                        u'\n';
    const QByteArray data = csv.toUtf8();
    ImportOptions options;
    auto table = ImportParser::read(data, options);
    QVERIFY(table);
    auto candidates = ImportParser::validate(*table, options);
    QVERIFY(candidates);
    ImportPlanner::Context context;
    context.fileDigest = ImportPlanner::digest(data);
    context.index = ImportPlanner::lookup(db, candidates->rows).value();
    auto plan = ImportPlanner::plan(*table, options, context);
    QVERIFY(plan);
    QCOMPARE(plan->toCreate.size(), 1);
    QCOMPARE(plan->existing.size(), 1);
    QCOMPARE(plan->basisUpdates.size(), 1);
    QVERIFY(ImportPlanner::queue(db, *plan));
    // Queued twice (a rerun before the first ran) adds nothing.
    QVERIFY(ImportPlanner::queue(db, *plan));
    QCOMPARE(Outbox(db).counts(plan->batchId).value().pending, 2);

    const QList<OutboxResult> results = runAll(db, plan->batchId);
    QCOMPARE(results.size(), 2);
    for (const OutboxResult& result : results) {
        QVERIFY2(result.state == OutboxState::Done, qPrintable(result.errorMessage));
    }
    const auto newOne = onPlatform(QStringLiteral("basisimport"));
    QVERIFY(newOne && newOne->addressBasis);
    QVERIFY(newOne->addressBasis->kind == AddressBasisKind::Confirmed);
    QCOMPARE(newOne->addressBasis->reference, QStringLiteral("(2026)粤0104民初7006号送达地址确认书"));
    const auto knownOne = onPlatform(QStringLiteral("basisknown"));
    QVERIFY(knownOne && knownOne->addressBasis);
    QVERIFY(knownOne->addressBasis->kind == AddressBasisKind::Provided);
    QCOMPARE(knownOne->addressBasis->date, QDate(2026, 5, 5));

    Outbox outbox(db);
    const auto rows = ImportPlanner::results(*plan, ImportPlanner::batchItems(outbox, plan->batchId).value());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).outcome, ImportOutcome::Created);
    QCOMPARE(rows.at(1).outcome, ImportOutcome::Existing);
    QCOMPARE(rows.at(1).reason, ImportPlanner::tr("The account already exists; its address basis was recorded."));
}

QTEST_GUILESS_MAIN(TestOutboxAddressBasis)
#include "tst_outboxaddressbasis.moc"
