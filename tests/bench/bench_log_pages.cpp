// The log pages against issue budgets on a large cache: the real lazy table models of the login and mail pages over a
// real CacheSession (encrypted cache, worker thread), with 1M login rows and 500k mail rows by default. Measures the
// time from a new listing until its first rows are there (the page opening with everything cached, then a filter
// change), the jump to the end, far jumps, and the resident memory added by 200 random jumps. Median of 5 runs per
// figure. Not part of ctest.
//   bench_log_pages [LOGIN_ROWS [MAIL_ROWS]]
#include "AccountsTestSupport.h"
#include "BenchRow.h"
#include "store/LogRepository.h"
#include "ui/logs/LogColumns.h"
#include "ui/logs/LogReaders.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
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
constexpr qint64 kEnd = 1796083200000; // 2026-12-01 00:00 UTC: the newest row is just before it
constexpr qint64 kSpanMs = 180LL * 24 * 3600 * 1000;
constexpr int kAccounts = 12000;

const std::array<const char16_t*, 8> kProvinces{u"广东", u"广西", u"湖南", u"北京", u"上海", u"浙江", u"福建", u"海外"};
const std::array<const char16_t*, 4> kKinds{u"民初", u"民终", u"刑初", u"执"};
const std::array<const char16_t*, 4> kDocuments{u"判决书", u"裁定书", u"传票", u"应诉通知书"};

