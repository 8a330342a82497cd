// The lazy accounts model over a real encrypted cache in a real CacheSession worker thread, alone and in the
// Accounts page's view.

#include "AccountsTestSupport.h"
#include "GatedCountReader.h"
#include "core/Masking.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace dm;

Q_DECLARE_METATYPE(dm::AccountQuery)
using dm::test::SessionFixture;

namespace {

constexpr int kRows = 20000;

QString nameAt(const AccountTableModel& model, int row)
{
    return model.data(model.index(row, AccountTableModel::AccountNameColumn), AccountTableModel::AccountNameRole)
        .toString();
}

// Asks for `row` (as a view's paint does) and waits until its block is there.
bool waitForRow(AccountTableModel& model, int row)
{
    (void)model.data(model.index(row, 0));
    return QTest::qWaitFor([&model, row] { return model.isLoaded(row); }, 20000);
}

bool waitForCount(AccountTableModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isCounting(); }, 20000);
}

// The Accounts page's body on screen, over its own settings in a temporary file.
class ShownAccountsView
{
public:
    ShownAccountsView()
        : m_settings(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_view.setSettings(&m_settings);
        m_view.resize(1200, 700);
        m_view.show();
    }
    ~ShownAccountsView() { m_view.setSession(nullptr); }
    ShownAccountsView(const ShownAccountsView&) = delete;
    ShownAccountsView& operator=(const ShownAccountsView&) = delete;

    [[nodiscard]] AccountsView& view() { return m_view; }
    [[nodiscard]] QTableView* table() const { return m_view.findChild<QTableView*>(QStringLiteral("accounts.table")); }
    [[nodiscard]] QString countText() const
    {
        return m_view.findChild<QLabel*>(QStringLiteral("accounts.count"))->text();
    }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    AccountsView m_view; // last: it goes before the settings it was given
};

} // namespace

class TestAccountTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void passesTheModelTester();
    void rowsAreInSortOrderAtStartEndAndAfterAJump();
    void descendingSortByHeaderReversesTheRows();
    void farJumpsSeekTheSameRowsAsPaging_data();
    void farJumpsSeekTheSameRowsAsPaging();
    void filtersAndSearchMatchTheRepositoryCount_data();
    void filtersAndSearchMatchTheRepositoryCount();
    void aNewQueryDropsTheAnswersOfTheOldOne();
    void memoryStaysBoundedWhileScrolling();
    void piiIsMaskedAndLoadingRowsSaySo();
    void thePageShowsItsFirstRowsBeforeTheCount();
    void theCountGrowsTheTableKeepingSelectionAndScroll();
    void refreshKeepsRowsAndSeesNewAccounts();

private:
    SessionFixture m_fixture;
    std::unique_ptr<AccountTableModel> m_model;
};

void TestAccountTableModel::initTestCase()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.fill(kRows));
}

void TestAccountTableModel::cleanupTestCase()
{
    m_model.reset();
    m_fixture.close();
}

void TestAccountTableModel::init()
{
    m_model = std::make_unique<AccountTableModel>();
    m_model->setSession(m_fixture.session());
    QVERIFY(waitForCount(*m_model));
}

void TestAccountTableModel::passesTheModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), kRows);
    QCOMPARE(m_model->columnCount(), int(AccountTableModel::ColumnCount));
    QVERIFY(waitForRow(*m_model, kRows - 1));
    AccountQuery query;
    query.search = QStringLiteral("user00001");
    m_model->setQuery(query);
    QVERIFY(waitForCount(*m_model));
    QVERIFY(waitForRow(*m_model, 0));
    m_model->sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(waitForCount(*m_model));
    m_model->refresh();
    QVERIFY(waitForCount(*m_model));
}

void TestAccountTableModel::rowsAreInSortOrderAtStartEndAndAfterAJump()
{
    QCOMPARE(m_model->rowCount(), kRows);
    QVERIFY(waitForRow(*m_model, 0));
    QCOMPARE(nameAt(*m_model, 0), test::generatedAccount(0).accountName);
    // The end: a backward page from the listing's end, no walk.
    QVERIFY(waitForRow(*m_model, kRows - 1));
    QCOMPARE(nameAt(*m_model, kRows - 1), test::generatedAccount(kRows - 1).accountName);
    QCOMPARE(nameAt(*m_model, kRows - 200), test::generatedAccount(kRows - 200).accountName);
    // A jump into the middle walks from the nearest known position; both sides of a block boundary are right.
    for (const int row : {12345, 7999, 8000, 15001, 201}) {
        QVERIFY2(waitForRow(*m_model, row), qPrintable(QString::number(row)));
        QCOMPARE(nameAt(*m_model, row), test::generatedAccount(row).accountName);
    }
}

