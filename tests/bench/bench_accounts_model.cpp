// The accounts table against DESIGN §8 on a million cached accounts: the real AccountTableModel over a real
// CacheSession (encrypted cache, worker thread). Measures the open as a user sees it, from setSession until a
// QTableView has painted the first rows (the exact row count arrives after them and is printed on its own line), beside
// the limit measured in the same run: the same view painting the same first page from an in-memory
// QStandardItemModel. Then the jump to the end (the last row's data), far jumps to random rows, and the resident memory
// the model and the cache add while scrolling through 200 random positions. Median of 5 runs, each with a new model.
// Not part of ctest.
//   bench_accounts_model [ROWS]
#include "AccountsTestSupport.h"
#include "BenchRow.h"
#include "ui/accounts/AccountTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <unistd.h>
#include <vector>

using namespace dm;

namespace {

constexpr int kBatch = 10000;
constexpr int kRuns = 5;
constexpr int kRandomPositions = 200;
constexpr int kTimeoutMs = 120000;

void fail(const char* what)
{
    std::fprintf(stderr, "bench_accounts_model: %s\n", what);
    std::exit(1);
}

double residentMiB()
{
    std::ifstream statm("/proc/self/statm");
    long size = 0;
    long resident = 0;
    statm >> size >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

// Waits (without polling: no sleep granularity in the figures) until `row` is loaded; asks for it as a paint does.
bool waitForRow(AccountTableModel& model, int row)
{
    if (row < model.rowCount()) {
        (void)model.data(model.index(row, AccountTableModel::AccountNameColumn));
    }
    if (model.isLoaded(row)) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&model, &AccountTableModel::blockLoaded, &loop, [&model, &loop, row] {
        if (model.isLoaded(row)) {
            loop.quit();
        } else if (row < model.rowCount()) {
            (void)model.data(model.index(row, AccountTableModel::AccountNameColumn));
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return model.isLoaded(row);
}

// A table view that says when a paint has finished: "shown" is the end of the first paint with rows in it.
class PaintedTable final : public QTableView
{
public:
    std::function<void()> painted;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QTableView::paintEvent(event);
        if (painted) {
            painted();
        }
    }
};

// Both views of the measurement alike, as the Accounts page sets its own: fixed row heights, no row header.
std::unique_ptr<PaintedTable> makeView()
{
    auto view = std::make_unique<PaintedTable>();
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->resize(1200, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        fail("the table view was not exposed");
    }
    return view;
}

// Runs the event loop until `shown` holds at the end of a paint of `view`; the milliseconds from `timer`'s start then.
double waitUntilShown(PaintedTable& view, const QElapsedTimer& timer, const std::function<bool()>& shown)
{
    double at = -1;
    QEventLoop loop;
    view.painted = [&] {
        if (at < 0 && shown()) {
            at = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    };
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    view.painted = nullptr;
    return at;
}

// The first page as a view shows it, copied into an in-memory model: the limit of the open.
std::unique_ptr<QStandardItemModel> inMemoryCopy(const AccountTableModel& model, int rows)
{
    auto copy = std::make_unique<QStandardItemModel>(rows, model.columnCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        copy->setHeaderData(column, Qt::Horizontal, model.headerData(column, Qt::Horizontal, Qt::DisplayRole));
        for (int row = 0; row < rows; ++row) {
            copy->setData(copy->index(row, column), model.data(model.index(row, column), Qt::DisplayRole));
        }
    }
    return copy;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    if (rows < kBatch) {
        fail("ROWS must be at least 10000");
    }

    test::SessionFixture fixture;
    if (!fixture.open()) {
        fail("the cache session did not open");
    }
    QElapsedTimer clock;
    clock.start();
    for (int first = 0; first < rows; first += kBatch) {
        const int end = std::min(rows, first + kBatch);
        const auto written = fixture.run<bool>([first, end](Db& db) {
            auto transaction = Transaction::begin(db);
            if (!transaction) {
                return false;
            }
            QList<Account> batch;
            batch.reserve(end - first);
            for (int i = first; i < end; ++i) {
                batch.append(test::generatedAccount(i));
            }
            return AccountRepository(db).upsert(batch, AddressBasisKnown::Yes) && bool(transaction->commit());
        });
        if (!written.value_or(false)) {
            fail("generating accounts failed");
        }
    }
    const double generateSeconds = double(clock.elapsed()) / 1000.0;
    std::printf("generated %d accounts in %.1f s (%d per transaction)\n", rows, generateSeconds, kBatch);
    std::fflush(stdout);

    std::vector<double> open;
    std::vector<double> plainOpen;
    std::vector<double> counted;
    std::vector<double> end;
    std::vector<double> middle;
    std::vector<double> jumpMedian;
    std::vector<double> jumpMax;
    std::vector<double> memory;
    for (int run = 0; run < kRuns; ++run) {
        const double baseMiB = residentMiB();
        auto model = std::make_unique<AccountTableModel>();
        double countedMs = -1;
        QElapsedTimer timer;
        QObject::connect(model.get(), &AccountTableModel::counted, model.get(),
                         [&countedMs, &timer] { countedMs = double(timer.nsecsElapsed()) / 1e6; });
        {
            auto view = makeView();
            view->setModel(model.get());
            QTest::qWait(20); // the empty table's paints are not part of the open
            timer.start();
            model->setSession(fixture.session());
            const double shown = waitUntilShown(*view, timer, [&model] { return model->isLoaded(0); });
            if (shown < 0) {
                fail("the first rows were not shown");
            }
            open.push_back(shown);
            if (countedMs >= 0) {
                std::printf("run %d: the count landed before the first rows were shown\n", run + 1);
            }

            // The limit: the same view painting the same first page, held in memory.
            const int firstPage = std::min(model->rowCount(), KeysetTableModel::DefaultBlockSize);
            auto copy = inMemoryCopy(*model, firstPage);
            auto plain = makeView();
            QTest::qWait(20);
            QElapsedTimer plainTimer; // the count may still land on `timer`
            plainTimer.start();
            plain->setModel(copy.get());
            const double plainShown = waitUntilShown(*plain, plainTimer, [&copy] { return copy->rowCount() > 0; });
            if (plainShown < 0) {
                fail("the in-memory first page was not shown");
            }
            plainOpen.push_back(plainShown);
        }
        // The first rows come before the count: the table is as long as the first block until it arrives.
        if (model->isCounting()) {
            QEventLoop loop;
            QObject::connect(model.get(), &AccountTableModel::counted, &loop, &QEventLoop::quit);
            QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        counted.push_back(countedMs);
        if (model->rowCount() != rows) {
            fail("the model counted a different number of rows");
        }

        timer.restart();
        if (!waitForRow(*model, rows - 1)) {
            fail("the last row did not arrive");
        }
        end.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (model->rowAt(rows - 1)->account.accountName != test::generatedAccount(rows - 1).accountName) {
            fail("the last row is not the newest account");
        }

        // The first far jump: to the middle, with nothing known near it (the scroll bar dragged half way down).
        timer.restart();
        if (!waitForRow(*model, rows / 2)) {
            fail("the middle row did not arrive");
        }
        middle.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (model->rowAt(rows / 2)->account.accountName != test::generatedAccount(rows / 2).accountName) {
            fail("the middle row is not the expected account");
        }

        QRandomGenerator random(quint32(1000 + run));
        std::vector<double> jumps;
        for (int i = 0; i < kRandomPositions; ++i) {
            const int row = int(random.bounded(rows));
            timer.restart();
            if (!waitForRow(*model, row)) {
                fail("a row after a jump did not arrive");
            }
            jumps.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (model->rowAt(row)->account.accountName != test::generatedAccount(row).accountName) {
                fail("a row after a jump is not the expected account");
            }
        }
        jumpMedian.push_back(median(jumps));
        jumpMax.push_back(*std::max_element(jumps.begin(), jumps.end()));
        memory.push_back(residentMiB() - baseMiB);
        std::printf("run %d: first rows shown %.1f ms (plain view %.1f ms), count %.1f ms, end %.1f ms, middle %.1f "
                    "ms, jumps median %.1f ms max %.1f ms, memory +%.1f MiB (%d blocks held)\n",
                    run + 1, open.back(), plainOpen.back(), counted.back(), end.back(), middle.back(),
                    jumpMedian.back(), jumpMax.back(), memory.back(), model->loadedBlockCount());
        std::fflush(stdout);
    }

    struct Line
    {
        QString metric;
        double measured = 0;
        QString unit;
        QString budget;
        double limit = -1; // none
    };
    const QString msUnit = QStringLiteral(" ms");
    const std::vector<Line> table = {
        {QStringLiteral("accounts open: setSession to first rows shown [%1 rows]").arg(rows), median(open), msUnit,
         QStringLiteral("<= 100 ms"), median(plainOpen)},
        {QStringLiteral("accounts open: setSession to the exact row count (after the first rows)"), median(counted),
         msUnit, QStringLiteral("-")},
        {QStringLiteral("accounts: jump to the end, last row's data"), median(end), msUnit,
         QStringLiteral("<= 100 ms")},
        {QStringLiteral("accounts: first far jump, the middle row's data"), median(middle), msUnit,
         QStringLiteral("-")},
        {QStringLiteral("accounts: far jump to a random row (median of %1)").arg(kRandomPositions), median(jumpMedian),
         msUnit, QStringLiteral("-")},
        {QStringLiteral("accounts: far jump to a random row (slowest of %1)").arg(kRandomPositions), median(jumpMax),
         msUnit, QStringLiteral("-")},
        {QStringLiteral("accounts: resident memory growth after %1 random positions").arg(kRandomPositions),
         median(memory), QStringLiteral(" MiB"), QStringLiteral("<= 100 MB")},
    };
    std::printf("\n%-72s | %-10s | %-10s | %s\n", "metric (median of 5 runs)", "measured", "budget",
                "limit: a plain QTableView over the first page in memory");
    for (const Line& line : table) {
        const QString measured = QString::number(line.measured, 'f', 1) + line.unit;
        const QString limit = line.limit < 0 ? QStringLiteral("-") : QString::number(line.limit, 'f', 1) + line.unit;
        std::printf("%-72s | %-10s | %-10s | %s\n", qPrintable(line.metric), qPrintable(measured),
                    qPrintable(line.budget), qPrintable(limit));
        bench::benchRow(line.metric, measured, line.budget, limit,
                        line.limit < 0 ? QStringLiteral("-") : bench::ratioText(line.measured, line.limit));
    }
    fixture.close();
    return 0;
}
