#include "sync/PolicySync.h"

#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/SyncState.h"
#include "sync/PolicyDocumentJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace dm {

namespace {

Q_LOGGING_CATEGORY(lcPolicySync, "dm.sync.policy")

const QString kStream = QStringLiteral("policy");
const QString kScanFrom = QStringLiteral("scanFrom");
const QString kDomain = QStringLiteral("domain");
const QString kUnit = QStringLiteral("unit");
const QString kAccount = QStringLiteral("account");

// The operation-log actions that write an account-level document (CONTRACT.md §11, §12).
const QStringList kActions = {QStringLiteral("updatePolicy"), QStringLiteral("updateLoginRule")};
constexpr int kScanPageSize = 1000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// The account an operation targets: its address's local part, lower case; empty for a unit or the domain.
QString accountOf(const QString& target)
{
    const qsizetype at = target.indexOf(QLatin1Char('@'));
    return at > 0 ? target.left(at).toLower() : QString();
}

} // namespace

PolicySync::PolicySync(Db& db, PlatformClient& client)
    : BasicSyncStream(kStream)
    , m_db(db)
    , m_units(client)
    , m_policies(client)
    , m_loginRules(client)
    , m_logs(client)
{}

PolicySync::~PolicySync() = default;

void PolicySync::run(Progress progress, Done done)
{
    start(false, std::move(progress), std::move(done));
}

void PolicySync::verify(Done done)
{
    start(true, nullptr, std::move(done));
}

void PolicySync::start(bool verifyOnly, Progress progress, Done done)
{
    if (!begin(std::move(progress), std::move(done))) {
        return;
    }
    m_verifyOnly = verifyOnly;
    m_steps = 0;
    m_unitList.clear();
    m_domainPolicy.clear();
    m_domainRules.clear();
    m_unitPolicies.clear();
    m_windows.clear();
    m_policyAccountSet.clear();
    m_ruleAccountSet.clear();
    m_policyAccounts.clear();
    m_ruleAccounts.clear();
    m_accountPolicies.clear();
    m_accountRules.clear();
    m_goneAccountPolicies.clear();
    m_goneAccountRules.clear();
    m_scanNewest = 0;
    fetchUnits();
}

bool PolicySync::stopIfCancelled()
{
    if (!cancelled()) {
        return false;
    }
    finishCancelled(); // `done` may destroy this stream: nothing of it is read after
    return true;
}

void PolicySync::step()
{
    ++m_steps;
    reportProgress(m_steps, -1);
}

void PolicySync::fetchUnits()
{
    m_units.list(context(), whileCurrent([this](const Expected<QList<Unit>, ApiError>& units) {
                     if (!units) {
                         fail(units.error());
                         return;
                     }
                     m_unitList = *units;
                     step();
                     if (!stopIfCancelled()) {
                         fetchDomainPolicy();
                     }
                 }));
}

void PolicySync::fetchDomainPolicy()
{
    m_policies.get(PolicyLevel::Domain, {}, context(),
                   whileCurrent([this](const Expected<PolicyDocument, ApiError>& doc) {
                       if (!doc) {
                           fail(doc.error());
                           return;
                       }
                       m_domainPolicy = {toStoredDocument(*doc)};
                       step();
                       if (!stopIfCancelled()) {
                           fetchDomainRules();
                       }
                   }));
}

void PolicySync::fetchDomainRules()
{
    m_loginRules.get(LoginRuleLevel::Domain, {}, context(),
                     whileCurrent([this](const Expected<LoginRuleDocument, ApiError>& doc) {
                         if (!doc) {
                             fail(doc.error());
                             return;
                         }
                         m_domainRules = {toStoredDocument(*doc)};
                         step();
                         if (!stopIfCancelled()) {
                             fetchUnitPolicy(0);
                         }
                     }));
}

