#pragma once

#include "core/Expected.h"
#include "store/ActivationQuery.h"
#include "store/DbError.h"

#include <QList>

#include <functional>

namespace dm {

class Db;

// Reads for the Activation page that AccountRepository does not offer: accounts still waiting for activation, by how
// long they have waited. Waiting accounts are those neither activated nor deleted (exactly the funnel's created minus
// activated); how long is measured from the last activation SMS, or from creation when none was sent. Used inside
// CacheSession query jobs, in the worker thread; no widget code. Mobiles leave here masked.
class ActivationRepository
{
public:
    explicit ActivationRepository(Db& db);

    // Waiting accounts of `filter` per ageing bucket, as of `nowMs`.
    [[nodiscard]] Expected<AgeingCounts, DbError> ageing(const ActivationFilter& filter, qint64 nowMs);
    [[nodiscard]] Expected<qint64, DbError> count(const ActivationFilter& filter, const WaitRange& range, qint64 nowMs);
    // The longest-waiting first (ties by local id), at most `limit`, with unit names and outbox states.
    [[nodiscard]] Expected<QList<OverdueRow>, DbError> list(const ActivationFilter& filter, const WaitRange& range,
                                                            qint64 nowMs, int limit);
    // Every row of the same listing, handed to `visit` one by one without keeping them (an export of any size);
    // `visit` returns false to stop. Outbox states are not filled in. Returns the number of rows visited.
    [[nodiscard]] Expected<qint64, DbError> forEach(const ActivationFilter& filter, const WaitRange& range,
                                                    qint64 nowMs, const std::function<bool(const OverdueRow&)>& visit);

private:
    Db& m_db;
};

} // namespace dm
