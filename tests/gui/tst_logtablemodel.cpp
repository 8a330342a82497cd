// The lazy keyset table over a seeded login log in a real encrypted cache and a real CacheSession worker thread: the
// rows at the start, the end and after far jumps are those of LogRepository's keyset walk, a new filter drops the old
// one's answers, memory stays bounded, and abnormal rows say so in every role a view reads.

#include "AccountsTestSupport.h"
#include "GatedCountReader.h"
#include "store/LogRepository.h"
#include "ui/logs/LogColumns.h"
#include "ui/logs/LogReaders.h"
#include "ui/logs/LogTexts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace dm;
using dm::test::SessionFixture;

namespace {

constexpr int kRows = 30000;
constexpr qint64 kBase = 1789948800000;

// Times repeat in pairs, so the order has to break ties by id; ids grow with time. Every 13th login is abnormal.
LoginRecord generatedLogin(int i)
{
    LoginRecord row;
    row.id = 5000 + i;
    row.time = kBase + qint64(i / 2) * 1000;
    row.accountName = QStringLiteral("user%1").arg(i % 50);
    row.method = static_cast<LoginMethod>(i % 7);
    row.ip = QStringLiteral("58.248.%1.%2").arg(i % 200).arg(i % 250);
    row.province = i % 3 == 0 ? QStringLiteral("广东省") : QStringLiteral("北京市");
    row.city = QStringLiteral("广州市");
    row.result = i % 9 == 0 ? LogResult::Failure : LogResult::Success;
    row.abnormal = i % 13 == 0;
    return row;
}

// Newest first: row r of the unfiltered table is login kRows - 1 - r.
qint64 idAtRow(int row)
{
    return 5000 + (kRows - 1 - row);
}

bool waitForCount(LoginLogModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isCounting(); }, 20000);
}

// Asks for `row` (as a view's paint does) and waits until its block is there.
bool waitForRow(LoginLogModel& model, int row)
{
    (void)model.data(model.index(row, 0));
    return QTest::qWaitFor([&model, row] { return model.isLoaded(row); }, 20000);
}

void listLogins(LoginLogModel& model, const LoginLogFilter& filter, const LogTimeRange& range = {})
{
    model.setListing([filter, range](Db& db) { return makeLoginLogReader(db, filter, range); }, true);
}

// The logins of `filter`, counted only once the test opens the gate.
void listLoginsCountingSlowly(LoginLogModel& model, const LoginLogFilter& filter,
                              const std::shared_ptr<std::atomic<bool>>& open)
{
    model.setListing(
        [filter, open](Db& db) {
            return std::make_unique<test::GatedCountReader<LoginRecord, LogPosition>>(
                db, makeLoginLogReader(db, filter, {}), open);
        },
        false);
}

} // namespace

class TestLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void passesTheModelTester();
    void rowsAreNewestFirstAtStartEndAndAfterJumps();
    void filteredFarJumpsMatchTheRepository();
    void aNewFilterDropsTheAnswersOfTheOldOne();
    void memoryStaysBoundedWhileJumping();
    void abnormalRowsSaySoAndLoadingRowsToo();
    void refreshSeesNewRowsAndKeepsTheShownOnes();
    void blocksWantedDuringARefreshLoadWithoutAnotherPaint();
    void firstRowsArriveBeforeTheCount();
    void aShortListingIsWholeBeforeItsCount();

private:
    [[nodiscard]] QList<qint64> repositoryIds(const LoginLogFilter& filter);

    SessionFixture m_fixture;
    std::unique_ptr<LoginLogModel> m_model;
};

void TestLogTableModel::initTestCase()
{
    QVERIFY(m_fixture.open());
    const auto written = m_fixture.run<bool>([](Db& db) {
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return false;
        }
        std::vector<LoginRecord> rows;
        rows.reserve(kRows);
        for (int i = 0; i < kRows; ++i) {
            rows.push_back(generatedLogin(i));
        }
        return LogRepository(db).insertLogins(rows).hasValue() && bool(transaction->commit());
    });
    QVERIFY(written.value_or(false));
}

void TestLogTableModel::cleanupTestCase()
{
    m_model.reset();
    m_fixture.close();
}

void TestLogTableModel::init()
{
    m_model = std::make_unique<LoginLogModel>(std::make_shared<LoginLogColumns>());
    listLogins(*m_model, {});
    m_model->setSession(m_fixture.session());
    QVERIFY(waitForCount(*m_model));
}