void PolicySync::fetchUnitPolicy(qsizetype index)
{
    if (index >= m_unitList.size()) {
        if (m_verifyOnly) {
            compareVersions();
            return;
        }
        // The scan starts where the last one found its newest row; the first time, when the platform began (no
        // document can be older than the oldest unit). A unit without a creation time (the top of the domain, which
        // the vendor does not list) says nothing about that.
        auto state = SyncState(m_db).load(kStream);
        if (!state) {
            fail(state.error());
            return;
        }
        qint64 oldest = QDateTime::currentMSecsSinceEpoch();
        for (const Unit& unit : std::as_const(m_unitList)) {
            if (unit.createdAt > 0) {
                oldest = std::min(oldest, unit.createdAt);
            }
        }
        m_scanFrom = state->value_or(QJsonObject()).value(kScanFrom).toInteger(oldest);
        // Platform time may run ahead of this machine's clock (a simulated platform): the newest time the cache
        // has seen from it bounds it from below.
        auto newestAccount = AccountRepository(m_db).newestUpdatedAt();
        if (!newestAccount) {
            fail(newestAccount.error());
            return;
        }
        qint64 until = std::max(QDateTime::currentMSecsSinceEpoch(), *newestAccount);
        for (const StoredDocument& doc : std::as_const(m_domainPolicy) + m_domainRules + m_unitPolicies) {
            until = std::max(until, doc.updatedAt.value_or(0));
        }
        m_windows = splitWindow(m_scanFrom, until + kDayMs, std::chrono::milliseconds(kMaxLogWindowMs));
        scanOperations(0, 0, {});
        return;
    }
    m_policies.get(PolicyLevel::Unit, m_unitList.at(index).unitId, context(),
                   whileCurrent([this, index](const Expected<PolicyDocument, ApiError>& doc) {
                       if (!doc) {
                           fail(doc.error());
                           return;
                       }
                       m_unitPolicies.append(toStoredDocument(*doc));
                       step();
                       if (!stopIfCancelled()) {
                           fetchUnitPolicy(index + 1);
                       }
                   }));
}

void PolicySync::compareVersions()
{
    PolicyRepository repository(m_db);
    qint64 current = 0;
    qint64 total = 0;
    const auto count = [&](DocumentKind kind, const QList<StoredDocument>& platform) -> bool {
        for (const StoredDocument& doc : platform) {
            ++total;
            auto cached = repository.load(kind, doc.level, doc.targetId);
            if (!cached) {
                fail(cached.error());
                return false;
            }
            if (cached->has_value() && (*cached)->version == doc.version) {
                ++current;
            }
        }
        return true;
    };
    if (!count(DocumentKind::Policy, m_domainPolicy + m_unitPolicies) ||
        !count(DocumentKind::LoginRules, m_domainRules)) {
        return;
    }
    finish(StreamReport{kStream, 0, {{tr("policy and login-rule documents up to date"), current, total}}});
}

void PolicySync::scanOperations(qsizetype window, int action, const QString& cursor)
{
    if (action >= kActions.size()) {
        scanOperations(window + 1, 0, {});
        return;
    }
    if (window >= m_windows.size()) {
        m_policyAccounts = QStringList(m_policyAccountSet.cbegin(), m_policyAccountSet.cend());
        m_ruleAccounts = QStringList(m_ruleAccountSet.cbegin(), m_ruleAccountSet.cend());
        m_policyAccounts.sort();
        m_ruleAccounts.sort();
        fetchAccountPolicy(0);
        return;
    }
    const LogWindow logWindow{m_windows.at(window).fromMs, m_windows.at(window).toMs};
    OperationFilter filter;
    filter.action = kActions.at(action);
    filter.result = LogResult::Success;
    m_logs.queryOperations(
        logWindow, filter, {kScanPageSize, cursor}, context(),
        whileCurrent([this, window, action, cursor](const Expected<KeysetPage<OperationRecord>, ApiError>& page) {
            if (!page) {
                fail(page.error());
                return;
            }
            if (page->nextCursor && *page->nextCursor == cursor) {
                fail(repeatedCursorError(name()));
                return;
            }
            for (const OperationRecord& record : page->items) {
                m_scanNewest = std::max(m_scanNewest, record.time);
                const QString account = accountOf(record.target);
                if (account.isEmpty()) {
                    continue;
                }
                (action == 0 ? m_policyAccountSet : m_ruleAccountSet).insert(account);
            }
            step();
            if (stopIfCancelled()) {
                return;
            }
            if (page->nextCursor) {
                scanOperations(window, action, *page->nextCursor);
            } else {
                scanOperations(window, action + 1, {});
            }
        }));
}

