#pragma once

#include "sandbox/LogWriter.h"
#include "sandbox/Prng.h"
#include "sandbox/SeedData.h"

#include <QString>

#include <optional>
#include <vector>

namespace dm::sandbox {

// Someone with a mailbox on the platform: a recipient (a party to a case; the case number is the jobNumber) or court
// staff (clerks, the court's sending system and the administrator).
struct Person
{
    QString accountName;
    QString unitId;
    QString caseNumber; // empty for staff
    int caseKind = 0;   // index into caseKinds()
    int home = 0;       // index into locations(): where they usually log in from
    int method = 0;     // index into loginMethods(): the client they prefer
    bool staff = false;
};

// Compact log events (the seeder holds a million and a half of them in memory before sorting them by time); `person`
// indexes the caller's vector of Person. CourtModel turns them into rows.
struct LoginEvent
{
    qint64 time = 0;
    qint32 person = 0;
    quint32 ip = 0;
    qint16 location = 0;
    qint8 method = 0;
    bool success = true;
    bool abnormal = false;
    qint8 refusal = 0; // a failure's cause: 0 a wrong password, else a LoginGate::Refusal
};

enum class MailStatus : qint8
{
    Received,
    Spam,
    Intercepted,
    Deferred,
    Delivered,
    Failed,
    Bounced,
};

struct MailEvent
{
    qint64 time = 0;
    qint64 readAt = -1; // -1: unread
    quint64 idBits = 0; // makes the message id unique
    qint32 person = 0;  // the recipient whose mailbox the row belongs to
    qint16 sender = -1; // staff mailbox: unit * 2 + (clerk - 1), or -1 for the sending system
    qint8 document = 0; // index into the case kind's documents
    MailStatus status = MailStatus::Received;
    qint8 readClient = 0; // 0 webmail, 1 mailmaster, 2 wechat
    bool incoming = true;
};

enum class Action : qint8
{
    CreateAccount,
    UpdateAccount,
    ResetPassword,
    MoveUnit,
    DisableAccount,
    DeleteAccount,
    ResendActivation,
    UpdatePolicy,
    SetLoginDefault,
    ExportLogs,
};

struct OperationEvent
{
    qint64 time = 0;
    qint32 person = -1; // the account concerned, -1 for none
    Action action = Action::CreateAccount;
    qint8 detail = 0; // which field an edit changed, which rule, which log was exported...
    bool success = true;
    quint8 ipLast = 10;
};

// What the seeder and the simulator share: the court the seed picked, its staff, and how people behave. Traits that
// must not change across restarts (whether someone will ever log in) are derived from the seed and the account name,
// so the simulator knows them without storing them.
class CourtModel
{
public:
    CourtModel(quint64 seed, QString domain);

    [[nodiscard]] quint64 seed() const { return m_seed; }
    [[nodiscard]] const Court& court() const { return m_court; }
    [[nodiscard]] QString address(const QString& accountName) const;

    // Staff mailboxes: two clerks per unit and the court's sending system.
    [[nodiscard]] static QString clerkAccount(int unit, int number);
    [[nodiscard]] static QString systemAccount() { return QStringLiteral("sdxt"); }
    [[nodiscard]] static int unitIndex(QStringView unitId); // 0 (the filing division) when unknown

    // Traits of a recipient, stable for an account name.
    [[nodiscard]] bool neverLogsIn(const QString& accountName) const;
    [[nodiscard]] bool stopsAtFirstLogin(const QString& accountName) const;
    [[nodiscard]] int preferredMethod(const QString& accountName) const;
    // The location an ID number's region code names, the court's city when it names none of ours.
    [[nodiscard]] int homeOf(QStringView idNumber) const;
    [[nodiscard]] static int caseKindOf(QStringView caseNumber, QStringView unitId);

    // A time in [from, to) drawn with the court's daily rhythm (office hours for staff; evenings and weekends too for
    // the public); `from` when the range is empty.
    [[nodiscard]] qint64 activeTime(Prng& prng, qint64 from, qint64 to, bool office) const;
    // The relative activity at a time, in [0, 1], for thinning a Poisson stream.
    [[nodiscard]] static double activityAt(qint64 time, bool office);
    [[nodiscard]] static double meanActivity(bool office);

    // An ordinary login (usually from home, sometimes travelling); a staff login is from the court's office.
    [[nodiscard]] LoginEvent login(Prng& prng, qint32 index, const Person& person, qint64 time, int method) const;
    // A login the platform flags: from a province the person never uses.
    [[nodiscard]] LoginEvent abnormalLogin(Prng& prng, qint32 index, const Person& person, qint64 time) const;
    // A document of the person's case sent by the court (direction in); read time left to the caller.
    [[nodiscard]] MailEvent document(Prng& prng, qint32 index, const Person& person, qint64 time) const;
    // The recipient's reply to the clerk (direction out).
    [[nodiscard]] MailEvent reply(Prng& prng, qint32 index, const Person& person, qint64 time) const;
    // How long after delivery a recipient reads a document (heavy-tailed), or nullopt for never.
    [[nodiscard]] static std::optional<qint64> readDelay(Prng& prng);
    [[nodiscard]] static qint8 readClientFor(Prng& prng, int method);
    // The login method that reading with a client implies.
    [[nodiscard]] static int methodForClient(Prng& prng, qint8 client);
    [[nodiscard]] static QString readClientName(qint8 client);

    [[nodiscard]] LoginRow toRow(const LoginEvent& event, const Person& person) const;
    [[nodiscard]] MailRow toRow(const MailEvent& event, const Person& person) const;
    // `person` may be null for operations that concern no account.
    [[nodiscard]] OperationRow toRow(const OperationEvent& event, const Person* person) const;

private:
    [[nodiscard]] quint32 randomIp(Prng& prng, int location) const;
    [[nodiscard]] quint32 homeIp(const Person& person) const;

    quint64 m_seed;
    QString m_domain;
    Court m_court;
    // Parsed IP prefixes per location: (first octets, how many).
    std::vector<std::vector<std::pair<quint32, int>>> m_prefixes;
    std::pair<quint32, int> m_officePrefix;
};

// The share of recipients who never log in, and of those who log in but never finish activation.
inline constexpr double kNeverLogsInShare = 0.12;
inline constexpr double kStopsAtFirstLoginShare = 0.04;

} // namespace dm::sandbox
