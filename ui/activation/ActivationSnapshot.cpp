#include "ui/activation/ActivationSnapshot.h"

#include "store/AccountRepository.h"
#include "store/ActivationRepository.h"
#include "store/UnitRepository.h"

namespace dm {

ActivationSnapshot ActivationSnapshot::load(Db& db, const ActivationFilter& filter, const WaitRange& range,
                                            qint64 nowMs, int limit)
{
    ActivationSnapshot snapshot;
    snapshot.nowMs = nowMs;
    auto fail = [&snapshot](const DbError& error) {
        snapshot.error = error;
        return snapshot;
    };
    auto units = UnitRepository(db).list();
    if (!units) {
        return fail(units.error());
    }
    snapshot.units = std::move(units).value();
    auto funnel = AccountRepository(db).activationFunnel(filter.toQuery());
    if (!funnel) {
        return fail(funnel.error());
    }
    snapshot.funnel = *funnel;
    ActivationRepository overdue(db);
    auto ageing = overdue.ageing(filter, nowMs);
    if (!ageing) {
        return fail(ageing.error());
    }
    snapshot.ageing = *ageing;
    auto total = overdue.count(filter, range, nowMs);
    if (!total) {
        return fail(total.error());
    }
    snapshot.worklistTotal = *total;
    auto rows = overdue.list(filter, range, nowMs, limit);
    if (!rows) {
        return fail(rows.error());
    }
    snapshot.rows = std::move(rows).value();
    return snapshot;
}

} // namespace dm
