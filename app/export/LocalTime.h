#pragma once

#include <QString>
#include <QtGlobal>

namespace dm {

// Platform times (ms since the epoch) as local wall-clock text, fast enough for a million rows.
//
// QDateTime's local-time conversion asks the C library for the zone each time, and glibc's tzset() checks the zone
// file on disk at every call: a stat() per row, most of an export's time. LocalTime asks QDateTime once per quarter
// of an hour and reuses the UTC offset within it (zones change offset only on quarter-hour boundaries; a quarter
// whose two ends disagree is never cached), then writes the digits itself. The texts are exactly QDateTime's
// ("yyyy-MM-dd HH:mm:ss"). The cache is per thread, so any thread may call these.
class LocalTime
{
public:
    // The local time's offset from UTC at `utcMs`, in ms.
    [[nodiscard]] static qint64 offsetMs(qint64 utcMs);
    // "2026-10-01 08:00:00", "2026-10-01", "08:00:00".
    [[nodiscard]] static QString dateTimeText(qint64 utcMs);
    [[nodiscard]] static QString dateText(qint64 utcMs);
    [[nodiscard]] static QString timeText(qint64 utcMs);
};

} // namespace dm
