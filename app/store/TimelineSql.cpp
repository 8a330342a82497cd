#include "store/TimelineSql.h"

#include "store/Stmt.h"

#include <tuple>

namespace dm::timelinesql {

namespace {

// Program text: the action codes of a policy change (CONTRACT.md §11, §12) and of a resent activation SMS (§10).
constexpr const char* kPolicyActionList =
    "('updatePolicy', 'setLoginDefault', 'updateDomainLoginRule', 'updateLoginRule')";
constexpr const char* kSentSms = "action = 'resendActivation' AND result = 0";

} // namespace

std::string sentSmsCondition()
{
    return kSentSms;
}

std::optional<Source> sourceOf(const TimelineSubject& subject, TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Login:
        return Source{"login_log", "time", "account_name = ?", {subject.accountName}};
    case TimelineKind::MailReceived:
        return Source{"mail_log", "time", "recipient = ?", {subject.address}};
    case TimelineKind::MailRead:
        return Source{"mail_log", "read_at", "recipient = ? AND read_at IS NOT NULL", {subject.address}};
    case TimelineKind::MailSent:
        return Source{"mail_log", "time", "sender = ?", {subject.address}};
    case TimelineKind::SmsSent:
        return Source{"operation_log", "time", std::string("target = ? AND ") + kSentSms, {subject.address}};
    case TimelineKind::Operation:
        return Source{"operation_log",
                      "time",
                      std::string("target = ? AND action NOT IN ") + kPolicyActionList + " AND NOT (" + kSentSms + ")",
                      {subject.address}};
    case TimelineKind::PolicyChange: {
        // The unit's and the domain's changes reach a cached account from its creation on (earlier ones are the
        // domain's history, not the recipient's); of a name the cache does not know (it may never have existed) only
        // the changes made to it are shown.
        const qint64 created = subject.account ? subject.account->account.createdAt : 0;
        return Source{"operation_log",
                      "time",
                      std::string("(target = ? OR (target IN (?, ?) AND time >= ?)) AND action IN ") +
                          kPolicyActionList,
                      {subject.address, subject.account ? subject.unitId : QString(),
                       subject.account ? subject.domain : QString(), created}};
    }
    case TimelineKind::Created:
    case TimelineKind::FirstLogin:
    case TimelineKind::Activated:
        return std::nullopt; // the account's own dates
    }
    return std::nullopt;
}

bool follows(const TimelinePosition& key, const TimelinePosition& from, LogOrder order)
{
    const auto tuple = [](const TimelinePosition& p) { return std::tuple(p.time, p.kind, p.id); };
    return order == LogOrder::NewestFirst ? tuple(key) < tuple(from) : tuple(key) > tuple(from);
}

// With a kind of its own, comparing a source's (time, kind, id) with `from` comes down to the time alone (a kind
// ordered before `from`'s takes the same time too) or to (time, id) for `from`'s own kind.
void keysetCondition(std::string& sql, std::vector<Value>& values, const std::string& time, TimelineKind kind,
                     const TimelinePosition& from, LogOrder order)
{
    const int own = static_cast<int>(kind);
    const bool newest = order == LogOrder::NewestFirst;
    if (own == from.kind) {
        sql += " AND (" + time + ", id) " + (newest ? "<" : ">") + " (?, ?)";
        values.emplace_back(from.time);
        values.emplace_back(from.id);
        return;
    }
    const bool sameTimeFollows = newest ? own < from.kind : own > from.kind;
    sql += " AND " + time + (newest ? (sameTimeFollows ? " <= ?" : " < ?") : (sameTimeFollows ? " >= ?" : " > ?"));
    values.emplace_back(from.time);
}

void bindValues(Stmt& statement, const std::vector<Value>& values)
{
    int index = 1;
    for (const Value& value : values) {
        std::visit([&](const auto& v) { statement.bind(index, v); }, value);
        ++index;
    }
}

} // namespace dm::timelinesql
