#include "store/Stmt.h"

#include <sqlite3.h>

#include <utility>

namespace dm {

Stmt::Stmt(sqlite3_stmt* statement, sqlite3* connection, const std::atomic<bool>* refused)
    : m_statement(statement)
    , m_connection(connection)
    , m_refused(refused)
{}

Stmt::Stmt(Stmt&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_connection(std::exchange(other.m_connection, nullptr))
    , m_refused(std::exchange(other.m_refused, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{}

Stmt& Stmt::operator=(Stmt&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_refused = std::exchange(other.m_refused, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_statement);
}

void Stmt::rememberBindResult(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
}

Stmt& Stmt::bind(int index, qint64 value)
{
    rememberBindResult(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Stmt& Stmt::bind(int index, double value)
{
    rememberBindResult(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Stmt& Stmt::bind(int index, const QString& text)
{
    if (text.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = text.toUtf8();
    rememberBindResult(sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                           static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Stmt& Stmt::bindBlob(int index, const QByteArray& bytes)
{
    // A null QByteArray would bind SQL NULL; an empty blob is a value, so give SQLite a valid pointer.
    static const char empty = 0;
    const char* data = bytes.isEmpty() ? &empty : bytes.constData();
    rememberBindResult(
        sqlite3_bind_blob64(m_statement, index, data, static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Stmt& Stmt::bindNull(int index)
{
    rememberBindResult(sqlite3_bind_null(m_statement, index));
    return *this;
}

DbError Stmt::lastError(int rc) const
{
    return DbError::fromSqlite(rc, sqlite3_errmsg(m_connection));
}

Expected<bool, DbError> Stmt::step()
{
    if (m_bindError != 0) {
        return Unexpected{DbError::fromSqlite(m_bindError, sqlite3_errstr(m_bindError))};
    }
    // A short statement ends before the progress handler ever polls: a closing session stops it here.
    if (m_refused != nullptr && m_refused->load(std::memory_order_relaxed)) {
        return Unexpected{DbError::fromSqlite(SQLITE_INTERRUPT, sqlite3_errstr(SQLITE_INTERRUPT))};
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return Unexpected{lastError(sqlite3_extended_errcode(m_connection))};
}

Expected<void, DbError> Stmt::run()
{
    for (;;) {
        auto row = step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!row.value()) {
            return {};
        }
    }
}

void Stmt::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
}

int Stmt::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool Stmt::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Stmt::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Stmt::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Stmt::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Stmt::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QByteArray Stmt::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

} // namespace dm
