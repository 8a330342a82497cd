#pragma once

#include <QCoreApplication>
#include <QString>

namespace dm {

// Why a cache operation failed, in terms a user can act on. `message` is translated and never contains row data;
// `detail` is SQLite's own text for support (it names tables and columns, never values, because we always bind).
struct DbError
{
    Q_DECLARE_TR_FUNCTIONS(DbError)

public:
    enum class Kind
    {
        CannotOpen,        // the file or its folder cannot be opened or created
        NotADatabase,      // wrong key, missing key, or not a cache file at all: SQLite cannot tell these apart
        Corrupt,           // a page failed its HMAC or the b-tree is damaged
        DiskFull,          // the disk (or a quota) is full; the transaction was rolled back
        ReadOnly,          // the file or the medium is read-only
        Busy,              // another connection held a lock for longer than the busy timeout
        Constraint,        // a unique/foreign-key/check constraint refused a row
        UnsupportedCipher, // the linked library is not SQLCipher 4: refusing to write anything in plaintext
        Interrupted,       // the operation was cancelled
        Misuse,            // a programming error (bad SQL, wrong bind index)
        NoLedgerKey,       // the audit ledger's key was not given, so nothing that must be recorded can be done
        Other,
    };

    Kind kind = Kind::Other;
    int sqliteCode = 0;
    QString detail;

    [[nodiscard]] QString message() const;
    [[nodiscard]] static DbError fromSqlite(int extendedCode, const char* sqliteMessage);
};

} // namespace dm
