#pragma once

#include "core/Expected.h"
#include "store/Db.h"

#include <QString>

#include <optional>

namespace dm::sandbox {

// The simulated platform's state: units, accounts with activation state, policy documents, the three logs and the
// simulation's own bookkeeping, in one database file in the data dir (schema in PlatformDb.cpp). It reuses dm_store's
// encrypted Db; a server has no user keychain, so the key sits beside the file (platform.key, owner-only).
class PlatformDb
{
public:
    [[nodiscard]] static Expected<PlatformDb, QString> open(const QString& dataDir);

    [[nodiscard]] Db& db() { return m_db; }

    // Small key/value facts the simulation keeps across restarts (epoch, seed, last simulated time...).
    [[nodiscard]] std::optional<QString> fact(const QString& key);
    [[nodiscard]] bool setFact(const QString& key, const QString& value);

    // Whether the seeded history is already there (seeding runs once per data dir).
    [[nodiscard]] bool isSeeded() { return fact(QStringLiteral("seededAt")).has_value(); }

private:
    explicit PlatformDb(Db db);
    Db m_db;
};

} // namespace dm::sandbox
