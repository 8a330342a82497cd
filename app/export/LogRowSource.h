#pragma once

#include "core/Expected.h"
#include "export/ExportTable.h"
#include "export/LogExportQuery.h"
#include "store/DbError.h"

#include <optional>

namespace dm {

class Db;

// Streams the rows of an export as text, a keyset page at a time (never OFFSET, never all rows in memory), so a
// million rows cost what a page does, page after page. Holds no statement between calls: each call reads through a
// LogRepository of its own on the Db it is given, so a job can stop between pages and let other work use the
// connection (see LogExportJob).
class LogRowSource
{
public:
    explicit LogRowSource(LogExportQuery query);

    // The rows the export will write, for its progress: the filter's count (or the selection's size), at most maxRows.
    [[nodiscard]] Expected<qint64, DbError> count(Db& db) const;

    // Replaces `page` with the next rows, at most `limit`; an empty page is the end.
    [[nodiscard]] Expected<void, DbError> next(Db& db, ExportPage& page, int limit);

    // Starts again from the first row, for a second pass over the same rows. Only the rows of the first pass come
    // again: rows a sync added meanwhile are left out, so both passes see the same table.
    void rewind();

    [[nodiscard]] qint64 rowsRead() const { return m_read; }
    // Whether this pass read exactly the rows of the first (same rows, same order). A sync that adds or removes rows
    // inside the exported window between two passes makes a report's page count wrong: the export then says so
    // rather than write a report whose pages do not add up.
    [[nodiscard]] bool sameRowsAsFirstPass() const { return m_digest == m_firstDigest; }
    [[nodiscard]] const LogExportQuery& query() const { return m_query; }

private:
    template <typename Record>
    void take(ExportPage& page, const QList<Record>& records);
    [[nodiscard]] qint64 remaining() const;

    LogExportQuery m_query;
    int m_columns = 0;
    std::optional<LogPosition> m_after;      // the last row read
    std::optional<LogPosition> m_first;      // the first row of the first pass
    std::optional<LogPosition> m_startAfter; // where a later pass starts
    std::optional<qint64> m_passRows;        // the rows of the first pass, once it ended
    qint64 m_read = 0;                       // rows read in this pass
    bool m_ended = false;
    // The rows of this pass and of the first one, as a running hash of their ids in the order read.
    quint64 m_digest = kDigestSeed;
    quint64 m_firstDigest = kDigestSeed;
    static constexpr quint64 kDigestSeed = 14695981039346656037ULL; // FNV-1a's offset basis
};

} // namespace dm
