#include "ServiceTestSupport.h"
#include "api/AccountService.h"
#include "api/Capabilities.h"
#include "api/UnitService.h"

using namespace dm;
using namespace servicetest;

// The directory work an administrator does on a tenant without the delivery extension, through the client's own
// services against `dmsandbox --vendor-only` over TLS: units made and removed, accounts created, found in the vendor's
// listing, edited, moved, deleted recoverably and restored. What only the extension offers answers "not served", which
// is what greys it out in dmadmin.
class TestVendorOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theDirectoryIsManagedWithTheVendorsEndpointsAlone();
    void extensionCallsAreNotServed();

private:
    [[nodiscard]] Expected<Account, ApiError> get(const QString& accountName);
    [[nodiscard]] QStringList listed(const QString& unitId);

    ServiceFixture m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<UnitService> m_units;
};

void TestVendorOnly::initTestCase()
{
    QVERIFY(m_fixture.start({QStringLiteral("--vendor-only")}));
    m_accounts = std::make_unique<AccountService>(m_fixture.client());
    m_units = std::make_unique<UnitService>(m_fixture.client());
}

Expected<Account, ApiError> TestVendorOnly::get(const QString& accountName)
{
    return wait<Account>([&](auto done) { m_accounts->get(accountName, nullptr, done); });
}

QStringList TestVendorOnly::listed(const QString& unitId)
{
    QStringList names;
    for (int page = 1;; ++page) {
        const auto found = wait<NumberedPage<Account>>(
            [&](auto done) { m_units->listAccounts(unitId, false, page, 200, nullptr, done); });
        if (!found || found->items.isEmpty()) {
            return names;
        }
        for (const Account& account : found->items) {
            names.append(account.accountName);
        }
        if (qint64(page) * 200 >= found->total) {
            return names;
        }
    }
}

void TestVendorOnly::theDirectoryIsManagedWithTheVendorsEndpointsAlone()
{
    const auto unit = wait<Unit>(
        [&](auto done) { m_units->create(QStringLiteral("送达专用组"), {}, QStringLiteral("送达"), nullptr, done); });
    SERVICE_VERIFY(unit);
    const auto units = wait<QList<Unit>>([&](auto done) { m_units->list(nullptr, done); });
    SERVICE_VERIFY(units);
    QVERIFY(std::any_of(units->cbegin(), units->cend(), [&](const Unit& each) {
        return each.unitId == unit->unitId && each.name == QStringLiteral("送达专用组");
    }));

    const QString name = QStringLiteral("vendoronly01");
    SERVICE_VERIFY(createAccount(*m_accounts, name, 901, unit->unitId));
    auto account = get(name);
    SERVICE_VERIFY(account);
    QVERIFY(account->status == AccountStatus::Enabled);
    QCOMPARE(account->unitId, unit->unitId);
    QCOMPARE(listed(unit->unitId), QStringList{name});

    AccountUpdate rename;
    rename.name = QStringLiteral("李四");
    SERVICE_VERIFY(wait<Account>([&](auto done) { m_accounts->update(name, rename, nullptr, done); }));
    QCOMPARE(get(name)->name, QStringLiteral("李四"));

    SERVICE_VERIFY(
        wait<Account>([&](auto done) { m_accounts->moveUnit(name, QStringLiteral("root"), nullptr, done); }));
    QCOMPARE(get(name)->unitId, QStringLiteral("root"));
    QVERIFY(listed(unit->unitId).isEmpty());

    SERVICE_VERIFY(wait<Account>([&](auto done) { m_accounts->remove(name, nullptr, done); }));
    QVERIFY(get(name)->status == AccountStatus::Deleted);
    QVERIFY(!listed(QStringLiteral("root")).contains(name)); // the vendor's listing leaves deleted accounts out
    SERVICE_VERIFY(wait<Account>([&](auto done) { m_accounts->recover(name, nullptr, done); }));
    QVERIFY(get(name)->status == AccountStatus::Enabled);
    QVERIFY(listed(QStringLiteral("root")).contains(name));

    SERVICE_VERIFY(wait<void>([&](auto done) { m_units->remove(unit->unitId, nullptr, done); }));
    const auto after = wait<QList<Unit>>([&](auto done) { m_units->list(nullptr, done); });
    SERVICE_VERIFY(after);
    QVERIFY(
        std::none_of(after->cbegin(), after->cend(), [&](const Unit& each) { return each.unitId == unit->unitId; }));
}

void TestVendorOnly::extensionCallsAreNotServed()
{
    const QString name = QStringLiteral("vendoronly02");
    SERVICE_VERIFY(createAccount(*m_accounts, name, 902));
    const auto disabled =
        wait<Account>([&](auto done) { m_accounts->setStatus(name, AccountStatus::Disabled, nullptr, done); });
    QVERIFY(!disabled);
    QVERIFY2(isUnknownApi(disabled.error()), qPrintable(describe(disabled.error())));
    QVERIFY(get(name)->status == AccountStatus::Enabled); // nothing happened
    const auto listing =
        wait<KeysetPage<Account>>([&](auto done) { m_accounts->list(AccountFilter{}, QString(), nullptr, done); });
    QVERIFY(!listing);
    QVERIFY(isUnknownApi(listing.error()));
    const auto activation = wait<Activation>([&](auto done) { m_accounts->getActivation(name, nullptr, done); });
    QVERIFY(!activation);
    QVERIFY(isUnknownApi(activation.error()));
}

QTEST_GUILESS_MAIN(TestVendorOnly)
#include "tst_vendoronly.moc"
