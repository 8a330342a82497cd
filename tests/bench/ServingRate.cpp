#include "ServingRate.h"

#include "api/LogFilters.h"
#include "api/LogJson.h"
#include "api/SandboxConfig.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <chrono>

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

Served serve(PlatformClient& client, const QString& path, const std::function<QJsonObject(const TimeWindow&)>& body,
             const std::optional<TimeWindow>& span, int lanes)
{
    lanes = std::max(1, lanes);
    const QList<TimeWindow> windows =
        span ? splitPass(span->fromMs, span->toMs, lanes, std::chrono::milliseconds(kMaxLogWindowMs))
             : QList<TimeWindow>{TimeWindow{}};
    Served served;
    qsizetype opened = 0;
    int running = 0;
    std::function<void()> quit;
    std::function<void(const TimeWindow&, const QString&)> page = [&](const TimeWindow& window, const QString& cursor) {
        QJsonObject request = body(window);
        addPaging(request, PageRequest{1000, cursor});
        ++running;
        client.call(path, request, {}, nullptr, [&, window](const ApiReply& reply) {
            --running;
            if (!reply) {
                const ApiError& error = reply.error();
                served.failure =
                    QStringLiteral("%1 %2 %3").arg(error.platformCode).arg(error.platformMessage, error.detail);
            } else {
                const QJsonObject data = reply->toObject();
                served.rows += data.value(QStringLiteral("items")).toArray().size();
                const QJsonValue next = data.value(QStringLiteral("nextCursor"));
                if (next.isString() && !next.toString().isEmpty()) {
                    page(window, next.toString());
                } else if (opened < windows.size()) {
                    page(windows.at(opened++), QString());
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
            while (opened < windows.size() && opened < lanes) {
                page(windows.at(opened++), QString());
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
