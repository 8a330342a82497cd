#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/Schema.h"
#include "store/UnitRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace dm;

namespace {

constexpr qint64 kBase = 1789948800000;
constexpr int kRows = 240;

const QStringList kSurnames = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"),
                               QStringLiteral("欧阳")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("小明"), QStringLiteral("伟华")};
const QStringList kUnits = {QStringLiteral("root"), QStringLiteral("1001"), QStringLiteral("1002"),
                            QStringLiteral("1003")};

// Deterministic accounts with repeated sort values (names, units, creation times), so ties are exercised.
Account makeAccount(int i)
{
    Account account;
    account.accountName = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
    account.address = account.accountName + QStringLiteral("@court.test");
    account.name = kSurnames.at(i % kSurnames.size()) + kGiven.at((i / kSurnames.size()) % kGiven.size());
    account.jobNumber = i % 7 == 0 ? QString() : QStringLiteral("(2026)粤0104民初%1号").arg(1000 + i / 2);
    account.idNumber = QStringLiteral("44010419900101%1").arg(i, 4, 10, QLatin1Char('0'));
    account.mobile = QStringLiteral("138%1").arg(i * 37, 8, 10, QLatin1Char('0'));
    account.unitId = kUnits.at(i % kUnits.size());
    account.status = i % 17 == 0   ? AccountStatus::Deleted
                     : i % 10 == 0 ? AccountStatus::Disabled
                                   : AccountStatus::Enabled;
    account.createdAt = kBase + (i % 50) * 1000;
    account.updatedAt = kBase + 100000 + i;
    account.activation.state = static_cast<ActivationState>(i % 4);
    if (i % 4 >= 1) {
        account.activation.smsSentAt = account.createdAt;
    }
    if (i % 4 >= 2) {
        account.activation.firstLoginAt = account.createdAt + 10;
    }
    if (i % 4 == 3) {
        account.activation.activatedAt = account.createdAt + 20;
    }
    return account;
}

bool matches(const Account& a, const AccountQuery& q)
{
    return (!q.status || a.status == *q.status) && (!q.activationState || a.activation.state == *q.activationState) &&
           (q.unitId.isEmpty() || a.unitId == q.unitId) && (!q.createdFrom || a.createdAt >= *q.createdFrom) &&
           (!q.createdTo || a.createdAt < *q.createdTo);
}

QSet<QString> names(const QList<AccountRow>& rows)
{
    QSet<QString> result;
    for (const AccountRow& row : rows) {
        result.insert(row.account.accountName);
    }
    return result;
}

} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keysetPagingCoversEveryRowOnceInEverySort_data();
    void keysetPagingCoversEveryRowOnceInEverySort();
    void backwardPagingFromTheEndMatchesForward();
    void rowsBeforeIsThePosition();
    void eachFilterSelectsExactlyItsRows_data();
    void eachFilterSelectsExactlyItsRows();
    void searchFindsChineseNamesOfOneTwoAndThreeCharacters_data();
    void searchFindsChineseNamesOfOneTwoAndThreeCharacters();
    void searchFindsCaseNumbersAccountNamesAndMobileSuffixes();
    void searchTreatsOperatorsAsText();
    void upsertWritesOnlyWhatChanged();
    void activationCountsLeaveDeletedOut();
    void unitsAreReplacedAndSubUnitsFiltered();
    void aCursorOfAnotherSortIsRefused();

private:
    [[nodiscard]] QList<AccountRow> everyPage(const AccountQuery& query, const AccountSort& sort, int pageSize,
                                              PageDirection direction);
    [[nodiscard]] QList<AccountRow> all(const AccountQuery& query = {});

    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    QList<Account> m_accounts;
    int m_files = 0;
};

void TestAccountRepository::init()
{
    QVERIFY(m_dir.isValid());
    // A fresh file (and key) for every test and every data row.
    const QString path = m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files));
    auto db = Db::open(path, Db::generateKey());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    m_db.emplace(std::move(*db));
    auto migrated = schema::migrate(*m_db);
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().detail));
    m_accounts.clear();
    for (int i = 0; i < kRows; ++i) {
        m_accounts.append(makeAccount(i));
    }
    AccountRepository repository(*m_db);
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction);
    auto written = repository.upsert(m_accounts, AddressBasisKnown::Yes);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
    QCOMPARE(*written, qint64(kRows));
    QVERIFY(transaction->commit());
}

