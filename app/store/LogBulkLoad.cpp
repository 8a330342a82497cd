#include "store/LogBulkLoad.h"

#include "store/Db.h"

#include <QLoggingCategory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcBulk, "dm.store.bulk")

// Index names come from the schema (program text), never from data; quoted all the same.
std::string quoted(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + escaped.toStdString() + '"';
}

// The (name, sql) rows of `select`, which takes the table's name as ?1.
Expected<QList<std::pair<QString, QString>>, DbError> namedDefinitions(Db& db, std::string_view select, LogTable table)
{
    auto statement = db.prepare(select);
    if (!statement) {
        return Unexpected{statement.error()};
    }
    statement->bind(1, QLatin1String(LogBulkLoad::tableName(table)));
    QList<std::pair<QString, QString>> rows;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!*row) {
            return rows;
        }
        rows.append({statement->text(0), statement->text(1)});
    }
}

// sql IS NULL marks the indexes SQLite makes itself (primary keys, UNIQUE): those stay.
constexpr std::string_view kSecondaryIndexes =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL ORDER BY name";

// An index build frees its sort (a million rows: tens of megabytes) at once, some of it in the helper threads' arenas.
// glibc keeps what a thread freed for that thread's later allocations, so without this each build's sort stays
// resident beside the next build's, and a first sync's peak is their sum. Elsewhere the allocator is left to itself.
void returnFreedHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

LogBulkLoad::LogBulkLoad(Db& db, int subjectsPerStep)
    : m_db(db)
    , m_subjectsPerStep(std::max(1, subjectsPerStep))
{}

const char* LogBulkLoad::tableName(LogTable table)
{
    switch (table) {
    case LogTable::Operations:
        return "operation_log";
    case LogTable::Logins:
        return "login_log";
    case LogTable::Mails:
        break;
    }
    return "mail_log";
}

Expected<bool, DbError> LogBulkLoad::inProgress(LogTable table)
{
    auto select = m_db.prepare("SELECT 1 FROM log_bulk_load WHERE table_name = ?1");
    if (!select) {
        return Unexpected{select.error()};
    }
    select->bind(1, QLatin1String(tableName(table)));
    return select->step();
}

Expected<qint64, DbError> LogBulkLoad::subjectsIndexedThrough()
{
    auto select = m_db.prepare("SELECT subjects_to FROM log_bulk_load WHERE table_name = 'mail_log'");
    if (!select) {
        return Unexpected{select.error()};
    }
    auto loading = select->step();
    if (!loading) {
        return Unexpected{loading.error()};
    }
    if (!*loading) {
        return std::numeric_limits<qint64>::max();
    }
    return select->isNull(0) ? std::numeric_limits<qint64>::min() : select->int64(0);
}

Expected<bool, DbError> LogBulkLoad::isEmpty(LogTable table)
{
    auto select = m_db.prepare(std::string("SELECT 1 FROM ") + tableName(table) + " LIMIT 1");
    if (!select) {
        return Unexpected{select.error()};
    }
    auto row = select->step();
    if (!row) {
        return Unexpected{row.error()};
    }
    return !*row;
}

Expected<QStringList, DbError> LogBulkLoad::secondaryIndexes(LogTable table)
{
    auto indexes = namedDefinitions(m_db, kSecondaryIndexes, table);
    if (!indexes) {
        return Unexpected{indexes.error()};
    }
    QStringList names;
    for (const auto& [name, definition] : *indexes) {
        names.append(name);
    }
    return names;
}

QStringList LogBulkLoad::scatteredIndexes(LogTable table)
{
    switch (table) {
    case LogTable::Operations:
        return {QStringLiteral("operation_log_operator"), QStringLiteral("operation_log_target")};
    case LogTable::Logins:
        return {QStringLiteral("login_log_account"), QStringLiteral("login_log_ip")};
    case LogTable::Mails:
        break;
    }
    return {QStringLiteral("mail_log_recipient"), QStringLiteral("mail_log_sender")};
}

