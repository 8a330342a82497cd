// The address basis of cached accounts: written by the upsert, read back by every row query, kept when an answer
// does not state it, and added to a cache made before it existed.

#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/Schema.h"
#include "store/SyncState.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dm;

namespace {

Account recipient(const QString& accountName, qint64 updatedAt)
{
    Account account;
    account.accountName = accountName;
    account.address = accountName + QStringLiteral("@court.test");
    account.name = QStringLiteral("受送达人");
    account.jobNumber = QStringLiteral("(2026)粤0104民初88号");
    account.mobile = QStringLiteral("13800138000");
    account.unitId = QStringLiteral("root");
    account.createdAt = 1000;
    account.updatedAt = updatedAt;
    return account;
}

AddressBasis basis(AddressBasisKind kind, const QDate& date, const QString& reference)
{
    AddressBasis value;
    value.kind = kind;
    value.date = date;
    value.reference = reference;
    return value;
}

// Every writer says whether its accounts state their basis: a call that does not (a future vendor-row writer taking
// a default of "known") would clear every cached basis, so it must not compile.
template <typename Repository>
concept UpsertsWithoutSayingWhetherTheBasisIsKnown = requires(Repository& repository, const QList<Account>& accounts)
{
    repository.upsert(accounts);
};
static_assert(!UpsertsWithoutSayingWhetherTheBasisIsKnown<AccountRepository>);

} // namespace

class TestAccountAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKindRoundTrips_data();
    void everyKindRoundTrips();
    void aChangeOfTheBasisAloneIsWritten();
    void clearingTheBasisIsWritten();
    void anAnswerWithoutTheBasisKeepsTheCachedOne();
    void aCacheFromBeforeTheBasisIsMigrated();

private:
    [[nodiscard]] Db openFile(int version = schema::latestVersion());
    [[nodiscard]] std::optional<AddressBasis> stored(Db& db, const QString& accountName);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
};

void TestAccountAddressBasis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = Db::generateKey();
}

Db TestAccountAddressBasis::openFile(int version)
{
    auto db = Db::open(m_dir->filePath(QStringLiteral("cache.sqlite")), m_key);
    if (!db || !schema::migrate(*db, version)) {
        qFatal("cannot open the test cache");
    }
    return std::move(*db);
}

std::optional<AddressBasis> TestAccountAddressBasis::stored(Db& db, const QString& accountName)
{
    auto row = AccountRepository(db).get(accountName);
    if (!row || !row->has_value()) {
        qWarning("no cached row for %s", qPrintable(accountName));
        return std::nullopt;
    }
    return (*row)->account.addressBasis;
}

void TestAccountAddressBasis::everyKindRoundTrips_data()
{
    QTest::addColumn<int>("kind"); // -1: none
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reference");
    QTest::newRow("confirmed") << int(AddressBasisKind::Confirmed) << QDate(2026, 6, 1)
                               << QStringLiteral("(2026)粤0104民初1234号送达地址确认书");
    QTest::newRow("provided") << int(AddressBasisKind::Provided) << QDate(2025, 12, 31)
                              << QStringLiteral("起诉状第2页");
    QTest::newRow("court found, no reference") << int(AddressBasisKind::CourtFound) << QDate(2026, 1, 5) << QString();
    QTest::newRow("none") << -1 << QDate() << QString();
}

void TestAccountAddressBasis::everyKindRoundTrips()
{
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(QString, reference);
    Db db = openFile();
    Account account = recipient(QStringLiteral("zhangwei"), 2000);
    if (kind >= 0) {
        account.addressBasis = basis(AddressBasisKind(kind), date, reference);
    }
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);

    const auto read = stored(db, QStringLiteral("zhangwei"));
    QCOMPARE(read.has_value(), kind >= 0);
    if (read) {
        QCOMPARE(int(read->kind), kind);
        QCOMPARE(read->date, date);
        QCOMPARE(read->reference, reference.isNull() ? QStringLiteral("") : reference);
    }
    // The listing reads the same columns.
    auto page = AccountRepository(db).page({}, {}, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows.at(0).account.addressBasis.has_value(), kind >= 0);
    // The same row again writes nothing.
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 0);
}

void TestAccountAddressBasis::aChangeOfTheBasisAloneIsWritten()
{
    Db db = openFile();
    Account account = recipient(QStringLiteral("lina"), 2000);
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    // Same updatedAt (a full pass after the migration lists unchanged accounts), only the basis is new.
    account.addressBasis =
        basis(AddressBasisKind::Confirmed, QDate(2026, 6, 1), QStringLiteral("(2026)粤0104民初9号送达地址确认书"));
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    QCOMPARE(stored(db, QStringLiteral("lina"))->reference, QStringLiteral("(2026)粤0104民初9号送达地址确认书"));
    account.addressBasis->reference = QStringLiteral("(2026)粤0104民初10号送达地址确认书");
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    QCOMPARE(stored(db, QStringLiteral("lina"))->reference, QStringLiteral("(2026)粤0104民初10号送达地址确认书"));
    account.addressBasis->date = QDate(2026, 6, 2);
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    QCOMPARE(stored(db, QStringLiteral("lina"))->date, QDate(2026, 6, 2));
    // An older answer never overwrites a newer row, basis included.
    Account older = recipient(QStringLiteral("lina"), 1500);
    QCOMPARE(AccountRepository(db).upsert({older}, AddressBasisKnown::Yes).value(), 0);
    QVERIFY(stored(db, QStringLiteral("lina")));
}