QList<qint64> TestLogTableModel::repositoryIds(const LoginLogFilter& filter)
{
    return m_fixture
        .run<QList<qint64>>([filter](Db& db) {
            LogRepository repository(db);
            QList<qint64> ids;
            LogPageRequest page;
            page.limit = 10000;
            while (true) {
                auto rows = repository.logins(filter, page);
                if (!rows) {
                    return QList<qint64>{-1};
                }
                for (const LoginRecord& row : std::as_const(*rows)) {
                    ids.append(row.id);
                }
                if (rows->size() < page.limit) {
                    return ids;
                }
                page.after = LogPosition{rows->constLast().time, rows->constLast().id};
            }
        })
        .value_or(QList<qint64>{-2});
}

void TestLogTableModel::passesTheModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), kRows);
    QCOMPARE(m_model->columnCount(), int(LoginLogColumns::ColumnCount));
    QVERIFY(waitForRow(*m_model, kRows - 1));
    LoginLogFilter failures;
    failures.result = LogResult::Failure;
    listLogins(*m_model, failures);
    QVERIFY(waitForCount(*m_model));
    QVERIFY(waitForRow(*m_model, 0));
    m_model->refresh();
    QVERIFY(waitForCount(*m_model));
}

void TestLogTableModel::rowsAreNewestFirstAtStartEndAndAfterJumps()
{
    QVERIFY(waitForRow(*m_model, 0));
    QCOMPARE(m_model->rowAt(0)->id, idAtRow(0));
    // The end: a backward page from the listing's end, no walk.
    QVERIFY(waitForRow(*m_model, kRows - 1));
    QCOMPARE(m_model->rowAt(kRows - 1)->id, idAtRow(kRows - 1));
    // Near jumps walk from a known block; far ones seek their start by position. Both sides of block boundaries.
    for (const int row : {kRows - 201, 15000, 14999, 15200, 401, 22222, 7}) {
        QVERIFY2(waitForRow(*m_model, row), qPrintable(QString::number(row)));
        QCOMPARE(m_model->rowAt(row)->id, idAtRow(row));
    }
}

void TestLogTableModel::filteredFarJumpsMatchTheRepository()
{
    LoginLogFilter filter;
    filter.province = QStringLiteral("北京市");
    filter.result = LogResult::Success;
    const QList<qint64> expected = repositoryIds(filter);
    QVERIFY(expected.size() > 10000);
    listLogins(*m_model, filter);
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(m_model->rowCount(), expected.size());
    for (const int row : {int(expected.size()) / 2, int(expected.size()) - 1, 0, 9001, 9000, 8999, 4321}) {
        QVERIFY2(waitForRow(*m_model, row), qPrintable(QString::number(row)));
        QCOMPARE(m_model->rowAt(row)->id, expected.at(row));
    }
}

void TestLogTableModel::aNewFilterDropsTheAnswersOfTheOldOne()
{
    (void)m_model->data(m_model->index(20000, 0)); // a load in flight for the old listing
    LoginLogFilter abnormal;
    abnormal.abnormal = true;
    listLogins(*m_model, abnormal);
    QVERIFY(waitForCount(*m_model));
    const QList<qint64> expected = repositoryIds(abnormal);
    QCOMPARE(m_model->rowCount(), expected.size());
    QVERIFY(waitForRow(*m_model, 0));
    QTest::qWait(100); // anything still arriving for the old listing
    for (int row = 0; row < 200; ++row) {
        QCOMPARE(m_model->rowAt(row)->id, expected.at(row));
    }
}

void TestLogTableModel::memoryStaysBoundedWhileJumping()
{
    m_model->setMaxBlocks(6);
    for (int row = 0; row < kRows; row += 1499) {
        QVERIFY(waitForRow(*m_model, row));
        QCOMPARE(m_model->rowAt(row)->id, idAtRow(row));
        QVERIFY(m_model->loadedBlockCount() <= 6);
    }
}

void TestLogTableModel::abnormalRowsSaySoAndLoadingRowsToo()
{
    QVERIFY(waitForRow(*m_model, 0));
    // Newest first: row r is login kRows - 1 - r; login 29991 (a multiple of 13) is row 8.
    const int abnormalRow = kRows - 1 - 29991;
    const QModelIndex cell = m_model->index(abnormalRow, LoginLogColumns::MethodColumn);
    QVERIFY(cell.data(AbnormalRole).toBool());
    QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("abnormal login")));
    QVERIFY(!m_model->index(abnormalRow, LoginLogColumns::AccountColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!m_model->index(0, LoginLogColumns::MethodColumn).data(AbnormalRole).toBool());
    QCOMPARE(m_model->index(0, LoginLogColumns::MethodColumn).data().toString(),
             LogTexts::loginMethod(generatedLogin(kRows - 1).method));
    // A row far away is not loaded: it says so instead of showing stale or empty data.
    QCOMPARE(m_model->index(17000, 0).data().toString(), KeysetTableModel::tr("Loading…"));
}

