#include "export/LocalTime.h"

#include <QDateTime>

#include <limits>

namespace dm {

namespace {

constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

struct OffsetCache
{
    qint64 quarter = std::numeric_limits<qint64>::min(); // which quarter of an hour `offset` holds for
    qint64 offset = 0;
};

thread_local OffsetCache t_cache;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return quotient * divisor > value ? quotient - 1 : quotient;
}

qint64 qtOffsetMs(qint64 utcMs)
{
    return qint64(QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc()) * 1000;
}

struct Fields
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// The civil date of a day count since 1970-01-01 (H. Hinnant's days_from_civil, inverted), and the time of day.
Fields fieldsOf(qint64 utcMs)
{
    const qint64 local = utcMs + LocalTime::offsetMs(utcMs);
    const qint64 days = floorDiv(local, kDayMs);
    const qint64 msOfDay = local - days * kDayMs;
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    Fields fields;
    fields.day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    fields.month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    fields.year = yearOfEra + era * 400 + (fields.month <= 2 ? 1 : 0);
    fields.hour = int(msOfDay / 3600000);
    fields.minute = int(msOfDay / 60000 % 60);
    fields.second = int(msOfDay / 1000 % 60);
    return fields;
}

void appendDigits(QChar*& out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + int(value % 10));
        value /= 10;
    }
    out += width;
}

void appendDate(QChar*& out, const Fields& fields)
{
    appendDigits(out, fields.year, 4);
    *out++ = u'-';
    appendDigits(out, fields.month, 2);
    *out++ = u'-';
    appendDigits(out, fields.day, 2);
}

void appendTime(QChar*& out, const Fields& fields)
{
    appendDigits(out, fields.hour, 2);
    *out++ = u':';
    appendDigits(out, fields.minute, 2);
    *out++ = u':';
    appendDigits(out, fields.second, 2);
}

} // namespace

qint64 LocalTime::offsetMs(qint64 utcMs)
{
    const qint64 quarter = floorDiv(utcMs, kQuarterMs);
    if (quarter == t_cache.quarter) {
        return t_cache.offset;
    }
    const qint64 start = quarter * kQuarterMs;
    const qint64 offset = qtOffsetMs(start);
    if (qtOffsetMs(start + kQuarterMs - 1) != offset) {
        return qtOffsetMs(utcMs); // a change of offset inside this quarter: not cached
    }
    t_cache = {quarter, offset};
    return offset;
}

QString LocalTime::dateTimeText(qint64 utcMs)
{
    const Fields fields = fieldsOf(utcMs);
    if (fields.year < 0 || fields.year > 9999) {
        return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    QString text(19, Qt::Uninitialized);
    QChar* out = text.data();
    appendDate(out, fields);
    *out++ = u' ';
    appendTime(out, fields);
    return text;
}

QString LocalTime::dateText(qint64 utcMs)
{
    const Fields fields = fieldsOf(utcMs);
    if (fields.year < 0 || fields.year > 9999) {
        return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("yyyy-MM-dd"));
    }
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    appendDate(out, fields);
    return text;
}

QString LocalTime::timeText(qint64 utcMs)
{
    const Fields fields = fieldsOf(utcMs);
    QString text(8, Qt::Uninitialized);
    QChar* out = text.data();
    appendTime(out, fields);
    return text;
}

} // namespace dm
