// The seeded history (operations, mail, logins) and writing it all: the second half of Seeder.
#include "sandbox/AccountAddressBasis.h"
#include "sandbox/Seeder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace dm::sandbox {
namespace {

// Routine administration; policy and login-rule changes appear only as refused attempts (version conflicts), since
// the seeded platform keeps the default policy and rules.
constexpr std::array<Action, 6> kRoutineActions{Action::UpdateAccount, Action::ResetPassword, Action::MoveUnit,
                                                Action::ExportLogs,    Action::UpdatePolicy,  Action::SetLoginDefault};
constexpr std::array<int, 6> kRoutineWeights{52, 18, 8, 14, 4, 4};
constexpr int kBatchRows = 10000;

template <typename Event>
void sortByTime(std::vector<Event>& events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.time < b.time; });
}

} // namespace

qint32 Seeder::randomLoggedIn()
{
    return m_loggedIn[static_cast<std::size_t>(m_prng.below(m_loggedIn.size()))];
}

void Seeder::makeOperations()
{
    const auto operation = [this](qint64 time, qint32 person, Action action, bool success = true, int detail = 0) {
        m_operations.push_back(OperationEvent{time, person, action, static_cast<qint8>(detail), success,
                                              static_cast<quint8>(m_prng.between(10, 60))});
    };
    for (std::size_t i = 0; i < m_accounts.size(); ++i) {
        const Account& account = m_accounts[i];
        const auto index = static_cast<qint32>(i);
        if (m_prng.chance(0.02)) { // a first attempt refused (the name was taken; the clerk picked another)
            operation(account.createdAt - m_prng.between(kMinuteMs, 10 * kMinuteMs), index, Action::CreateAccount,
                      false);
        }
        operation(account.createdAt, index, Action::CreateAccount);
        for (int reminder = 0; reminder < account.reminders; ++reminder) {
            operation(account.reminderAt[static_cast<std::size_t>(reminder)], index, Action::ResendActivation);
        }
        if (account.disabledAt >= 0) {
            operation(account.disabledAt, index, Action::DisableAccount);
        }
        if (account.deletedAt >= 0) {
            operation(account.deletedAt, index, Action::DeleteAccount);
        }
    }
    const auto recipients = static_cast<qint64>(m_accounts.size()) - m_staffCount;
    for (qint64 attempts = 0; static_cast<qint64>(m_operations.size()) < m_plan.operations && recipients > 0 &&
                              attempts < m_plan.operations * 3;
         ++attempts) {
        const Action action = kRoutineActions[static_cast<std::size_t>(m_prng.weighted(kRoutineWeights))];
        const int detail = static_cast<int>(m_prng.below(4));
        const bool success = action != Action::UpdatePolicy && action != Action::SetLoginDefault;
        if (action == Action::ExportLogs || action == Action::UpdatePolicy || action == Action::SetLoginDefault) {
            operation(m_model.activeTime(m_prng, m_start, m_epoch, true), -1, action, success, detail);
            continue;
        }
        const auto index = static_cast<qint32>(m_staffCount + static_cast<qint64>(m_prng.below(recipients)));
        Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 from = account.createdAt + kHourMs;
        const qint64 to = endOf(account);
        if (from >= to) {
            continue;
        }
        const qint64 time = m_model.activeTime(m_prng, from, to, true);
        operation(time, index, action, success, detail);
        if (success) {
            account.updatedAt = std::max(account.updatedAt, time);
        }
    }
}