void TestAccountRepository::cleanup()
{
    m_db.reset();
}

QList<AccountRow> TestAccountRepository::everyPage(const AccountQuery& query, const AccountSort& sort, int pageSize,
                                                   PageDirection direction)
{
    AccountRepository repository(*m_db);
    QList<AccountRow> rows;
    std::optional<AccountCursor> cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = repository.page(query, sort, cursor, pageSize, direction);
        if (!page) {
            qWarning() << page.error().detail;
            return {};
        }
        if (direction == PageDirection::Forward) {
            rows.append(page->rows);
        } else {
            rows = page->rows + rows;
        }
        if (!page->more) {
            break;
        }
        const AccountRow& edge = direction == PageDirection::Forward ? page->rows.constLast() : page->rows.constFirst();
        cursor = AccountRepository::cursorOf(edge, sort.column);
    }
    return rows;
}

QList<AccountRow> TestAccountRepository::all(const AccountQuery& query)
{
    return everyPage(query, {}, 1000, PageDirection::Forward);
}

void TestAccountRepository::keysetPagingCoversEveryRowOnceInEverySort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c <= int(AccountSortColumn::UpdatedAt); ++c) {
        QTest::addRow("column %d asc", c) << c << false;
        QTest::addRow("column %d desc", c) << c << true;
    }
}

void TestAccountRepository::keysetPagingCoversEveryRowOnceInEverySort()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    const AccountSort sort{static_cast<AccountSortColumn>(column), descending};
    const QList<AccountRow> rows = everyPage({}, sort, 7, PageDirection::Forward);
    QCOMPARE(rows.size(), kRows);
    QCOMPARE(names(rows).size(), kRows);
    // Every neighbour pair is in order: by the sort value, then by id.
    for (int i = 1; i < rows.size(); ++i) {
        const AccountCursor a = AccountRepository::cursorOf(rows.at(i - 1), sort.column);
        const AccountCursor b = AccountRepository::cursorOf(rows.at(i), sort.column);
        const bool ordered = descending ? (a.value > b.value || (a.value == b.value && a.id > b.id))
                                        : (a.value < b.value || (a.value == b.value && a.id < b.id));
        QVERIFY2(ordered, qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(i - 1).arg(i)));
    }
    // A filtered listing pages the same way.
    AccountQuery enabled;
    enabled.status = AccountStatus::Enabled;
    const QList<AccountRow> filtered = everyPage(enabled, sort, 5, PageDirection::Forward);
    const auto expected = std::count_if(m_accounts.cbegin(), m_accounts.cend(),
                                        [](const Account& a) { return a.status == AccountStatus::Enabled; });
    QCOMPARE(filtered.size(), qsizetype(expected));
    QCOMPARE(names(filtered).size(), qsizetype(expected));
}

void TestAccountRepository::backwardPagingFromTheEndMatchesForward()
{
    for (const AccountSort sort :
         {AccountSort{AccountSortColumn::Name, false}, AccountSort{AccountSortColumn::CreatedAt, true}}) {
        const QList<AccountRow> forward = everyPage({}, sort, 9, PageDirection::Forward);
        const QList<AccountRow> backward = everyPage({}, sort, 9, PageDirection::Backward);
        QCOMPARE(backward.size(), forward.size());
        for (int i = 0; i < forward.size(); ++i) {
            QCOMPARE(backward.at(i).id, forward.at(i).id);
        }
    }
    // The last page alone ("jump to the end") holds the last rows in display order.
    AccountRepository repository(*m_db);
    auto last = repository.page({}, {AccountSortColumn::AccountName, false}, std::nullopt, 3, PageDirection::Backward);
    QVERIFY(last);
    QVERIFY(last->more);
    QCOMPARE(last->rows.size(), 3);
    QCOMPARE(last->rows.constLast().account.accountName,
             QStringLiteral("user%1").arg(kRows - 1, 4, 10, QLatin1Char('0')));
}

