#pragma once

#include "store/LogQuery.h"
#include "store/TimelineRepository.h"

#include <QString>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dm {

class Stmt;

// dm_store internal: the SQL pieces of TimelineRepository. Conditions are fixed program text; the account's values go
// into `values` and are bound in order to the `?` placeholders.
namespace timelinesql {

using Value = std::variant<qint64, QString>;

// Where the events of one kind come from: the table, the column that is their time, and which rows are the subject's
// (with the values to bind, in order).
struct Source
{
    const char* table = "";
    const char* timeColumn = "time";
    std::string condition;
    std::vector<Value> values;
};

// The source of `kind`'s events; nullopt for the account's own dates (created, first login, activated).
[[nodiscard]] std::optional<Source> sourceOf(const TimelineSubject& subject, TimelineKind kind);
// A successful resendActivation row of the operation log: an activation SMS that was sent.
[[nodiscard]] std::string sentSmsCondition();

// Whether `key` comes after `from` in `order` (the keys a page continues with).
[[nodiscard]] bool follows(const TimelinePosition& key, const TimelinePosition& from, LogOrder order);
// Appends to `sql` (and `values`) the condition that keeps the rows of a source of `kind` that follow `from`, with
// `time` the source's time column.
void keysetCondition(std::string& sql, std::vector<Value>& values, const std::string& time, TimelineKind kind,
                     const TimelinePosition& from, LogOrder order);

// Binds `values` to ?1, ?2...
void bindValues(Stmt& statement, const std::vector<Value>& values);

} // namespace timelinesql
} // namespace dm
