#pragma once

// What the platform can serve, for the benchmarks that hold a sync against it (bench_cache, bench_serving): the
// client the sync uses (its pacing and requests in flight), and a reader that only pages and counts.
#include "api/PlatformClient.h"
#include "sync/TimeWindow.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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

// Pages `path` as a log sync pass pages it (LogSync): `span` split by splitPass (at most 31 days, at least an
// hour, at least `lanes` of them when the span allows, `lanes` windows paged at once and the next one opened when one
// ends; 1000 rows a request, following each page's nextCursor and counting its items. Nothing is parsed into records
// or stored. `body` makes a window's request. Without a span (the account list) one cursor pages `body` alone.
[[nodiscard]] Served serve(PlatformClient& client, const QString& path,
                           const std::function<QJsonObject(const TimeWindow&)>& body,
                           const std::optional<TimeWindow>& span, int lanes);

} // namespace dm::bench
