#pragma once

#include "core/LogRecords.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dm {

// What the Logs views ask the cache for, and the SQL that answers it. The filters are those of the platform's log
// queries (CONTRACT.md §13) with the same meaning, so a local count over a window equals the platform's logCounts
// for the same window and filters once the cache holds that window. Empty strings and nullopt do not filter.

struct OperationLogFilter
{
    QString operatorAddress; // exact, case-insensitive for A-Z
    QString action;          // exact
    std::optional<LogResult> result;
    QString target; // part of the target, case-insensitive for A-Z
};

struct LoginLogFilter
{
    QString accountName; // exact, case-insensitive for A-Z
    std::optional<LoginMethod> method;
    std::optional<LogResult> result;
    std::optional<bool> abnormal;
    QString province; // exact
    QString ipPrefix; // the start of the address, case-insensitive
};

struct MailLogFilter
{
    std::optional<MailDirection> direction;
    std::optional<MailStatus> status;
    QString sender;    // exact, case-insensitive for A-Z
    QString recipient; // exact, case-insensitive for A-Z
    // Part of the subject, taken literally (FTS5 operators are searched for, never interpreted). Three code points or
    // more go through the trigram index; shorter text (one- and two-character Chinese words) is a substring scan.
    QString subject;
    std::optional<bool> read; // true: rows with readAt
};

// Which time a window and a count apply to: a mail's `time`, or its `updatedAt` (the platform's orderBy
// "updatedAt", which the mail sync pages by).
enum class MailTimeKey
{
    Time,
    UpdatedAt,
};

// [fromMs, toMs) on the log's time; an absent end does not limit.
struct LogTimeRange
{
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
};

// The position of a row in (time, id) order: a page ends at its last row, and the next page starts after it.
struct LogPosition
{
    qint64 time = 0;
    qint64 id = 0;
    friend bool operator==(const LogPosition&, const LogPosition&) = default;
};

enum class LogOrder
{
    NewestFirst, // (time, id) descending
    OldestFirst, // (time, id) ascending
};

// One keyset page: never OFFSET, so a page deep in a million rows costs what the first one does.
struct LogPageRequest
{
    LogTimeRange range;
    LogOrder order = LogOrder::NewestFirst;
    std::optional<LogPosition> after; // the last row of the previous page; absent for the first page
    int limit = 100;
};

// SQL made of program text only, with the values to bind in order (?1, ?2, ...). The bench runs the same text on
// an unencrypted copy through the plain C API, so the comparison is of the same statement.
struct LogSql
{
    std::string text;
    std::vector<std::variant<qint64, QString>> values;
};

namespace logsql {

// Column lists of the page queries, in the order LogRepository reads them.
//   operations: id, time, operator, action, target, result, remark, ip
//   logins:     id, time, account_name, method, ip, province, city, result, abnormal
//   mails:      id, time, direction, message_id, subject, sender, recipient, status, read_at, read_client, updated_at
[[nodiscard]] LogSql operationPage(const OperationLogFilter& filter, const LogPageRequest& page);
[[nodiscard]] LogSql loginPage(const LoginLogFilter& filter, const LogPageRequest& page);
// How a subject search uses the trigram index: its whole phrase; a few of its trigrams (LogRepository's choice of the
// rarest, see subjectTrigrams), whose rows are then checked for the subject as a substring; or not at all, while the
// index is being built (LogBulkLoad), when the subject is a substring test on every row the other filters reach.
struct SubjectIndexUse
{
    enum class Kind
    {
        Phrase,
        Terms,
        Unavailable,
    };
    Kind kind = Kind::Phrase;
    QString terms; // the MATCH argument, for Terms
};
[[nodiscard]] LogSql mailPage(const MailLogFilter& filter, const LogPageRequest& page,
                              const SubjectIndexUse& index = {});

// One row, two columns (time, id): the position of the row at 0-based `position` of the listing that the page
// statements walk in `order`, or no row past its end. An OFFSET scan that reads the keys only, for a view's far jumps;
// the keyset page from that position then reads the rows themselves.
[[nodiscard]] LogSql operationPosition(const OperationLogFilter& filter, const LogTimeRange& range, LogOrder order,
                                       qint64 position);
[[nodiscard]] LogSql loginPosition(const LoginLogFilter& filter, const LogTimeRange& range, LogOrder order,
                                   qint64 position);
[[nodiscard]] LogSql mailPosition(const MailLogFilter& filter, const LogTimeRange& range, LogOrder order,
                                  qint64 position, const SubjectIndexUse& index = {});

// One row, one column: the number of rows the filters match in the range.
[[nodiscard]] LogSql operationCount(const OperationLogFilter& filter, const LogTimeRange& range);
[[nodiscard]] LogSql loginCount(const LoginLogFilter& filter, const LogTimeRange& range);
[[nodiscard]] LogSql mailCount(const MailLogFilter& filter, const LogTimeRange& range,
                               MailTimeKey key = MailTimeKey::Time, const SubjectIndexUse& index = {});

// Whether the subject filter goes through the trigram index (three code points or more, and no sender or recipient
// to narrow the rows first).
[[nodiscard]] bool usesSubjectIndex(const MailLogFilter& filter);
// The distinct trigrams of the trimmed subject filter, in order, each as an FTS5 string ("..." with quotes doubled):
// one token each under the trigram tokenizer.
[[nodiscard]] QStringList subjectTrigrams(const MailLogFilter& filter);
// How a subject search through the index should use it (see the .cpp): `frequency` runs each probe statement (one
// row, one column) and returns its number.
[[nodiscard]] SubjectIndexUse subjectIndexUse(const MailLogFilter& filter,
                                              const std::function<qint64(const LogSql& probe)>& frequency);

// The integers enums are stored as (their order in core/LogRecords.h); nullopt for a value outside the enum.
[[nodiscard]] qint64 code(LogResult value);
[[nodiscard]] qint64 code(LoginMethod value);
[[nodiscard]] qint64 code(MailDirection value);
[[nodiscard]] qint64 code(MailStatus value);
[[nodiscard]] qint64 code(ReadClient value);
[[nodiscard]] qint64 code(LoginFailReason value);
[[nodiscard]] std::optional<LogResult> logResultFromCode(qint64 code);
[[nodiscard]] std::optional<LoginMethod> loginMethodFromCode(qint64 code);
[[nodiscard]] std::optional<MailDirection> mailDirectionFromCode(qint64 code);
[[nodiscard]] std::optional<MailStatus> mailStatusFromCode(qint64 code);
[[nodiscard]] std::optional<ReadClient> readClientFromCode(qint64 code);
[[nodiscard]] std::optional<LoginFailReason> loginFailReasonFromCode(qint64 code);

} // namespace logsql
} // namespace dm
