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
    // builds each log's indexes after its last row (LogBulkLoad), while the next log downloads; what the last log
    // leaves to build is waited for at the end. The operations come last: their builds take a fraction of a second,
    // and the mails' build while they download.
    streams.push_back(std::make_unique<FallbackStream>(makeLoginLogSync(db, client, logOptions),
                                                       makeVendorLoginLogSync(db, client, vendorOptions)));
    streams.push_back(std::make_unique<FallbackStream>(makeMailLogSync(db, client, logOptions),
                                                       makeVendorMailLogSync(db, client, vendorOptions)));
    streams.push_back(makeOperationLogSync(db, client, logOptions));
    return streams;
}

QStringList standardStreamNames()
{
    return {QStringLiteral("accounts"), QStringLiteral("policy"), QStringLiteral("logins"), QStringLiteral("mail"),
            QStringLiteral("operations")};
}

} // namespace dm