void Seeder::makeMails()
{
    for (std::size_t i = static_cast<std::size_t>(m_staffCount); i < m_accounts.size(); ++i) {
        const Account& account = m_accounts[i];
        if (account.firstLoginAt >= 0 && account.firstLoginAt < endOf(account)) {
            m_loggedIn.push_back(static_cast<qint32>(i));
        }
    }
    const auto deliver = [this](qint32 index, qint64 time) {
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        MailEvent mail = m_model.document(m_prng, index, account.person, time);
        if (mail.status == MailStatus::Received && account.firstLoginAt >= 0) {
            if (const auto delay = CourtModel::readDelay(m_prng)) {
                qint64 readAt = time + *delay;
                if (readAt < account.firstLoginAt) { // read on logging in for the first time
                    readAt = account.firstLoginAt + m_prng.between(kMinuteMs, 20 * kMinuteMs);
                }
                if (readAt < endOf(account)) {
                    mail.readAt = readAt;
                    mail.readClient = CourtModel::readClientFor(m_prng, account.person.method);
                }
            }
        }
        m_mails.push_back(mail);
    };
    const qint64 outgoing = m_plan.mails * 8 / 100;
    const qint64 incoming = m_plan.mails - outgoing;
    // Every mailbox was opened to serve a document: the first arrives within the hour or two after creation.
    for (std::size_t i = static_cast<std::size_t>(m_staffCount); i < m_accounts.size(); ++i) {
        const qint64 time = m_accounts[i].createdAt + m_prng.between(kMinuteMs, 90 * kMinuteMs);
        if (time < endOf(m_accounts[i]) && static_cast<qint64>(m_mails.size()) < incoming) {
            deliver(static_cast<qint32>(i), time);
        }
    }
    const auto recipients = static_cast<qint64>(m_accounts.size()) - m_staffCount;
    for (qint64 attempts = 0;
         static_cast<qint64>(m_mails.size()) < incoming && recipients > 0 && attempts < incoming * 3; ++attempts) {
        const auto index = static_cast<qint32>(m_staffCount + static_cast<qint64>(m_prng.below(recipients)));
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        // A case sends most of its documents in the weeks after filing.
        const qint64 from = account.createdAt + kHourMs;
        const qint64 to =
            std::min(endOf(account), from + static_cast<qint64>(m_prng.exponential(static_cast<double>(40 * kDayMs))));
        if (from < to) {
            deliver(index, m_model.activeTime(m_prng, from, to, true));
        }
    }
    for (qint64 reply = 0; reply < outgoing && !m_loggedIn.empty(); ++reply) {
        const qint32 index = randomLoggedIn();
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 time = m_model.activeTime(m_prng, account.firstLoginAt + kMinuteMs, endOf(account), false);
        m_mails.push_back(m_model.reply(m_prng, index, account.person, time));
    }
}

void Seeder::makeLogins()
{
    const qint64 budget = m_plan.logins;
    for (std::size_t i = 0; i < m_accounts.size(); ++i) {
        const Account& account = m_accounts[i];
        if (account.firstLoginAt >= 0) {
            m_logins.push_back(m_model.login(m_prng, static_cast<qint32>(i), account.person, account.firstLoginAt,
                                             account.person.method));
            m_logins.back().success = true;
        }
    }
    // Reading a document usually means logging in shortly before, with the client the mail was read in.
    for (const MailEvent& mail : m_mails) {
        const Account& account = m_accounts[static_cast<std::size_t>(mail.person)];
        const qint64 time = mail.readAt - m_prng.between(kMinuteMs, 15 * kMinuteMs);
        if (mail.readAt >= 0 && time > account.firstLoginAt && m_prng.chance(0.7)) {
            const int method = CourtModel::methodForClient(m_prng, mail.readClient);
            m_logins.push_back(m_model.login(m_prng, mail.person, account.person, time, method));
        }
    }
    // The court's own staff, and the administrator, during office hours.
    for (qint64 n = 0; n < budget * 9 / 100 && m_staffCount > 0; ++n) {
        const auto index = static_cast<qint32>(m_prng.below(static_cast<quint64>(m_staffCount)));
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 time = m_model.activeTime(m_prng, account.activatedAt, m_epoch, true);
        m_logins.push_back(m_model.login(m_prng, index, account.person, time, account.person.method));
    }
    for (qint64 n = 0; n < budget / 100; ++n) {
        m_logins.push_back(m_model.login(m_prng, -1, m_admin, m_model.activeTime(m_prng, m_start, m_epoch, true), 0));
    }
    if (m_loggedIn.empty()) {
        return;
    }
    // Abnormal: a single login from a province the recipient never uses, or a night-time burst of attempts.
    for (qint64 n = 0; n < budget * 5 / 1000;) {
        const qint32 index = randomLoggedIn();
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 end = endOf(account);
        qint64 time = m_model.activeTime(m_prng, account.firstLoginAt, end, false);
        LoginEvent login = m_model.abnormalLogin(m_prng, index, account.person, time);
        if (m_prng.chance(0.5)) {
            m_logins.push_back(login);
            ++n;
            continue;
        }
        time = time - (time + kChinaOffsetMs) % kDayMs + m_prng.between(kHourMs, 5 * kHourMs - 1);
        for (qint64 attempt = m_prng.between(3, 6); attempt > 0 && time > account.firstLoginAt && time < end;
             --attempt) {
            login.time = time;
            login.success = m_prng.chance(0.15);
            m_logins.push_back(login);
            ++n;
            time += m_prng.between(20000, 3 * kMinuteMs);
        }
    }
    // Wrong passwords, usually followed by a successful retry.
    for (qint64 n = 0; n < budget * 25 / 1000; ++n) {
        const qint32 index = randomLoggedIn();
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 time = m_model.activeTime(m_prng, account.firstLoginAt, endOf(account), false);
        LoginEvent login = m_model.login(m_prng, index, account.person, time, account.person.method);
        login.success = false;
        m_logins.push_back(login);
        login.time += m_prng.between(20000, 2 * kMinuteMs);
        if (m_prng.chance(0.7) && login.time < endOf(account)) {
            login.success = true;
            m_logins.push_back(login);
        }
    }
    makeRecipientLogins(budget - static_cast<qint64>(m_logins.size()));
}

