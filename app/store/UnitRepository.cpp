#include "store/UnitRepository.h"

#include "store/Db.h"

namespace dm {

namespace {

constexpr std::string_view kColumns = "unit_id, name, parent_unit_id, created_at, account_count";

Unit readUnit(const Stmt& statement)
{
    Unit unit;
    unit.unitId = statement.text(0);
    unit.name = statement.text(1);
    unit.parentUnitId = statement.isNull(2) ? QString() : statement.text(2);
    unit.createdAt = statement.int64(3);
    unit.accountCount = static_cast<int>(statement.int64(4));
    return unit;
}

} // namespace

UnitRepository::UnitRepository(Db& db)
    : m_db(db)
{}

Expected<void, DbError> UnitRepository::replaceAll(const QList<Unit>& units)
{
    if (auto cleared = m_db.exec("DELETE FROM units"); !cleared) {
        return cleared;
    }
    auto statement = m_db.prepare("INSERT INTO units (unit_id, name, parent_unit_id, created_at, account_count, "
                                  "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement) {
        return Unexpected(statement.error());
    }
    qint64 position = 0;
    for (const Unit& unit : units) {
        statement->reset();
        // A null QString would bind as NULL; both columns are NOT NULL.
        statement->bind(1, unit.unitId.isNull() ? QStringLiteral("") : unit.unitId)
            .bind(2, unit.name.isNull() ? QStringLiteral("") : unit.name);
        if (unit.parentUnitId.isEmpty()) {
            statement->bindNull(3);
        } else {
            statement->bind(3, unit.parentUnitId);
        }
        statement->bind(4, unit.createdAt).bind(5, qint64(unit.accountCount)).bind(6, position++);
        if (auto done = statement->run(); !done) {
            return done;
        }
    }
    return {};
}

Expected<QList<Unit>, DbError> UnitRepository::list()
{
    auto statement = m_db.prepare("SELECT " + std::string(kColumns) + " FROM units ORDER BY position");
    if (!statement) {
        return Unexpected(statement.error());
    }
    QList<Unit> units;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return units;
        }
        units.append(readUnit(*statement));
    }
}

Expected<std::optional<Unit>, DbError> UnitRepository::get(const QString& unitId)
{
    auto statement = m_db.prepare("SELECT " + std::string(kColumns) + " FROM units WHERE unit_id = ?1");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, unitId);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Unit>{};
    }
    return std::optional<Unit>{readUnit(*statement)};
}

Expected<qint64, DbError> UnitRepository::count()
{
    auto text = m_db.queryText("SELECT count(*) FROM units");
    if (!text) {
        return Unexpected(text.error());
    }
    return text->toLongLong();
}

} // namespace dm
