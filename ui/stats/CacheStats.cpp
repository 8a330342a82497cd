#include "ui/stats/CacheStats.h"

#include "store/AccountRepository.h"
#include "store/SyncState.h"
#include "store/UnitRepository.h"

#include <QStringList>

#include <algorithm>

namespace dm {

namespace {

// A log is synced by the delivery extension's stream or, on a platform without it, the vendor's; each keeps its own
// state ("<log>" and "<log>.vendor"). Both may exist when a platform changed: the cache holds what either brought.
Expected<LogCoverage, DbError> coverageOf(Db& db, const QString& stream)
{
    LogCoverage coverage;
    SyncState states(db);
    for (const QString& key : QStringList{stream, stream + QStringLiteral(".vendor")}) {
        auto state = states.load(key);
        if (!state) {
            return Unexpected(state.error());
        }
        if (!*state || !(*state)->contains(QStringLiteral("syncedTo"))) {
            continue;
        }
        const qint64 syncedTo = (*state)->value(QStringLiteral("syncedTo")).toInteger();
        const qint64 historyStart = (*state)->value(QStringLiteral("historyStart")).toInteger();
        coverage.syncedTo = std::max(coverage.syncedTo.value_or(syncedTo), syncedTo);
        coverage.historyStart = std::min(coverage.historyStart.value_or(historyStart), historyStart);
    }
    return coverage;
}

} // namespace

CacheStats CacheStats::load(Db& db, const StatsPeriod& period, const QString& unitId, int provinceLimit)
{
    CacheStats stats;
    stats.period = period;
    stats.unitId = unitId;
    auto fail = [&stats](const DbError& error) {
        stats.error = error;
        return stats;
    };
    StatsRepository repository(db);
    auto mails = repository.mailDays(period);
    if (!mails) {
        return fail(mails.error());
    }
    stats.mailDays = std::move(mails).value();
    auto logins = repository.loginDays(period);
    if (!logins) {
        return fail(logins.error());
    }
    stats.loginDays = std::move(logins).value();
    auto provinces = repository.topProvinces(period, provinceLimit);
    if (!provinces) {
        return fail(provinces.error());
    }
    stats.provinces = std::move(provinces).value();

    AccountQuery accounts;
    accounts.unitId = unitId;
    accounts.includeSubUnits = true;
    accounts.createdFrom = period.startMs();
    accounts.createdTo = period.endMs();
    auto funnel = AccountRepository(db).activationFunnel(accounts);
    if (!funnel) {
        return fail(funnel.error());
    }
    stats.funnel = *funnel;
    auto units = UnitRepository(db).list();
    if (!units) {
        return fail(units.error());
    }
    stats.units = std::move(units).value();

    auto mailCoverage = coverageOf(db, QStringLiteral("mail"));
    if (!mailCoverage) {
        return fail(mailCoverage.error());
    }
    stats.mailCoverage = *mailCoverage;
    auto loginCoverage = coverageOf(db, QStringLiteral("logins"));
    if (!loginCoverage) {
        return fail(loginCoverage.error());
    }
    stats.loginCoverage = *loginCoverage;
    return stats;
}

} // namespace dm
