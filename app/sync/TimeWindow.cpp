#include "sync/TimeWindow.h"

#include <algorithm>

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

QList<TimeWindow> splitPass(qint64 fromMs, qint64 toMs, int inFlight, std::chrono::milliseconds cap)
{
    constexpr qint64 kMinPieceMs = 60LL * 60 * 1000;
    const qint64 lanes = std::max(1, inFlight);
    const qint64 share = (toMs - fromMs + lanes - 1) / lanes;
    return splitWindow(fromMs, toMs,
                       std::chrono::milliseconds(std::min<qint64>(cap.count(), std::max(share, kMinPieceMs))));
}

QList<TimeWindow> splitWindow(const QDateTime& from, const QDateTime& to, std::chrono::days cap)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return splitWindow(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(),
                       std::chrono::duration_cast<std::chrono::milliseconds>(cap));
}

} // namespace dm