void PolicySync::fetchAccountPolicy(qsizetype index)
{
    if (index >= m_policyAccounts.size()) {
        fetchAccountRules(0);
        return;
    }
    const QString account = m_policyAccounts.at(index);
    m_policies.get(PolicyLevel::Account, account, context(),
                   whileCurrent([this, index, account](const Expected<PolicyDocument, ApiError>& doc) {
                       if (doc) {
                           m_accountPolicies.append(toStoredDocument(*doc));
                       } else if (doc.error().kind == ApiError::Kind::NotFound) {
                           m_goneAccountPolicies.append(account);
                       } else {
                           fail(doc.error());
                           return;
                       }
                       step();
                       if (!stopIfCancelled()) {
                           fetchAccountPolicy(index + 1);
                       }
                   }));
}

void PolicySync::fetchAccountRules(qsizetype index)
{
    if (index >= m_ruleAccounts.size()) {
        commit();
        return;
    }
    const QString account = m_ruleAccounts.at(index);
    m_loginRules.get(LoginRuleLevel::Account, account, context(),
                     whileCurrent([this, index, account](const Expected<LoginRuleDocument, ApiError>& doc) {
                         if (doc) {
                             m_accountRules.append(toStoredDocument(*doc));
                         } else if (doc.error().kind == ApiError::Kind::NotFound) {
                             m_goneAccountRules.append(account);
                         } else {
                             fail(doc.error());
                             return;
                         }
                         step();
                         if (!stopIfCancelled()) {
                             fetchAccountRules(index + 1);
                         }
                     }));
}

void PolicySync::commit()
{
    PolicyRepository repository(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        fail(transaction.error());
        return;
    }
    // Every write of the pass, then the state, in one transaction.
    const auto write = [&]() -> Expected<void, DbError> {
        if (auto done = repository.replaceLevel(DocumentKind::Policy, kDomain, m_domainPolicy); !done) {
            return done;
        }
        if (auto done = repository.replaceLevel(DocumentKind::LoginRules, kDomain, m_domainRules); !done) {
            return done;
        }
        if (auto done = repository.replaceLevel(DocumentKind::Policy, kUnit, m_unitPolicies); !done) {
            return done;
        }
        for (const StoredDocument& doc : std::as_const(m_accountPolicies)) {
            if (auto done = repository.save(DocumentKind::Policy, doc); !done) {
                return done;
            }
        }
        for (const StoredDocument& doc : std::as_const(m_accountRules)) {
            if (auto done = repository.save(DocumentKind::LoginRules, doc); !done) {
                return done;
            }
        }
        for (const QString& account : std::as_const(m_goneAccountPolicies)) {
            if (auto done = repository.remove(DocumentKind::Policy, kAccount, account); !done) {
                return done;
            }
        }
        for (const QString& account : std::as_const(m_goneAccountRules)) {
            if (auto done = repository.remove(DocumentKind::LoginRules, kAccount, account); !done) {
                return done;
            }
        }
        // Inclusive next time: rows at exactly this time come again and only cause a re-read.
        const qint64 scanFrom = std::max(m_scanFrom, m_scanNewest);
        return SyncState(m_db).save(kStream, QJsonObject{{kScanFrom, scanFrom}});
    };
    if (auto written = write(); !written) {
        fail(written.error());
        return;
    }
    if (auto committed = transaction->commit(); !committed) {
        fail(committed.error());
        return;
    }
    qCInfo(lcPolicySync) << "account documents read:" << m_accountPolicies.size() << "policies,"
                         << m_accountRules.size()
                         << "login-rule lists; gone:" << m_goneAccountPolicies.size() + m_goneAccountRules.size();
    auto policies = repository.count(DocumentKind::Policy, kDomain);
    auto unitPolicies = repository.count(DocumentKind::Policy, kUnit);
    auto rules = repository.count(DocumentKind::LoginRules, kDomain);
    if (!policies || !unitPolicies || !rules) {
        fail(!policies ? policies.error() : !unitPolicies ? unitPolicies.error() : rules.error());
        return;
    }
    StreamReport report{kStream,
                        m_domainPolicy.size() + m_domainRules.size() + m_unitPolicies.size() +
                            m_accountPolicies.size() + m_accountRules.size() + m_goneAccountPolicies.size() +
                            m_goneAccountRules.size(),
                        {}};
    report.checks = {{tr("policy documents (domain and units)"), *policies + *unitPolicies, 1 + m_unitList.size()},
                     {tr("login-rule documents (domain)"), *rules, 1}};
    finish(report);
}

} // namespace dm