void Seeder::makeRecipientLogins(qint64 budget)
{
    for (qint64 n = 0; n < budget; ++n) {
        const qint32 index = randomLoggedIn();
        const Account& account = m_accounts[static_cast<std::size_t>(index)];
        const qint64 time = m_model.activeTime(m_prng, account.firstLoginAt, endOf(account), false);
        const int method =
            m_prng.chance(0.85) ? account.person.method : static_cast<int>(m_prng.weighted(loginMethodWeights()));
        m_logins.push_back(m_model.login(m_prng, index, account.person, time, method));
    }
}

Expected<void, QString> Seeder::write()
{
    Db& db = m_platform.db();
    // A seeding that was interrupted left rows but no seededAt fact: start from a clean platform.
    if (!db.exec("DELETE FROM login_logs; DELETE FROM mail_logs; DELETE FROM operation_logs; DELETE FROM accounts; "
                 "DELETE FROM units WHERE unit_id <> 'root';")) {
        return Unexpected{QStringLiteral("cannot clear the platform before seeding")};
    }
    if (auto accounts = writeAccounts(); !accounts) {
        return accounts;
    }
    sortByTime(m_logins);
    sortByTime(m_mails);
    sortByTime(m_operations);
    auto writer = LogWriter::create(db);
    if (!writer) {
        return Unexpected{QStringLiteral("cannot prepare the log inserts")};
    }
    // The logs' secondary indexes are built once after the bulk insert (a sorted build) rather than updated row by
    // row: a million rows in random account order would miss the page cache and decrypt page after page. Their
    // definitions come from the schema itself; an interrupted seeding gets them back from PlatformDb's schema.
    std::vector<std::pair<std::string, std::string>> indexes;
    if (auto select = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name IN ('login_logs', 'mail_logs', 'operation_logs')")) {
        while (select->step().value()) {
            indexes.emplace_back(select->text(0).toStdString(), select->text(1).toStdString());
        }
    }
    for (const auto& [name, sql] : indexes) {
        if (!db.exec("DROP INDEX " + name)) { // an identifier from our own schema, not a value
            return Unexpected{QStringLiteral("cannot prepare the log tables for seeding")};
        }
    }
    (void)db.exec("PRAGMA cache_size = -65536"); // 64 MiB while seeding; only a speed-up
    const auto total = static_cast<qint64>(m_logins.size() + m_mails.size() + m_operations.size());
    qint64 written = 0;
    QElapsedTimer progress;
    progress.start();
    const auto writeAll = [&](const auto& events, const auto& insert) -> Expected<void, QString> {
        for (std::size_t i = 0; i < events.size();) {
            auto transaction = Transaction::begin(db);
            if (!transaction) {
                return Unexpected{QStringLiteral("cannot begin a seeding transaction")};
            }
            for (const std::size_t end = std::min(i + kBatchRows, events.size()); i < end; ++i) {
                if (!insert(events[i])) {
                    return Unexpected{QString(QStringLiteral("cannot write the seeded logs: ") + writer->lastError())};
                }
            }
            if (!transaction->commit()) {
                return Unexpected{QStringLiteral("cannot commit the seeded logs")};
            }
            written += kBatchRows;
            if (progress.elapsed() > 2000) {
                qInfo().noquote()
                    << QStringLiteral("dmsandbox: seeding: %1 of %2 log rows").arg(std::min(written, total)).arg(total);
                progress.restart();
            }
        }
        return {};
    };
    auto logins = writeAll(m_logins, [this, &writer](const LoginEvent& event) {
        return writer->insert(m_model.toRow(event, personOf(event.person)));
    });
    if (!logins) {
        return logins;
    }
    auto mails = writeAll(m_mails, [this, &writer](const MailEvent& event) {
        return writer->insert(m_model.toRow(event, personOf(event.person))) != 0;
    });
    if (!mails) {
        return mails;
    }
    auto operations = writeAll(m_operations, [this, &writer](const OperationEvent& event) {
        return writer->insert(m_model.toRow(event, event.person < 0 ? nullptr : &personOf(event.person)));
    });
    if (!operations) {
        return operations;
    }
    for (const auto& [name, sql] : indexes) {
        if (!db.exec(sql)) {
            return Unexpected{QStringLiteral("cannot index the seeded logs")};
        }
    }
    (void)db.exec("PRAGMA cache_size = -2000"); // SQLite's default again
    return {};
}

