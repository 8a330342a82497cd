#pragma once

#include "core/Expected.h"
#include "core/LogRecords.h"
#include "core/LoginRules.h"
#include "store/LogQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dm {

class Db;

// What to try: `draft` replaces the cached document of its level and target (the domain's list, or the list of the
// account `draft.targetId`); every other document stays as cached.
struct LoginRuleDryRunRequest
{
    LoginRuleDocument draft;
    // The platform's document of the draft's level and target when the caller has just read it (fresher than the
    // cache); empty: the cached one, or for an account without one, no document (no rules, no default).
    std::optional<LoginRuleDocument> current;
    LogTimeRange range; // which cached logins, by their time
    int pageSize = 2000;
    int maxExamples = 20; // per direction
    // Called after each page with the logins scanned so far; returning false stops the scan with an error.
    std::function<bool(qint64 scanned)> keepGoing;
};

// One login whose decision the draft would change.
struct LoginRuleDryRunRow
{
    LoginRecord login;
    LoginDecision today;
    LoginDecision draft;
};

// One direction of change: the logins, how many accounts they belong to, and the first few as examples.
struct LoginRuleDryRunChange
{
    QList<qint64> ids; // log ids, oldest first
    qint64 accounts = 0;
    QList<LoginRuleDryRunRow> examples; // the first maxExamples of `ids`
};

struct LoginRuleDryRunReport
{
    qint64 scanned = 0;                   // logins in the range (of the draft's account for an account draft)
    LoginRuleDryRunChange newlyRefused;   // allowed today, refused under the draft
    LoginRuleDryRunChange newlyAllowed;   // refused today, allowed under the draft
    std::optional<qint64> loginsSyncedTo; // ms: the end of the last complete sync pass of the login log, if any
    std::optional<qint64> rulesSyncedAt;  // ms: when the cache last took the domain's login rules
    // Which province each city-level name of the scanned logins lies in (names seen under more than one province
    // left out): what the lint (core analyse()) needs to see a province rule hide a later city rule.
    QHash<QString, QString> provinceOfCity;
};

// Replays the cached login log under today's cached login rules and under a draft. Reads the cache only (run it on
// the cache's thread, with its Db), a page at a time, so a million logins never sit in memory at once; the lists of
// ids are all it keeps. Every cached row counts, failed logins included: the rules decide before the password does.
class LoginRuleDryRun
{
    Q_DECLARE_TR_FUNCTIONS(LoginRuleDryRun)

public:
    // The error is a translated sentence (a cache that has not synced the domain's login rules yet, a store error).
    [[nodiscard]] static Expected<LoginRuleDryRunReport, QString> run(Db& db, const LoginRuleDryRunRequest& request);
};

} // namespace dm
