#pragma once

#include "core/Account.h"
#include "core/Expected.h"
#include "store/DbError.h"

#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// The cached unit tree. The platform lists all units in one call, so the cache simply takes the whole list each
// time (a unit deleted on the platform disappears here too). Writes join the caller's transaction when there is one.
class UnitRepository
{
public:
    explicit UnitRepository(Db& db);

    // Replaces every cached unit with `units`, keeping their order (the platform's: root first, then creation).
    [[nodiscard]] Expected<void, DbError> replaceAll(const QList<Unit>& units);
    // In the platform's order.
    [[nodiscard]] Expected<QList<Unit>, DbError> list();
    [[nodiscard]] Expected<std::optional<Unit>, DbError> get(const QString& unitId);
    [[nodiscard]] Expected<qint64, DbError> count();

private:
    Db& m_db;
};

} // namespace dm