Expected<void, QString> Seeder::writeAccounts()
{
    Db& db = m_platform.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{QStringLiteral("cannot begin a seeding transaction")};
    }
    auto root = db.prepare("UPDATE units SET name = ?, created_at = ? WHERE unit_id = 'root'");
    auto unit = db.prepare("INSERT INTO units(unit_id, name, parent_unit_id, created_at) VALUES (?, ?, 'root', ?)");
    auto account = db.prepare(
        "INSERT INTO accounts(account_name, name, job_number, id_number, mobile, unit_id, status, visible_in_addr, "
        "pass_change_first_login, created_at, updated_at, deleted_at, sms_sent_at, first_login_at, activated_at, "
        "reminder_count, address_basis_kind, address_basis_date, address_basis_reference) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!root || !unit || !account) {
        return Unexpected{QStringLiteral("cannot prepare the account inserts")};
    }
    const qint64 unitsCreated = m_start - 30 * kDayMs;
    if (!root->bind(1, m_model.court().name.toString()).bind(2, unitsCreated - kDayMs).run()) {
        return Unexpected{QStringLiteral("cannot name the root unit")};
    }
    for (const UnitSeed& seed : units()) {
        unit->reset();
        if (!unit->bind(1, seed.unitId.toString()).bind(2, seed.name.toString()).bind(3, unitsCreated).run()) {
            return Unexpected{QStringLiteral("cannot write the units")};
        }
    }
    const auto bindTime = [](Stmt& statement, int column, qint64 time) {
        if (time >= 0) {
            statement.bind(column, time);
        } else {
            statement.bindNull(column);
        }
    };
    for (const Account& seeded : m_accounts) {
        account->reset();
        const QString status = seeded.deletedAt >= 0    ? QStringLiteral("deleted")
                               : seeded.disabledAt >= 0 ? QStringLiteral("disabled")
                                                        : QStringLiteral("enabled");
        account->bind(1, seeded.person.accountName)
            .bind(2, seeded.name)
            .bind(3, seeded.person.caseNumber.isNull() ? QStringLiteral("") : seeded.person.caseNumber)
            .bind(4, seeded.idNumber)
            .bind(5, seeded.mobile)
            .bind(6, seeded.person.unitId)
            .bind(7, status)
            .bind(8, seeded.person.staff ? 1 : 0)
            .bind(9, seeded.createdAt)
            .bind(10, seeded.updatedAt);
        bindTime(*account, 11, seeded.deletedAt);
        account->bind(12, seeded.smsSentAt);
        bindTime(*account, 13, seeded.firstLoginAt);
        bindTime(*account, 14, seeded.activatedAt);
        account->bind(15, seeded.reminders);
        // Derived from (seed, accountName) by hashing, not drawn from m_prng: the rest of the court stays as it was.
        if (const auto basis = seededAddressBasis(m_model.seed(), seeded.person.accountName, seeded.person.caseNumber,
                                                  seeded.createdAt)) {
            account->bind(16, basis->kind).bind(17, basis->date).bind(18, basis->reference);
        } else {
            account->bindNull(16).bindNull(17).bindNull(18);
        }
        if (!account->run()) {
            return Unexpected{QStringLiteral("cannot write the accounts")};
        }
    }
    if (!transaction->commit()) {
        return Unexpected{QStringLiteral("cannot commit the accounts")};
    }
    return {};
}

} // namespace dm::sandbox