Expected<void, DbError> LogBulkLoad::begin(LogTable table, LeftOut leftOut)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected{transaction.error()};
    }
    auto loading = inProgress(table);
    if (!loading) {
        return Unexpected{loading.error()};
    }
    if (*loading) {
        return {};
    }
    auto definitions = namedDefinitions(m_db, kSecondaryIndexes, table);
    if (!definitions) {
        return Unexpected{definitions.error()};
    }
    if (leftOut == LeftOut::ScatteredIndexes) {
        const QStringList scattered = scatteredIndexes(table);
        definitions->removeIf([&scattered](const auto& index) { return !scattered.contains(index.first); });
    }
    auto keep = m_db.prepare("INSERT INTO log_bulk_index (name, table_name, sql) VALUES (?1, ?2, ?3)");
    if (!keep) {
        return Unexpected{keep.error()};
    }
    for (const auto& [name, definition] : *definitions) {
        keep->reset();
        keep->bind(1, name).bind(2, QLatin1String(tableName(table))).bind(3, definition);
        if (auto done = keep->run(); !done) {
            return Unexpected{done.error()};
        }
        if (auto dropped = m_db.exec("DROP INDEX " + quoted(name)); !dropped) {
            return Unexpected{dropped.error()};
        }
    }
    auto mark = m_db.prepare("INSERT INTO log_bulk_load (table_name) VALUES (?1)");
    if (!mark) {
        return Unexpected{mark.error()};
    }
    mark->bind(1, QLatin1String(tableName(table)));
    if (auto done = mark->run(); !done) {
        return Unexpected{done.error()};
    }
    qCInfo(lcBulk) << tableName(table) << "loads in bulk without" << definitions->size() << "indexes";
    return transaction->commit();
}

Expected<void, DbError> LogBulkLoad::buildIndex(const QString& name, const QString& definition)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected{transaction.error()};
    }
    // A kill after the index was built and before this row went is impossible: both are in this transaction.
    if (auto built = m_db.exec(definition.toStdString()); !built) {
        return Unexpected{built.error()};
    }
    auto forget = m_db.prepare("DELETE FROM log_bulk_index WHERE name = ?1");
    if (!forget) {
        return Unexpected{forget.error()};
    }
    forget->bind(1, name);
    if (auto done = forget->run(); !done) {
        return Unexpected{done.error()};
    }
    return transaction->commit();
}

// A contentless index cannot say which rows it holds, so the pieces go in id order and each records the last id it
// indexed (log_bulk_load.subjects_to) in its transaction: a load resumed after a kill goes on after the last piece,
// and the first piece empties the index. FTS5 writes its pending terms out as a new segment whenever they pass its hash
// size (1 MB by default), and merges those segments as it goes; with 64 MB for the fill a piece makes one or two large
// segments instead of dozens of small ones, which halves the time. Incremental writes go back to the default, so a
// sync page never holds more than that in memory.
Expected<bool, DbError> LogBulkLoad::fillSubjects()
{
    auto mark = m_db.prepare("SELECT subjects_to FROM log_bulk_load WHERE table_name = 'mail_log'");
    if (!mark) {
        return Unexpected{mark.error()};
    }
    auto marked = mark->step();
    if (!marked) {
        return Unexpected{marked.error()};
    }
    const bool begun = *marked && !mark->isNull(0);
    const qint64 after = begun ? mark->int64(0) : std::numeric_limits<qint64>::min();
    if (!begun) {
        if (auto emptied = m_db.exec("INSERT INTO mail_subject_fts (mail_subject_fts) VALUES ('delete-all')");
            !emptied) {
            return Unexpected{emptied.error()};
        }
    }
    // The last id of this piece; none when fewer rows are left than a piece holds.
    auto last = m_db.prepare("SELECT id FROM mail_log WHERE id > ?1 ORDER BY id LIMIT 1 OFFSET ?2");
    if (!last) {
        return Unexpected{last.error()};
    }
    last->bind(1, after).bind(2, qint64(m_subjectsPerStep - 1));
    auto found = last->step();
    if (!found) {
        return Unexpected{found.error()};
    }
    const qint64 upTo = *found ? last->int64(0) : std::numeric_limits<qint64>::max();
    if (auto large = m_db.exec("INSERT INTO mail_subject_fts (mail_subject_fts, rank) VALUES ('hashsize', 67108864)");
        !large) {
        return Unexpected{large.error()};
    }
    auto fill = m_db.prepare(
        "INSERT INTO mail_subject_fts (rowid, subject) SELECT id, subject FROM mail_log WHERE id > ?1 AND id <= ?2");
    if (!fill) {
        return Unexpected{fill.error()};
    }
    fill->bind(1, after).bind(2, upTo);
    if (auto filled = fill->run(); !filled) {
        return Unexpected{filled.error()};
    }
    if (auto usual = m_db.exec("INSERT INTO mail_subject_fts (mail_subject_fts, rank) VALUES ('hashsize', 1048576)");
        !usual) {
        return Unexpected{usual.error()};
    }
    auto record = m_db.prepare("UPDATE log_bulk_load SET subjects_to = ?1 WHERE table_name = 'mail_log'");
    if (!record) {
        return Unexpected{record.error()};
    }
    record->bind(1, upTo);
    if (auto recorded = record->run(); !recorded) {
        return Unexpected{recorded.error()};
    }
    qCInfo(lcBulk) << "mail_log subjects indexed up to id" << upTo;
    return !*found;
}