void TestLogTableModel::refreshSeesNewRowsAndKeepsTheShownOnes()
{
    QVERIFY(waitForRow(*m_model, 0));
    const auto added = m_fixture.run<bool>([](Db& db) {
        LoginRecord newest = generatedLogin(kRows);
        return LogRepository(db).insertLogins({&newest, 1}).hasValue();
    });
    QVERIFY(added.value_or(false));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(m_model->rowAt(0)->id, idAtRow(0)); // still shown while the refresh runs
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(m_model->rowCount(), kRows + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(waitForRow(*m_model, 0));
    QCOMPARE(m_model->rowAt(0)->id, qint64(5000 + kRows));
}

void TestLogTableModel::blocksWantedDuringARefreshLoadWithoutAnotherPaint()
{
    // A view asks once, when it paints; a refresh (after every sync) must not leave the rows it asked for as
    // placeholders until the user happens to scroll.
    const int far = 5000;
    (void)m_model->data(m_model->index(far, 0)); // in flight when the refresh starts
    m_model->refresh();
    const int near = 600;
    (void)m_model->data(m_model->index(near, 0)); // asked for while the refresh counts
    QVERIFY(m_model->isCounting());
    QVERIFY(QTest::qWaitFor([this, far, near] { return m_model->isLoaded(far) && m_model->isLoaded(near); }, 20000));
    const QList<qint64> expected = repositoryIds({}); // an earlier case may have added a row
    QCOMPARE(m_model->rowAt(far)->id, expected.at(far));
    QCOMPARE(m_model->rowAt(near)->id, expected.at(near));
}

void TestLogTableModel::firstRowsArriveBeforeTheCount()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> expected = repositoryIds({});
    const auto open = std::make_shared<std::atomic<bool>>(false);
    QSignalSpy started(m_model.get(), &KeysetTableModel::countingStarted);
    QSignalSpy counted(m_model.get(), &KeysetTableModel::counted);
    listLoginsCountingSlowly(*m_model, {}, open);
    // A sync batch lands before anything is shown: the refresh has nothing to keep and starts the listing again,
    // first block first, rather than waiting for the count.
    m_model->refresh();
    QCOMPARE(started.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    // The first block shows while the count still waits: the table is as long as what arrived.
    QVERIFY(QTest::qWaitFor([this] { return m_model->isLoaded(0); }, 20000));
    QVERIFY(m_model->isCounting());
    QCOMPARE(counted.size(), 0);
    QCOMPARE(m_model->rowCount(), KeysetTableModel::DefaultBlockSize);
    for (int row = 0; row < KeysetTableModel::DefaultBlockSize; ++row) {
        QCOMPARE(m_model->rowAt(row)->id, expected.at(row));
    }
    open->store(true);
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->rowAt(0)->id, expected.at(0)); // the first block stays, not read again
    QVERIFY(waitForRow(*m_model, int(expected.size()) - 1));
    QCOMPARE(m_model->rowAt(int(expected.size()) - 1)->id, expected.constLast());
    QVERIFY(waitForRow(*m_model, 1234));
    QCOMPARE(m_model->rowAt(1234)->id, expected.at(1234));
}

void TestLogTableModel::aShortListingIsWholeBeforeItsCount()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    LoginLogFilter filter;
    filter.accountName = QStringLiteral("user7");
    filter.result = LogResult::Failure;
    const QList<qint64> expected = repositoryIds(filter);
    QVERIFY(!expected.isEmpty() && expected.size() < KeysetTableModel::DefaultBlockSize);
    const auto open = std::make_shared<std::atomic<bool>>(false);
    listLoginsCountingSlowly(*m_model, filter, open);
    QVERIFY(QTest::qWaitFor([this] { return m_model->isLoaded(0); }, 20000));
    QVERIFY(m_model->isCounting());
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->rowAt(int(expected.size()) - 1)->id, expected.constLast());
    open->store(true);
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(m_model->rowCount(), expected.size());

    // None at all: nothing shows while the count waits, and the count says none.
    LoginLogFilter none;
    none.accountName = QStringLiteral("nobody");
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(m_model.get(), &KeysetTableModel::blockLoaded);
    const auto closed = std::make_shared<std::atomic<bool>>(false);
    listLoginsCountingSlowly(*m_model, none, closed);
    QVERIFY(QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, 20000)); // the (empty) first block
    QVERIFY(m_model->isCounting());
    QCOMPARE(m_model->rowCount(), 0);
    closed->store(true);
    QVERIFY(waitForCount(*m_model));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.size(), 0);
}

QTEST_MAIN(TestLogTableModel)
#include "tst_logtablemodel.moc"