void TestAccountTableModel::descendingSortByHeaderReversesTheRows()
{
    m_model->sort(AccountTableModel::CreatedColumn, Qt::DescendingOrder);
    QVERIFY(waitForCount(*m_model));
    QVERIFY(waitForRow(*m_model, 0));
    QCOMPARE(nameAt(*m_model, 0), test::generatedAccount(kRows - 1).accountName);
    QVERIFY(waitForRow(*m_model, 5000));
    QCOMPARE(nameAt(*m_model, 5000), test::generatedAccount(kRows - 1 - 5000).accountName);
    // A column the cache cannot sort by (the masked mobile) changes nothing.
    m_model->sort(AccountTableModel::MobileColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->accountSort().column, AccountSortColumn::CreatedAt);
    QVERIFY(m_model->accountSort().descending);
}

void TestAccountTableModel::farJumpsSeekTheSameRowsAsPaging_data()
{
    QTest::addColumn<AccountQuery>("query");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    AccountQuery unit;
    unit.unitId = QStringLiteral("u1");
    AccountQuery search;
    search.search = QStringLiteral("测试1");
    QTest::newRow("created") << AccountQuery() << int(AccountTableModel::CreatedColumn) << false;
    // Names sort as text and repeat no value; descending reverses the tie-breaker as well.
    QTest::newRow("name descending") << AccountQuery() << int(AccountTableModel::NameColumn) << true;
    // Status has few values: the id breaks the ties, and a jump must land between equal values correctly.
    QTest::newRow("unit by status") << unit << int(AccountTableModel::StatusColumn) << false;
    QTest::newRow("search by activation descending") << search << int(AccountTableModel::ActivationColumn) << true;
}

void TestAccountTableModel::farJumpsSeekTheSameRowsAsPaging()
{
    QFETCH(AccountQuery, query);
    QFETCH(int, column);
    QFETCH(bool, descending);
    m_model->setQuery(query);
    m_model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(waitForCount(*m_model));
    const int rows = m_model->rowCount();
    QVERIFY(rows > 4000);
    // The whole listing as the repository pages it, the reference for every position.
    const AccountSort sort = m_model->accountSort();
    const auto listing = m_fixture.run<QStringList>([query, sort, rows](Db& db) {
        QStringList names;
        auto page = AccountRepository(db).page(query, sort, std::nullopt, rows + 1);
        for (const AccountRow& row : page ? page->rows : QList<AccountRow>()) {
            names.append(row.account.accountName);
        }
        return names;
    });
    QVERIFY(listing);
    QCOMPARE(listing->size(), rows);
    // Far from both ends and from each other, so each one seeks; then the blocks next to one, which page from it.
    const int middle = rows / 2;
    for (const int row : {middle, middle - 1, rows / 4 + 17, 3 * rows / 4 + 199, middle + 200, middle - 201}) {
        QVERIFY2(waitForRow(*m_model, row), qPrintable(QString::number(row)));
        QCOMPARE(nameAt(*m_model, row), listing->at(row));
    }
    // The position of every seek agrees with the listing (also just past either end).
    const auto cursors = m_fixture.run<QList<std::optional<AccountCursor>>>([query, sort, rows](Db& db) {
        QList<std::optional<AccountCursor>> found;
        for (const qint64 position : {qint64(0), qint64(rows / 3), qint64(rows - 1), qint64(rows)}) {
            auto cursor = AccountRepository(db).cursorAt(query, sort, position);
            found.append(cursor ? *cursor : std::nullopt);
        }
        return found;
    });
    QVERIFY(cursors);
    QCOMPARE(cursors->size(), 4);
    QVERIFY(!cursors->at(3).has_value());
    const auto rowsBefore = m_fixture.run<QList<qint64>>([query, sort, cursors](Db& db) {
        QList<qint64> positions;
        for (int i = 0; i < 3; ++i) {
            auto before = cursors->at(i) ? AccountRepository(db).rowsBefore(query, sort, *cursors->at(i))
                                         : Expected<qint64, DbError>(qint64(-1));
            positions.append(before ? *before : qint64(-2));
        }
        return positions;
    });
    QVERIFY(rowsBefore);
    QCOMPARE(*rowsBefore, (QList<qint64>{0, rows / 3, rows - 1}));
}

