#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/LogRepository.h"
#include "store/Outbox.h"
#include "store/PolicyRepository.h"
#include "store/Schema.h"
#include "store/SyncState.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// The cache's migrations: a file left at any earlier version reaches the latest one with everything it held.
class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stepsAreNumberedOneByOne();
    void freshFileReachesTheLatestVersion();
    void everyEarlierVersionUpgradesKeepingItsRows_data();
    void everyEarlierVersionUpgradesKeepingItsRows();
    void migratingTwiceChangesNothing();
    void aNewerFileIsRefused();

private:
    Db openFile();
    // Writes one row of each area the file's version already has.
    void fill(Db& db, int version);
    // Reads back what fill() wrote for `version`.
    void check(Db& db, int version);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::shared_ptr<const LedgerKey> m_ledgerKey;
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = Db::generateKey();
    m_ledgerKey = LedgerKey::generate();
}

Db TestSchema::openFile()
{
    auto db = Db::open(m_dir->filePath(QStringLiteral("cache.sqlite")), m_key);
    if (!db) {
        qFatal("cannot open the test cache");
    }
    db->setLedgerKey(m_ledgerKey);
    return std::move(*db);
}

void TestSchema::fill(Db& db, int version)
{
    if (version >= 1) {
        Account account;
        account.accountName = QStringLiteral("zhangwei");
        account.address = QStringLiteral("zhangwei@court.example");
        account.name = QStringLiteral("张伟");
        account.jobNumber = QStringLiteral("(2026)粤0104民初1234号");
        account.mobile = QStringLiteral("13800138000");
        account.createdAt = 1000;
        account.updatedAt = 2000;
        if (version >= 5) {
            QVERIFY(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes));
        } else {
            // This build's repository writes the columns of step 5; an older release wrote these.
            QVERIFY(db.exec("INSERT INTO accounts (account_name, address, name, job_number, id_number, mobile, "
                            "mobile_suffix, unit_id, status, visible_in_addr, pass_change_first_login, created_at, "
                            "updated_at, activation_state, reminder_count) VALUES ('zhangwei', "
                            "'zhangwei@court.example', '张伟', '(2026)粤0104民初1234号', '', '13800138000', '8000', "
                            "'', 0, 0, 1, 1000, 2000, 0, 0)"));
        }
        QVERIFY(SyncState(db).save(QStringLiteral("accounts"), {{QStringLiteral("updatedSince"), 2000}}));
    }
    if (version >= 7) {
        LoginRecord login;
        login.id = 7;
        login.time = 3000;
        login.accountName = QStringLiteral("zhangwei");
        login.ip = QStringLiteral("113.108.1.1");
        login.province = QStringLiteral("广东");
        login.result = LogResult::Failure;
        login.failReason = LoginFailReason::ClientNotAllowed;
        const QList<LoginRecord> logins{login};
        QVERIFY(LogRepository(db).insertLogins(logins));
    } else if (version >= 2) {
        // A failed login as the releases before step 7 wrote it: without a reason.
        QVERIFY(db.exec("INSERT INTO login_log (id, time, account_name, method, ip, province, city, result, abnormal) "
                        "VALUES (7, 3000, 'zhangwei', 0, '113.108.1.1', '广东', '', 1, 0)"));
    }
    if (version >= 3) {
        StoredDocument document;
        document.level = QStringLiteral("domain");
        document.targetId = QStringLiteral("court.example");
        document.version = 4;
        document.document = {{QStringLiteral("version"), 4}};
        QVERIFY(PolicyRepository(db).save(DocumentKind::Policy, document));
    }
    if (version >= 4) {
        AuditEntry entry;
        entry.operatorName = QStringLiteral("clerk");
        entry.action = QStringLiteral("createAccount");
        entry.target = QStringLiteral("zhangwei@court.example");
        entry.result = QStringLiteral("ok");
        QVERIFY(AuditLedger(db).append(entry));
        QVERIFY(Outbox(db).enqueue({QStringLiteral("resendActivation"), QStringLiteral("zhangwei"), {}, {}, {}}));
    }
    if (version >= 5) {
        auto account = AccountRepository(db).get(QStringLiteral("zhangwei"));
        QVERIFY(account && account->has_value());
        Account changed = (*account)->account;
        changed.addressBasis = AddressBasis{AddressBasisKind::Provided, QDate(2026, 5, 30), QStringLiteral("起诉状")};
        QCOMPARE(AccountRepository(db).upsert({changed}, AddressBasisKnown::Yes).value(), 1);
    }
}