void TestAccountRepository::rowsBeforeIsThePosition()
{
    AccountRepository repository(*m_db);
    const AccountSort sort{AccountSortColumn::Name, true};
    AccountQuery query;
    query.activationState = ActivationState::SmsSent;
    const QList<AccountRow> rows = everyPage(query, sort, 1000, PageDirection::Forward);
    QVERIFY(rows.size() > 10);
    for (const int i : {0, 1, 7, int(rows.size()) - 1}) {
        auto before = repository.rowsBefore(query, sort, AccountRepository::cursorOf(rows.at(i), sort.column));
        QVERIFY(before);
        QCOMPARE(*before, qint64(i));
    }
}

void TestAccountRepository::eachFilterSelectsExactlyItsRows_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("status disabled") << 0;
    QTest::newRow("status deleted") << 1;
    QTest::newRow("activation firstLogin") << 2;
    QTest::newRow("unit 1002") << 3;
    QTest::newRow("created range") << 4;
    QTest::newRow("all combined") << 5;
}

void TestAccountRepository::eachFilterSelectsExactlyItsRows()
{
    QFETCH(int, which);
    AccountQuery query;
    if (which == 0) {
        query.status = AccountStatus::Disabled;
    } else if (which == 1) {
        query.status = AccountStatus::Deleted;
    } else if (which == 2) {
        query.activationState = ActivationState::FirstLogin;
    } else if (which == 3) {
        query.unitId = QStringLiteral("1002");
    } else if (which == 4) {
        query.createdFrom = kBase + 10000;
        query.createdTo = kBase + 20000;
    } else {
        query.status = AccountStatus::Enabled;
        query.activationState = ActivationState::Activated;
        query.unitId = QStringLiteral("1003");
        query.createdFrom = kBase + 5000;
        query.createdTo = kBase + 45000;
    }
    QSet<QString> expected;
    for (const Account& account : std::as_const(m_accounts)) {
        if (matches(account, query)) {
            expected.insert(account.accountName);
        }
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(names(all(query)), expected);
    AccountRepository repository(*m_db);
    auto counted = repository.count(query);
    QVERIFY(counted);
    QCOMPARE(*counted, qint64(expected.size()));
}

void TestAccountRepository::searchFindsChineseNamesOfOneTwoAndThreeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one character") << QStringLiteral("芳");
    QTest::newRow("two characters") << QStringLiteral("张伟");
    QTest::newRow("three characters") << QStringLiteral("李伟华");
    QTest::newRow("four characters") << QStringLiteral("欧阳小明");
    QTest::newRow("inside a name") << QStringLiteral("阳伟");
}

void TestAccountRepository::searchFindsChineseNamesOfOneTwoAndThreeCharacters()
{
    QFETCH(QString, text);
    QSet<QString> expected;
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.name.contains(text)) {
            expected.insert(account.accountName);
        }
    }
    QVERIFY(!expected.isEmpty());
    AccountQuery query;
    query.search = text;
    QCOMPARE(names(all(query)), expected);
    AccountRepository repository(*m_db);
    QCOMPARE(*repository.count(query), qint64(expected.size()));
}

