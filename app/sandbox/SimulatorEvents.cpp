// What happens on the platform during one simulation step: the second half of Simulator.
#include "sandbox/LoginGate.h"
#include "sandbox/Simulator.h"

#include <QSet>

#include <cmath>

namespace dm::sandbox {
namespace {

constexpr double kFirstLoginMeanMs = 2.0 * kDayMs;
constexpr double kActivationMeanMs = 10.0 * kMinuteMs;
constexpr qint64 kReminderAfterMs = 3 * kDayMs;

// Shares of the seeded rates that the simulation's own streams make up (the rest are first logins and the logins
// that come with reading, which follow from those events).
constexpr double kRecipientLoginShare = 0.56;
constexpr double kStaffLoginShare = 0.10;
constexpr double kDocumentShare = 0.92;
constexpr double kRoutineOperationShare = 0.3;

QSet<QString> staffAccounts()
{
    QSet<QString> names{CourtModel::systemAccount()};
    for (int unit = 0; unit < static_cast<int>(units().size()); ++unit) {
        names.insert(CourtModel::clerkAccount(unit, 1));
        names.insert(CourtModel::clerkAccount(unit, 2));
    }
    return names;
}

qint64 nullableTime(const Stmt& row, int column)
{
    return row.isNull(column) ? -1 : row.int64(column);
}

} // namespace

void Simulator::refreshMembers()
{
    // Only accounts changed since the last look (by the simulation or through the API) are read again.
    auto select = m_context.platform.db().prepare(
        "SELECT id, account_name, unit_id, job_number, id_number, status, created_at, sms_sent_at, first_login_at, "
        "activated_at, reminder_count, updated_at FROM accounts WHERE updated_at >= ? ORDER BY updated_at, id");
    if (!select) {
        return;
    }
    const QSet<QString> staff = staffAccounts();
    select->bind(1, m_membersSeenAt);
    while (select->step().value()) {
        const QString name = select->text(1);
        auto found = m_memberIndex.constFind(name);
        if (found == m_memberIndex.constEnd()) {
            found = m_memberIndex.insert(name, static_cast<qint32>(m_members.size()));
            m_members.emplace_back();
        }
        Member& member = m_members[static_cast<std::size_t>(*found)];
        member.rowId = select->int64(0);
        member.person.accountName = name;
        member.person.unitId = select->text(2);
        member.person.caseNumber = select->text(3);
        member.person.staff = staff.contains(name);
        member.person.caseKind = CourtModel::caseKindOf(member.person.caseNumber, member.person.unitId);
        member.person.home = member.person.staff ? m_model.court().location : m_model.homeOf(select->text(4));
        member.person.method = name == CourtModel::systemAccount() ? 6
                               : member.person.staff               ? 0
                                                                   : m_model.preferredMethod(name);
        member.enabled = select->text(5) == u"enabled";
        member.createdAt = select->int64(6);
        member.smsSentAt = nullableTime(*select, 7);
        member.firstLoginAt = nullableTime(*select, 8);
        member.activatedAt = nullableTime(*select, 9);
        member.reminders = static_cast<int>(select->int64(10));
        m_membersSeenAt = std::max(m_membersSeenAt, select->int64(11));
        m_poolsDirty = true;
    }
    if (!m_poolsDirty) {
        return;
    }
    m_active.clear();
    m_receiving.clear();
    m_staff.clear();
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        const Member& member = m_members[i];
        if (!member.enabled) {
            continue;
        }
        const auto index = static_cast<qint32>(i);
        if (member.person.staff) {
            m_staff.push_back(index);
            continue;
        }
        if (!member.person.caseNumber.isEmpty()) {
            m_receiving.push_back(index);
        }
        if (member.firstLoginAt >= 0) {
            m_active.push_back(index);
        }
    }
    m_poolsDirty = false;
}

void Simulator::schedule(qint32 member, qint64 mailId, qint64 at)
{
    const Member& reader = m_members[static_cast<std::size_t>(member)];
    // Nobody reads before logging in for the first time.
    at = std::max(at, reader.firstLoginAt + m_prng.between(kMinuteMs, 20 * kMinuteMs));
    m_reads.push(PendingRead{at, mailId, member, CourtModel::readClientFor(m_prng, reader.person.method)});
}