void TestAccountTableModel::filtersAndSearchMatchTheRepositoryCount_data()
{
    QTest::addColumn<AccountQuery>("query");
    AccountQuery disabled;
    disabled.status = AccountStatus::Disabled;
    AccountQuery activated;
    activated.activationState = ActivationState::Activated;
    AccountQuery unit;
    unit.unitId = QStringLiteral("u1");
    AccountQuery created;
    created.createdFrom = test::kAccountsBase + 1000LL * 100;
    created.createdTo = test::kAccountsBase + 1000LL * 350;
    AccountQuery search;
    search.search = QStringLiteral("user001");
    AccountQuery mobileSuffix;
    mobileSuffix.search = QStringLiteral("0042");
    AccountQuery combined = disabled;
    combined.unitId = QStringLiteral("root");
    combined.search = QStringLiteral("测试1");
    QTest::newRow("status") << disabled;
    QTest::newRow("activation") << activated;
    QTest::newRow("unit") << unit;
    QTest::newRow("created range") << created;
    QTest::newRow("search account") << search;
    QTest::newRow("search mobile suffix") << mobileSuffix;
    QTest::newRow("combined") << combined;
}

void TestAccountTableModel::filtersAndSearchMatchTheRepositoryCount()
{
    QFETCH(AccountQuery, query);
    QSignalSpy counted(m_model.get(), &AccountTableModel::counted);
    m_model->setQuery(query);
    QVERIFY(waitForCount(*m_model));
    const qint64 expected = m_fixture.count(query);
    QVERIFY(expected >= 0);
    QVERIFY(expected < kRows);
    QCOMPARE(qint64(m_model->rowCount()), expected);
    QCOMPARE(counted.size(), 1);
    if (expected > 0) {
        QVERIFY(waitForRow(*m_model, int(expected) - 1));
        const auto last = m_model->rowAt(int(expected) - 1);
        QVERIFY(last.has_value());
        if (query.status) {
            QVERIFY(last->account.status == *query.status);
        }
    }
}

void TestAccountTableModel::aNewQueryDropsTheAnswersOfTheOldOne()
{
    QSignalSpy counted(m_model.get(), &AccountTableModel::counted);
    AccountQuery first;
    first.status = AccountStatus::Disabled;
    AccountQuery second;
    second.search = QStringLiteral("user0000");
    m_model->setQuery(first);
    (void)m_model->data(m_model->index(0, 0));
    m_model->setQuery(second);
    QVERIFY(waitForCount(*m_model));
    QVERIFY(waitForRow(*m_model, 0));
    QTest::qWait(100); // any late answer of the first query would arrive by now
    QCOMPARE(counted.size(), 1);
    QCOMPARE(qint64(m_model->rowCount()), m_fixture.count(second));
    QVERIFY(nameAt(*m_model, 0).startsWith(QStringLiteral("user0000")));
}

void TestAccountTableModel::memoryStaysBoundedWhileScrolling()
{
    m_model->setMaxBlocks(6);
    for (int row = 0; row < kRows; row += 997) {
        QVERIFY(waitForRow(*m_model, row));
        QCOMPARE(nameAt(*m_model, row), test::generatedAccount(row).accountName);
        QVERIFY(m_model->loadedBlockCount() <= 6);
    }
}

void TestAccountTableModel::piiIsMaskedAndLoadingRowsSaySo()
{
    m_model->setQuery({}); // nothing loaded yet
    QVERIFY(!m_model->isLoaded(0));
    QVERIFY(waitForCount(*m_model));
    QVERIFY(waitForRow(*m_model, 3));
    const Account a = test::generatedAccount(3);
    QCOMPARE(m_model->data(m_model->index(3, AccountTableModel::MobileColumn)).toString(), maskMobile(a.mobile));
    QCOMPARE(m_model->data(m_model->index(3, AccountTableModel::IdNumberColumn)).toString(), maskIdNumber(a.idNumber));
    QVERIFY(!m_model->data(m_model->index(3, AccountTableModel::MobileColumn)).toString().contains(a.mobile));
    QCOMPARE(m_model->data(m_model->index(3, AccountTableModel::UnitColumn)).toString(), QStringLiteral("u1"));
    m_model->setUnitNames({{QStringLiteral("u1"), QStringLiteral("立案庭")}});
    QCOMPARE(m_model->data(m_model->index(3, AccountTableModel::UnitColumn)).toString(), QStringLiteral("立案庭"));
    // A row far away is not loaded: it says so instead of showing stale or empty data.
    QCOMPARE(m_model->data(m_model->index(9000, AccountTableModel::AccountNameColumn)).toString(),
             AccountTableModel::tr("Loading…"));
}

