#pragma once

#include "core/Expected.h"
#include "store/Db.h"
#include "store/DbError.h"
#include "store/SyncState.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <span>

namespace dm {

// Runs `write` (a batch of rows) and saves the stream's state `key` in one transaction, so that after a crash the
// rows and the state that describes them agree. Returns what `write` returned.
template <typename Write>
[[nodiscard]] Expected<qint64, DbError> commitWithState(Db& db, SyncState& states, const QString& key,
                                                        const QJsonObject& state, Write write)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{transaction.error()};
    }
    auto written = write();
    if (!written) {
        return written;
    }
    if (auto saved = states.save(key, state); !saved) {
        return Unexpected{saved.error()};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{committed.error()};
    }
    return written;
}

// A page's rows as the repositories take them.
template <typename Record>
[[nodiscard]] std::span<const Record> asSpan(const QList<Record>& rows)
{
    return {rows.constData(), static_cast<std::size_t>(rows.size())};
}

} // namespace dm