void Simulator::scheduleUnread(qint64 since, const QString& recipient, qint64 notBefore)
{
    // All recipients at start-up, or the one who just logged in for the first time.
    auto select = recipient.isEmpty()
                      ? m_context.platform.db().prepare(
                            "SELECT id, time, recipient FROM mail_logs WHERE time >= ? AND direction = 'in' "
                            "AND status = 'received' AND read_at IS NULL ORDER BY time, id")
                      : m_context.platform.db().prepare(
                            "SELECT id, time, recipient FROM mail_logs WHERE time >= ? AND recipient = ? "
                            "AND direction = 'in' AND status = 'received' AND read_at IS NULL ORDER BY time, id");
    if (!select) {
        return;
    }
    select->bind(1, since);
    if (!recipient.isEmpty()) {
        select->bind(2, m_model.address(recipient));
    }
    const QString suffix = QLatin1Char('@') + m_context.identity.domain;
    while (select->step().value()) {
        const QString address = select->text(2);
        const auto found = m_memberIndex.constFind(address.left(address.size() - suffix.size()));
        if (!address.endsWith(suffix) || found == m_memberIndex.constEnd()) {
            continue;
        }
        const Member& member = m_members[static_cast<std::size_t>(*found)];
        const auto delay = CourtModel::readDelay(m_prng);
        if (!member.enabled || member.firstLoginAt < 0 || !delay) {
            continue;
        }
        qint64 at = select->int64(1) + *delay;
        if (!recipient.isEmpty()) { // just logged in for the first time: reads what is waiting
            at = std::max(at, notBefore + m_prng.between(kMinuteMs, 20 * kMinuteMs));
        }
        if (at > notBefore) {
            schedule(*found, select->int64(0), at);
        }
    }
}

void Simulator::activate(qint64 from, qint64 to, Batch& batch)
{
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        Member& member = m_members[i];
        const auto index = static_cast<qint32>(i);
        if (!member.enabled || member.person.staff || member.smsSentAt < 0 || member.activatedAt >= 0) {
            continue;
        }
        const QString& name = member.person.accountName;
        if (member.firstLoginAt < 0 && !m_model.neverLogsIn(name)) {
            const qint64 start = std::max(from, member.smsSentAt);
            if (start < to && m_prng.chance(1.0 - std::exp(-static_cast<double>(to - start) / kFirstLoginMeanMs))) {
                qint64 at = m_prng.between(start + 1, to);
                batch.logins.push_back(m_model.login(m_prng, index, member.person, at, member.person.method));
                batch.logins.back().success = true;
                if (refuseIfBarred(batch.logins.back(), member.person)) {
                    // Refused by a login rule: not activated, tries again later. Refused because the policy does not
                    // allow the app they prefer: they sign in through webmail instead, half a minute later.
                    if (batch.logins.back().refusal != static_cast<qint8>(LoginGate::Refusal::ClientNotAllowed)) {
                        continue;
                    }
                    at = std::min(to, at + 30000);
                    batch.logins.push_back(m_model.login(m_prng, index, member.person, at, 0));
                    batch.logins.back().success = true;
                    if (refuseIfBarred(batch.logins.back(), member.person)) {
                        continue;
                    }
                }
                member.firstLoginAt = at;
                batch.accountChanges.emplace_back(index, member.firstLoginAt);
                m_poolsDirty = true;
                scheduleUnread(member.createdAt, name, member.firstLoginAt);
            }
        }
        if (member.firstLoginAt >= 0 && !m_model.stopsAtFirstLogin(name)) {
            const qint64 start = std::max(from, member.firstLoginAt);
            if (start < to && m_prng.chance(1.0 - std::exp(-static_cast<double>(to - start) / kActivationMeanMs))) {
                member.activatedAt = m_prng.between(start + 1, to);
                batch.accountChanges.emplace_back(index, member.activatedAt);
            }
        }
    }
}