void TestAccountAddressBasis::clearingTheBasisIsWritten()
{
    Db db = openFile();
    Account account = recipient(QStringLiteral("wangfang"), 2000);
    account.addressBasis = basis(AddressBasisKind::Provided, QDate(2026, 3, 1), QStringLiteral("答辩状"));
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    account.addressBasis.reset();
    account.updatedAt = 2001;
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);
    QVERIFY(!stored(db, QStringLiteral("wangfang")));
    QCOMPARE(db.queryText("SELECT count(*) FROM accounts WHERE address_basis_kind IS NOT NULL OR "
                          "address_basis_date IS NOT NULL OR address_basis_reference IS NOT NULL")
                 .value(),
             QStringLiteral("0"));
}

void TestAccountAddressBasis::anAnswerWithoutTheBasisKeepsTheCachedOne()
{
    Db db = openFile();
    Account account = recipient(QStringLiteral("liuyang"), 2000);
    account.addressBasis = basis(AddressBasisKind::CourtFound, QDate(2026, 2, 2), QStringLiteral("立案登记预留信息"));
    QCOMPARE(AccountRepository(db).upsert({account}, AddressBasisKnown::Yes).value(), 1);

    // The vendor's row after a rename: newer, without a basis. The rename is written, the basis stays.
    Account vendorRow = recipient(QStringLiteral("liuyang"), 3000);
    vendorRow.name = QStringLiteral("刘洋");
    QCOMPARE(AccountRepository(db).upsert({vendorRow}, AddressBasisKnown::No).value(), 1);
    auto row = AccountRepository(db).get(QStringLiteral("liuyang"));
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->account.name, QStringLiteral("刘洋"));
    QCOMPARE((*row)->account.updatedAt, 3000);
    QVERIFY((*row)->account.addressBasis);
    QVERIFY((*row)->account.addressBasis->kind == AddressBasisKind::CourtFound);
    QCOMPARE((*row)->account.addressBasis->reference, QStringLiteral("立案登记预留信息"));
    // Nothing else differs: nothing is written.
    QCOMPARE(AccountRepository(db).upsert({vendorRow}, AddressBasisKnown::No).value(), 0);
    // A new account from such an answer simply has none.
    QCOMPARE(AccountRepository(db).upsert({recipient(QStringLiteral("newone"), 3001)}, AddressBasisKnown::No).value(),
             1);
    QVERIFY(!stored(db, QStringLiteral("newone")));
}

void TestAccountAddressBasis::aCacheFromBeforeTheBasisIsMigrated()
{
    {
        // A cache as the release before the basis left it: rows, and an accounts stream well into its passes.
        Db old = openFile(4);
        QCOMPARE(schema::version(old).value(), 4);
        QVERIFY(
            old.exec("INSERT INTO accounts (account_name, address, name, job_number, id_number, mobile, "
                     "mobile_suffix, unit_id, status, visible_in_addr, pass_change_first_login, created_at, "
                     "updated_at, activation_state, reminder_count) VALUES ('zhaolei', 'zhaolei@court.test', "
                     "'赵磊', '(2026)粤0104民初7号', '', '13800138000', '8000', 'root', 0, 0, 1, 1000, 2000, 1, 0)"));
        QVERIFY(SyncState(old).save(QStringLiteral("accounts"), {{QStringLiteral("passSince"), 2000}}));
        QVERIFY(SyncState(old).save(QStringLiteral("logins"), {{QStringLiteral("since"), 5000}}));
    }
    Db db = openFile();
    QCOMPARE(schema::version(db).value(), schema::latestVersion());
    auto row = AccountRepository(db).get(QStringLiteral("zhaolei"));
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->account.name, QStringLiteral("赵磊"));
    QVERIFY(!(*row)->account.addressBasis);
    // The accounts stream reads every account again; the other streams go on where they were.
    QVERIFY(!SyncState(db).load(QStringLiteral("accounts")).value().has_value());
    QCOMPARE(SyncState(db).load(QStringLiteral("logins")).value()->value(QStringLiteral("since")).toInteger(), 5000);

    // That pass lists the unchanged account with its basis: it is written although updatedAt is the same.
    Account listed = (*row)->account;
    listed.addressBasis =
        basis(AddressBasisKind::Confirmed, QDate(2026, 1, 20), QStringLiteral("(2026)粤0104民初7号送达地址确认书"));
    QCOMPARE(AccountRepository(db).upsert({listed}, AddressBasisKnown::Yes).value(), 1);
    const auto read = stored(db, QStringLiteral("zhaolei"));
    QVERIFY(read);
    QVERIFY(read->kind == AddressBasisKind::Confirmed);
    QCOMPARE(read->date, QDate(2026, 1, 20));
    QCOMPARE(db.queryText("SELECT typeof(address_basis_kind) || ' ' || address_basis_date FROM accounts").value(),
             QStringLiteral("integer 2026-01-20"));
}

QTEST_GUILESS_MAIN(TestAccountAddressBasis)
#include "tst_accountaddressbasis.moc"
