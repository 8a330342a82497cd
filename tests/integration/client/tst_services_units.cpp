#include "ServiceTestSupport.h"
#include "api/AccountService.h"
#include "api/UnitService.h"

#include <QSet>

using namespace dm;
using namespace servicetest;

// UnitService's newer endpoints against the real sandbox: the vendor's page-number listing of a unit's accounts and
// deleting a unit, with their typed refusals.
class TestServicesUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unitAccountsPageByNumber();
    void unitAccountsRefusals();
    void removeUnit();

private:
    Expected<Account, ApiError> get(const QString& accountName);

    ServiceFixture m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<UnitService> m_units;
};

void TestServicesUnits::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_accounts = std::make_unique<AccountService>(m_fixture.client());
    m_units = std::make_unique<UnitService>(m_fixture.client());
}

Expected<Account, ApiError> TestServicesUnits::get(const QString& accountName)
{
    return wait<Account>([&](auto done) { m_accounts->get(accountName, nullptr, done); });
}

void TestServicesUnits::unitAccountsPageByNumber()
{
    const auto units = wait<QList<Unit>>([&](auto done) { m_units->list(nullptr, done); });
    SERVICE_VERIFY(units);
    qint64 expected = -1;
    for (const Unit& unit : *units) {
        if (unit.unitId == QLatin1String("1002")) {
            expected = unit.accountCount;
        }
    }
    QVERIFY(expected > 10);
    QSet<QString> names;
    qint64 lastCreated = 0;
    constexpr int pageSize = 7;
    for (int pageNum = 1;; ++pageNum) {
        const auto page = wait<NumberedPage<Account>>(
            [&](auto done) { m_units->listAccounts(QStringLiteral("1002"), false, pageNum, pageSize, nullptr, done); });
        SERVICE_VERIFY(page);
        QCOMPARE(page->total, expected);
        QCOMPARE(page->pageNum, pageNum);
        QCOMPARE(page->pageSize, pageSize);
        for (const Account& account : page->items) {
            QCOMPARE(account.unitId, QStringLiteral("1002"));
            QVERIFY(account.status != AccountStatus::Deleted);
            QVERIFY(account.createdAt >= lastCreated); // creation order
            lastCreated = account.createdAt;
            names.insert(account.accountName);
        }
        if (page->items.size() < pageSize) {
            QVERIFY(pageNum * pageSize >= expected);
            break;
        }
    }
    QCOMPARE(names.size(), expected); // every account once, none twice
    const auto past = wait<NumberedPage<Account>>(
        [&](auto done) { m_units->listAccounts(QStringLiteral("1002"), false, 1000, pageSize, nullptr, done); });
    SERVICE_VERIFY(past);
    QVERIFY(past->items.isEmpty());
    QCOMPARE(past->total, expected);
}

void TestServicesUnits::unitAccountsRefusals()
{
    const auto list = [this](const QString& unitId, int pageNum, int pageSize) {
        return wait<NumberedPage<Account>>(
            [&](auto done) { m_units->listAccounts(unitId, false, pageNum, pageSize, nullptr, done); });
    };
    const auto zero = list(QStringLiteral("1002"), 1, 0);
    SERVICE_FAILS(zero, ApiError::Kind::Validation, "PARAM.INVALID:pageSize:range");
    QCOMPARE(zero.error().field, QStringLiteral("pageSize"));
    const auto large = list(QStringLiteral("1002"), 1, 201);
    SERVICE_FAILS(large, ApiError::Kind::Validation, "PARAM.INVALID:pageSize:range");
    const auto page = list(QStringLiteral("1002"), 0, 10);
    SERVICE_FAILS(page, ApiError::Kind::Validation, "PARAM.INVALID:pageNum:range");
    QCOMPARE(page.error().field, QStringLiteral("pageNum"));
    const auto unknown = list(QStringLiteral("u-999"), 1, 10);
    SERVICE_FAILS(unknown, ApiError::Kind::NotFound, "UNIT.NOT.FOUND");
    // No unit is the whole domain, as the vendor lists it (with recursion, every unit's accounts).
    const auto whole =
        wait<NumberedPage<Account>>([&](auto done) { m_units->listAccounts(QString(), true, 1, 10, nullptr, done); });
    QVERIFY(whole);
    QVERIFY(whole->total > 10);
    QCOMPARE(whole->items.size(), 10);
}

void TestServicesUnits::removeUnit()
{
    const auto unit =
        wait<Unit>([&](auto done) { m_units->create(QStringLiteral("临时合议庭"), {}, {}, nullptr, done); });
    SERVICE_VERIFY(unit);
    // A deleted account does not keep its unit alive: it moves to the parent, still recoverable.
    const auto account = createAccount(*m_accounts, QStringLiteral("svcunitgone"), 300, unit->unitId);
    SERVICE_VERIFY(account);
    const auto notEmpty = wait<void>([&](auto done) { m_units->remove(unit->unitId, nullptr, done); });
    SERVICE_FAILS(notEmpty, ApiError::Kind::Conflict, "UNIT.NOT.EMPTY");
    SERVICE_VERIFY(wait<Account>([&](auto done) { m_accounts->remove(account->accountName, nullptr, done); }));

    const auto removed = wait<void>([&](auto done) { m_units->remove(unit->unitId, nullptr, done); });
    SERVICE_VERIFY(removed);
    const auto units = wait<QList<Unit>>([&](auto done) { m_units->list(nullptr, done); });
    SERVICE_VERIFY(units);
    for (const Unit& left : *units) {
        QVERIFY(left.unitId != unit->unitId);
    }
    const auto moved = get(account->accountName);
    SERVICE_VERIFY(moved);
    QCOMPARE(moved->unitId, QStringLiteral("root"));
    QVERIFY(moved->status == AccountStatus::Deleted);

    const auto again = wait<void>([&](auto done) { m_units->remove(unit->unitId, nullptr, done); });
    SERVICE_FAILS(again, ApiError::Kind::NotFound, "UNIT.NOT.FOUND");
    const auto root = wait<void>([&](auto done) { m_units->remove(QStringLiteral("root"), nullptr, done); });
    SERVICE_FAILS(root, ApiError::Kind::Conflict, "UNIT.ROOT");
    const auto busy = wait<void>([&](auto done) { m_units->remove(QStringLiteral("1002"), nullptr, done); });
    SERVICE_FAILS(busy, ApiError::Kind::Conflict, "UNIT.NOT.EMPTY");
    const auto blank = wait<void>([&](auto done) { m_units->remove(QString(), nullptr, done); });
    QVERIFY(!blank);
    QCOMPARE(blank.error().field, QStringLiteral("unitId"));
}

QTEST_GUILESS_MAIN(TestServicesUnits)
#include "tst_services_units.moc"
