#pragma once

#include "api/ApiError.h"
#include "core/LogRecords.h"

#include <QString>

#include <optional>

namespace dm {

// The window every log query and several statistics take: [startTime, endTime), ms since the epoch, UTC.
struct LogWindow
{
    qint64 startTime = 0;
    qint64 endTime = 0;
};

// The platform refuses windows longer than 31 days; callers split longer spans (sync/TimeWindow.h splitWindow).
inline constexpr qint64 kMaxLogWindowMs = 2'678'400'000;

// Keyset paging of one log query: cursor is the previous page's nextCursor, empty for the first page.
struct PageRequest
{
    int pageSize = 100; // 1..1000
    QString cursor;
};

// Filters of queryOperations; empty strings and nullopt do not filter.
struct OperationFilter
{
    QString operatorAddress; // exact, case-insensitive
    QString action;          // exact action code
    std::optional<LogResult> result;
    QString target; // part of the target, case-insensitive for A-Z
};

struct LoginFilter
{
    QString accountName; // exact local part, case-insensitive
    std::optional<LoginMethod> method;
    std::optional<LogResult> result;
    std::optional<bool> abnormal;
    QString province; // exact
    QString ipPrefix; // 0-9 a-f A-F . : only
};

enum class MailOrder
{
    Time,      // (time, id): the window applies to time
    UpdatedAt, // (updatedAt, id): the window applies to updatedAt, so read-status changes come incrementally
};

struct MailFilter
{
    std::optional<MailDirection> direction;
    std::optional<MailStatus> status;
    QString sender;    // exact, case-insensitive
    QString recipient; // exact, case-insensitive
    QString subject;   // part of the subject
    std::optional<bool> read;
    MailOrder orderBy = MailOrder::Time;
};

// The client's own check of a window, made before anything is sent: the same rules and reasons the platform applies
// (startTime:range, endTime:range, endTime:window). nullopt when the window is acceptable.
[[nodiscard]] std::optional<ApiError> checkLogWindow(const LogWindow& window);

} // namespace dm
