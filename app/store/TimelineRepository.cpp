#include "store/TimelineRepository.h"

#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/TimelineSql.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace dm {

// The position of one event before its row is read: what the sources yield and the merge sorts.
struct TimelineRepository::Key
{
    qint64 time = 0;
    TimelineKind kind = TimelineKind::Created;
    qint64 id = 0;
};

namespace {

DbError missingRow(qint64 id)
{
    DbError error;
    error.kind = DbError::Kind::Corrupt;
    error.detail = QStringLiteral("timeline row %1 vanished while it was read").arg(id);
    return error;
}

// A prefix range [prefix, prefix with its last character raised by one), answered by the column's index.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

} // namespace

using timelinesql::bindValues;
using timelinesql::follows;
using timelinesql::keysetCondition;
using timelinesql::sourceOf;
using timelinesql::Value;

qint64 TimelineCounts::total(TimelineKinds kinds) const
{
    qint64 sum = 0;
    for (int kind = 0; kind < kTimelineKindCount; ++kind) {
        if (kinds.has(static_cast<TimelineKind>(kind))) {
            sum += perKind.at(static_cast<std::size_t>(kind));
        }
    }
    return sum;
}

TimelineRepository::TimelineRepository(Db& db)
    : m_db(db)
    , m_logs(db)
{}

QStringList TimelineRepository::policyActions()
{
    return {QStringLiteral("updatePolicy"), QStringLiteral("setLoginDefault"), QStringLiteral("updateDomainLoginRule"),
            QStringLiteral("updateLoginRule")};
}

Expected<TimelineSubject, DbError> TimelineRepository::subject(const QString& accountOrAddress, const QString& domain)
{
    const QString typed = accountOrAddress.trimmed().toLower();
    TimelineSubject subject;
    subject.accountName = typed.section(QLatin1Char('@'), 0, 0);
    subject.domain = typed.contains(QLatin1Char('@')) ? typed.section(QLatin1Char('@'), 1) : domain.trimmed().toLower();
    auto row = AccountRepository(m_db).get(subject.accountName);
    if (!row) {
        return Unexpected{row.error()};
    }
    const bool sameDomain =
        *row &&
        (subject.domain.isEmpty() ||
         (*row)->account.address.section(QLatin1Char('@'), 1).compare(subject.domain, Qt::CaseInsensitive) == 0);
    if (sameDomain) {
        subject.account = **row;
        subject.address = (*row)->account.address.toLower();
        subject.domain = subject.address.section(QLatin1Char('@'), 1);
        subject.unitId = (*row)->account.unitId;
    } else if (!subject.domain.isEmpty()) {
        subject.address = subject.accountName + QLatin1Char('@') + subject.domain;
    }
    const auto smsSentAt = subject.account ? subject.account->account.activation.smsSentAt : std::nullopt;
    if (smsSentAt) {
        auto statement = m_db.prepare(std::string("SELECT 1 FROM operation_log WHERE target = ? AND ") +
                                      timelinesql::sentSmsCondition() + " AND time = ? LIMIT 1");
        if (!statement) {
            return Unexpected{statement.error()};
        }
        statement->bind(1, subject.address).bind(2, *smsSentAt);
        auto found = statement->step();
        if (!found) {
            return Unexpected{found.error()};
        }
        subject.smsSentAtIsResend = *found;
    }
    return subject;
}

Expected<QList<TimelineRepository::Key>, DbError> TimelineRepository::keys(const TimelineSubject& subject,
                                                                           TimelineKind kind,
                                                                           const std::optional<TimelinePosition>& from,
                                                                           int limit, LogOrder order)
{
    QList<Key> found;
    const auto source = sourceOf(subject, kind);
    if (!source) {
        if (!subject.account) {
            return found;
        }
        const Account& account = subject.account->account;
        std::optional<qint64> time;
        switch (kind) {
        case TimelineKind::Created:
            time = account.createdAt > 0 ? std::optional(account.createdAt) : std::nullopt;
            break;
        case TimelineKind::FirstLogin:
            time = account.activation.firstLoginAt;
            break;
        case TimelineKind::Activated:
            time = account.activation.activatedAt;
            break;
        default:
            break;
        }
        if (time && (!from || follows({*time, static_cast<int>(kind), 0}, *from, order))) {
            found.append({*time, kind, 0});
        }
        return found;
    }
    if (source->values.front() == Value(QString())) {
        return found; // no address (an unknown name without a domain): no row can be the subject's
    }
    std::vector<Value> values = source->values;
    const std::string time = source->timeColumn;
    std::string sql = "SELECT " + time + ", id FROM " + source->table + " WHERE " + source->condition;
    if (from) {
        keysetCondition(sql, values, time, kind, *from, order);
    }
    const char* direction = order == LogOrder::NewestFirst ? " DESC" : "";
    sql += " ORDER BY " + time + direction + ", id" + direction + " LIMIT ?";
    values.emplace_back(qint64(limit));
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected{statement.error()};
    }
    bindValues(*statement, values);
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!*row) {
            break;
        }
        found.append({statement->int64(0), kind, statement->int64(1)});
    }
    return found;
}