void fail(const char* what)
{
    std::fprintf(stderr, "bench_log_pages: %s\n", what);
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

QString accountOf(quint32 n)
{
    return QStringLiteral("r%1").arg(n % kAccounts, 6, 10, QLatin1Char('0'));
}

// Rows spread evenly over half a year, newest at kEnd; ids follow time as the platform's do.
qint64 timeOf(qint64 index, qint64 rows)
{
    return kEnd - kSpanMs + (kSpanMs * index) / rows;
}

LoginRecord loginRow(qint64 index, qint64 rows)
{
    QRandomGenerator random(quint32(index * 2654435761u));
    LoginRecord row;
    row.id = index + 1;
    row.time = timeOf(index, rows);
    row.accountName = accountOf(random.generate());
    row.method = static_cast<LoginMethod>(random.bounded(3));
    row.ip = QStringLiteral("10.%1.%2.%3").arg(random.bounded(256)).arg(random.bounded(256)).arg(random.bounded(256));
    row.province = QString::fromUtf16(kProvinces[random.bounded(int(kProvinces.size()))]);
    row.city = row.province + QStringLiteral("市");
    row.result = random.bounded(20) == 0 ? LogResult::Failure : LogResult::Success;
    row.abnormal = random.bounded(40) == 0;
    return row;
}

MailRecord mailRow(qint64 index, qint64 rows)
{
    QRandomGenerator random(quint32(index * 2246822519u + 7));
    MailRecord row;
    row.id = index + 1;
    row.time = timeOf(index, rows);
    row.direction = random.bounded(5) == 0 ? MailDirection::Out : MailDirection::In;
    row.messageId = QStringLiteral("<m%1@court.example>").arg(index);
    const QString caseNumber = QStringLiteral("(2026)粤0104%1%2号")
                                   .arg(QString::fromUtf16(kKinds[random.bounded(int(kKinds.size()))]))
                                   .arg(random.bounded(1, 5000));
    row.subject = QStringLiteral("关于%1案件的%2")
                      .arg(caseNumber, QString::fromUtf16(kDocuments[random.bounded(int(kDocuments.size()))]));
    const QString recipient = accountOf(random.generate()) + QStringLiteral("@court.example");
    row.sender = row.direction == MailDirection::In ? QStringLiteral("sdxt@court.example") : recipient;
    row.recipient = row.direction == MailDirection::In ? recipient : QStringLiteral("sdxt@court.example");
    row.status = row.direction == MailDirection::Out ? MailStatus::Delivered
                 : random.bounded(50) == 0           ? MailStatus::Failed
                                                     : MailStatus::Received;
    if (row.direction == MailDirection::In && row.status == MailStatus::Received && random.bounded(4) != 0) {
        row.readAt = row.time + random.bounded(1, 3 * 24 * 3600) * 1000LL;
        row.readClient = static_cast<ReadClient>(random.bounded(3));
    }
    row.updatedAt = std::max(row.time, row.readAt.value_or(0));
    return row;
}

template <typename Record>
void fill(test::SessionFixture& fixture, qint64 rows, Record (*make)(qint64, qint64),
          Expected<qint64, DbError> (LogRepository::*write)(std::span<const Record>))
{
    for (qint64 first = 0; first < rows; first += kBatch) {
        const qint64 end = std::min(rows, first + kBatch);
        const auto written = fixture.run<bool>([first, end, rows, make, write](Db& db) {
            auto transaction = Transaction::begin(db);
            if (!transaction) {
                return false;
            }
            std::vector<Record> batch;
            batch.reserve(std::size_t(end - first));
            for (qint64 i = first; i < end; ++i) {
                batch.push_back(make(i, rows));
            }
            LogRepository repository(db);
            return (repository.*write)(batch) && bool(transaction->commit());
        });
        if (!written.value_or(false)) {
            fail("generating rows failed");
        }
    }
}

// Waits (without polling) until `row` is loaded, asking for it as a paint does.
bool waitForRow(KeysetTableModel& model, int row)
{
    if (row < model.rowCount()) {
        (void)model.data(model.index(row, 0));
    }
    if (model.isLoaded(row)) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&model, &KeysetTableModel::blockLoaded, &loop, [&model, &loop, row] {
        if (model.isLoaded(row)) {
            loop.quit();
        } else if (row < model.rowCount()) {
            (void)model.data(model.index(row, 0));
        }
    });
    QObject::connect(&model, &KeysetTableModel::counted, &loop, [&model, row] {
        if (row < model.rowCount()) {
            (void)model.data(model.index(row, 0));
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return model.isLoaded(row);
}

// Waits until the listing's rows are counted: positions past the first block are known only then.
bool waitForCount(KeysetTableModel& model)
{
    if (!model.isCounting()) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&model, &KeysetTableModel::counted, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !model.isCounting();
}

// How long a new listing takes to show its first rows: set it, wait for row 0 (or for a count of none). The rows come
// before the count, so this is what the user waits for.
double firstRows(KeysetTableModel& model, const std::function<void()>& setListing)
{
    QElapsedTimer timer;
    bool empty = false;
    QEventLoop loop;
    const auto counted = QObject::connect(&model, &KeysetTableModel::counted, &loop, [&](qint64 rows) {
        if (rows == 0) {
            empty = true;
            loop.quit();
        } else {
            (void)model.data(model.index(0, 0));
        }
    });
    const auto loaded = QObject::connect(&model, &KeysetTableModel::blockLoaded, &loop, [&] {
        if (model.isLoaded(0)) {
            loop.quit();
        }
    });
    timer.start();
    setListing();
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(counted);
    QObject::disconnect(loaded);
    if (!empty && !model.isLoaded(0)) {
        fail("the first rows of a listing did not arrive");
    }
    return elapsed;
}

struct Line
{
    QString metric;
    double measured = 0;
    QString unit;
    QString budget;
};

void print(const std::vector<Line>& table)
{
    std::printf("\n%-70s | %-12s | %s\n", "metric (median of 5 runs)", "measured", "budget");
    for (const Line& line : table) {
        std::printf("%-70s | %-12s | %s\n", qPrintable(line.metric),
                    qPrintable(QString::number(line.measured, 'f', 1) + QLatin1Char(' ') + line.unit),
                    qPrintable(line.budget));
    }
    for (const Line& line : table) {
        bench::benchRow(line.metric, QString::number(line.measured, 'f', 1) + QLatin1Char(' ') + line.unit,
                        line.budget);
    }
    std::fflush(stdout);
}

// Opens the listing `open` makes (everything cached), changes to each of `filters`, jumps to the end and to 200
// random rows; adds the figures to `table` under `name`.
void measure(const QString& name, KeysetTableModel& model, const std::function<void()>& open,
             const std::vector<std::pair<QString, std::function<void()>>>& filters, std::vector<Line>& table)
{
    std::vector<double> opened;
    std::vector<double> end;
    std::vector<double> jumps;
    std::vector<double> memory;
    std::vector<double> openCounted;
    std::vector<std::vector<double>> filtered(filters.size());
    std::vector<std::vector<double>> filteredCounted(filters.size());
    for (int run = 0; run < kRuns; ++run) {
        const double baseMiB = residentMiB();
        QElapsedTimer timer;
        timer.start();
        opened.push_back(firstRows(model, open));
        if (!waitForCount(model)) {
            fail("the listing was not counted");
        }
        openCounted.push_back(double(timer.nsecsElapsed()) / 1e6);
        const int rows = model.rowCount();
        timer.restart();
        if (!waitForRow(model, rows - 1)) {
            fail("the last row did not arrive");
        }
        end.push_back(double(timer.nsecsElapsed()) / 1e6);
        QRandomGenerator random(quint32(77 + run));
        std::vector<double> runJumps;
        for (int i = 0; i < kRandomPositions; ++i) {
            const int row = int(random.bounded(rows));
            timer.restart();
            if (!waitForRow(model, row)) {
                fail("a row after a jump did not arrive");
            }
            runJumps.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        jumps.push_back(median(runJumps));
        memory.push_back(residentMiB() - baseMiB);
        for (std::size_t f = 0; f < filters.size(); ++f) {
            // One after another, as a user changes the filter: each waits for its first rows only, and the count of
            // the one before it stops when the next is set.
            filtered[f].push_back(firstRows(model, filters[f].second));
        }
        for (std::size_t f = 0; f < filters.size(); ++f) {
            timer.restart();
            (void)firstRows(model, filters[f].second);
            if (!waitForCount(model)) {
                fail("a filter was not counted");
            }
            filteredCounted[f].push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%s run %d: open %.1f ms, end %.1f ms, jumps median %.1f ms, memory +%.1f MiB\n", qPrintable(name),
                    run + 1, opened.back(), end.back(), jumps.back(), memory.back());
        std::fflush(stdout);
    }
    table.push_back({name + QStringLiteral(": open, everything cached, to first rows"), median(opened),
                     QStringLiteral("ms"), QStringLiteral("100 ms")});
    table.push_back(
        {name + QStringLiteral(": open, to the row count"), median(openCounted), QStringLiteral("ms"), QString()});
    for (std::size_t f = 0; f < filters.size(); ++f) {
        table.push_back({name + QStringLiteral(": filter ") + filters[f].first + QStringLiteral(" to first rows"),
                         median(filtered[f]), QStringLiteral("ms"), QStringLiteral("50 ms")});
        table.push_back({name + QStringLiteral(": filter ") + filters[f].first + QStringLiteral(", to the row count"),
                         median(filteredCounted[f]), QStringLiteral("ms"), QString()});
    }
    table.push_back(
        {name + QStringLiteral(": jump to the end"), median(end), QStringLiteral("ms"), QStringLiteral("100 ms")});
    table.push_back(
        {name + QStringLiteral(": far jump to a random row (median)"), median(jumps), QStringLiteral("ms"), QString()});
    table.push_back({name + QStringLiteral(": resident memory growth, 200 random jumps"), median(memory),
                     QStringLiteral("MiB"), QStringLiteral("100 MB")});
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const qint64 logins = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    const qint64 mails = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 500000;
    if (logins < kBatch || mails < kBatch) {
        fail("each row count must be at least 10000");
    }

    test::SessionFixture fixture;
    if (!fixture.open()) {
        fail("the cache session did not open");
    }
    QElapsedTimer clock;
    clock.start();
    fill<LoginRecord>(fixture, logins, &loginRow, &LogRepository::insertLogins);
    fill<MailRecord>(fixture, mails, &mailRow, &LogRepository::upsertMails);
    if (!fixture.run<bool>([](Db& db) { return bool(LogRepository(db).optimize()); }).value_or(false)) {
        fail("optimize failed");
    }
    std::printf("generated %lld logins and %lld mails in %.1f s\n", logins, mails, double(clock.elapsed()) / 1000.0);
    std::fflush(stdout);

    std::vector<Line> table;
    {
        LoginLogModel model(std::make_shared<LoginLogColumns>());
        model.setSession(fixture.session());
        const auto listing = [&model](LoginLogFilter filter) {
            return [&model, filter] {
                model.setListing([filter](Db& db) { return makeLoginLogReader(db, filter, LogTimeRange{}); }, true);
            };
        };
        LoginLogFilter abnormal;
        abnormal.abnormal = true;
        LoginLogFilter province;
        province.province = QStringLiteral("广东");
        LoginLogFilter account;
        account.accountName = accountOf(4242);
        LoginLogFilter ip;
        ip.ipPrefix = QStringLiteral("10.20.");
        measure(QStringLiteral("logins [%1 rows]").arg(logins), model, listing({}),
                {{QStringLiteral("abnormal"), listing(abnormal)},
                 {QStringLiteral("province"), listing(province)},
                 {QStringLiteral("account"), listing(account)},
                 {QStringLiteral("IP prefix"), listing(ip)}},
                table);
    }
    {
        MailLogModel model(std::make_shared<MailLogColumns>());
        model.setSession(fixture.session());
        const auto listing = [&model](MailLogFilter filter) {
            return [&model, filter] {
                model.setListing([filter](Db& db) { return makeMailLogReader(db, filter, LogTimeRange{}); }, true);
            };
        };
        MailLogFilter longSubject;
        longSubject.subject = QStringLiteral("民初1234号");
        MailLogFilter shortSubject;
        shortSubject.subject = QStringLiteral("传票");
        MailLogFilter recipient;
        recipient.recipient = accountOf(4242) + QStringLiteral("@court.example");
        MailLogFilter unread;
        unread.direction = MailDirection::In;
        unread.read = false;
        measure(QStringLiteral("mails [%1 rows]").arg(mails), model, listing({}),
                {{QStringLiteral("subject (6 characters)"), listing(longSubject)},
                 {QStringLiteral("subject (2 characters)"), listing(shortSubject)},
                 {QStringLiteral("recipient"), listing(recipient)},
                 {QStringLiteral("unread received"), listing(unread)}},
                table);
    }
    print(table);
    // The models and their encrypted cache after every listing above was browsed: what the Logs pages of a dmadmin
    // that browsed this cache hold (the rest of the window is not in this process).
    bench::benchRow(QStringLiteral("resident memory after browsing %1 logins and %2 mails (log pages' models, cache)")
                        .arg(logins)
                        .arg(mails),
                    QString::number(residentMiB(), 'f', 0) + QStringLiteral(" MiB"), QStringLiteral("<= 250 MB"));
    fixture.close();
    return 0;
}
