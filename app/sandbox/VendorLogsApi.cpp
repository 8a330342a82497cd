#include "sandbox/VendorLogsApi.h"

#include "sandbox/LogQuery.h"
#include "sandbox/VendorLogRows.h"

#include <QJsonArray>

#include <string>

namespace dm::sandbox {
namespace {

constexpr qint64 kDefaultPageSize = 20; // assumed, like the maximum
constexpr qint64 kMaxPageSize = 100;
constexpr qsizetype kMaxAccountNames = 100;

// One vendor log query as requested: the window, the rows it selects, which page.
struct VendorLogRequest
{
    TimeWindow window;
    SqlConditions filters;
    qint64 pageNum = 1;
    qint64 pageSize = kDefaultPageSize;
};

ApiError systemError()
{
    return ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")};
}

// A required "yyyy-MM-dd HH:mm:ss" Beijing time: absent -> :missing, not a string -> :type, else unreadable -> :format.
Expected<qint64, ApiError> beijingTimeField(const QJsonObject& body, const QString& field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        return Unexpected{parameterError(field, QStringLiteral("missing"))};
    }
    if (!value.isString()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const auto time = parseBeijingTime(value.toString().trimmed());
    if (!time) {
        return Unexpected{parameterError(field, QStringLiteral("format"))};
    }
    return *time;
}

// The account name as the logs store it: the local part, lower-cased; an address on the platform's domain is
// accepted too (integrators send either). Another domain's address stays whole and so matches nothing.
QString localName(const QString& name, const QString& domain)
{
    const QString suffix = QLatin1Char('@') + domain;
    const QString lower = name.trimmed().toLower();
    return lower.endsWith(suffix, Qt::CaseInsensitive) ? lower.chopped(suffix.size()) : lower;
}

// webLogin's accountNames: a required array of names; a "" among them means every account.
Expected<void, ApiError> accountNamesFilter(const QJsonObject& body, const QString& domain, SqlConditions& filters)
{
    const QString field = QStringLiteral("accountNames");
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        return Unexpected{parameterError(field, QStringLiteral("missing"))};
    }
    if (!value.isArray()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const QJsonArray names = value.toArray();
    if (names.isEmpty()) {
        return Unexpected{parameterError(field, QStringLiteral("empty"))};
    }
    if (names.size() > kMaxAccountNames) {
        return Unexpected{parameterError(field, QStringLiteral("length"))};
    }
    QStringList wanted;
    bool everyone = false;
    for (const QJsonValue& name : names) {
        if (!name.isString()) {
            return Unexpected{parameterError(field, QStringLiteral("type"))};
        }
        const QString local = localName(name.toString(), domain);
        everyone = everyone || local.isEmpty();
        wanted.append(local);
    }
    if (!everyone) {
        filters.addIn("account_name", wanted);
    }
    return {};
}

// receivedMail's account: one name, "" or absent for every account. Only mail received by the domain's mailboxes
// (direction in) is listed; its recipient is the account.
Expected<void, ApiError> accountFilter(const QJsonObject& body, const QString& domain, SqlConditions& filters)
{
    filters.addBare(" AND direction = 'in'");
    auto account = stringField(body, QStringLiteral("account"), Presence::Optional);
    if (!account) {
        return Unexpected{account.error()};
    }
    const QString local = localName(account->value_or(QString()), domain);
    if (!local.isEmpty()) {
        filters.add(" AND recipient = ?", local.contains(QLatin1Char('@')) ? local : local + QLatin1Char('@') + domain);
    }
    return {};
}

using AccountFilter = Expected<void, ApiError> (*)(const QJsonObject&, const QString&, SqlConditions&);

// Fields in the order they are checked: domain, the account filter, startTime, endTime, the window, pageNum,
// pageSize; the first bad one is reported.
Expected<VendorLogRequest, ApiError> readRequest(const QJsonObject& body, const QString& domain, AccountFilter filter)
{
    if (auto foreign = refuseForeignDomain(body, domain)) {
        return Unexpected{*foreign};
    }
    VendorLogRequest request;
    if (auto filtered = filter(body, domain, request.filters); !filtered) {
        return Unexpected{filtered.error()};
    }
    auto start = beijingTimeField(body, QStringLiteral("startTime"));
    if (!start) {
        return Unexpected{start.error()};
    }
    auto end = beijingTimeField(body, QStringLiteral("endTime"));
    if (!end) {
        return Unexpected{end.error()};
    }
    auto window = checkWindow(*start, *end);
    if (!window) {
        return Unexpected{window.error()};
    }
    request.window = *window;
    auto pageNum = integerField(body, QStringLiteral("pageNum"), Presence::Optional, 1, 2147483647);
    if (!pageNum) {
        return Unexpected{pageNum.error()};
    }
    auto pageSize = integerField(body, QStringLiteral("pageSize"), Presence::Optional, 1, kMaxPageSize);
    if (!pageSize) {
        return Unexpected{pageSize.error()};
    }
    request.pageNum = pageNum->value_or(1);
    request.pageSize = pageSize->value_or(kDefaultPageSize);
    return request;
}

// {list, count}: page `pageNum` of the rows in (time, id) order, the same total order as the extension's cursors, so
// page-numbered reading of a closed window is exact, and rows that arrive later in an open window come at its end.
ApiResult page(Db& db, const char* table, const char* columns, const VendorLogRequest& request,
               QJsonObject (*record)(const Stmt&))
{
    const std::string where = std::string(" FROM ") + table + " WHERE time >= ? AND time < ?" + request.filters.text;
    auto count = db.prepare("SELECT COUNT(*)" + where);
    // OFFSET paging as getAccountList does: the vendor pages by number; the (time, id) index keeps it cheap.
    auto select = db.prepare(std::string("SELECT ") + columns + where + " ORDER BY time, id LIMIT ? OFFSET ?");
    if (!count || !select) {
        return Unexpected{systemError()};
    }
    count->bind(1, request.window.start).bind(2, request.window.end);
    request.filters.bind(*count, 3);
    const auto counted = count->step();
    if (!counted || !counted.value()) {
        return Unexpected{systemError()};
    }
    const qint64 total = count->int64(0);
    // A page far beyond the end is empty, and the multiplication cannot overflow past total.
    const qint64 offset =
        request.pageNum - 1 > total / request.pageSize ? total : (request.pageNum - 1) * request.pageSize;
    select->bind(1, request.window.start).bind(2, request.window.end);
    const int next = request.filters.bind(*select, 3);
    select->bind(next, request.pageSize).bind(next + 1, offset);
    QJsonArray list;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{systemError()};
        }
        if (!row.value()) {
            break;
        }
        list.append(record(*select));
    }
    return QJsonValue(QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("count"), total}});
}

ApiResult webLogin(PlatformContext& context, const QJsonObject& body)
{
    auto request = readRequest(body, context.identity.domain, &accountNamesFilter);
    if (!request) {
        return Unexpected{request.error()};
    }
    return page(context.platform.db(), "login_logs", kWebLoginColumns, *request, &webLoginRow);
}

ApiResult receivedMail(PlatformContext& context, const QJsonObject& body)
{
    auto request = readRequest(body, context.identity.domain, &accountFilter);
    if (!request) {
        return Unexpected{request.error()};
    }
    return page(context.platform.db(), "mail_logs", kReceivedMailColumns, *request, &receivedMailRow);
}

} // namespace

void registerVendorLogsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    server.addApi(QStringLiteral("/api/open/logquery/webLogin"), Access::Token,
                  [&context](const ApiCall& call) { return webLogin(context, call.body); });
    server.addApi(QStringLiteral("/api/open/logquery/receivedMail"), Access::Token,
                  [&context](const ApiCall& call) { return receivedMail(context, call.body); });
}

} // namespace dm::sandbox
