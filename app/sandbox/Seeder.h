#pragma once

#include "core/Expected.h"
#include "sandbox/CourtModel.h"
#include "sandbox/PlatformDb.h"
#include "sandbox/SeedData.h"

#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dm::sandbox {

// Builds the realistic court a fresh platform starts with: units, clerks, recipients with valid synthetic ID numbers
// and mobiles, their activation history, and 180 days of logins, mail and admin operations ending just before the
// epoch. Deterministic: the same seed, scale and epoch give byte-identical data (nothing here reads a clock or a
// global random source).
class Seeder
{
public:
    struct Options
    {
        quint64 seed = 1;
        QString scale = QStringLiteral("default");
        std::optional<qint64> epochMs; // default: midnight UTC of `wallNowMs`
        qint64 wallNowMs = 0;          // only decides the default epoch and the seededAt fact
    };

    // Seeds the platform unless it is already seeded; records the facts seed, scale, epochMs and seededAt.
    [[nodiscard]] static Expected<void, QString> seedIfNeeded(PlatformDb& platform, const QString& domain,
                                                              const Options& options);

private:
    struct Account
    {
        Person person;
        QString name;
        QString idNumber;
        QString mobile;
        qint64 createdAt = 0;
        qint64 smsSentAt = 0;
        qint64 updatedAt = 0;
        qint64 firstLoginAt = -1; // -1: not (yet) at the epoch
        qint64 activatedAt = -1;
        qint64 disabledAt = -1;
        qint64 deletedAt = -1;
        int reminders = 0;
        std::array<qint64, 3> reminderAt{}; // the resent activation SMS
    };

    Seeder(PlatformDb& platform, const QString& domain, quint64 seed, ScalePlan plan, qint64 epochMs);

    // Accounts (Seeder.cpp).
    void makeStaff();
    void makeRecipients();
    void makeIdentity(Account& account, int home);
    [[nodiscard]] QString uniqueAccountName(int surname, const std::vector<int>& given);
    void makeActivation(Account& account);
    // History (SeedHistory.cpp).
    void makeOperations();
    void makeMails();
    void makeLogins();
    void makeRecipientLogins(qint64 budget);
    [[nodiscard]] qint64 endOf(const Account& account) const; // when the mailbox stopped being used
    [[nodiscard]] qint32 randomLoggedIn();
    // Writing (SeedHistory.cpp).
    [[nodiscard]] Expected<void, QString> write();
    [[nodiscard]] Expected<void, QString> writeAccounts();
    [[nodiscard]] const Person& personOf(qint32 index) const;

    PlatformDb& m_platform;
    CourtModel m_model;
    ScalePlan m_plan;
    qint64 m_epoch;
    qint64 m_start; // m_epoch - kHistoryMs
    Prng m_prng;
    Person m_admin;
    std::vector<Account> m_accounts; // staff first, then recipients by creation time
    int m_staffCount = 0;
    std::vector<qint32> m_loggedIn; // recipients with a first login before the epoch
    std::vector<LoginEvent> m_logins;
    std::vector<MailEvent> m_mails;
    std::vector<OperationEvent> m_operations;
    QSet<QString> m_usedNames;
    QSet<QString> m_usedIds;
    QSet<QString> m_usedMobiles;
};

} // namespace dm::sandbox
