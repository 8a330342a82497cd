#include "store/StatsRepository.h"

#include "core/LogRecords.h"
#include "store/Db.h"
#include "store/LogQuery.h"

#include <QHash>

namespace dm {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

// Floor division: an instant before 1970 in local time still lands on the right date.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

qint64 offsetMs(const StatsPeriod& period)
{
    return qint64(period.offsetMinutes) * 60 * 1000;
}

// The local day number ("days since 1970-01-01 local") of a date, which is what the SQL groups by.
qint64 dayNumber(const QDate& date)
{
    return date.toJulianDay() - kUnixEpochJulianDay;
}

// Rows of `statement` keyed by the day number in column 0, for filling a period's dates in order afterwards.
template <typename Row, typename Read>
Expected<QHash<qint64, Row>, DbError> rowsByDay(Stmt& statement, Read read)
{
    QHash<qint64, Row> rows;
    for (;;) {
        auto step = statement.step();
        if (!step) {
            return Unexpected(step.error());
        }
        if (!*step) {
            return rows;
        }
        rows.insert(statement.int64(0), read(statement));
    }
}

} // namespace

qint64 StatsPeriod::startOf(const QDate& date) const
{
    return dayNumber(date) * kDayMs - offsetMs(*this);
}

QDate StatsPeriod::dateOf(qint64 ms) const
{
    return QDate::fromJulianDay(floorDiv(ms + offsetMs(*this), kDayMs) + kUnixEpochJulianDay);
}

QList<QDate> StatsPeriod::dates() const
{
    QList<QDate> result;
    for (QDate date = first; isValid() && date <= last; date = date.addDays(1)) {
        result.append(date);
    }
    return result;
}

QList<StatsPeriod> StatsPeriod::split(int maxDays) const
{
    QList<StatsPeriod> parts;
    if (!isValid() || maxDays < 1) {
        return parts;
    }
    for (QDate from = first; from <= last; from = from.addDays(maxDays)) {
        parts.append(StatsPeriod{from, std::min(last, from.addDays(maxDays - 1)), offsetMinutes});
    }
    return parts;
}

StatsRepository::StatsRepository(Db& db)
    : m_db(db)
{}

Expected<QList<MailDayCounts>, DbError> StatsRepository::mailDays(const StatsPeriod& period)
{
    QList<MailDayCounts> days;
    if (!period.isValid()) {
        return days;
    }
    // Exactly mailDaily's rows (direction in, time in the window) and figures, plus how soon each was read. The time
    // index narrows to the window; the direction is checked on its rows (nearly all mail is incoming).
    auto statement = m_db.prepare(
        "SELECT (time + ?1) / 86400000 AS day, count(*), sum(status = ?2), sum(read_at IS NOT NULL),"
        " sum(read_at IS NOT NULL AND read_at - time <= ?6), sum(read_at IS NOT NULL AND read_at - time <= ?7),"
        " sum(read_at IS NOT NULL AND read_at - time <= ?8)"
        " FROM mail_log WHERE time >= ?3 AND time < ?4 AND direction = ?5 GROUP BY day");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, offsetMs(period))
        .bind(2, logsql::code(MailStatus::Received))
        .bind(3, period.startMs())
        .bind(4, period.endMs())
        .bind(5, logsql::code(MailDirection::In));
    for (std::size_t i = 0; i < MailDayCounts::kReadWithinDays.size(); ++i) {
        statement->bind(6 + static_cast<int>(i), MailDayCounts::kReadWithinDays.at(i) * kDayMs);
    }
    auto rows = rowsByDay<MailDayCounts>(*statement, [](const Stmt& row) {
        MailDayCounts counts;
        counts.sent = row.int64(1);
        counts.delivered = row.int64(2);
        counts.notDelivered = counts.sent - counts.delivered;
        counts.read = row.int64(3);
        for (std::size_t i = 0; i < counts.readWithin.size(); ++i) {
            counts.readWithin.at(i) = row.int64(4 + static_cast<int>(i));
        }
        return counts;
    });
    if (!rows) {
        return Unexpected(rows.error());
    }
    for (const QDate& date : period.dates()) {
        MailDayCounts counts = rows->value(dayNumber(date));
        counts.date = date;
        days.append(counts);
    }
    return days;
}

Expected<QList<LoginDayCounts>, DbError> StatsRepository::loginDays(const StatsPeriod& period)
{
    QList<LoginDayCounts> days;
    if (!period.isValid()) {
        return days;
    }
    auto statement = m_db.prepare("SELECT (time + ?1) / 86400000 AS day, count(*) - sum(abnormal), sum(abnormal)"
                                  " FROM login_log WHERE time >= ?2 AND time < ?3 GROUP BY day");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, offsetMs(period)).bind(2, period.startMs()).bind(3, period.endMs());
    auto rows = rowsByDay<LoginDayCounts>(*statement, [](const Stmt& row) {
        return LoginDayCounts{{}, row.int64(1), row.int64(2)};
    });
    if (!rows) {
        return Unexpected(rows.error());
    }
    for (const QDate& date : period.dates()) {
        LoginDayCounts counts = rows->value(dayNumber(date));
        counts.date = date;
        days.append(counts);
    }
    return days;
}

Expected<QList<ProvinceCount>, DbError> StatsRepository::topProvinces(const StatsPeriod& period, int limit)
{
    QList<ProvinceCount> provinces;
    if (!period.isValid() || limit <= 0) {
        return provinces;
    }
    auto statement = m_db.prepare("SELECT province, count(*) AS logins FROM login_log"
                                  " WHERE time >= ?1 AND time < ?2 AND province <> ''"
                                  " GROUP BY province ORDER BY logins DESC, province LIMIT ?3");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, period.startMs()).bind(2, period.endMs()).bind(3, limit);
    for (;;) {
        auto step = statement->step();
        if (!step) {
            return Unexpected(step.error());
        }
        if (!*step) {
            return provinces;
        }
        provinces.append(ProvinceCount{statement->text(0), statement->int64(1)});
    }
}

} // namespace dm
