// The log exports against DESIGN §8: CSV and XLSX of a million login rows (rows per second) and a PDF report of
// 10,000 (seconds), each read from an encrypted cache through the same LogExport the application and dmctl run, with
// the peak memory beside them (the exports stream: it must not grow with the rows). Prints one table; not in ctest.
//   bench_log_export [ROWS] [--work DIR]
// ROWS (default 1000000) logins are generated here, 10,000 to a transaction, with the variety of real ones (Chinese
// places, addresses, every login method); --work keeps the cache and the files between runs.
#include "BenchRow.h"
#include "export/LogExport.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace dm;

namespace {

constexpr int kBatch = 10000;
constexpr qint64 kPdfRows = 10000;

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_log_export: %s\n", qPrintable(what));
    std::exit(1);
}

// The process's peak resident memory (VmHWM), in MB; 0 where /proc is not there.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

std::vector<LoginRecord> batch(qint64 first, int count, qint64 newestMs)
{
    static const QStringList provinces{QStringLiteral("广东省"), QStringLiteral("北京市"), QStringLiteral("浙江省"),
                                       QStringLiteral("新疆维吾尔自治区"), QStringLiteral("四川省")};
    static const QStringList cities{QStringLiteral("广州市"), QStringLiteral("北京市"), QStringLiteral("杭州市"),
                                    QStringLiteral("乌鲁木齐市"), QStringLiteral("成都市")};
    std::vector<LoginRecord> rows;
    rows.reserve(std::size_t(count));
    for (qint64 i = first; i < first + count; ++i) {
        LoginRecord row;
        row.id = 1 + i;
        row.time = newestMs - i * 15000; // one login every 15 s going back: a million is about half a year
        row.accountName = QStringLiteral("zhangwei%1").arg(i % 20000);
        row.method = static_cast<LoginMethod>(i % 7);
        row.ip = QStringLiteral("%1.%2.%3.%4").arg(58 + i % 60).arg(i % 251).arg((i / 7) % 253).arg(i % 254 + 1);
        row.province = provinces.at(i % provinces.size());
        row.city = cities.at(i % cities.size());
        row.result = i % 23 == 0 ? LogResult::Failure : LogResult::Success;
        row.abnormal = i % 97 == 0;
        rows.push_back(row);
    }
    return rows;
}

struct Figure
{
    QString what;
    QString measured;
    QString budget;
    bool met = false;
};

