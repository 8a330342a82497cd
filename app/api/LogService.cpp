#include "api/LogService.h"

#include "api/LogJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"
#include "api/VendorLogJson.h"

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

using VendorBody = QJsonObject (*)(const QString& domain, const LogWindow& window, int pageNum, int pageSize);

template <typename Record>
void vendorQuery(PlatformClient& client, const QString& path, VendorBody body, const LogWindow& window, int pageNum,
                 int pageSize, QObject* context,
                 Expected<NumberedPage<Record>, ApiError> (*parse)(const QJsonValue&, int, int),
                 ApiDone<NumberedPage<Record>> done)
{
    if (auto refused = checkVendorLogWindow(window)) {
        failLater(context, std::move(done), *refused);
        return;
    }
    if (pageNum < 1) {
        failLater(context, std::move(done), clientValidationError(QStringLiteral("pageNum"), QStringLiteral("range")));
        return;
    }
    if (pageSize < 1 || pageSize > kVendorLogMaxPageSize) {
        failLater(context, std::move(done), clientValidationError(QStringLiteral("pageSize"), QStringLiteral("range")));
        return;
    }
    client.call(path, body(client.settings().domain, window, pageNum, pageSize), {}, context,
                parsedReply<NumberedPage<Record>>(
                    [parse, pageNum, pageSize](const QJsonValue& data) { return parse(data, pageNum, pageSize); },
                    std::move(done)));
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

void LogService::vendorLogins(const LogWindow& window, int pageNum, int pageSize, QObject* context,
                              Done<NumberedPage<LoginRecord>> done)
{
    vendorQuery<LoginRecord>(m_client, QStringLiteral("/api/open/logquery/webLogin"), &webLoginBody, window, pageNum,
                             pageSize, context, &webLoginPageFromJson, std::move(done));
}

void LogService::vendorReceivedMail(const LogWindow& window, int pageNum, int pageSize, QObject* context,
                                    Done<NumberedPage<MailRecord>> done)
{
    vendorQuery<MailRecord>(m_client, QStringLiteral("/api/open/logquery/receivedMail"), &receivedMailBody, window,
                            pageNum, pageSize, context, &receivedMailPageFromJson, std::move(done));
}

} // namespace dm
