// What a sandbox serves of a whole court, for tests/bench/run.sh to set a full sync beside: the accounts and the three
// logs over the last DAYS days, paged as dmctl sync pages them (the same client, its pacing and requests in flight,
// windows paged at once) by a reader that only counts the rows.
//   bench_serving CONNECTION_FILE DAYS
// Prints one line per stream and "@served<TAB>rows<TAB>seconds" for all of them.
#include "ServingRate.h"
#include "api/LogJson.h"
#include "sync/LogSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace dm;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_serving: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.debug=false\ndm.*.info=false"));
    const QStringList arguments = app.arguments();
    bool daysOk = false;
    const int days = arguments.size() == 3 ? arguments.at(2).toInt(&daysOk) : 0;
    if (!daysOk || days < 1) {
        fail(QStringLiteral("usage: bench_serving CONNECTION_FILE DAYS"));
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1").arg(file.fileName()));
    }
    const QJsonObject connection = QJsonDocument::fromJson(file.readLine()).object();
    const std::unique_ptr<PlatformClient> client = bench::clientFor(connection);
    if (!client) {
        fail(QStringLiteral("%1 is not the line dmsandbox prints").arg(file.fileName()));
    }
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - days * kDayMs;
    const int lanes = LogSyncOptions{}.windowsInFlight;
    MailFilter byUpdate;
    byUpdate.orderBy = MailOrder::UpdatedAt;
    const auto window = [](const TimeWindow& span) { return LogWindow{span.fromMs, span.toMs}; };
    struct Stream
    {
        QString path;
        std::function<QJsonObject(const TimeWindow&)> body;
        bool windowed;
    };
    const Stream streams[] = {
        // As AccountSync asks on a first pass: by update time from the start, one cursor.
        {QStringLiteral("/api/open/delivery/account/list"),
         [](const TimeWindow&) {
             return QJsonObject{{QStringLiteral("updatedSince"), 0}};
         },
         false},
        {QStringLiteral("/api/open/delivery/log/queryOperations"),
         [window](const TimeWindow& span) { return logQueryBody(window(span), OperationFilter{}); }, true},
        {QStringLiteral("/api/open/delivery/log/queryLogins"),
         [window](const TimeWindow& span) { return logQueryBody(window(span), LoginFilter{}); }, true},
        {QStringLiteral("/api/open/delivery/log/queryMails"),
         [window, byUpdate](const TimeWindow& span) { return logQueryBody(window(span), byUpdate); }, true},
    };
    qint64 rows = 0;
    double seconds = 0;
    for (const Stream& stream : streams) {
        const std::optional<TimeWindow> span =
            stream.windowed ? std::optional<TimeWindow>(TimeWindow{from, to}) : std::nullopt;
        const bench::Served served = bench::serve(*client, stream.path, stream.body, span, lanes);
        if (!served.failure.isEmpty()) {
            fail(QStringLiteral("%1: %2").arg(stream.path, served.failure));
        }
        std::fprintf(stderr, "%s: %lld rows in %.2f s\n", qPrintable(stream.path), static_cast<long long>(served.rows),
                     served.seconds);
        rows += served.rows;
        seconds += served.seconds;
    }
    std::printf("@served\t%lld\t%.3f\n", static_cast<long long>(rows), seconds);
    return 0;
}
