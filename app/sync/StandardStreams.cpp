#include "sync/StandardStreams.h"

#include "sync/AccountSync.h"
#include "sync/LogSync.h"
#include "sync/PolicySync.h"

#include <QDateTime>

namespace dm {

std::vector<std::unique_ptr<SyncStream>> makeStandardStreams(Db& db, PlatformClient& client,
                                                             const StreamOptions& options)
{
    LogSyncOptions logOptions;
    logOptions.historyStartMs = QDateTime::currentMSecsSinceEpoch() - qint64(options.historyDays) * 24 * 60 * 60 * 1000;

    std::vector<std::unique_ptr<SyncStream>> streams;
    streams.push_back(std::make_unique<AccountSync>(db, client));
    streams.push_back(std::make_unique<PolicySync>(db, client));
    streams.push_back(makeOperationLogSync(db, client, logOptions));
    streams.push_back(makeLoginLogSync(db, client, logOptions));
    streams.push_back(makeMailLogSync(db, client, logOptions));
    return streams;
}

QStringList standardStreamNames()
{
    return {QStringLiteral("accounts"), QStringLiteral("policy"), QStringLiteral("operations"),
            QStringLiteral("logins"), QStringLiteral("mail")};
}

} // namespace dm
