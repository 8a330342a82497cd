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
    // The accounts and the log streams write on a connection of their own, in a thread of its own (DbWriter); without
    // one (it could not be opened) they write on `db` and wait for each commit and index build.
    if (auto another = db.openAnother()) {
        logOptions.writer = std::make_shared<DbWriter>(std::move(*another));
    } else {
        qCWarning(lcStreams) << "the log streams write in the sync's own thread:" << another.error().detail;
    }
    VendorLogSyncOptions vendorOptions;
    vendorOptions.historyStartMs = logOptions.historyStartMs;

    std::vector<std::unique_ptr<SyncStream>> streams;
    streams.push_back(std::make_unique<AccountSync>(db, client, logOptions.writer));
    streams.push_back(std::make_unique<PolicySync>(db, client));
    // Logins and mail also come from the vendor's log queries when the platform lacks the extension's. A first sync
    // keeps, as the rows come, the indexes whose keys come in time order (a few pages take each batch), and leaves out
    // those whose keys come scattered (an account, an IP or mail address: a page for each row, past the page cache),
    // LogBulkLoad::scatteredIndexes. Kept all along, the logins' two took three quarters of the writer's time per row,
    // and it fell behind the download. The mails build theirs and the subject trigrams after their last row, while the
    // operations and the logins download (with every mail index left out, eight builds had the writer busy until
    // after the logins' last row); those two build theirs once half their rows are in, so that nothing is left to
    // build after the last log's rows. In alternated full syncs of the large sandbox, the logins and operations
    // building midway took 38.0-39.5 s where keeping every login index took 40.8-42.1 s.
    LogSyncOptions midway = logOptions;
    midway.firstPass = LogSyncOptions::FirstPass::ScatteredMidway;
    LogSyncOptions atEnd = logOptions;
    atEnd.firstPass = LogSyncOptions::FirstPass::ScatteredAtEnd;
    streams.push_back(std::make_unique<FallbackStream>(makeMailLogSync(db, client, atEnd),
                                                       makeVendorMailLogSync(db, client, vendorOptions)));
    streams.push_back(makeOperationLogSync(db, client, midway));
    streams.push_back(std::make_unique<FallbackStream>(makeLoginLogSync(db, client, midway),
                                                       makeVendorLoginLogSync(db, client, vendorOptions)));
    return streams;
}

QStringList standardStreamNames()
{
    return {QStringLiteral("accounts"), QStringLiteral("policy"), QStringLiteral("mail"), QStringLiteral("operations"),
            QStringLiteral("logins")};
}

} // namespace dm