Expected<TimelineEvent, DbError> TimelineRepository::hydrate(const TimelineSubject& subject, const Key& key)
{
    TimelineEvent event;
    event.kind = key.kind;
    event.time = key.time;
    event.id = key.id;
    switch (key.kind) {
    case TimelineKind::Created:
    case TimelineKind::FirstLogin:
    case TimelineKind::Activated:
        return event;
    case TimelineKind::SmsSent:
        if (key.id == 0) {
            event.reminderCount = subject.account ? subject.account->account.activation.reminderCount : 0;
            return event;
        }
        break;
    case TimelineKind::Login: {
        auto login = m_logs.login(key.id);
        if (!login) {
            return Unexpected{login.error()};
        }
        if (!*login) {
            return Unexpected{missingRow(key.id)};
        }
        event.source = TimelineEvent::Source::Login;
        event.loginRow = **login;
        return event;
    }
    case TimelineKind::MailReceived:
    case TimelineKind::MailRead:
    case TimelineKind::MailSent: {
        auto mail = m_logs.mail(key.id);
        if (!mail) {
            return Unexpected{mail.error()};
        }
        if (!*mail) {
            return Unexpected{missingRow(key.id)};
        }
        event.source = TimelineEvent::Source::Mail;
        event.mailRow = **mail;
        return event;
    }
    case TimelineKind::Operation:
    case TimelineKind::PolicyChange:
        break;
    }
    auto operation = m_logs.operation(key.id);
    if (!operation) {
        return Unexpected{operation.error()};
    }
    if (!*operation) {
        return Unexpected{missingRow(key.id)};
    }
    const QString& target = (*operation)->target;
    if (key.kind == TimelineKind::PolicyChange) {
        event.policyLevel = target.compare(subject.address, Qt::CaseInsensitive) == 0 ? PolicyLevel::Account
                            : target == subject.unitId                                ? PolicyLevel::Unit
                                                                                      : PolicyLevel::Domain;
    }
    event.source = TimelineEvent::Source::Operation;
    event.operationRow = **operation;
    return event;
}

Expected<QList<TimelineEvent>, DbError> TimelineRepository::page(const TimelineSubject& subject, TimelineKinds kinds,
                                                                 const std::optional<TimelinePosition>& from, int limit,
                                                                 LogOrder order)
{
    limit = std::clamp(limit, 1, 10000);
    QList<Key> merged;
    for (int index = 0; index < kTimelineKindCount; ++index) {
        const auto kind = static_cast<TimelineKind>(index);
        if (!kinds.has(kind)) {
            continue;
        }
        auto found = keys(subject, kind, from, limit, order);
        if (!found) {
            return Unexpected{found.error()};
        }
        if (kind == TimelineKind::SmsSent && subject.account && !subject.smsSentAtIsResend) {
            // The account's last SMS, unless the operation log already holds it as a resend.
            const auto sent = subject.account->account.activation.smsSentAt;
            if (sent && (!from || follows({*sent, index, 0}, *from, order))) {
                found->append({*sent, kind, 0});
            }
        }
        merged.append(*found);
    }
    const bool newest = order == LogOrder::NewestFirst;
    std::sort(merged.begin(), merged.end(), [newest](const Key& a, const Key& b) {
        const auto left = std::tuple(a.time, static_cast<int>(a.kind), a.id);
        const auto right = std::tuple(b.time, static_cast<int>(b.kind), b.id);
        return newest ? left > right : left < right;
    });
    if (merged.size() > limit) {
        merged.resize(limit);
    }
    QList<TimelineEvent> events;
    events.reserve(merged.size());
    for (const Key& key : std::as_const(merged)) {
        auto event = hydrate(subject, key);
        if (!event) {
            return Unexpected{event.error()};
        }
        events.append(std::move(*event));
    }
    return events;
}

