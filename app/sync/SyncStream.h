#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"
#include "store/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace dm {

// Why a stream stopped early. The rows of every batch committed before it stay, and so does the stream's state:
// the next run resumes from there.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    std::variant<std::monostate, ApiError, DbError> cause; // monostate: cancelled
    QString stream;

    [[nodiscard]] bool cancelled() const { return std::holds_alternative<std::monostate>(cause); }
    // Translated; names the stream and the cause's own message.
    [[nodiscard]] QString message() const;
};

// After a pass: the local count of one scope next to the platform's count of the same scope at that moment. A
// difference is a gap and is reported as such, never hidden.
struct CountCheck
{
    QString scope; // e.g. "logins 2026-10-01..2026-10-31", "accounts"
    qint64 local = 0;
    qint64 platform = 0;
    [[nodiscard]] bool matches() const { return local == platform; }
};

struct StreamReport
{
    QString stream;
    qint64 rowsWritten = 0; // rows inserted or changed in the cache by this pass
    QList<CountCheck> checks;
};

// A listing whose next cursor is the one just sent would be read forever: a platform fault, reported as such.
[[nodiscard]] ApiError repeatedCursorError(const QString& stream);

// One kind of data kept in step with the platform (accounts, policy, operations, logins, mail). A stream lives in
// one thread with the Db and the PlatformClient it was built with, and works asynchronously: run() returns at once,
// `progress` follows each committed batch and `done` comes exactly once. Each batch and the stream's cursor commit
// in one transaction, so `kill -9` at any moment loses at most the batch in flight, and the next run resumes.
class SyncStream
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsExpected)>; // rowsExpected < 0: unknown
    using Done = std::function<void(const Expected<StreamReport, SyncError>&)>;

    virtual ~SyncStream() = default;

    [[nodiscard]] virtual QString name() const = 0;
    // One incremental pass followed by the count checks of what it covered.
    virtual void run(Progress progress, Done done) = 0;
    // Only the count checks of what the cache holds, nothing written (dmctl cache verify).
    virtual void verify(Done done) = 0;
    // Stops after the batch in flight; `done` then reports a cancelled SyncError.
    virtual void cancel() = 0;
};

} // namespace dm
