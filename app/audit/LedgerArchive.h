#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <memory>

namespace dm {

class Db;
class LedgerKey;

// The ledger of a cache that is about to be deleted (a rebuild, a profile removed), kept as a file beside its anchors
// so that it can still be checked (LedgerKeeping). The first line names the format, the profile and the head; then
// one line per entry with its seal, and one per anchor with its token, exactly as the cache held them.
class LedgerArchive
{
    Q_DECLARE_TR_FUNCTIONS(LedgerArchive)

public:
    // Writes the whole ledger of `db` to `path` (0600); a translated error.
    [[nodiscard]] static Expected<void, QString> write(Db& db, const QString& path, const QUuid& profile);
    // The profile an archive belongs to: whose keychain holds the key that sealed it.
    [[nodiscard]] static Expected<QUuid, QString> profileOf(const QString& archivePath);
    // Loads an archive into a new scratch cache at `scratchPath`, sealed with `key`, so that AuditLedger::verify()
    // and checkLedger() judge it exactly as they judge a live ledger.
    [[nodiscard]] static Expected<Db, QString> load(const QString& archivePath, const QString& scratchPath,
                                                    std::shared_ptr<const LedgerKey> key);
};

} // namespace dm