void TestAccountTableModel::thePageShowsItsFirstRowsBeforeTheCount()
{
    const qint64 total = m_fixture.count({});
    QVERIFY(total > KeysetTableModel::DefaultBlockSize);
    ShownAccountsView shown;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view()));
    AccountTableModel* model = shown.view().model();
    QSignalSpy counted(model, &KeysetTableModel::counted);
    // What the page holds at the moment its first rows arrive.
    int firstRows = -1;
    bool countedBefore = true;
    QString unit;
    QString countText;
    connect(model, &QAbstractItemModel::rowsInserted, &shown.view(), [&](const QModelIndex&, int first, int last) {
        if (first == 0 && firstRows < 0) {
            firstRows = last + 1;
            countedBefore = !model->isCounting() || !counted.isEmpty();
            unit = model->data(model->index(0, AccountTableModel::UnitColumn)).toString();
            countText = shown.countText();
        }
    });
    shown.view().setSession(m_fixture.session());
    QVERIFY(QTest::qWaitFor([&firstRows] { return firstRows >= 0; }, 20000));
    // The first page came ahead of the count: the table is as long as that page, and the count is still to come.
    QVERIFY(!countedBefore);
    QCOMPARE(firstRows, KeysetTableModel::DefaultBlockSize);
    QVERIFY(!countText.contains(QString::number(total)));
    // The unit names came first too: account 0 is in the root unit, shown by its name rather than its id.
    QCOMPARE(unit, QStringLiteral("人民法院"));
    QCOMPARE(shown.table()->model()->data(shown.table()->model()->index(0, AccountTableModel::AccountNameColumn)),
             QVariant(test::generatedAccount(0).accountName));

    QVERIFY(waitForCount(*model));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model->rowCount(), int(total));
    QVERIFY(shown.countText().contains(QString::number(total)));
}

void TestAccountTableModel::theCountGrowsTheTableKeepingSelectionAndScroll()
{
    const qint64 total = m_fixture.count({});
    ShownAccountsView shown;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view()));
    shown.view().setSession(m_fixture.session());
    AccountTableModel* model = shown.view().model();
    QVERIFY(waitForCount(*model));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The same listing again with a count that waits for the test, as a count over a large cache takes its time.
    const auto open = std::make_shared<std::atomic<bool>>(false);
    model->setListing(
        [query = model->query(), sort = model->accountSort(), open](Db& db) {
            return std::make_unique<test::GatedCountReader<AccountListRow, AccountCursor>>(
                db, std::make_unique<AccountReader>(db, query, sort), open);
        },
        true);
    QVERIFY(QTest::qWaitFor([model] { return model->isLoaded(0); }, 20000));
    QVERIFY(model->isCounting());
    QCOMPARE(model->rowCount(), KeysetTableModel::DefaultBlockSize);
    QVERIFY(!shown.countText().contains(QString::number(total)));
    QTableView* table = shown.table();
    for (int row = 0; row < KeysetTableModel::DefaultBlockSize; ++row) {
        QCOMPARE(table->model()->data(table->model()->index(row, AccountTableModel::AccountNameColumn)),
                 QVariant(test::generatedAccount(row).accountName));
    }

    // The user works with the rows while the count runs: selects one, scrolls down the first page.
    table->selectRow(5);
    table->scrollTo(model->index(150, 0), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    open->store(true);
    QVERIFY(waitForCount(*model));
    QCOMPARE(model->rowCount(), int(total));
    // The table grew under the rows shown: no reset, one insertion after the first page.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), KeysetTableModel::DefaultBlockSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), int(total) - 1);
    QCoreApplication::processEvents();
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).row(), 5);
    QCOMPARE(table->currentIndex().row(), 5);
    QVERIFY(shown.countText().contains(QString::number(total)));
    // The rows beyond the first page load as the view reaches them.
    QVERIFY(waitForRow(*model, int(total) - 1));
    QCOMPARE(nameAt(*model, int(total) - 1), test::generatedAccount(int(total) - 1).accountName);
}

void TestAccountTableModel::refreshKeepsRowsAndSeesNewAccounts()
{
    QVERIFY(waitForRow(*m_model, 0));
    const QString first = nameAt(*m_model, 0);
    const auto added = m_fixture.run<bool>([](Db& db) {
        Account a = test::generatedAccount(kRows + 5);
        return bool(AccountRepository(db).upsert({a}, AddressBasisKnown::Yes));
    });
    QVERIFY(added.value_or(false));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(nameAt(*m_model, 0), first); // still shown while the refresh runs
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(m_model->rowCount(), kRows + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(waitForRow(*m_model, kRows));
    QCOMPARE(nameAt(*m_model, kRows), test::generatedAccount(kRows + 5).accountName);
}

QTEST_MAIN(TestAccountTableModel)
#include "tst_accounttablemodel.moc"