void TestSchema::check(Db& db, int version)
{
    if (version >= 1) {
        auto account = AccountRepository(db).get(QStringLiteral("zhangwei"));
        QVERIFY(account && account->has_value());
        auto state = SyncState(db).load(QStringLiteral("accounts"));
        QVERIFY(state);
        if (version >= 5) {
            QVERIFY(state->has_value());
            QCOMPARE((*state)->value(QStringLiteral("updatedSince")).toInteger(), 2000);
        } else {
            // Step 5 sends the accounts stream back to the start, so that every account's address basis is read.
            QVERIFY(!state->has_value());
        }
    }
    if (version >= 2) {
        auto login = LogRepository(db).login(7);
        QVERIFY(login && login->has_value());
        QCOMPARE((*login)->province, QStringLiteral("广东"));
        QVERIFY((*login)->result == LogResult::Failure);
        // A row cached before step 7 keeps having no reason; the platform never sends a login row again.
        QVERIFY((*login)->failReason ==
                (version >= 7 ? std::optional(LoginFailReason::ClientNotAllowed) : std::nullopt));
    }
    if (version >= 3) {
        auto document =
            PolicyRepository(db).load(DocumentKind::Policy, QStringLiteral("domain"), QStringLiteral("court.example"));
        QVERIFY(document && document->has_value());
        QCOMPARE((*document)->version, 4);
    }
    if (version >= 4) {
        auto verdict = AuditLedger(db).verify();
        QVERIFY(verdict && verdict->intact());
        QCOMPARE(verdict->entries, 1);
        auto counts = Outbox(db).counts();
        QVERIFY(counts);
        QCOMPARE(counts->pending, 1);
    }
    if (version >= 5) {
        const auto basis = AccountRepository(db).get(QStringLiteral("zhangwei")).value()->account.addressBasis;
        QVERIFY(basis);
        QVERIFY(basis->kind == AddressBasisKind::Provided);
        QCOMPARE(basis->date, QDate(2026, 5, 30));
        QCOMPARE(basis->reference, QStringLiteral("起诉状"));
    }
}

void TestSchema::stepsAreNumberedOneByOne()
{
    int expected = 1;
    for (const schema::Migration& step : schema::migrations()) {
        QCOMPARE(step.version, expected++);
        QVERIFY(!step.purpose.empty());
        QVERIFY(!step.sql.empty() || (step.areaSql && !step.areaSql().empty()));
    }
    QCOMPARE(schema::latestVersion(), expected - 1);
}

void TestSchema::freshFileReachesTheLatestVersion()
{
    Db db = openFile();
    QCOMPARE(*schema::version(db), 0);
    QVERIFY(schema::migrate(db));
    QCOMPARE(*schema::version(db), schema::latestVersion());
    fill(db, schema::latestVersion());
    check(db, schema::latestVersion());
}

void TestSchema::everyEarlierVersionUpgradesKeepingItsRows_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < schema::latestVersion(); ++version) {
        QTest::addRow("from %d", version) << version;
    }
}

void TestSchema::everyEarlierVersionUpgradesKeepingItsRows()
{
    QFETCH(int, from);
    {
        // The file as an earlier release left it: its schema, its rows, closed.
        Db old = openFile();
        QVERIFY(schema::migrate(old, from));
        QCOMPARE(*schema::version(old), from);
        fill(old, from);
    }
    Db db = openFile();
    QVERIFY(schema::migrate(db));
    QCOMPARE(*schema::version(db), schema::latestVersion());
    check(db, from);
}

void TestSchema::migratingTwiceChangesNothing()
{
    Db db = openFile();
    QVERIFY(schema::migrate(db));
    fill(db, schema::latestVersion());
    QVERIFY(schema::migrate(db));
    check(db, schema::latestVersion());
}

void TestSchema::aNewerFileIsRefused()
{
    Db db = openFile();
    QVERIFY(schema::migrate(db));
    QVERIFY(db.exec("PRAGMA user_version = 999"));
    auto refused = schema::migrate(db);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, DbError::Kind::Misuse);
    QCOMPARE(*schema::version(db), 999); // never downgraded
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
