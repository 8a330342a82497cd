#pragma once

#include "core/Expected.h"
#include "store/AuditLedger.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace dm {

class SecretStore;

// Keeps a profile's audit ledger before its cache file is deleted (a rebuild, a profile removed): everything of the
// ledger goes into a new folder kept-<yyyyMMdd-HHmmss> inside the anchors' folder:
// - ledger.jsonl, the whole ledger (LedgerArchive), when the cache can be opened; otherwise the cache file itself,
//   moved rather than deleted, since an unreadable file is still evidence;
// - the anchors made so far and the TSA chain, moved with it, so that the next ledger starts with a clean folder.
// `dmctl audit verify --archive <folder>/ledger.jsonl` checks what was kept, with the ledger key that the keychain
// keeps for the profile.
class LedgerKeeping
{
    Q_DECLARE_TR_FUNCTIONS(LedgerKeeping)

public:
    struct Kept
    {
        QString folder;  // the kept-… folder; empty when there was no cache to keep
        QString message; // translated, for the user: where the ledger went
    };
    // A translated error means nothing may be deleted. The cache is read in a pool thread; `done` runs in the
    // application's main thread, where `context` must live, unless `context` is gone by then.
    using Done = std::function<void(const Expected<Kept, QString>&)>;
    static void keep(SecretStore& secrets, const QString& cachePath, const QString& anchorsFolder, const QUuid& profile,
                     QObject* context, Done done);
    // The first entry of the ledger of a rebuilt cache: that the old cache was deleted, and where its ledger went.
    [[nodiscard]] static AuditEntry rebuildEntry(const Kept& kept);
};

} // namespace dm