void TestAccountRepository::searchFindsCaseNumbersAccountNamesAndMobileSuffixes()
{
    AccountQuery query;
    // A case number is shared by two parties (i / 2).
    query.search = QStringLiteral("民初1050");
    QCOMPARE(names(all(query)), (QSet<QString>{QStringLiteral("user0100"), QStringLiteral("user0101")}));
    query.search = QStringLiteral("(2026)粤0104民初1051号");
    QCOMPARE(names(all(query)), (QSet<QString>{QStringLiteral("user0102"), QStringLiteral("user0103")}));
    // Account names, ASCII case-insensitively, long and short.
    query.search = QStringLiteral("USER0123");
    QCOMPARE(names(all(query)), QSet<QString>{QStringLiteral("user0123")});
    query.search = QStringLiteral("23");
    for (const AccountRow& row : all(query)) {
        QVERIFY(row.account.accountName.contains(QStringLiteral("23")) ||
                row.account.jobNumber.contains(QStringLiteral("23")));
    }
    // Four digits: the mobile's last four, besides any case number or account name holding them.
    const Account& target = m_accounts.at(77);
    query.search = target.mobile.right(4);
    QSet<QString> expected;
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.mobile.endsWith(query.search) || account.jobNumber.contains(query.search) ||
            account.accountName.contains(query.search)) {
            expected.insert(account.accountName);
        }
    }
    QVERIFY(expected.contains(target.accountName));
    QCOMPARE(names(all(query)), expected);
    // Search combines with the filters.
    query.search = QStringLiteral("张");
    query.unitId = QStringLiteral("root");
    for (const AccountRow& row : all(query)) {
        QVERIFY(row.account.name.contains(QStringLiteral("张")));
        QCOMPARE(row.account.unitId, QStringLiteral("root"));
    }
    query.search = QStringLiteral("nobody-like-this");
    QVERIFY(all(query).isEmpty());
}

void TestAccountRepository::searchTreatsOperatorsAsText()
{
    AccountRepository repository(*m_db);
    Account odd = makeAccount(9000);
    odd.name = QStringLiteral("AND \"x\" NEAR*");
    odd.updatedAt = kBase + 999999;
    QVERIFY(repository.upsert({odd}, AddressBasisKnown::Yes));
    for (const QString& text : {QStringLiteral("\"x\""), QStringLiteral("NEAR*"), QStringLiteral("AND"),
                                QStringLiteral("\""), QStringLiteral("*")}) {
        AccountQuery query;
        query.search = text;
        auto rows = repository.page(query, {}, std::nullopt, 50);
        QVERIFY2(rows, qPrintable(text));
        QCOMPARE(names(rows->rows), QSet<QString>{odd.accountName});
    }
}

void TestAccountRepository::upsertWritesOnlyWhatChanged()
{
    AccountRepository repository(*m_db);
    // The same page again writes nothing.
    auto again = repository.upsert(m_accounts.mid(0, 20), AddressBasisKnown::Yes);
    QVERIFY(again);
    QCOMPARE(*again, qint64(0));

    // Newer data replaces, and the search index follows the new name.
    Account changed = m_accounts.at(5);
    changed.name = QStringLiteral("赵钱孙");
    changed.status = AccountStatus::Disabled;
    changed.activation.state = ActivationState::Activated;
    changed.activation.activatedAt = changed.updatedAt + 1;
    changed.updatedAt += 1000;
    QCOMPARE(*repository.upsert({changed}, AddressBasisKnown::Yes), qint64(1));
    auto stored = repository.get(QStringLiteral("USER0005"));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->account.name, changed.name);
    QVERIFY((*stored)->account.status == AccountStatus::Disabled);
    QCOMPARE((*stored)->account.activation.activatedAt, changed.activation.activatedAt);
    QCOMPARE((*stored)->account.idNumber, changed.idNumber);
    AccountQuery query;
    query.search = QStringLiteral("赵钱孙");
    QCOMPARE(names(all(query)), QSet<QString>{changed.accountName});
    query.search = QStringLiteral("钱");
    QCOMPARE(names(all(query)), QSet<QString>{changed.accountName});
    query.search = m_accounts.at(5).name;
    QVERIFY(!names(all(query)).contains(changed.accountName));

    // Older data never overwrites newer.
    Account stale = m_accounts.at(5);
    stale.name = QStringLiteral("旧名字");
    QCOMPARE(*repository.upsert({stale}, AddressBasisKnown::Yes), qint64(0));
    QCOMPARE((*repository.get(changed.accountName))->account.name, changed.name);

    // Same updatedAt but different content (a page re-read after a local edit) is applied.
    Account sameTime = changed;
    sameTime.visibleInAddr = !changed.visibleInAddr;
    QCOMPARE(*repository.upsert({sameTime}, AddressBasisKnown::Yes), qint64(1));
    QCOMPARE((*repository.get(changed.accountName))->account.visibleInAddr, sameTime.visibleInAddr);
    QCOMPARE(*repository.count(), qint64(kRows));
    auto byId = repository.getById((*stored)->id);
    QVERIFY(byId && byId->has_value());
    QCOMPARE((*byId)->account.accountName, changed.accountName);
    QVERIFY(!repository.get(QStringLiteral("nobody"))->has_value());
}

