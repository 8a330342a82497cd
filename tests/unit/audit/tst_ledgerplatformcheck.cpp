#include "audit/LedgerPlatformCheck.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "store/SyncState.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dm;

namespace {

const QString kDomain = QStringLiteral("court.sandbox.test");
constexpr qint64 kStart = 1'796'000'000'000; // the ledger's first entry
constexpr qint64 kMinute = 60'000;

QString address(const QString& accountName)
{
    return accountName + QLatin1Char('@') + kDomain;
}

} // namespace

// The ledger held against the cached operation log, rule by rule: which kinds must show a row, which may not, the
// extra row of a create with an address basis, the clocks' allowance, and what the last sync has not yet brought.
class TestLedgerPlatformCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingIsCheckedBeforeTheLogIsSynced();
    void eachKindIsPairedWithItsRow();
    void aRowOutsideTheClockAllowanceDoesNotCount();
    void changesAfterTheLastSyncWaitForTheNext();
    void aLargeImportIsPairedOneToOne();

private:
    void record(const QString& action, const QString& target, qint64 time, const QString& result = QStringLiteral("ok"),
                const QString& detail = {});
    void logRow(const QString& action, const QString& target, qint64 time, LogResult result = LogResult::Success);
    void syncedTo(qint64 time);
    [[nodiscard]] PlatformCrossCheck check();

    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    qint64 m_nextRowId = 1;
};

void TestLedgerPlatformCheck::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    auto db = Db::open(path, Db::generateKey());
    QVERIFY(db);
    db->setLedgerKey(LedgerKey::generate());
    QVERIFY(schema::migrate(*db));
    m_db.emplace(std::move(*db));
    m_nextRowId = 1;
}

void TestLedgerPlatformCheck::record(const QString& action, const QString& target, qint64 time, const QString& result,
                                     const QString& detail)
{
    AuditEntry entry;
    entry.operatorName = QStringLiteral("clerk");
    entry.action = action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    entry.time = time;
    QVERIFY(AuditLedger(*m_db).append(entry));
}

void TestLedgerPlatformCheck::logRow(const QString& action, const QString& target, qint64 time, LogResult result)
{
    OperationRecord row;
    row.id = m_nextRowId++;
    row.time = time;
    row.operatorAddress = address(QStringLiteral("admin"));
    row.action = action;
    row.target = target;
    row.result = result;
    row.ip = QStringLiteral("127.0.0.1");
    QVERIFY(LogRepository(*m_db).insertOperations({&row, 1}));
}

void TestLedgerPlatformCheck::syncedTo(qint64 time)
{
    QVERIFY(SyncState(*m_db).save(QStringLiteral("operations"), {{QStringLiteral("syncedTo"), time}}));
}

PlatformCrossCheck TestLedgerPlatformCheck::check()
{
    auto checked = crossCheckWithPlatform(*m_db, kDomain);
    if (!checked) {
        qWarning("%s", qPrintable(checked.error()));
        return {};
    }
    return *checked;
}

void TestLedgerPlatformCheck::nothingIsCheckedBeforeTheLogIsSynced()
{
    record(QStringLiteral("createAccount"), QStringLiteral("a1"), kStart);
    const PlatformCrossCheck result = check();
    QVERIFY(!result.syncedTo);
    QCOMPARE(result.checked, 0);
    QVERIFY(!result.contradicted());
}