Expected<void, DbError> LogBulkLoad::analyse(LogTable table)
{
    // Each index is read whole (SQLite's analysis limit stays off): a sample of 2000 rows counts at most 2001 rows a
    // value, so the few-valued columns look alike, and over a million logins the planner took the login method's
    // index (142,858 rows a value) over the province's (40,000) for a filter on both. Reading a million logins' seven
    // indexes takes about a second.
    return m_db.exec(std::string("ANALYZE ") + tableName(table));
}

// Both settings are tried whatever the other's answer: a connection left with temporary files allowed would have
// SQLCipher encrypt its statement journals. After a cancel this runs with the stop check still set (LogSync): each
// pragma is a few dozen steps, far below the steps between two checks, so it completes.
Expected<void, DbError> LogBulkLoad::sortOnHelperThreads(bool on)
{
    auto cache = m_db.setPageCacheKiB(on ? IndexSortCacheKiB : Db::PageCacheKiB);
    auto helpers = m_db.setSortHelpers(on);
    return cache ? helpers : cache;
}

Expected<void, DbError> LogBulkLoad::finish(LogTable table, const std::function<void(const QString&)>& progress)
{
    while (true) {
        auto finished = step(table, progress);
        if (!finished) {
            return Unexpected{finished.error()};
        }
        if (*finished) {
            return {};
        }
    }
}

Expected<bool, DbError> LogBulkLoad::step(LogTable table, const std::function<void(const QString&)>& progress)
{
    auto loading = inProgress(table);
    if (!loading) {
        return Unexpected{loading.error()};
    }
    if (!*loading) {
        return true;
    }
    auto definitions =
        namedDefinitions(m_db, "SELECT name, sql FROM log_bulk_index WHERE table_name = ?1 ORDER BY name", table);
    if (!definitions) {
        return Unexpected{definitions.error()};
    }
    if (!definitions->isEmpty()) {
        const auto& [name, definition] = definitions->constFirst();
        qCInfo(lcBulk) << tableName(table) << "builds" << name << "," << definitions->size() - 1 << "more to go";
        if (auto sorting = sortOnHelperThreads(true); !sorting) {
            (void)sortOnHelperThreads(false); // the failure is the one to report
            return Unexpected{sorting.error()};
        }
        if (progress) {
            progress(name);
        }
        (void)m_db.takePageCounts(); // counted from here: the pages this build reads and writes
        auto built = buildIndex(name, definition);
        const Db::PageCounts pages = m_db.takePageCounts();
        auto usual = sortOnHelperThreads(false);
        returnFreedHeap(); // the sort and its pieces, some of them in the helper threads' heaps
        if (!built) {
            return Unexpected{built.error()};
        }
        if (!usual) {
            return Unexpected{usual.error()};
        }
        qCInfo(lcBulk) << "the build read" << pages.fetched << "pages and wrote" << pages.written;
        return false;
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected{transaction.error()};
    }
    if (table == LogTable::Mails) {
        if (progress) {
            progress(QStringLiteral("mail_subject_fts"));
        }
        auto complete = fillSubjects();
        if (!complete) {
            return Unexpected{complete.error()};
        }
        if (!*complete) {
            if (auto committed = transaction->commit(); !committed) {
                return Unexpected{committed.error()};
            }
            returnFreedHeap(); // the piece's terms
            return false;
        }
    }
    // The planner's statistics, if any, were made before the rows came. In the transaction that ends the load: a kill
    // or a cancel before it commits leaves the load to finish, analysis included, and never a loaded table unanalysed.
    if (auto analysed = analyse(table); !analysed) {
        return Unexpected{analysed.error()};
    }
    auto unmark = m_db.prepare("DELETE FROM log_bulk_load WHERE table_name = ?1");
    if (!unmark) {
        return Unexpected{unmark.error()};
    }
    unmark->bind(1, QLatin1String(tableName(table)));
    if (auto done = unmark->run(); !done) {
        return Unexpected{done.error()};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{committed.error()};
    }
    returnFreedHeap(); // the subject index's terms
    qCInfo(lcBulk) << tableName(table) << "loaded; indexes built";
    return true;
}

} // namespace dm
