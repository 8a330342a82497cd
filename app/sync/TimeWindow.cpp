#include "sync/TimeWindow.h"

namespace dm {

QList<TimeWindow> splitWindow(qint64 fromMs, qint64 toMs, std::chrono::milliseconds cap)
{
    QList<TimeWindow> windows;
    const qint64 capMs = cap.count();
    if (fromMs >= toMs || capMs <= 0)
        return windows;
    for (qint64 start = fromMs; start < toMs;) {
        // Compare the remaining span (exact in unsigned arithmetic) rather than add first: start + capMs could
        // overflow at the ends of the range.
        const qint64 end = quint64(toMs) - quint64(start) > quint64(capMs) ? start + capMs : toMs;
        windows.append(TimeWindow{start, end});
        start = end;
    }
    return windows;
}

QList<TimeWindow> splitWindow(const QDateTime& from, const QDateTime& to, std::chrono::days cap)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return splitWindow(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(),
                       std::chrono::duration_cast<std::chrono::milliseconds>(cap));
}

} // namespace dm