void Simulator::generateLogins(qint64 from, qint64 to, Batch& batch)
{
    // The platform turns a barred login away before it checks the password, so a wrong password from a barred
    // place or app is logged with the bar as its reason.
    const auto obeyRules = [this](LoginEvent& login) { refuseIfBarred(login, personOf(login.person)); };
    const std::size_t first = batch.logins.size();
    if (!m_active.empty()) {
        for (const qint64 time : arrivals(kRecipientLoginShare * m_plan.loginRate(), from, to, false)) {
            const qint32 index = randomMember(m_active);
            const Member& member = m_members[static_cast<std::size_t>(index)];
            const double kind = m_prng.uniform();
            if (kind < 0.005) {
                batch.logins.push_back(m_model.abnormalLogin(m_prng, index, member.person, time));
                continue;
            }
            const int method =
                m_prng.chance(0.85) ? member.person.method : static_cast<int>(m_prng.weighted(loginMethodWeights()));
            LoginEvent login = m_model.login(m_prng, index, member.person, time, method);
            if (kind < 0.03) { // a wrong password, usually retried
                login.success = false;
                batch.logins.push_back(login);
                login.success = true;
                login.time = std::min(to, time + m_prng.between(20000, 2 * kMinuteMs));
                if (!m_prng.chance(0.7)) {
                    continue;
                }
            }
            batch.logins.push_back(login);
        }
    }
    for (const qint64 time : arrivals(kStaffLoginShare * m_plan.loginRate(), from, to, true)) {
        if (m_staff.empty() || m_prng.chance(0.1)) {
            batch.logins.push_back(m_model.login(m_prng, -1, m_admin, time, 0));
            continue;
        }
        const qint32 index = randomMember(m_staff);
        const Member& member = m_members[static_cast<std::size_t>(index)];
        batch.logins.push_back(m_model.login(m_prng, index, member.person, time, member.person.method));
    }
    for (std::size_t i = first; i < batch.logins.size(); ++i) {
        obeyRules(batch.logins[i]);
    }
}

void Simulator::generateMail(qint64 from, qint64 to, Batch& batch)
{
    if (!m_receiving.empty()) {
        for (const qint64 time : arrivals(kDocumentShare * m_plan.mailRate(), from, to, true)) {
            const qint32 index = randomMember(m_receiving);
            batch.mails.push_back(
                m_model.document(m_prng, index, m_members[static_cast<std::size_t>(index)].person, time));
        }
    }
    if (!m_active.empty()) {
        for (const qint64 time : arrivals((1 - kDocumentShare) * m_plan.mailRate(), from, to, false)) {
            const qint32 index = randomMember(m_active);
            batch.mails.push_back(
                m_model.reply(m_prng, index, m_members[static_cast<std::size_t>(index)].person, time));
        }
    }
}

void Simulator::generateOperations(qint64 from, qint64 to, Batch& batch)
{
    for (const qint64 time : arrivals(kRoutineOperationShare * m_plan.operationRate(), from, to, true)) {
        const auto ipLast = static_cast<quint8>(m_prng.between(10, 60));
        // The administrator chases a recipient who has not logged in for days: the activation SMS is resent.
        std::vector<qint32> overdue;
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            const Member& member = m_members[i];
            if (member.enabled && !member.person.staff && member.firstLoginAt < 0 && member.smsSentAt >= 0 &&
                member.smsSentAt < time - kReminderAfterMs && member.reminders < 3) {
                overdue.push_back(static_cast<qint32>(i));
            }
        }
        if (overdue.empty()) {
            batch.operations.push_back(
                OperationEvent{time, -1, Action::ExportLogs, static_cast<qint8>(m_prng.below(3)), true, ipLast});
            continue;
        }
        const qint32 index = randomMember(overdue);
        const bool sent = !m_prng.chance(0.03);
        batch.operations.push_back(OperationEvent{time, index, Action::ResendActivation, 0, sent, ipLast});
        if (sent) {
            Member& member = m_members[static_cast<std::size_t>(index)];
            member.smsSentAt = time;
            ++member.reminders;
            batch.accountChanges.emplace_back(index, time);
        }
    }
}

} // namespace dm::sandbox