Expected<TimelineCounts, DbError> TimelineRepository::counts(const TimelineSubject& subject)
{
    TimelineCounts counts;
    for (int index = 0; index < kTimelineKindCount; ++index) {
        const auto kind = static_cast<TimelineKind>(index);
        const auto source = sourceOf(subject, kind);
        qint64 count = 0;
        if (source && source->values.front() != Value(QString())) {
            auto statement =
                m_db.prepare(std::string("SELECT count(*) FROM ") + source->table + " WHERE " + source->condition);
            if (!statement) {
                return Unexpected{statement.error()};
            }
            bindValues(*statement, source->values);
            auto row = statement->step();
            if (!row) {
                return Unexpected{row.error()};
            }
            count = *row ? statement->int64(0) : 0;
        }
        if (subject.account) {
            const Account& account = subject.account->account;
            const Activation& activation = account.activation;
            switch (kind) {
            case TimelineKind::Created:
                count += account.createdAt > 0 ? 1 : 0;
                break;
            case TimelineKind::SmsSent:
                count += activation.smsSentAt && !subject.smsSentAtIsResend ? 1 : 0;
                break;
            case TimelineKind::FirstLogin:
                count += activation.firstLoginAt ? 1 : 0;
                break;
            case TimelineKind::Activated:
                count += activation.activatedAt ? 1 : 0;
                break;
            default:
                break;
            }
        }
        counts.perKind.at(static_cast<std::size_t>(index)) = count;
    }
    return counts;
}

Expected<QList<AccountSuggestion>, DbError> TimelineRepository::accountsNamed(const QString& typed, int limit)
{
    QList<AccountSuggestion> found;
    const QString text = typed.trimmed();
    if (text.isEmpty() || limit <= 0 || text.contains(QLatin1Char('@'))) {
        return found;
    }
    auto byAccount = AccountRepository(m_db).get(text.toLower());
    if (!byAccount) {
        return Unexpected{byAccount.error()};
    }
    if (*byAccount) {
        return found; // an account name: nothing to resolve
    }
    auto statement = m_db.prepare(
        "SELECT account_name, name, job_number FROM accounts WHERE name = ? ORDER BY account_name LIMIT ?");
    if (!statement) {
        return Unexpected{statement.error()};
    }
    statement->bind(1, text).bind(2, qint64(limit));
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!*row) {
            return found;
        }
        found.append(AccountSuggestion{statement->text(0), statement->text(1), statement->text(2)});
    }
}

Expected<QList<AccountSuggestion>, DbError> TimelineRepository::suggestions(const QString& typed, int limit)
{
    QList<AccountSuggestion> found;
    const QString text = typed.trimmed();
    if (text.isEmpty() || limit <= 0) {
        return found;
    }
    // Account names are stored in lower case (AccountRepository); names as the platform spells them.
    const std::pair<const char*, QString> lookups[] = {
        {"SELECT account_name, name, job_number FROM accounts WHERE account_name >= ? AND account_name < ? "
         "ORDER BY account_name LIMIT ?",
         text.toLower()},
        {"SELECT account_name, name, job_number FROM accounts WHERE name >= ? AND name < ? ORDER BY name, id LIMIT ?",
         text},
    };
    for (const auto& [sql, prefix] : lookups) {
        auto statement = m_db.prepare(sql);
        if (!statement) {
            return Unexpected{statement.error()};
        }
        statement->bind(1, prefix).bind(2, prefixEnd(prefix)).bind(3, qint64(limit));
        while (found.size() < limit) {
            auto row = statement->step();
            if (!row) {
                return Unexpected{row.error()};
            }
            if (!*row) {
                break;
            }
            AccountSuggestion suggestion{statement->text(0), statement->text(1), statement->text(2)};
            const bool known = std::any_of(found.cbegin(), found.cend(), [&suggestion](const AccountSuggestion& s) {
                return s.accountName == suggestion.accountName;
            });
            if (!known) {
                found.append(suggestion);
            }
        }
    }
    return found;
}

} // namespace dm
