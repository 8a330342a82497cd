#pragma once

#include "core/DeliveryPolicy.h"
#include "core/Expected.h"
#include "core/LogRecords.h"
#include "store/AccountQuery.h"
#include "store/DbError.h"
#include "store/LogQuery.h"
#include "store/LogRepository.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace dm {

class Db;

// What happened to one recipient, from every part of the cache, merged by time: the account's own activation dates,
// its logins, the mails it received, read and sent, the administrators' operations on it and the policy changes that
// reach it. The order of the kinds breaks ties of time (so a first login reads after the login it was).
enum class TimelineKind
{
    Created,      // the account's createdAt
    SmsSent,      // an activation SMS: the account's smsSentAt, or a successful resendActivation in the operation log
    Login,        // a login_log row of the account
    FirstLogin,   // the account's firstLoginAt
    Activated,    // the account's activatedAt
    MailReceived, // a mail_log row with the address as recipient, at its time
    MailRead,     // the same row at its readAt
    MailSent,     // a mail_log row with the address as sender
    Operation,    // an operation_log row targeting the address (other than a policy change or a sent SMS)
    PolicyChange, // updatePolicy and the login-rule actions: on the address, or on its unit or domain after creation
};
inline constexpr int kTimelineKindCount = 10;

// A set of kinds (the timeline's filter).
class TimelineKinds
{
public:
    [[nodiscard]] static TimelineKinds all() { return TimelineKinds((1u << kTimelineKindCount) - 1); }
    [[nodiscard]] static TimelineKinds none() { return TimelineKinds(0); }
    [[nodiscard]] bool has(TimelineKind kind) const { return (m_bits & bit(kind)) != 0; }
    void set(TimelineKind kind, bool on) { m_bits = on ? (m_bits | bit(kind)) : (m_bits & ~bit(kind)); }
    [[nodiscard]] bool isEmpty() const { return m_bits == 0; }
    friend bool operator==(const TimelineKinds&, const TimelineKinds&) = default;

private:
    explicit TimelineKinds(unsigned bits)
        : m_bits(bits)
    {}
    [[nodiscard]] static unsigned bit(TimelineKind kind) { return 1u << static_cast<unsigned>(kind); }
    unsigned m_bits = 0;
};

// Who a timeline is about. The unit is the account's current one: a unit's policy changes are those of the unit the
// account is in now (the log does not say where it was before a move).
struct TimelineSubject
{
    QString accountName; // the local part, lower case
    QString address;     // accountName@domain
    QString domain;
    QString unitId;                    // empty when the account is not cached
    std::optional<AccountRow> account; // the cached account
    // The account's smsSentAt is the time of a successful resendActivation row of the operation log, which stands for
    // that SMS on the timeline (with who sent it); the account's own SmsSent event is then left out.
    bool smsSentAtIsResend = false;
};

// A position in the timeline's order: (time, kind, id), newest first. `id` is the log row's id (0 for the account's
// own dates).
struct TimelinePosition
{
    qint64 time = 0;
    int kind = 0;
    qint64 id = 0;
    friend bool operator==(const TimelinePosition&, const TimelinePosition&) = default;
};

struct TimelineEvent
{
    TimelineKind kind = TimelineKind::Created;
    qint64 time = 0;
    qint64 id = 0;
    // The log row behind the event, in the member its source names: a login, a mail (received, read or sent) or an
    // operation (an SMS resent, an operation, a policy change); none for the account's own dates.
    enum class Source
    {
        Account,
        Login,
        Mail,
        Operation,
    };
    Source source = Source::Account;
    LoginRecord loginRow;
    MailRecord mailRow;
    OperationRecord operationRow;
    PolicyLevel policyLevel = PolicyLevel::Account; // of a PolicyChange: where it was made
    int reminderCount = 0;                          // of the account's own SmsSent: resends before it

    [[nodiscard]] TimelinePosition position() const { return {time, static_cast<int>(kind), id}; }
    // The row behind the event, or null when it comes from another source.
    [[nodiscard]] const LoginRecord* login() const { return source == Source::Login ? &loginRow : nullptr; }
    [[nodiscard]] const MailRecord* mail() const { return source == Source::Mail ? &mailRow : nullptr; }
    [[nodiscard]] const OperationRecord* operation() const
    {
        return source == Source::Operation ? &operationRow : nullptr;
    }
};

// Events per kind.
struct TimelineCounts
{
    std::array<qint64, kTimelineKindCount> perKind{};
    [[nodiscard]] qint64 of(TimelineKind kind) const { return perKind.at(static_cast<std::size_t>(kind)); }
    [[nodiscard]] qint64 total(TimelineKinds kinds) const;
};

// An account offered while its name is typed.
struct AccountSuggestion
{
    QString accountName;
    QString name;
    QString jobNumber;
};

// The per-account timeline over the cache (used in CacheSession jobs, in the worker thread). Every source is read
// through an index that starts with the account name, the address or the target (login_log_account,
// mail_log_recipient, mail_log_sender, operation_log_target), keys first: each page reads at most `limit` keys per
// kind, merges them, and only then reads the rows it keeps (by id), so an account with thousands of logins pages as
// fast as one with ten.
class TimelineRepository
{
public:
    explicit TimelineRepository(Db& db);

    // Who `accountOrAddress` names: an account name or an address; `domain` completes a bare name that is not cached.
    [[nodiscard]] Expected<TimelineSubject, DbError> subject(const QString& accountOrAddress, const QString& domain);

    // Up to `limit` events of `kinds` after `from` (none: from the newest, or the oldest with OldestFirst).
    [[nodiscard]] Expected<QList<TimelineEvent>, DbError> page(const TimelineSubject& subject, TimelineKinds kinds,
                                                               const std::optional<TimelinePosition>& from, int limit,
                                                               LogOrder order = LogOrder::NewestFirst);
    // The events of every kind: what paging through page() yields.
    [[nodiscard]] Expected<TimelineCounts, DbError> counts(const TimelineSubject& subject);

    // Accounts whose account name, or recipient name, starts with `typed`: account names first, in name order.
    [[nodiscard]] Expected<QList<AccountSuggestion>, DbError> suggestions(const QString& typed, int limit);
    // The accounts whose recipient name is exactly `typed`, up to `limit`: none when `typed` is itself a cached
    // account name or an address (it names itself), one is the account meant, several need a choice.
    [[nodiscard]] Expected<QList<AccountSuggestion>, DbError> accountsNamed(const QString& typed, int limit);

    // The policy actions a PolicyChange is made of.
    [[nodiscard]] static QStringList policyActions();

private:
    struct Key;
    [[nodiscard]] Expected<QList<Key>, DbError> keys(const TimelineSubject& subject, TimelineKind kind,
                                                     const std::optional<TimelinePosition>& from, int limit,
                                                     LogOrder order);
    [[nodiscard]] Expected<TimelineEvent, DbError> hydrate(const TimelineSubject& subject, const Key& key);

    Db& m_db;
    LogRepository m_logs;
};

} // namespace dm
