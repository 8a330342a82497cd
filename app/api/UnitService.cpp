#include "api/UnitService.h"

#include "api/AccountJson.h"
#include "api/AccountReplyJson.h"
#include "api/JsonReader.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"

#include <QJsonArray>

namespace dm {

UnitService::UnitService(PlatformClient& client)
    : m_client(client)
{}

void UnitService::list(QObject* context, Done<QList<Unit>> done)
{
    m_client.call(QStringLiteral("/api/open/unit/getUnitList"), {}, {}, context,
                  [done = std::move(done)](const ApiReply& reply) {
                      if (!reply) {
                          done(Unexpected{reply.error()});
                          return;
                      }
                      JsonReader reader(reply.value(), QStringLiteral("unitList"));
                      const QJsonArray items = reader.array(QStringLiteral("items"));
                      if (!reader.ok()) {
                          done(Unexpected{reader.error()});
                          return;
                      }
                      QList<Unit> units;
                      for (const QJsonValue& item : items) {
                          auto unit = unitFromJson(item);
                          if (!unit) {
                              done(Unexpected{unit.error()});
                              return;
                          }
                          units.append(*unit);
                      }
                      done(units);
                  });
}

void UnitService::create(const QString& name, const QString& parentUnitId, QObject* context, Done<Unit> done)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!parentUnitId.isEmpty()) {
        body.insert(QStringLiteral("parentUnitId"), parentUnitId);
    }
    // A unit name is unique under its parent, so a lost answer shows up as UNIT.EXIST on the retry: safe to repeat.
    m_client.call(QStringLiteral("/api/open/unit/createUnit"), body, {}, context,
                  [done = std::move(done)](const ApiReply& reply) {
                      if (!reply) {
                          done(Unexpected{reply.error()});
                          return;
                      }
                      done(unitFromJson(reply.value()));
                  });
}

void UnitService::listAccounts(const QString& unitId, int pageNum, int pageSize, QObject* context,
                               Done<NumberedPage<Account>> done)
{
    const QJsonObject body{{QStringLiteral("unitId"), unitId},
                           {QStringLiteral("pageNum"), pageNum},
                           {QStringLiteral("pageSize"), pageSize}};
    m_client.call(QStringLiteral("/api/open/unit/getAccountList"), body, {}, context,
                  parsedReply<NumberedPage<Account>>(&unitAccountPageFromJson, std::move(done)));
}

void UnitService::remove(const QString& unitId, QObject* context, Done<void> done)
{
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, unitId](std::function<void(Reconciliation)> found) {
            client.call(QStringLiteral("/api/open/unit/getUnitList"), {}, {}, nullptr,
                        [unitId, found](const ApiReply& reply) {
                            JsonReader reader(reply ? reply.value() : QJsonValue(), QStringLiteral("unitList"));
                            const QJsonArray items = reader.array(QStringLiteral("items"));
                            if (!reply || !reader.ok()) {
                                found(Reconciliation{});
                                return;
                            }
                            for (const QJsonValue& item : items) {
                                auto unit = unitFromJson(item);
                                if (!unit) {
                                    found(Reconciliation{});
                                    return;
                                }
                                if (unit->unitId == unitId) {
                                    found(Reconciliation{Reconciliation::Outcome::NotDone}); // still there
                                    return;
                                }
                            }
                            // Gone: only our delete could have removed it (a unit id is never reused).
                            found(Reconciliation{Reconciliation::Outcome::Done, QJsonValue()});
                        });
        }};
    m_client.call(QStringLiteral("/api/open/unit/deleteUnit"), QJsonObject{{QStringLiteral("unitId"), unitId}},
                  std::move(options), context, voidReply(std::move(done)));
}

} // namespace dm
