#include "api/LogService.h"

#include "api/LogJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"

namespace dm {
namespace {

template <typename Record, typename Filter>
void query(PlatformClient& client, const QString& path, const LogWindow& window, const Filter& filter,
           const PageRequest& page, QObject* context, ReplyParser<KeysetPage<Record>> parse,
           ApiDone<KeysetPage<Record>> done)
{
    if (auto refused = checkLogWindow(window)) {
        failLater(context, std::move(done), *refused);
        return;
    }
    QJsonObject body = logQueryBody(window, filter);
    addPaging(body, page);
    // Reads: retried freely.
    client.call(path, body, {}, context, parsedReply<KeysetPage<Record>>(std::move(parse), std::move(done)));
}

} // namespace

LogService::LogService(PlatformClient& client)
    : m_client(client)
{}

void LogService::queryOperations(const LogWindow& window, const OperationFilter& filter, const PageRequest& page,
                                 QObject* context, Done<KeysetPage<OperationRecord>> done)
{
    query<OperationRecord>(m_client, QStringLiteral("/api/open/delivery/log/queryOperations"), window, filter, page,
                           context, &operationPageFromJson, std::move(done));
}

void LogService::queryLogins(const LogWindow& window, const LoginFilter& filter, const PageRequest& page,
                             QObject* context, Done<KeysetPage<LoginRecord>> done)
{
    query<LoginRecord>(m_client, QStringLiteral("/api/open/delivery/log/queryLogins"), window, filter, page, context,
                       &loginPageFromJson, std::move(done));
}

void LogService::queryMails(const LogWindow& window, const MailFilter& filter, const PageRequest& page,
                            QObject* context, Done<KeysetPage<MailRecord>> done)
{
    query<MailRecord>(m_client, QStringLiteral("/api/open/delivery/log/queryMails"), window, filter, page, context,
                      &mailPageFromJson, std::move(done));
}

} // namespace dm
