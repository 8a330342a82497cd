#pragma once

// What the platform can serve, for the benchmarks that hold a sync against it (bench_cache, bench_serving): the
// client the sync uses (its pacing and requests in flight), and a reader that only pages and counts.
#include "api/PlatformClient.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace dm::bench {

// A client for dmsandbox's connection line (its pinned key and app) with ConnectionSettings' own pacing and requests in
// flight, as dmctl has them: what is measured is what the pair does. Null when the line is not a connection.
[[nodiscard]] std::unique_ptr<PlatformClient> clientFor(const QJsonObject& connection);

// Runs the event loop until `work` calls the `quit` it is given, or `timeoutMs` passes; false on the timeout.
bool runLoop(const std::function<void(const std::function<void()>& quit)>& work, int timeoutMs);

struct Served
{
    qint64 rows = 0;
    double seconds = 0;
    QString failure; // empty when every page came
};

// Pages `path` over [from, to), split as a sync pass splits it (at least `lanes` windows of at most 31 days, all paged
// at once), 1000 rows a request, following each page's nextCursor and counting its items; nothing is parsed into
// records or stored. `body` makes a window's request.
[[nodiscard]] Served serve(PlatformClient& client, const QString& path,
                           const std::function<QJsonObject(qint64 from, qint64 to)>& body, qint64 from, qint64 to,
                           int lanes);

} // namespace dm::bench