void TestAccountRepository::activationCountsLeaveDeletedOut()
{
    AccountRepository repository(*m_db);
    ActivationCounts expected;
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.status == AccountStatus::Deleted || account.unitId != QStringLiteral("1001")) {
            continue;
        }
        switch (account.activation.state) {
        case ActivationState::Created:
            ++expected.created;
            break;
        case ActivationState::SmsSent:
            ++expected.smsSent;
            break;
        case ActivationState::FirstLogin:
            ++expected.firstLogin;
            break;
        case ActivationState::Activated:
            ++expected.activated;
            break;
        }
    }
    AccountQuery query;
    query.unitId = QStringLiteral("1001");
    auto counts = repository.activationCounts(query);
    QVERIFY(counts);
    QCOMPARE(counts->created, expected.created);
    QCOMPARE(counts->smsSent, expected.smsSent);
    QCOMPARE(counts->firstLogin, expected.firstLogin);
    QCOMPARE(counts->activated, expected.activated);
    auto funnel = repository.activationFunnel(query);
    QVERIFY(funnel);
    QCOMPARE(funnel->activated, expected.activated);
    QCOMPARE(funnel->firstLogin, expected.activated + expected.firstLogin);
    QCOMPARE(funnel->smsSent, expected.activated + expected.firstLogin + expected.smsSent);
    QCOMPARE(funnel->created, expected.activated + expected.firstLogin + expected.smsSent + expected.created);
}

void TestAccountRepository::unitsAreReplacedAndSubUnitsFiltered()
{
    UnitRepository units(*m_db);
    const QList<Unit> first{{QStringLiteral("root"), QStringLiteral("本院"), {}, kBase, 60},
                            {QStringLiteral("1002"), QStringLiteral("民一庭"), QStringLiteral("root"), kBase + 1, 60},
                            {QStringLiteral("1001"), QStringLiteral("立案庭"), QStringLiteral("1002"), kBase + 2, 60},
                            {QStringLiteral("gone"), QStringLiteral("撤销庭"), QStringLiteral("root"), kBase + 3, 0}};
    QVERIFY(units.replaceAll(first));
    auto listed = units.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 4);
    QCOMPARE(listed->at(1).unitId, QStringLiteral("1002")); // the platform's order, not the id's
    QCOMPARE(listed->at(0).parentUnitId, QString());
    QCOMPARE(listed->at(2).parentUnitId, QStringLiteral("1002"));
    QCOMPARE(listed->at(2).name, QStringLiteral("立案庭"));

    // The unit and its sub-units, as the activation funnel counts.
    AccountQuery query;
    query.unitId = QStringLiteral("1002");
    query.includeSubUnits = true;
    QSet<QString> expected;
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.unitId == QStringLiteral("1002") || account.unitId == QStringLiteral("1001")) {
            expected.insert(account.accountName);
        }
    }
    QCOMPARE(names(all(query)), expected);

    QVERIFY(units.replaceAll(first.mid(0, 3)));
    QCOMPARE(*units.count(), qint64(3));
    QVERIFY(!units.get(QStringLiteral("gone"))->has_value());
    QCOMPARE((*units.get(QStringLiteral("1001")))->name, QStringLiteral("立案庭"));
}

void TestAccountRepository::aCursorOfAnotherSortIsRefused()
{
    AccountRepository repository(*m_db);
    const AccountCursor textCursor{QStringLiteral("张伟"), 3};
    auto page = repository.page({}, {AccountSortColumn::CreatedAt, false}, textCursor, 10);
    QVERIFY(!page);
    QVERIFY(page.error().kind == DbError::Kind::Misuse);
    QVERIFY(!repository.page({}, {}, std::nullopt, 0));
}

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