void TestLedgerPlatformCheck::eachKindIsPairedWithItsRow()
{
    qint64 t = kStart;
    // A create with a basis: two rows, one entry.
    record(QStringLiteral("createAccount"), QStringLiteral("a1"), t + 2000);
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("a1")), t + 1000);
    logRow(QStringLiteral("setAddressBasis"), address(QStringLiteral("A1")), t + 1500); // the platform's case
    // A create whose basis failed: ledgered as failed, but the account exists.
    t += kMinute;
    record(QStringLiteral("createAccount"), QStringLiteral("a2"), t, QStringLiteral("failed:addressBasis.date"),
           QStringLiteral("createAccount item=2 attempt=1 accountCreated"));
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("a2")), t - 500);
    // Its retry, which only recorded the basis.
    t += kMinute;
    record(QStringLiteral("createAccount"), QStringLiteral("a2"), t, QStringLiteral("ok"),
           QStringLiteral("createAccount item=2 attempt=2 basisOnly"));
    logRow(QStringLiteral("setAddressBasis"), address(QStringLiteral("a2")), t - 500);
    // The domain's login rules, logged under the domain's name.
    t += kMinute;
    record(QStringLiteral("updateLoginRules"), QStringLiteral("domain"), t);
    logRow(QStringLiteral("updateDomainLoginRule"), kDomain, t);
    // A unit's policy, by unit id on both sides.
    t += kMinute;
    record(QStringLiteral("updatePolicy"), QStringLiteral("u-17"), t);
    logRow(QStringLiteral("updatePolicy"), QStringLiteral("u-17"), t);
    // A status change that changed nothing leaves no row: a warning. A password reset always does: a contradiction.
    t += kMinute;
    record(QStringLiteral("setStatus"), QStringLiteral("a3"), t);
    record(QStringLiteral("resetPassword"), QStringLiteral("a4"), t);
    // Not a change on the platform, and a change that failed: neither is looked for.
    record(QStringLiteral("exportLogs"), QStringLiteral("logins.csv"), t);
    record(QStringLiteral("updateAccount"), QStringLiteral("a5"), t, QStringLiteral("failed:ACCOUNT.DELETED"));
    logRow(QStringLiteral("updateAccount"), address(QStringLiteral("a5")), t, LogResult::Failure);
    // Someone else's change, and the platform's own history before the ledger: only the first is listed.
    logRow(QStringLiteral("moveUnit"), address(QStringLiteral("a6")), t);
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("old")),
           kStart - 2 * PlatformCrossCheck::kClockAllowance.count() * kMinute);
    syncedTo(t + kMinute);

    const PlatformCrossCheck result = check();
    QCOMPARE(result.syncedTo, t + kMinute);
    QCOMPARE(result.checked, 7);
    QCOMPARE(result.confirmed, 5);
    QCOMPARE(result.unconfirmed.size(), 1);
    QCOMPARE(result.unconfirmed.constFirst().target, QStringLiteral("a3"));
    QCOMPARE(result.missing.size(), 1);
    QCOMPARE(result.missing.constFirst().target, QStringLiteral("a4"));
    QVERIFY(result.contradicted());
    QCOMPARE(result.unledgered.size(), 1);
    QCOMPARE(result.unledgered.constFirst().action, QStringLiteral("moveUnit"));
}

void TestLedgerPlatformCheck::aRowOutsideTheClockAllowanceDoesNotCount()
{
    const qint64 beyond = (PlatformCrossCheck::kClockAllowance.count() + 1) * kMinute;
    record(QStringLiteral("createAccount"), QStringLiteral("a1"), kStart);
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("a1")), kStart + beyond);
    record(QStringLiteral("createAccount"), QStringLiteral("a2"), kStart + 1);
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("a2")), kStart + 1 - beyond / 2);
    syncedTo(kStart + 2 * beyond);
    const PlatformCrossCheck result = check();
    QCOMPARE(result.checked, 2);
    QCOMPARE(result.confirmed, 1);
    QCOMPARE(result.missing.size(), 1);
    QCOMPARE(result.missing.constFirst().target, QStringLiteral("a1"));
    QCOMPARE(result.unledgered.size(), 1);
}

void TestLedgerPlatformCheck::changesAfterTheLastSyncWaitForTheNext()
{
    record(QStringLiteral("createAccount"), QStringLiteral("a1"), kStart);
    logRow(QStringLiteral("createAccount"), address(QStringLiteral("a1")), kStart);
    record(QStringLiteral("createAccount"), QStringLiteral("a2"), kStart + 10 * kMinute);
    syncedTo(kStart + 5 * kMinute);
    const PlatformCrossCheck result = check();
    QCOMPARE(result.checked, 1);
    QCOMPARE(result.confirmed, 1);
    QVERIFY(!result.contradicted());
}

void TestLedgerPlatformCheck::aLargeImportIsPairedOneToOne()
{
    // An import of 5,000 recipients, each twice in the same account's history (created, then its password reset),
    // with the rows in the platform's order: every entry finds its own row.
    constexpr int kRecipients = 5000;
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction);
    for (int i = 0; i < kRecipients; ++i) {
        const QString name = QStringLiteral("r%1").arg(i);
        record(QStringLiteral("createAccount"), name, kStart + i * 100);
        logRow(QStringLiteral("createAccount"), address(name), kStart + i * 100 - 10);
        record(QStringLiteral("resetPassword"), name, kStart + i * 100 + 50);
        logRow(QStringLiteral("resetPassword"), address(name), kStart + i * 100 + 40);
    }
    QVERIFY(transaction->commit());
    syncedTo(kStart + kRecipients * 100);
    const PlatformCrossCheck result = check();
    QCOMPARE(result.checked, 2 * kRecipients);
    QCOMPARE(result.confirmed, 2 * kRecipients);
    QVERIFY(result.unledgered.isEmpty());
}

QTEST_GUILESS_MAIN(TestLedgerPlatformCheck)
#include "tst_ledgerplatformcheck.moc"
