#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

namespace dm {

// One prepared statement, finalized when it goes out of scope. Values are always bound, never spliced into SQL text,
// so neither data nor key material ever appears in a statement or in an error message.
class Stmt
{
public:
    Stmt(Stmt&& other) noexcept;
    Stmt& operator=(Stmt&& other) noexcept;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt();

    // Parameters are 1-based, as in SQLite. A bind failure is remembered and reported by the next step().
    Stmt& bind(int index, qint64 value);
    Stmt& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Stmt& bind(int index, double value);
    Stmt& bind(int index, const QString& text);
    Stmt& bindBlob(int index, const QByteArray& bytes);
    Stmt& bindNull(int index);

    // True while a result row is available; false once the statement is done.
    [[nodiscard]] Expected<bool, DbError> step();
    // Runs a statement that returns no rows (or whose rows are not wanted) to completion.
    [[nodiscard]] Expected<void, DbError> run();
    // Makes the statement ready to run again; bindings are cleared.
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    // The column's text as SQLite keeps it (UTF-8), without a copy: valid until the next step() or reset().
    [[nodiscard]] QByteArrayView utf8(int column) const;

private:
    friend class Db;
    // `refused`: the connection's "no further work" flag (Db::refuseFurtherWork), checked before every step.
    Stmt(sqlite3_stmt* statement, sqlite3* connection, const std::atomic<bool>* refused);
    void rememberBindResult(int rc);
    [[nodiscard]] DbError lastError(int rc) const;

    sqlite3_stmt* m_statement = nullptr;
    sqlite3* m_connection = nullptr;
    const std::atomic<bool>* m_refused = nullptr;
    int m_bindError = 0;
};

} // namespace dm
