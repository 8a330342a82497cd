#include "sandbox/Simulator.h"

#include <algorithm>
#include <cmath>

namespace dm::sandbox {
namespace {

constexpr std::chrono::milliseconds kTickInterval{1000};
constexpr qint64 kMaxCatchUpMs = 31 * kDayMs; // a longer gap (the sandbox was off for months) is left quiet
constexpr double kEventsPerStep = 4000;       // bounds one step's work so the server stays responsive
constexpr qint64 kReadLookBackMs = 14 * kDayMs;
constexpr qint64 kRecentMs = 30 * kDayMs; // 180 days are six of these

qint64 factTime(PlatformDb& platform, const char* key)
{
    const auto value = platform.fact(QString::fromLatin1(key));
    return value ? value->toLongLong() : 0;
}

qint64 maxOf(Db& db, std::string_view sql)
{
    const auto text = db.queryText(sql);
    return text ? text->toLongLong() : 0;
}

} // namespace

Simulator::Simulator(PlatformContext& context, quint64 seed, ScalePlan plan, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(seed, context.identity.domain)
    , m_plan(plan)
    , m_prng(seed ^ static_cast<quint64>(context.clock.wallNow()))
{
    m_admin.accountName = QStringLiteral("admin");
    m_admin.home = m_model.court().location;
    m_admin.staff = true;
    m_timer.setInterval(kTickInterval);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::step);
}

qint64 Simulator::latestRecordedTime(PlatformDb& platform)
{
    Db& db = platform.db();
    return std::max({factTime(platform, "platformTimeMs"), factTime(platform, "epochMs"),
                     maxOf(db, "SELECT MAX(time) FROM login_logs"), maxOf(db, "SELECT MAX(updated_at) FROM mail_logs"),
                     maxOf(db, "SELECT MAX(time) FROM operation_logs"),
                     maxOf(db, "SELECT MAX(updated_at) FROM accounts")});
}

void Simulator::start()
{
    if (m_context.clock.speed() <= 0) {
        return; // a frozen platform: nothing happens, not even catching up
    }
    PlatformDb& platform = m_context.platform;
    m_simulatedUntil = factTime(platform, "simulatedUntilMs");
    if (m_simulatedUntil == 0) {
        m_simulatedUntil = factTime(platform, "epochMs"); // the seeded history ends there
    }
    // Life goes on at the pace of the seeded history's last four weeks (a growing platform is busier at its end
    // than its 180-day average), scaled to the plan's 180-day figures that the streams are derived from.
    const qint64 epoch = factTime(platform, "epochMs");
    const auto recent = [&platform, epoch](const char* sql, qint64 fallback) {
        auto count = platform.db().prepare(sql);
        if (!count || !count->bind(1, epoch - kRecentMs).bind(2, epoch).step().value()) {
            return fallback;
        }
        const qint64 rows = count->int64(0) * (kHistoryMs / kRecentMs);
        return rows > 0 ? rows : fallback;
    };
    m_plan.logins = recent("SELECT COUNT(*) FROM login_logs WHERE time >= ? AND time < ?", m_plan.logins);
    m_plan.mails = recent("SELECT COUNT(*) FROM mail_logs WHERE time >= ? AND time < ?", m_plan.mails);
    m_plan.operations = recent("SELECT COUNT(*) FROM operation_logs WHERE time >= ? AND time < ?", m_plan.operations);
    refreshMembers();
    // Documents delivered in the last two weeks and not read yet: some will be read from now on.
    scheduleUnread(m_simulatedUntil - kReadLookBackMs, {}, m_simulatedUntil);
    // The time since the seeded history ended (or since the last run) is lived through now, before anyone hears of
    // the server: left to the first tick, its rows would be appended behind a client that synced in the meantime,
    // which a platform never does (CONTRACT.md §15, guarantee 2). Up to the platform time of this moment: on a fast
    // clock (--speed 3600) "now" runs ahead of any loop; the ticks take over from there.
    const qint64 caughtUpAt = m_context.clock.now();
    while (m_simulatedUntil < caughtUpAt) {
        const qint64 before = m_simulatedUntil;
        step();
        if (m_simulatedUntil <= before) {
            break;
        }
    }
    m_timer.start();
}

std::vector<qint64> Simulator::arrivals(double rate, qint64 from, qint64 to, bool office)
{
    std::vector<qint64> times;
    const double peak = rate / CourtModel::meanActivity(office);
    if (peak <= 0) {
        return times;
    }
    for (double time = static_cast<double>(from);;) {
        time += m_prng.exponential(1.0 / peak);
        if (time >= static_cast<double>(to) || times.size() >= 20000) {
            break;
        }
        const auto at = std::max(from + 1, static_cast<qint64>(time));
        if (m_prng.uniform() < CourtModel::activityAt(at, office)) {
            times.push_back(at);
        }
    }
    return times;
}

qint32 Simulator::randomMember(const std::vector<qint32>& pool)
{
    return pool[static_cast<std::size_t>(m_prng.below(pool.size()))];
}

void Simulator::step()
{
    const qint64 now = m_context.clock.now();
    qint64 from = std::max(m_simulatedUntil, now - kMaxCatchUpMs);
    const double rate = m_plan.loginRate() + m_plan.mailRate() + m_plan.operationRate();
    const auto span = static_cast<qint64>(std::max<double>(kMinuteMs, kEventsPerStep / std::max(rate, 1e-12)));
    const qint64 to = std::min(now, from + span);
    if (to <= from) {
        return;
    }
    refreshMembers();
    // The saved login rules decide the step's logins as the platform would: a refused login is logged as a failure.
    // Deciding draws nothing from the random source, so a court without rules simulates exactly as before.
    m_gate = LoginGate::load(m_context.platform.db());
    const Floors before = floors();
    Batch batch;
    activate(from, to, batch);
    generateMail(from, to, batch);
    generateLogins(from, to, batch);
    generateOperations(from, to, batch);
    // Reads that fall due now (a read scheduled before a restart may lie behind `from`: it happens now instead).
    std::vector<PendingRead> refused;
    while (!m_reads.empty() && m_reads.top().at <= to) {
        PendingRead read = m_reads.top();
        m_reads.pop();
        read.at = std::max(read.at, from + 1);
        const Member& member = m_members[static_cast<std::size_t>(read.member)];
        if (!m_gate.allows(CourtModel::readClientName(read.client), member.person.accountName, member.person.unitId)) {
            read.client = 0; // the policy does not allow the client they read with: they read in webmail
        }
        if (m_prng.chance(0.7)) {
            const int method = CourtModel::methodForClient(m_prng, read.client);
            const qint64 loginAt = std::max(from + 1, read.at - m_prng.between(kMinuteMs, 15 * kMinuteMs));
            batch.logins.push_back(m_model.login(m_prng, read.member, member.person, loginAt, method));
            if (refuseIfBarred(batch.logins.back(), member.person)) {
                // A login rule turned the reader away: the mail stays unread until a later attempt, a day on.
                read.at = to + kDayMs;
                refused.push_back(read);
                continue;
            }
        }
        batch.reads.push_back(read);
    }
    for (const PendingRead& read : refused) {
        m_reads.push(read);
    }
    if (writeBatch(batch, before, to)) {
        m_simulatedUntil = to;
    }
}

const Person& Simulator::personOf(qint32 index) const
{
    return index < 0 ? m_admin : m_members[static_cast<std::size_t>(index)].person;
}

bool Simulator::refuseIfBarred(LoginEvent& login, const Person& person) const
{
    const LoginGate::Refusal refusal = m_gate.refusal(m_model.toRow(login, person), person.unitId);
    if (refusal == LoginGate::Refusal::None) {
        return false;
    }
    login.success = false;
    login.refusal = static_cast<qint8>(refusal);
    return true;
}

Simulator::Floors Simulator::floors()
{
    Db& db = m_context.platform.db();
    Floors floors;
    floors.login = maxOf(db, "SELECT MAX(time) FROM login_logs");
    floors.mail = maxOf(db, "SELECT MAX(time) FROM mail_logs");
    floors.mailUpdated = maxOf(db, "SELECT MAX(updated_at) FROM mail_logs");
    floors.operation = maxOf(db, "SELECT MAX(time) FROM operation_logs");
    floors.account = maxOf(db, "SELECT MAX(updated_at) FROM accounts");
    return floors;
}

bool Simulator::writeBatch(Batch& batch, const Floors& floors, qint64 to)
{
    // Another writer (an API call) may have recorded a row later than some of this step's events: those move up to
    // it, so every new row sorts after every row a client may already have paged past. A new row may share that time
    // (its id is larger); a changed row keeps its old id, so its new updated_at must be strictly later.
    const auto order = [](auto& events, qint64 floor) {
        for (auto& event : events) {
            event.time = std::max(event.time, floor);
        }
        std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    };
    order(batch.logins, floors.login);
    order(batch.mails, std::max(floors.mail, floors.mailUpdated));
    order(batch.operations, floors.operation);

    Db& db = m_context.platform.db();
    auto transaction = Transaction::begin(db);
    auto writer = LogWriter::create(db);
    auto read = db.prepare("UPDATE mail_logs SET read_at = ?, read_client = ?, updated_at = ? "
                           "WHERE id = ? AND read_at IS NULL");
    auto account =
        db.prepare("UPDATE accounts SET sms_sent_at = ?, first_login_at = ?, activated_at = ?, "
                   "reminder_count = ?, updated_at = MAX(updated_at, ?) WHERE id = ? AND status = 'enabled'");
    if (!transaction || !writer || !read || !account) {
        qWarning("dmsandbox: the simulation cannot write to the platform database");
        return false;
    }
    bool ok = true;
    for (const LoginEvent& login : batch.logins) {
        ok = ok && writer->insert(m_model.toRow(login, personOf(login.person)));
    }
    std::vector<std::pair<qint64, const MailEvent*>> delivered;
    for (const MailEvent& mail : batch.mails) {
        const qint64 id = writer->insert(m_model.toRow(mail, personOf(mail.person)));
        ok = ok && id != 0;
        delivered.emplace_back(id, &mail);
    }
    for (const OperationEvent& operation : batch.operations) {
        ok = ok &&
             writer->insert(m_model.toRow(operation, operation.person < 0 ? nullptr : &personOf(operation.person)));
    }
    for (const PendingRead& due : batch.reads) {
        read->reset();
        ok = ok && read->bind(1, due.at)
                       .bind(2, CourtModel::readClientName(due.client))
                       .bind(3, std::max(due.at, floors.mailUpdated + 1))
                       .bind(4, due.mailId)
                       .run();
    }
    for (const auto& [index, changedAt] : batch.accountChanges) {
        const Member& member = m_members[static_cast<std::size_t>(index)];
        account->reset();
        const auto bindTime = [&account](int column, qint64 time) {
            if (time >= 0) {
                account->bind(column, time);
            } else {
                account->bindNull(column);
            }
        };
        bindTime(1, member.smsSentAt);
        bindTime(2, member.firstLoginAt);
        bindTime(3, member.activatedAt);
        account->bind(4, member.reminders).bind(5, std::max(changedAt, floors.account + 1)).bind(6, member.rowId);
        ok = ok && account->run();
    }
    ok = ok && m_context.platform.setFact(QStringLiteral("simulatedUntilMs"), QString::number(to)) &&
         m_context.platform.setFact(QStringLiteral("platformTimeMs"), QString::number(m_context.clock.now()));
    if (!ok || !transaction->commit()) {
        qWarning("dmsandbox: a simulation step failed and was rolled back");
        return false;
    }
    // Documents delivered to someone who has logged in get a read time now that they have an id.
    for (const auto& [id, mail] : delivered) {
        const Member& member = m_members[static_cast<std::size_t>(mail->person)];
        if (mail->incoming && mail->status == MailStatus::Received && member.firstLoginAt >= 0) {
            if (const auto delay = CourtModel::readDelay(m_prng)) {
                schedule(mail->person, id, mail->time + *delay);
            }
        }
    }
    return true;
}

} // namespace dm::sandbox
