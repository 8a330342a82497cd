#include "api/UnitService.h"

#include "api/AccountJson.h"
#include "api/AccountReplyJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"

#include <QJsonArray>

namespace dm {

UnitService::UnitService(PlatformClient& client)
    : m_client(client)
{}

namespace {

const QString kUnitList = QStringLiteral("/api/open/unit/getUnitList");

QJsonObject domainBody(const PlatformClient& client)
{
    QJsonObject body;
    if (!client.settings().domain.isEmpty()) {
        body.insert(QStringLiteral("domain"), client.settings().domain);
    }
    return body;
}

// The vendor's top level has no unit id: "root" is sent as no unit at all.
bool isTop(const QString& unitId)
{
    return unitId.isEmpty() || unitId == QLatin1String(kTopUnitId);
}

} // namespace

void UnitService::list(QObject* context, Done<QList<Unit>> done)
{
    const QString topName = m_client.settings().domain;
    m_client.call(kUnitList, domainBody(m_client), {}, context,
                  parsedReply<QList<Unit>>(
                      [topName](const QJsonValue& data) { return unitListFromJson(data, topName); }, std::move(done)));
}

void UnitService::create(const QString& name, const QString& parentUnitId, const QString& description, QObject* context,
                         Done<Unit> done)
{
    QJsonObject body = domainBody(m_client);
    body.insert(QStringLiteral("unitName"), name);
    body.insert(QStringLiteral("unitDesc"), description);
    if (!isTop(parentUnitId)) {
        body.insert(QStringLiteral("parentId"), parentUnitId);
    }
    // A unit name is unique under its parent, so a lost answer shows up as UNIT.EXIST on the retry: safe to repeat.
    m_client.call(QStringLiteral("/api/open/unit/createUnit"), body, {}, context,
                  parsedReply<Unit>(&unitFromJson, std::move(done)));
}

void UnitService::listAccounts(const QString& unitId, bool recursive, int pageNum, int pageSize, QObject* context,
                               Done<NumberedPage<Account>> done)
{
    QJsonObject body = domainBody(m_client);
    if (!isTop(unitId)) {
        body.insert(QStringLiteral("unitId"), unitId);
    }
    body.insert(QStringLiteral("recursion"), recursive);
    body.insert(QStringLiteral("pageNum"), pageNum);
    body.insert(QStringLiteral("pageSize"), pageSize);
    m_client.call(
        QStringLiteral("/api/open/unit/getAccountList"), body, {}, context,
        parsedReply<NumberedPage<Account>>(
            [pageNum, pageSize](const QJsonValue& data) { return unitAccountPageFromJson(data, pageNum, pageSize); },
            std::move(done)));
}

void UnitService::remove(const QString& unitId, QObject* context, Done<void> done)
{
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, unitId](std::function<void(Reconciliation)> found) {
            client.call(kUnitList, domainBody(client), {}, nullptr, [unitId, found](const ApiReply& reply) {
                auto units = reply ? unitListFromJson(reply.value(), {})
                                   : Expected<QList<Unit>, ApiError>(Unexpected{reply.error()});
                if (!units) {
                    found(Reconciliation{});
                    return;
                }
                for (const Unit& unit : *units) {
                    if (unit.unitId == unitId) {
                        found(Reconciliation{Reconciliation::Outcome::NotDone}); // still there
                        return;
                    }
                }
                // Gone: only our delete could have removed it (a unit id is never reused).
                found(Reconciliation{Reconciliation::Outcome::Done, QJsonValue()});
            });
        }};
    QJsonObject body = domainBody(m_client);
    body.insert(QStringLiteral("unitId"), unitId);
    m_client.call(QStringLiteral("/api/open/unit/deleteUnit"), body, std::move(options), context,
                  voidReply(std::move(done)));
}

} // namespace dm
