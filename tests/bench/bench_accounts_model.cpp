// The accounts table against DESIGN §8 on a million cached accounts: the real AccountTableModel over a real
// CacheSession (encrypted cache, worker thread). Measures the time from setSession until the first rows are there, the
// jump to the end (the last row's data), far jumps to random rows, and the resident memory the model and the cache
// add while scrolling through 200 random positions. Median of 5 runs, each with a new model. Not part of ctest.
//   bench_accounts_model [ROWS]
#include "AccountsTestSupport.h"
#include "ui/accounts/AccountTableModel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
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

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
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
        timer.start();
        model->setSession(fixture.session());
        if (!waitForRow(*model, 0)) {
            fail("the first rows did not arrive");
        }
        open.push_back(double(timer.nsecsElapsed()) / 1e6);
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
        std::printf("run %d: open %.1f ms (count %.1f ms), end %.1f ms, middle %.1f ms, jumps median %.1f ms max "
                    "%.1f ms, memory +%.1f MiB (%d blocks held)\n",
                    run + 1, open.back(), counted.back(), end.back(), middle.back(), jumpMedian.back(), jumpMax.back(),
                    memory.back(), model->loadedBlockCount());
        std::fflush(stdout);
    }

    struct Line
    {
        QString metric;
        QString measured;
        QString budget;
    };
    const std::vector<Line> table = {
        {QStringLiteral("open: setSession to first rows [%1 rows]").arg(rows), ms(median(open)),
         QStringLiteral("100 ms")},
        {QStringLiteral("open: setSession to the row count (after the first rows)"), ms(median(counted)), QString()},
        {QStringLiteral("jump to the end: last row's data"), ms(median(end)), QStringLiteral("100 ms")},
        {QStringLiteral("first far jump: the middle row's data"), ms(median(middle)), QString()},
        {QStringLiteral("far jump to a random row (median of %1)").arg(kRandomPositions), ms(median(jumpMedian)),
         QString()},
        {QStringLiteral("far jump to a random row (slowest of %1)").arg(kRandomPositions), ms(median(jumpMax)),
         QString()},
        {QStringLiteral("resident memory growth after %1 random positions").arg(kRandomPositions),
         QString::number(median(memory), 'f', 1) + QStringLiteral(" MiB"), QStringLiteral("100 MB")},
    };
    std::printf("\n%-58s | %-10s | %s\n", "metric (median of 5 runs)", "measured", "budget");
    for (const Line& line : table) {
        std::printf("%-58s | %-10s | %s\n", qPrintable(line.metric), qPrintable(line.measured),
                    qPrintable(line.budget));
    }
    fixture.close();
    return 0;
}