LogExportResult exportOnce(Db& db, ExportFormat format, const QString& path, std::optional<qint64> maxRows,
                           double* seconds)
{
    LogExportRequest request;
    request.query.kind = LogKind::Logins;
    request.query.maxRows = maxRows;
    request.format = format;
    request.path = path;
    request.court = QStringLiteral("bench.court.test");
    request.profile = QStringLiteral("bench");
    QElapsedTimer clock;
    clock.start();
    auto exported = runLogExport(db, request);
    *seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!exported) {
        fail(exported.error().message);
    }
    return *exported;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF report's fonts
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.debug=false\ndm.*.info=false"));
    qint64 rows = 1000000;
    QString workDir;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--work") && i + 1 < arguments.size()) {
            workDir = arguments.at(++i);
        } else {
            rows = arguments.at(i).toLongLong();
        }
    }
    if (rows < kPdfRows) {
        fail(QStringLiteral("ROWS must be at least %1").arg(kPdfRows));
    }
    QTemporaryDir temporary;
    if (workDir.isEmpty()) {
        workDir = temporary.path();
    }
    QDir().mkpath(workDir);
    const QDir dir(workDir);

    const QString cachePath = dir.filePath(QStringLiteral("cache.db"));
    const QString keyPath = dir.filePath(QStringLiteral("cache.key"));
    QByteArray key;
    if (QFile keyFile(keyPath); keyFile.open(QIODevice::ReadOnly)) {
        key = keyFile.readAll();
    }
    if (key.size() != Db::KeySize) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(cachePath + suffix);
        }
        key = Db::generateKey();
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(key) != key.size()) {
            fail(QStringLiteral("cannot keep the key in %1").arg(keyPath));
        }
    }
    auto opened = Db::open(cachePath, key);
    if (!opened || !schema::migrate(*opened)) {
        fail(QStringLiteral("cannot open the cache %1").arg(cachePath));
    }
    Db& db = *opened;
    db.setLedgerKey(LedgerKey::generate());
    LogRepository logs(db);
    const qint64 cached = logs.loginRowCount().value();
    if (cached < rows) {
        std::fprintf(stderr, "filling the encrypted cache with %lld logins...\n", static_cast<long long>(rows));
        const qint64 newest = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer clock;
        clock.start();
        for (qint64 first = cached; first < rows; first += kBatch) {
            auto transaction = Transaction::begin(db);
            if (!transaction || !logs.insertLogins(batch(first, int(qMin<qint64>(kBatch, rows - first)), newest)) ||
                !transaction->commit()) {
                fail(QStringLiteral("cannot fill the cache"));
            }
        }
        (void)logs.optimize();
        std::fprintf(stderr, "filled in %.1f s\n", double(clock.elapsed()) / 1000);
    }
    const double memoryBefore = peakMegabytes();

    std::vector<Figure> figures;
    double seconds = 0;
    const auto csv = exportOnce(db, ExportFormat::Csv, dir.filePath(QStringLiteral("logins.csv")), rows, &seconds);
    figures.push_back({QStringLiteral("CSV, %1 rows (%2 MB)").arg(csv.rows).arg(csv.bytes / 1e6, 0, 'f', 0),
                       QStringLiteral("%1 rows/s").arg(qRound64(double(csv.rows) / seconds)),
                       QStringLiteral(">= 200000 rows/s"), double(csv.rows) / seconds >= 200000});
    const auto xlsx = exportOnce(db, ExportFormat::Xlsx, dir.filePath(QStringLiteral("logins.xlsx")), rows, &seconds);
    figures.push_back({QStringLiteral("XLSX, %1 rows (%2 MB)").arg(xlsx.rows).arg(xlsx.bytes / 1e6, 0, 'f', 0),
                       QStringLiteral("%1 rows/s").arg(qRound64(double(xlsx.rows) / seconds)),
                       QStringLiteral(">= 50000 rows/s"), double(xlsx.rows) / seconds >= 50000});
    const auto pdf = exportOnce(db, ExportFormat::Pdf, dir.filePath(QStringLiteral("logins.pdf")), kPdfRows, &seconds);
    figures.push_back({QStringLiteral("PDF, %1 rows (%2 MB)").arg(pdf.rows).arg(pdf.bytes / 1e6, 0, 'f', 1),
                       QStringLiteral("%1 s").arg(seconds, 0, 'f', 2), QStringLiteral("<= 10 s"), seconds <= 10});
    const double memoryAfter = peakMegabytes();
    figures.push_back({QStringLiteral("peak memory growth over the exports"),
                       QStringLiteral("%1 MB").arg(memoryAfter - memoryBefore, 0, 'f', 0),
                       QStringLiteral("independent of the rows"), true});

    std::printf("%-44s %-18s %-24s %s\n", "export (encrypted cache)", "measured", "budget", "");
    for (const Figure& figure : figures) {
        std::printf("%-44s %-18s %-24s %s\n", qPrintable(figure.what), qPrintable(figure.measured),
                    qPrintable(figure.budget), figure.met ? "ok" : "OVER BUDGET");
    }
    std::printf("peak resident memory: %.0f MB (before the exports: %.0f MB)\n", memoryAfter, memoryBefore);
    for (const Figure& figure : figures) {
        bench::benchRow(QStringLiteral("export: ") + figure.what, figure.measured, figure.budget);
    }
    return 0;
}
