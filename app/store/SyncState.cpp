#include "store/SyncState.h"

#include "store/Db.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dm {

SyncState::SyncState(Db& db)
    : m_db(db)
{}

Expected<std::optional<QJsonObject>, DbError> SyncState::load(const QString& stream)
{
    auto statement = m_db.prepare("SELECT state FROM sync_state WHERE stream = ?1");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, stream);
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    if (!*row) {
        return std::optional<QJsonObject>{};
    }
    return std::optional<QJsonObject>{QJsonDocument::fromJson(statement->text(0).toUtf8()).object()};
}

Expected<void, DbError> SyncState::save(const QString& stream, const QJsonObject& state)
{
    auto statement = m_db.prepare("INSERT INTO sync_state (stream, state, updated_at) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (stream) DO UPDATE SET state = excluded.state, "
                                  "updated_at = excluded.updated_at");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, stream)
        .bind(2, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    return statement->run();
}

Expected<void, DbError> SyncState::clear(const QString& stream)
{
    auto statement = m_db.prepare("DELETE FROM sync_state WHERE stream = ?1");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, stream);
    return statement->run();
}

} // namespace dm
