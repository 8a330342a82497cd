#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"
#include "store/Db.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>
#include <variant>
#include <vector>

namespace dm::sandbox {

// The three logs' shared request rules (time window, filters, keyset cursor) as LogsApi and StatsApi apply them.
enum class LogKind
{
    Operations,
    Logins,
    Mails,
};

inline constexpr qint64 kMaxWindowMs = 2678400000; // 31 days

struct TimeWindow
{
    qint64 start = 0; // inclusive
    qint64 end = 0;   // exclusive
};

// startTime and endTime, both required: startTime >= endTime -> endTime:range; more than 31 days -> endTime:window.
[[nodiscard]] Expected<TimeWindow, ApiError> readWindow(const QJsonObject& body);
// The window rules of readWindow for times already read (the vendor's logquery sends them as Beijing-time text).
[[nodiscard]] Expected<TimeWindow, ApiError> checkWindow(qint64 start, qint64 end);

// SQL conditions made of program text only, with the values to bind in order.
struct SqlConditions
{
    std::string text; // " AND ..." fragments
    std::vector<std::variant<qint64, QString>> values;

    void add(const char* condition, std::variant<qint64, QString> value);
    void add(const char* condition, std::variant<qint64, QString> first, std::variant<qint64, QString> second);
    void addBare(const char* condition) { text += condition; }
    // " AND <column> IN (?, ?, ...)" with one parameter per item; `items` must not be empty.
    void addIn(const char* column, const QStringList& items);
    // Binds the values from parameter `first` on; returns the next free parameter.
    int bind(Stmt& statement, int first) const;
};

// One log query as requested: which log, the window, the filters, and the key it is ordered and windowed by.
struct LogRequest
{
    LogKind kind = LogKind::Operations;
    TimeWindow window;
    SqlConditions filters;
    bool byUpdatedAt = false; // mails only: orderBy "updatedAt"
};

// The window, the log's filters and (for mails) orderBy; the same rules for queryX and logCounts.
[[nodiscard]] Expected<LogRequest, ApiError> readLogRequest(LogKind kind, const QJsonObject& body);

// The cursor of the last row of a page: opaque to clients (base64url of "<t|u>:<key>:<id>").
[[nodiscard]] QString encodeCursor(bool byUpdatedAt, qint64 key, qint64 id);
struct CursorPosition
{
    qint64 key = 0;
    qint64 id = 0;
};
// A cursor made for another order, or not made by encodeCursor at all: -401 PARAM.INVALID:cursor:format.
[[nodiscard]] Expected<CursorPosition, ApiError> decodeCursor(const QString& cursor, bool byUpdatedAt);

} // namespace dm::sandbox
