#include "../client/ServiceTestSupport.h"
#include "OutboxTestSupport.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/Outbox.h"
#include "store/Schema.h"
#include "sync/OutboxPayload.h"
#include "sync/OutboxRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace dm;
using namespace servicetest;

namespace {

// Mobiles and ID numbers of this file: 5000.. (each test file its own range).
NewAccount recipient(const QString& accountName, int i)
{
    NewAccount account;
    account.accountName = accountName;
    account.name = QStringLiteral("受送达人%1").arg(i);
    account.mobile = testMobile(5000 + i);
    account.idNumber = testIdNumber(5000 + i);
    account.jobNumber = QStringLiteral("(2026)粤0104民初%1号").arg(i + 1);
    return account;
}

} // namespace

class TestOutboxRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void createsEveryAccountExactlyOnceUnderFaults();
    void interruptedCreateIsReconciledNotDoubled();
    void interruptedCreateThatNeverHappenedIsSent();
    void interruptedResendIsNotSentTwice();
    void pendingQueueRunsAfterRestart();
    void returnPasswordReachesTheCallerOnlyOnce();
    void cancelStopsClaiming();

private:
    [[nodiscard]] Db open() const;
    // Runs the outbox (of `batch`) to the end and returns the results.
    QList<OutboxResult> runAll(Db& db, const QString& batch = {}, int inFlight = 4);
    // Accounts on the platform whose name contains `keyword`, counted from the faultless listing.
    int platformCount(const QString& keyword);
    void expectIntactLedger(Db& db, qint64 entries);

    ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    outboxtest::FreshCaches m_caches;
};

void TestOutboxRunner::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.info=false\ndm.*.debug=false"));
    QVERIFY(m_fixture.start());
    QVERIFY(m_dir.isValid());
}

void TestOutboxRunner::init()
{
    // A fresh cache file per test: its own ledger, its own queue.
    m_caches.next(m_dir);
    QVERIFY(m_fixture.setFaults(QString()));
}

Db TestOutboxRunner::open() const
{
    return m_caches.open();
}

QList<OutboxResult> TestOutboxRunner::runAll(Db& db, const QString& batch, int inFlight)
{
    return outboxtest::runOutbox(db, m_fixture.client(), batch, inFlight);
}

