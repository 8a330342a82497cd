#include "sync/StandardStreams.h"

#include "store/Db.h"
#include "store/DbWriter.h"
#include "sync/AccountSync.h"
#include "sync/FallbackStream.h"
#include "sync/LogSync.h"
#include "sync/PolicySync.h"
#include "sync/VendorLogSync.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace dm {
namespace {
Q_LOGGING_CATEGORY(lcStreams, "dm.sync.streams")
} // namespace

std::vector<std::unique_ptr<SyncStream>> makeStandardStreams(Db& db, PlatformClient& client,
                                                             const StreamOptions& options)
{
    LogSyncOptions logOptions;
    logOptions.historyStartMs = QDateTime::currentMSecsSinceEpoch() - qint64(options.historyDays) * 24 * 60 * 60 * 1000;
    // The log streams write on a connection of their own, in a thread of its own (DbWriter); without one (it could
    // not be opened) they write on `db` and wait for each commit and index build.
    if (auto another = db.openAnother()) {
        logOptions.writer = std::make_shared<DbWriter>(std::move(*another));
    } else {
        qCWarning(lcStreams) << "the log streams write in the sync's own thread:" << another.error().detail;
    }
    VendorLogSyncOptions vendorOptions;
    vendorOptions.historyStartMs = logOptions.historyStartMs;

    std::vector<std::unique_ptr<SyncStream>> streams;
    streams.push_back(std::make_unique<AccountSync>(db, client));
    streams.push_back(std::make_unique<PolicySync>(db, client));
    // Logins and mail also come from the vendor's log queries when the platform lacks the extension's. A first sync
    // loads the mails in bulk (LogBulkLoad): they are the costliest rows to keep indexed (eight indexes and the subject
    // trigrams, over rows scattered by update time), and their indexes build while the operations and then the logins,
    // the longest download, come. Those two keep their indexes as the rows come: the writer has the time while they
    // download, and builds after the last log's rows would only be waited for. In alternated full syncs of the large
    // sandbox this took 36.4-36.8 s where the logins, mails and operations, each loaded in bulk, took 42.0-42.8 s.
    LogSyncOptions withIndexes = logOptions;
    withIndexes.bulkLoad = false;
    streams.push_back(std::make_unique<FallbackStream>(makeMailLogSync(db, client, logOptions),
                                                       makeVendorMailLogSync(db, client, vendorOptions)));
    streams.push_back(makeOperationLogSync(db, client, withIndexes));
    streams.push_back(std::make_unique<FallbackStream>(makeLoginLogSync(db, client, withIndexes),
                                                       makeVendorLoginLogSync(db, client, vendorOptions)));
    return streams;
}

QStringList standardStreamNames()
{
    return {QStringLiteral("accounts"), QStringLiteral("policy"), QStringLiteral("mail"), QStringLiteral("operations"),
            QStringLiteral("logins")};
}

} // namespace dm
