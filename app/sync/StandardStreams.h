#pragma once

#include "sync/SyncStream.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace dm {

class Db;
class PlatformClient;

struct StreamOptions
{
    // How far back a first sync of the logs reaches (the platform keeps 180 days).
    int historyDays = 180;
};

// The streams of a full sync, in the order they run: accounts (with units), policy, mail, operations, logins.
// They use `db` and `client` for as long as they live.
[[nodiscard]] std::vector<std::unique_ptr<SyncStream>> makeStandardStreams(Db& db, PlatformClient& client,
                                                                           const StreamOptions& options = {});
[[nodiscard]] QStringList standardStreamNames();

} // namespace dm