int TestOutboxRunner::platformCount(const QString& keyword)
{
    int rows = 0;
    QString cursor;
    do {
        QJsonObject body{{QStringLiteral("keyword"), keyword}, {QStringLiteral("pageSize"), 1000}};
        if (!cursor.isEmpty()) {
            body.insert(QStringLiteral("cursor"), cursor);
        }
        const auto page = m_fixture.sandbox().call(QStringLiteral("/api/open/delivery/account/list"), body);
        if (page.code != 0) {
            return -1;
        }
        rows += int(page.data.toObject().value(QStringLiteral("items")).toArray().size());
        cursor = page.data.toObject().value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return rows;
}

void TestOutboxRunner::expectIntactLedger(Db& db, qint64 entries)
{
    auto verdict = AuditLedger(db).verify();
    QVERIFY(verdict);
    QVERIFY2(verdict->intact(), qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, entries);
}

void TestOutboxRunner::createsEveryAccountExactlyOnceUnderFaults()
{
    constexpr int count = 200;
    Db db = open();
    Outbox outbox(db);
    QList<OutboxRequest> requests;
    for (int i = 0; i < count; ++i) {
        OutboxRequest request =
            outboxpayload::createAccount(recipient(QStringLiteral("obx%1").arg(i, 4, 10, QLatin1Char('0')), i));
        request.batchId = QStringLiteral("import-1");
        request.idempotencyKey = QStringLiteral("import-1:%1").arg(i);
        requests.append(request);
    }
    QVERIFY(outbox.enqueueAll(requests));
    QVERIFY(outbox.enqueueAll(requests)); // the same import queued again adds nothing
    QCOMPARE(outbox.counts()->pending, count);

    QVERIFY(m_fixture.setFaults(
        QStringLiteral("dropafter=0.03,drop=0.02,5xx=0.02,truncate=0.02,ratelimit=0.01:3,seed=11")));
    QElapsedTimer timer;
    timer.start();
    const QList<OutboxResult> results = runAll(db, QStringLiteral("import-1"), 8);
    const qint64 elapsed = timer.elapsed();
    const auto injected = m_fixture.sandbox().call(QStringLiteral("/sandbox/faults/get"), {});
    qInfo("faults injected: %s", QJsonDocument(injected.data.toObject()).toJson(QJsonDocument::Compact).constData());
    QVERIFY(m_fixture.setFaults(QString()));
    QStringList failures;
    int reconciled = 0;
    for (const OutboxResult& result : results) {
        if (result.state != OutboxState::Done) {
            failures << result.target + QStringLiteral(": ") + result.errorCode;
        }
        reconciled += result.outcome.value(QStringLiteral("reconciled")).toBool() ? 1 : 0;
    }
    qInfo("%d creates through the outbox under faults in %lld ms (%.0f/s), %d reconciled", int(results.size()), elapsed,
          results.size() * 1000.0 / std::max<qint64>(1, elapsed), reconciled);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    QCOMPARE(results.size(), count);
    QCOMPARE(outbox.counts()->done, count);
    QCOMPARE(platformCount(QStringLiteral("obx")), count);
    expectIntactLedger(db, count);
    // Done items keep no personal numbers.
    QCOMPARE(db.queryText("SELECT count(*) FROM outbox WHERE payload <> '{}'").value(), QStringLiteral("0"));
    const auto ledger = AuditLedger(db).recent(count);
    QVERIFY(ledger);
    for (const AuditEntry& entry : *ledger) {
        QVERIFY2(!entry.detail.contains(testMobile(5000)), qPrintable(entry.detail));
        QCOMPARE(entry.result, QStringLiteral("ok"));
        QCOMPARE(entry.operatorName, QStringLiteral("clerk"));
    }
}

void TestOutboxRunner::interruptedCreateIsReconciledNotDoubled()
{
    const NewAccount account = recipient(QStringLiteral("obxcrash1"), 300);
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::createAccount(account)));
        QVERIFY(outbox.claimNext()->has_value());
        // The call reached the platform, then the process died before recording the answer.
        AccountService accounts(m_fixture.client());
        NewAccount sent = account;
        sent.initialPassword = generateInitialPassword();
        SERVICE_VERIFY(wait<Account>([&](auto done) { accounts.create(sent, nullptr, done); }));
    }
    Db db = open();
    Outbox outbox(db);
    QCOMPARE(outbox.recoverInterrupted().value(), 1);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QCOMPARE(toString(results.at(0).state), toString(OutboxState::Done));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    QCOMPARE(results.at(0).account->name, account.name);
    QCOMPARE(platformCount(QStringLiteral("obxcrash1")), 1);
    expectIntactLedger(db, 1);
    QVERIFY(AuditLedger(db).recent(1)->constFirst().detail.contains(QStringLiteral("reconciled")));
}

void TestOutboxRunner::interruptedCreateThatNeverHappenedIsSent()
{
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::createAccount(recipient(QStringLiteral("obxcrash2"), 301))));
        QVERIFY(outbox.claimNext()->has_value()); // died before the request left
    }
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 1);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QCOMPARE(toString(results.at(0).state), toString(OutboxState::Done));
    QVERIFY(!results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    QCOMPARE(platformCount(QStringLiteral("obxcrash2")), 1);
    expectIntactLedger(db, 1);
}

void TestOutboxRunner::interruptedResendIsNotSentTwice()
{
    // A seeded recipient whose SMS went out long ago (the frozen clock refuses a resend within 60 s of the last).
    AccountService accounts(m_fixture.client());
    AccountFilter waiting;
    waiting.status = AccountStatus::Enabled;
    waiting.activationState = ActivationState::SmsSent;
    waiting.pageSize = 100;
    const auto page = wait<KeysetPage<Account>>([&](auto done) { accounts.list(waiting, QString(), nullptr, done); });
    SERVICE_VERIFY(page);
    QString name;
    for (const Account& account : page->items) {
        if (account.activation.reminderCount < 2) {
            name = account.accountName;
            break;
        }
    }
    QVERIFY2(!name.isEmpty(), "no seeded recipient waits for activation");
    const auto before = wait<Activation>([&](auto done) { accounts.getActivation(name, nullptr, done); });
    SERVICE_VERIFY(before);
    {
        Db db = open();
        Outbox outbox(db);
        QVERIFY(outbox.enqueue(outboxpayload::resendActivation(name)));
        // Runs to the point of no return: the runner recorded the count and the SMS went out; then the crash.
        OutboxRunner runner(db, m_fixture.client());
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(toString(runner.results().at(0).state), toString(OutboxState::Done));
        // Undo the recorded result as if it had never been committed (the process died first).
        QVERIFY(db.exec("UPDATE outbox SET state = 'running'"));
        auto forget =
            db.prepare("UPDATE outbox SET payload = json_object('accountName', ?1, 'reminderCountBefore', ?2)");
        QVERIFY(forget);
        QVERIFY(forget->bind(1, name).bind(2, before->reminderCount).run());
    }
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 1);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QCOMPARE(toString(results.at(0).state), toString(OutboxState::Done));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("reconciled")).toBool());
    const auto after = wait<Activation>([&](auto done) { accounts.getActivation(name, nullptr, done); });
    SERVICE_VERIFY(after);
    QCOMPARE(after->reminderCount, before->reminderCount + 1);
}

