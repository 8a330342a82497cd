#include "store/DbError.h"

#include <sqlite3.h>

namespace dm {

QString DbError::message() const
{
    switch (kind) {
    case Kind::CannotOpen:
        return tr("The local cache file cannot be opened or created. Check that its folder exists and is writable.");
    case Kind::NotADatabase:
        return tr("The local cache cannot be opened: its key is wrong or missing, or the file is not a dmadmin cache. "
                  "It can be rebuilt from the platform.");
    case Kind::Corrupt:
        return tr("The local cache is damaged (an integrity check failed). It can be rebuilt from the platform.");
    case Kind::DiskFull:
        return tr("The disk is full. Nothing was saved from this operation; free some space and try again.");
    case Kind::ReadOnly:
        return tr("The local cache is read-only. Check the file's permissions.");
    case Kind::Busy:
        return tr("The local cache is busy in another window or process. Try again in a moment.");
    case Kind::Constraint:
        return tr("The local cache refused a record that conflicts with one it already holds.");
    case Kind::UnsupportedCipher:
        return tr("The encryption library is not SQLCipher 4, so the local cache cannot be protected. "
                  "dmadmin will not store data unencrypted.");
    case Kind::Interrupted:
        return tr("The operation on the local cache was cancelled.");
    case Kind::NoLedgerKey:
        return tr("The audit ledger's key is not available, so nothing can be recorded or verified. Reopen the "
                  "profile so that its key is read from the system keychain.");
    case Kind::Misuse:
    case Kind::Other:
        break;
    }
    return tr("The local cache reported an unexpected error (code %1).").arg(sqliteCode);
}

DbError DbError::fromSqlite(int extendedCode, const char* sqliteMessage)
{
    DbError error;
    error.sqliteCode = extendedCode;
    error.detail = QString::fromUtf8(sqliteMessage ? sqliteMessage : sqlite3_errstr(extendedCode));
    switch (extendedCode & 0xff) {
    case SQLITE_CANTOPEN:
        error.kind = Kind::CannotOpen;
        break;
    case SQLITE_NOTADB:
        error.kind = Kind::NotADatabase;
        break;
    case SQLITE_CORRUPT:
    // SQLCipher reports a page whose HMAC does not match (a damaged page after the first) as SQLITE_NOMEM: its codec
    // hands the pager no page, which SQLite can only take for a failed allocation. A real out-of-memory is far
    // rarer than a damaged file, and rebuilding is the right advice for both.
    case SQLITE_NOMEM:
        error.kind = Kind::Corrupt;
        break;
    case SQLITE_FULL:
        error.kind = Kind::DiskFull;
        break;
    case SQLITE_READONLY:
        error.kind = Kind::ReadOnly;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.kind = Kind::Busy;
        break;
    case SQLITE_CONSTRAINT:
        error.kind = Kind::Constraint;
        break;
    case SQLITE_INTERRUPT:
        error.kind = Kind::Interrupted;
        break;
    case SQLITE_MISUSE:
    case SQLITE_ERROR:
    case SQLITE_RANGE:
        error.kind = Kind::Misuse;
        break;
    default:
        error.kind = Kind::Other;
        break;
    }
    return error;
}

} // namespace dm
