#pragma once

#include <QDateTime>
#include <QList>
#include <QtGlobal>

#include <chrono>

namespace dm {

// A half-open span [fromMs, toMs) of milliseconds since the Unix epoch (UTC). Milliseconds because that is what the
// platform's log queries take, and because epoch offsets have no time zones or daylight saving to get wrong.
struct TimeWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    [[nodiscard]] std::chrono::milliseconds duration() const { return std::chrono::milliseconds(toMs - fromMs); }
    [[nodiscard]] QDateTime from() const { return QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC); }
    [[nodiscard]] QDateTime to() const { return QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC); }

    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

// The platform refuses log queries that span more than 31 days.
inline constexpr std::chrono::days kMaxLogQueryWindow{31};

// Consecutive windows that cover [from, to) exactly, in order, each at most `cap` long (the last one may be
// shorter). A day is 24 hours. Empty when the range is empty or inverted, either end is invalid, or `cap` is not
// positive.
[[nodiscard]] QList<TimeWindow> splitWindow(qint64 fromMs, qint64 toMs, std::chrono::milliseconds cap);
[[nodiscard]] QList<TimeWindow> splitWindow(const QDateTime& from, const QDateTime& to,
                                            std::chrono::days cap = kMaxLogQueryWindow);
// The windows of a log sync pass over [from, to): each at most `cap` long and, when the span is long enough, at least
// one per window paged at once (`inFlight`), but not split below an hour for the sake of parallelism.
[[nodiscard]] QList<TimeWindow> splitPass(qint64 fromMs, qint64 toMs, int inFlight, std::chrono::milliseconds cap);

} // namespace dm