void TestOutboxRunner::pendingQueueRunsAfterRestart()
{
    {
        Db db = open();
        Outbox outbox(db);
        QList<OutboxRequest> requests;
        for (int i = 0; i < 5; ++i) {
            requests.append(outboxpayload::createAccount(recipient(QStringLiteral("obxrestart%1").arg(i), 400 + i)));
        }
        QVERIFY(outbox.enqueueAll(requests));
    }
    Db db = open();
    QCOMPARE(Outbox(db).recoverInterrupted().value(), 0);
    QCOMPARE(Outbox(db).counts()->pending, 5);
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 5);
    for (const OutboxResult& result : results) {
        QCOMPARE(toString(result.state), toString(OutboxState::Done));
    }
    QCOMPARE(platformCount(QStringLiteral("obxrestart")), 5);
    expectIntactLedger(db, 5);
}

void TestOutboxRunner::returnPasswordReachesTheCallerOnlyOnce()
{
    AccountService accounts(m_fixture.client());
    SERVICE_VERIFY(createAccount(accounts, QStringLiteral("obxreset"), 5500));
    Db db = open();
    Outbox outbox(db);
    const qint64 id =
        outbox.enqueue(outboxpayload::resetPassword(QStringLiteral("obxreset"), PasswordDelivery::Return)).value();
    OutboxRunner runner(db, m_fixture.client());
    QStringList passwords;
    runner.setPasswordSink([&passwords](const OutboxResult&, const QString& password) { passwords << password; });
    QSignalSpy finished(&runner, &OutboxRunner::finished);
    runner.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(passwords.size(), 1);
    QVERIFY(passwords.at(0).size() >= 8);
    auto traces = db.prepare("SELECT count(*) FROM outbox WHERE instr(payload || outcome || error_message, ?1) > 0");
    QVERIFY(traces);
    traces->bind(1, passwords.at(0));
    QVERIFY(traces->step().value());
    QCOMPARE(traces->int64(0), 0);
    QVERIFY(!AuditLedger(db).recent(1)->constFirst().detail.contains(passwords.at(0)));

    // Interrupted the same way: the password is gone, and the report says so instead of resetting again.
    QVERIFY(db.exec("UPDATE outbox SET state = 'running', payload = '{\"delivery\":\"return\"}'"));
    QCOMPARE(outbox.recoverInterrupted().value(), 1);
    passwords.clear();
    const QList<OutboxResult> results = runAll(db);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).errorCode, QStringLiteral("PASSWORD.LOST"));
    QVERIFY(results.at(0).outcome.value(QStringLiteral("passwordLost")).toBool());
    QVERIFY(!outbox.item(id)->value().reconcile); // retrying makes a fresh reset
    expectIntactLedger(db, 2);
}

void TestOutboxRunner::cancelStopsClaiming()
{
    Db db = open();
    Outbox outbox(db);
    QList<OutboxRequest> requests;
    for (int i = 0; i < 20; ++i) {
        OutboxRequest request = outboxpayload::createAccount(
            recipient(QStringLiteral("obxcancel%1").arg(i, 2, 10, QLatin1Char('0')), 600 + i));
        request.batchId = QStringLiteral("cancel");
        requests.append(request);
    }
    QVERIFY(outbox.enqueueAll(requests));
    OutboxRunner runner(db, m_fixture.client());
    runner.setMaxInFlight(2);
    QSignalSpy finished(&runner, &OutboxRunner::finished);
    connect(&runner, &OutboxRunner::itemFinished, &runner, [&runner] { runner.cancel(); });
    runner.start(QStringLiteral("cancel"));
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(0).toBool());
    const OutboxCounts counts = outbox.counts(QStringLiteral("cancel")).value();
    QCOMPARE(counts.running, 0);
    QVERIFY2(counts.done >= 1 && counts.done <= 2, qPrintable(QString::number(counts.done)));
    QCOMPARE(counts.pending, 20 - counts.done);
    QCOMPARE(platformCount(QStringLiteral("obxcancel")), int(counts.done));
    expectIntactLedger(db, counts.done);
}

QTEST_GUILESS_MAIN(TestOutboxRunner)
#include "tst_outboxrunner.moc"
