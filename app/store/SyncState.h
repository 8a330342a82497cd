#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm {

class Db;

// Where each sync stream ("accounts", "policy", "operations", "logins", "mail") stands: an opaque JSON object the
// stream writes in the same transaction as the rows it describes, so after a crash the state and the rows agree.
class SyncState
{
public:
    explicit SyncState(Db& db);

    [[nodiscard]] Expected<std::optional<QJsonObject>, DbError> load(const QString& stream);
    // Call inside the transaction that commits the batch the state describes.
    [[nodiscard]] Expected<void, DbError> save(const QString& stream, const QJsonObject& state);
    [[nodiscard]] Expected<void, DbError> clear(const QString& stream);

private:
    Db& m_db;
};

} // namespace dm
