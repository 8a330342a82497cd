#include "sync/LoginRuleDryRun.h"

#include "core/LoginRuleEvaluator.h"
#include "store/LogRepository.h"
#include "store/PolicyRepository.h"
#include "store/SyncState.h"
#include "sync/PolicyDocumentJson.h"

#include <QSet>

#include <algorithm>

namespace dm {
namespace {

const QString kDomain = QStringLiteral("domain");
const QString kAccount = QStringLiteral("account");

// Account names compare case-insensitively for A-Z (CONTRACT.md §13), and they are ASCII.
QString accountKey(const QString& name)
{
    return name.toLower();
}

// The sync streams of the login log: the logquery family's and the vendor fallback's (sync/VendorLogSync.cpp).
const QStringList kLoginStreams = {QStringLiteral("logins"), QStringLiteral("logins.vendor")};

void record(LoginRuleDryRunChange& change, QSet<QString>& accounts, const LoginRecord& login,
            const LoginDecision& today, const LoginDecision& draft, int maxExamples)
{
    change.ids.append(login.id);
    accounts.insert(accountKey(login.accountName));
    if (change.examples.size() < maxExamples) {
        change.examples.append({login, today, draft});
    }
}

} // namespace

Expected<LoginRuleDryRunReport, QString> LoginRuleDryRun::run(Db& db, const LoginRuleDryRunRequest& request)
{
    LoginRuleDryRunReport report;
    PolicyRepository documents(db);
    const auto readStored = [](const StoredDocument& stored) -> Expected<LoginRuleDocument, QString> {
        auto parsed = loginRuleDocumentFromStored(stored);
        if (!parsed) {
            return Unexpected{tr("A cached login-rule list cannot be read (%1): sync the cache again.")
                                  .arg(parsed.error().message())};
        }
        return *parsed;
    };

    const bool domainDraft = request.draft.level == LoginRuleLevel::Domain;
    const QString draftKey = accountKey(request.draft.targetId);

    // Today's domain list: the one just read from the platform when the draft is for the domain, else the cache's.
    auto storedDomain = documents.list(DocumentKind::LoginRules, kDomain);
    if (!storedDomain) {
        return Unexpected{storedDomain.error().message()};
    }
    std::optional<LoginRuleDocument> domainToday;
    if (!storedDomain->isEmpty()) {
        report.rulesSyncedAt = storedDomain->constFirst().syncedAt;
        auto parsed = readStored(storedDomain->constFirst());
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        domainToday = *parsed;
    }
    if (domainDraft && request.current) {
        domainToday = request.current;
    }
    if (!domainToday) {
        return Unexpected{tr("The cache holds no login rules of the domain yet: sync it first.")};
    }

    // Today's account lists: only accounts that ever had one are cached (sync/PolicySync.h); the others have none.
    auto storedAccounts = documents.list(DocumentKind::LoginRules, kAccount);
    if (!storedAccounts) {
        return Unexpected{storedAccounts.error().message()};
    }
    QHash<QString, LoginRuleMatcher> accountsToday;
    for (const StoredDocument& stored : std::as_const(*storedAccounts)) {
        auto parsed = readStored(stored);
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        accountsToday.insert(accountKey(parsed->targetId), LoginRuleMatcher(*parsed));
    }
    if (!domainDraft && request.current) {
        accountsToday.insert(draftKey, LoginRuleMatcher(*request.current));
    }

    const LoginRuleMatcher domainRulesToday(*domainToday);
    const LoginRuleMatcher domainRulesDraft(domainDraft ? request.draft : *domainToday);
    const LoginRuleMatcher accountDraft(request.draft); // used for the draft's account only

    LoginLogFilter filter;
    if (!domainDraft) {
        // Only that account's logins can change: scan those alone.
        filter.accountName = request.draft.targetId;
    }
    LogRepository logs(db);
    LogPageRequest page;
    page.range = request.range;
    page.order = LogOrder::OldestFirst;
    page.limit = std::clamp(request.pageSize, 1, 10000);
    QSet<QString> refusedAccounts;
    QSet<QString> allowedAccounts;
    QSet<QString> ambiguousCities;
    for (;;) {
        auto rows = logs.logins(filter, page);
        if (!rows) {
            return Unexpected{rows.error().message()};
        }
        for (const LoginRecord& login : std::as_const(*rows)) {
            const LoginAttempt attempt{login.ip, login.province, login.city};
            const QString key = accountKey(login.accountName);
            const auto own = accountsToday.constFind(key);
            const LoginRuleMatcher* accountToday = own == accountsToday.constEnd() ? nullptr : &own.value();
            const LoginRuleMatcher* accountTomorrow = !domainDraft && key == draftKey ? &accountDraft : accountToday;
            const LoginDecision today = decideLogin(domainRulesToday, accountToday, attempt);
            const LoginDecision draft = decideLogin(domainRulesDraft, accountTomorrow, attempt);
            if (today.action == LoginAction::Allow && draft.action == LoginAction::Deny) {
                record(report.newlyRefused, refusedAccounts, login, today, draft, request.maxExamples);
            } else if (today.action == LoginAction::Deny && draft.action == LoginAction::Allow) {
                record(report.newlyAllowed, allowedAccounts, login, today, draft, request.maxExamples);
            }
            if (!login.province.isEmpty() && !login.city.isEmpty() && login.city != login.province &&
                !ambiguousCities.contains(login.city)) {
                const auto known = report.provinceOfCity.constFind(login.city);
                if (known == report.provinceOfCity.constEnd()) {
                    report.provinceOfCity.insert(login.city, login.province);
                } else if (known.value() != login.province) {
                    report.provinceOfCity.remove(login.city);
                    ambiguousCities.insert(login.city);
                }
            }
        }
        report.scanned += rows->size();
        if (request.keepGoing && !request.keepGoing(report.scanned)) {
            return Unexpected{tr("The dry run was cancelled.")};
        }
        if (rows->size() < page.limit) {
            break;
        }
        page.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
    report.newlyRefused.accounts = refusedAccounts.size();
    report.newlyAllowed.accounts = allowedAccounts.size();

    SyncState states(db);
    for (const QString& stream : kLoginStreams) {
        auto state = states.load(stream);
        if (!state) {
            return Unexpected{state.error().message()};
        }
        if (*state && (*state)->contains(QStringLiteral("syncedTo"))) {
            const qint64 syncedTo = (*state)->value(QStringLiteral("syncedTo")).toInteger();
            report.loginsSyncedTo = std::max(report.loginsSyncedTo.value_or(syncedTo), syncedTo);
        }
    }
    return report;
}

} // namespace dm
