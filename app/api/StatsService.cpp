#include "api/StatsService.h"

#include "api/LogJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"
#include "api/StatsJson.h"

namespace dm {
namespace {

void count(PlatformClient& client, const LogWindow& window, QJsonObject body, const QString& log, QObject* context,
           ApiDone<qint64> done)
{
    if (auto refused = checkLogWindow(window)) {
        failLater(context, std::move(done), *refused);
        return;
    }
    body.insert(QStringLiteral("log"), log);
    client.call(QStringLiteral("/api/open/delivery/stats/logCounts"), body, {}, context,
                parsedReply<qint64>(&logCountFromJson, std::move(done)));
}

} // namespace

StatsService::StatsService(PlatformClient& client)
    : m_client(client)
{}

void StatsService::activationFunnel(const FunnelFilter& filter, QObject* context, Done<ActivationFunnel> done)
{
    QJsonObject body;
    if (!filter.unitId.isEmpty()) {
        body.insert(QStringLiteral("unitId"), filter.unitId);
    }
    if (filter.createdFrom) {
        body.insert(QStringLiteral("createdFrom"), *filter.createdFrom);
    }
    if (filter.createdTo) {
        body.insert(QStringLiteral("createdTo"), *filter.createdTo);
    }
    m_client.call(QStringLiteral("/api/open/delivery/stats/activationFunnel"), body, {}, context,
                  parsedReply<ActivationFunnel>(&activationFunnelFromJson, std::move(done)));
}

void StatsService::mailDaily(const LogWindow& window, int timeZoneOffsetMinutes, QObject* context,
                             Done<QList<MailDay>> done)
{
    if (auto refused = checkLogWindow(window)) {
        failLater(context, std::move(done), *refused);
        return;
    }
    const QJsonObject body{{QStringLiteral("startTime"), window.startTime},
                           {QStringLiteral("endTime"), window.endTime},
                           {QStringLiteral("timeZoneOffsetMinutes"), timeZoneOffsetMinutes}};
    m_client.call(QStringLiteral("/api/open/delivery/stats/mailDaily"), body, {}, context,
                  parsedReply<QList<MailDay>>(&mailDailyFromJson, std::move(done)));
}

void StatsService::logCounts(const LogWindow& window, const OperationFilter& filter, QObject* context,
                             Done<qint64> done)
{
    count(m_client, window, logQueryBody(window, filter), QStringLiteral("operations"), context, std::move(done));
}

void StatsService::logCounts(const LogWindow& window, const LoginFilter& filter, QObject* context, Done<qint64> done)
{
    count(m_client, window, logQueryBody(window, filter), QStringLiteral("logins"), context, std::move(done));
}

void StatsService::logCounts(const LogWindow& window, const MailFilter& filter, QObject* context, Done<qint64> done)
{
    count(m_client, window, logQueryBody(window, filter), QStringLiteral("mails"), context, std::move(done));
}

} // namespace dm
