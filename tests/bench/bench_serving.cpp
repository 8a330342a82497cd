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
    struct Stream
    {
        QString path;
        std::function<QJsonObject(qint64, qint64)> body;
        int lanes;
    };
    const Stream streams[] = {
        {QStringLiteral("/api/open/delivery/account/list"), [](qint64, qint64) { return QJsonObject(); }, 1},
        {QStringLiteral("/api/open/delivery/log/queryOperations"),
         [](qint64 start, qint64 end) {
             return logQueryBody(LogWindow{start, end}, OperationFilter{});
         },
         lanes},
        {QStringLiteral("/api/open/delivery/log/queryLogins"),
         [](qint64 start, qint64 end) {
             return logQueryBody(LogWindow{start, end}, LoginFilter{});
         },
         lanes},
        {QStringLiteral("/api/open/delivery/log/queryMails"),
         [byUpdate](qint64 start, qint64 end) {
             return logQueryBody(LogWindow{start, end}, byUpdate);
         },
         lanes},
    };
    qint64 rows = 0;
    double seconds = 0;
    for (const Stream& stream : streams) {
        // The account list is not windowed: one window of any span pages it once.
        const bool windowed = stream.lanes > 1;
        const bench::Served served =
            bench::serve(*client, stream.path, stream.body, windowed ? from : 0, windowed ? to : 1, stream.lanes);
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
