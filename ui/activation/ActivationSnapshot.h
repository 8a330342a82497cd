#pragma once

#include "core/Account.h"
#include "core/DeliveryStats.h"
#include "store/ActivationQuery.h"
#include "store/DbError.h"

#include <QList>

#include <optional>

namespace dm {

class Db;

// Everything the Activation page shows for one filter, read in one cache job so the figures agree with each other.
struct ActivationSnapshot
{
    std::optional<DbError> error; // when set, nothing else is meaningful
    QList<Unit> units;
    ActivationFunnel funnel;
    AgeingCounts ageing;
    qint64 worklistTotal = 0; // rows of the worklist's range; `rows` holds at most the limit of them
    QList<OverdueRow> rows;
    qint64 nowMs = 0;

    // Runs in the cache's worker thread.
    [[nodiscard]] static ActivationSnapshot load(Db& db, const ActivationFilter& filter, const WaitRange& range,
                                                 qint64 nowMs, int limit);
};

} // namespace dm
