#include "ServingRate.h"

#include "api/LogJson.h"
#include "api/SandboxConfig.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

namespace dm::bench {

std::unique_ptr<PlatformClient> clientFor(const QJsonObject& connection)
{
    const std::optional<SandboxConnection> sandbox = sandboxConnection(connection);
    if (!sandbox) {
        return nullptr;
    }
    ConnectionSettings settings = sandbox->settings;
    settings.transferTimeout = std::chrono::seconds(30);
    return std::make_unique<PlatformClient>(settings, [authCode = sandbox->authCode](auto done) { done(authCode); });
}

// Not QTest::qWaitFor: that sleeps 10 ms between rounds of events, and a sync would pay it several times a request.
bool runLoop(const std::function<void(const std::function<void()>& quit)>& work, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    work([&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    return finished;
}

Served serve(PlatformClient& client, const QString& path, const std::function<QJsonObject(qint64, qint64)>& body,
             qint64 from, qint64 to, int lanes)
{
    struct Lane
    {
        qint64 from = 0;
        qint64 to = 0;
        QString cursor;
    };
    // As a pass splits its span (LogSync): windows of at most the platform's 31 days, and at least `lanes` of them. The
    // client keeps at most its maxInFlight requests outstanding, however many windows are open.
    constexpr qint64 kWindowCapMs = 31LL * 24 * 60 * 60 * 1000;
    const qint64 span = std::max<qint64>(1, to - from);
    const qint64 count = std::max<qint64>(std::max(1, lanes), (span + kWindowCapMs - 1) / kWindowCapMs);
    const qint64 share = (span + count - 1) / count;
    std::vector<Lane> all;
    for (qint64 start = from; start < to; start += share) {
        all.push_back({start, std::min(to, start + share), {}});
    }
    Served served;
    int running = 0;
    std::function<void()> quit;
    std::function<void(Lane&)> next = [&](Lane& lane) {
        QJsonObject request = body(lane.from, lane.to);
        addPaging(request, PageRequest{1000, lane.cursor});
        ++running;
        client.call(path, request, {}, nullptr, [&](const ApiReply& reply) {
            --running;
            if (!reply) {
                const ApiError& error = reply.error();
                served.failure =
                    QStringLiteral("%1 %2 %3").arg(error.platformCode).arg(error.platformMessage, error.detail);
            } else {
                const QJsonObject data = reply->toObject();
                served.rows += data.value(QStringLiteral("items")).toArray().size();
                const QJsonValue cursor = data.value(QStringLiteral("nextCursor"));
                if (cursor.isString() && !cursor.toString().isEmpty()) {
                    lane.cursor = cursor.toString();
                    next(lane);
                }
            }
            if (running == 0) {
                quit();
            }
        });
    };
    QElapsedTimer clock;
    clock.start();
    const bool finished = runLoop(
        [&](const std::function<void()>& stop) {
            quit = stop;
            for (Lane& lane : all) {
                next(lane);
            }
        },
        1800000);
    served.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    if (!finished && served.failure.isEmpty()) {
        served.failure = QStringLiteral("no answer in 30 minutes");
    }
    return served;
}

} // namespace dm::bench
