#pragma once

#include "sandbox/CourtModel.h"
#include "sandbox/LoginGate.h"
#include "sandbox/PlatformContext.h"
#include "sandbox/SeedData.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <queue>

#include <vector>

namespace dm::sandbox {

// Keeps the platform alive after the seeded history: every second of wall time it generates what happened on the
// platform since the last step, at the seeded rates: logins (a few failed or abnormal), first logins and activations
// of pending recipients, documents delivered and read, occasional admin operations. Rows are only ever appended
// after every row that exists (keyset paging by (time, id) never loses or repeats one), in one transaction per step.
// With --speed 0 it does nothing at all.
class Simulator : public QObject
{
    Q_OBJECT

public:
    Simulator(PlatformContext& context, quint64 seed, ScalePlan plan, QObject* parent = nullptr);

    // Loads the accounts and the unread mail and starts the timer (unless the clock is frozen).
    void start();
    // Simulates from where the last step stopped to the platform's now (at most a bounded amount of work).
    void step();

    // The latest time the platform has recorded anything at: platform time must never restart before it.
    [[nodiscard]] static qint64 latestRecordedTime(PlatformDb& platform);

private:
    struct Member
    {
        Person person;
        qint64 rowId = 0;
        bool enabled = false;
        qint64 createdAt = 0;
        qint64 smsSentAt = -1;
        qint64 firstLoginAt = -1;
        qint64 activatedAt = -1;
        int reminders = 0;
    };
    struct PendingRead
    {
        qint64 at = 0;
        qint64 mailId = 0;
        qint32 member = 0;
        qint8 client = 0;
        bool operator>(const PendingRead& other) const { return at > other.at; }
    };
    struct Floors // the largest times already recorded: new rows go after them
    {
        qint64 login = 0;
        qint64 mail = 0;
        qint64 mailUpdated = 0;
        qint64 operation = 0;
        qint64 account = 0;
    };
    struct Batch // what one step appends, written in time order at the end
    {
        std::vector<LoginEvent> logins;
        std::vector<MailEvent> mails;
        std::vector<OperationEvent> operations;
        std::vector<PendingRead> reads;
        std::vector<std::pair<qint32, qint64>> accountChanges; // member, when it changed
    };

    void refreshMembers();
    void scheduleUnread(qint64 since, const QString& recipient, qint64 notBefore);
    [[nodiscard]] Floors floors();
    void activate(qint64 from, qint64 to, Batch& batch);
    void generateLogins(qint64 from, qint64 to, Batch& batch);
    void generateMail(qint64 from, qint64 to, Batch& batch);
    void generateOperations(qint64 from, qint64 to, Batch& batch);
    [[nodiscard]] bool writeBatch(Batch& batch, const Floors& floors, qint64 to);
    // Arrival times of a Poisson stream with `rate` events per ms, thinned by the court's daily rhythm.
    [[nodiscard]] std::vector<qint64> arrivals(double rate, qint64 from, qint64 to, bool office);
    [[nodiscard]] qint32 randomMember(const std::vector<qint32>& pool);
    [[nodiscard]] const Person& personOf(qint32 index) const;
    // Marks the login refused (a failure with its cause) when the saved rules or policy refuse it; true then.
    bool refuseIfBarred(LoginEvent& login, const Person& person) const;
    void schedule(qint32 member, qint64 mailId, qint64 at);

    PlatformContext& m_context;
    CourtModel m_model;
    ScalePlan m_plan;
    Prng m_prng;
    QTimer m_timer;
    qint64 m_simulatedUntil = 0;
    qint64 m_membersSeenAt = 0; // accounts updated at or after this are reloaded
    std::vector<Member> m_members;
    QHash<QString, qint32> m_memberIndex;
    std::vector<qint32> m_active;    // enabled recipients who have logged in
    std::vector<qint32> m_receiving; // enabled recipients with a case number
    std::vector<qint32> m_staff;
    bool m_poolsDirty = true;
    std::priority_queue<PendingRead, std::vector<PendingRead>, std::greater<>> m_reads;
    Person m_admin;
    LoginGate m_gate; // the saved login rules, read at the start of each step
};

} // namespace dm::sandbox
