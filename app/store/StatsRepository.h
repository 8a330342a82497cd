#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace dm {

class Db;

// A run of whole local dates, first to last inclusive, in a fixed offset from UTC. The platform's mailDaily decides
// a row's date in such an offset (China's by default, with no daylight saving), so the cache counts days the same
// way and a day's figures can be compared one to one.
struct StatsPeriod
{
    static constexpr int kChinaOffsetMinutes = 480;

    QDate first;
    QDate last;
    int offsetMinutes = kChinaOffsetMinutes;

    [[nodiscard]] bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    [[nodiscard]] qint64 dayCount() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    // ms since the epoch of 00:00 local of `date`.
    [[nodiscard]] qint64 startOf(const QDate& date) const;
    // [startMs, endMs): from 00:00 of the first date to 00:00 of the day after the last.
    [[nodiscard]] qint64 startMs() const { return startOf(first); }
    [[nodiscard]] qint64 endMs() const { return startOf(last.addDays(1)); }
    // The local date of an instant.
    [[nodiscard]] QDate dateOf(qint64 ms) const;
    // The dates of the period in order.
    [[nodiscard]] QList<QDate> dates() const;
    // Consecutive sub-periods of at most `maxDays` days each that together make this one (the platform answers at
    // most 31 days per call).
    [[nodiscard]] QList<StatsPeriod> split(int maxDays) const;

    friend bool operator==(const StatsPeriod&, const StatsPeriod&) = default;
};

// The documents the court sent to the domain's mailboxes (mail rows with direction `in`) on one local date: what
// the platform's mailDaily counts (sent, delivered, read), and what only the cache can tell.
struct MailDayCounts
{
    // How soon after delivery a document was read: within 1, 3 and 7 days (at most that many times 24 hours).
    static constexpr std::array<int, 3> kReadWithinDays{1, 3, 7};

    QDate date;
    qint64 sent = 0;
    qint64 delivered = 0;    // status `received`
    qint64 notDelivered = 0; // any other status (intercepted, spam, deferred): sent - delivered
    qint64 read = 0;         // with readAt, as far as the cache knows
    std::array<qint64, kReadWithinDays.size()> readWithin{};

    friend bool operator==(const MailDayCounts&, const MailDayCounts&) = default;
};

// Logins on one local date, told apart by the platform's `abnormal` flag.
struct LoginDayCounts
{
    QDate date;
    qint64 normal = 0;
    qint64 abnormal = 0;

    [[nodiscard]] qint64 total() const { return normal + abnormal; }
    friend bool operator==(const LoginDayCounts&, const LoginDayCounts&) = default;
};

struct ProvinceCount
{
    QString province;
    qint64 logins = 0;

    friend bool operator==(const ProvinceCount&, const ProvinceCount&) = default;
};

// The Statistics page's figures from the cached logs, per local date of a StatsPeriod, defined as the platform's
// statistics endpoints define theirs (CONTRACT.md §14) so that each can be set beside the platform's. Reads only;
// used inside CacheSession query jobs, in the worker thread.
class StatsRepository
{
public:
    explicit StatsRepository(Db& db);

    // One item per date of the period, in order, zeros included (as mailDaily answers).
    [[nodiscard]] Expected<QList<MailDayCounts>, DbError> mailDays(const StatsPeriod& period);
    // One item per date of the period, in order, zeros included.
    [[nodiscard]] Expected<QList<LoginDayCounts>, DbError> loginDays(const StatsPeriod& period);
    // The provinces with the most logins in the period, most first (ties by name), at most `limit`. Logins the
    // platform could not place (no province) are left out: they cannot be asked about by province.
    [[nodiscard]] Expected<QList<ProvinceCount>, DbError> topProvinces(const StatsPeriod& period, int limit);

private:
    Db& m_db;
};

} // namespace dm
