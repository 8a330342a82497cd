#pragma once

#include "api/LogService.h"
#include "api/LoginRuleService.h"
#include "api/PolicyService.h"
#include "api/UnitService.h"
#include "store/PolicyRepository.h"
#include "sync/SyncStream.h"
#include "sync/TimeWindow.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

namespace dm {

class Db;
class PlatformClient;

// The "policy" stream: the domain's policy and login rules, every unit's policy (there are no unit login rules),
// and the account-level documents. The contract lists no account-level documents and reading one per account would
// cost a request per account, so the accounts that have one are found in the operation log instead: every
// successful updatePolicy / updateLoginRule names its target, so queryOperations filtered by action and result
// (31-day windows, from the root unit's creation on the first pass, then from the newest such row seen) gives
// exactly the accounts whose documents were ever written or changed since; only those are read. A document whose
// account no longer exists (ACCOUNT.NOT.FOUND) is removed.
//
// A pass is small (a few dozen requests), so it commits once, all documents with the stream's state; an interrupted
// pass is simply done again. Count checks: the cached domain and unit documents against the platform's (one per
// unit, one domain policy, one domain login-rule list); verify() reads them again and counts those whose cached
// version is the platform's current one.
class PolicySync final : public BasicSyncStream
{
    Q_DECLARE_TR_FUNCTIONS(PolicySync)

public:
    PolicySync(Db& db, PlatformClient& client);
    ~PolicySync() override;

    void run(Progress progress, Done done) override;
    void verify(Done done) override;

private:
    void start(bool verifyOnly, Progress progress, Done done);
    void fetchUnits();
    void fetchDomainPolicy();
    void fetchDomainRules();
    void fetchUnitPolicy(qsizetype index);
    void compareVersions();
    void scanOperations(qsizetype window, int action, const QString& cursor);
    void fetchAccountPolicy(qsizetype index);
    void fetchAccountRules(qsizetype index);
    void commit();
    [[nodiscard]] bool stopIfCancelled();
    void step();

    Db& m_db;
    UnitService m_units;
    PolicyService m_policies;
    LoginRuleService m_loginRules;
    LogService m_logs;

    bool m_verifyOnly = false;
    qint64 m_steps = 0;

    QList<Unit> m_unitList;
    QList<StoredDocument> m_domainPolicy; // zero or one
    QList<StoredDocument> m_domainRules;  // zero or one
    QList<StoredDocument> m_unitPolicies;
    QList<TimeWindow> m_windows;
    qint64 m_scanFrom = 0;
    qint64 m_scanNewest = 0;
    QSet<QString> m_policyAccountSet;
    QSet<QString> m_ruleAccountSet;
    QStringList m_policyAccounts;
    QStringList m_ruleAccounts;
    QList<StoredDocument> m_accountPolicies;
    QList<StoredDocument> m_accountRules;
    QStringList m_goneAccountPolicies;
    QStringList m_goneAccountRules;
};

} // namespace dm
