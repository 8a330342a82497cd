#include "api/UnitService.h"

#include "api/AccountJson.h"
#include "api/JsonReader.h"
#include "api/PlatformClient.h"

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

} // namespace dm
