/* dbdump: prints the rows of one query over an SQLCipher 4 database as tab-separated lines, so that the soak can
 * compare the platform's database and the caches row by row with sort, join and diff.
 *
 *   dbdump DATABASE KEYFILE SQL
 *
 * KEYFILE holds the raw 32-byte key (the sandbox's platform.key) or its 64 hex digits (a cache key as dmadmin keeps it
 * in the keychain); the key never goes on the command line. The database is opened read-only. In values, backslash,
 * tab, newline and carriage return are written as \\, \t, \n and \r, so that every row is exactly one line; NULL is
 * written as \N. Exit status 0 on success, 1 on any error (reported on stderr). */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlite3.h"

static int readKeyHex(const char* path, char hex[65])
{
    unsigned char buffer[130];
    FILE* file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 0;
    }
    const size_t size = fread(buffer, 1, sizeof buffer, file);
    fclose(file);
    size_t length = size;
    while (length > 0 && isspace(buffer[length - 1])) {
        --length; /* a trailing newline from a shell pipeline */
    }
    if (length == 64) {
        for (size_t i = 0; i < 64; ++i) {
            if (!isxdigit(buffer[i])) {
                length = 0;
                break;
            }
            hex[i] = (char)tolower(buffer[i]);
        }
        if (length == 64) {
            hex[64] = '\0';
            return 1;
        }
    }
    if (size == 32) {
        for (size_t i = 0; i < 32; ++i) {
            snprintf(hex + 2 * i, 3, "%02x", buffer[i]);
        }
        return 1;
    }
    fprintf(stderr, "dbdump: %s holds neither 32 key bytes nor 64 hex digits\n", path);
    return 0;
}

static void printValue(const unsigned char* text, int length)
{
    for (int i = 0; i < length; ++i) {
        switch (text[i]) {
        case '\\':
            fputs("\\\\", stdout);
            break;
        case '\t':
            fputs("\\t", stdout);
            break;
        case '\n':
            fputs("\\n", stdout);
            break;
        case '\r':
            fputs("\\r", stdout);
            break;
        default:
            putchar(text[i]);
        }
    }
}

/* Opens DATABASE read-only with the raw key (the form x'<hex>' dm_store uses: no key derivation) and the page HMAC
 * `hmac`, and reads its schema to prove both. NULL on failure with *rc set; reported on stderr unless the failure is
 * "not a database" and `quiet` is set (the other HMAC is tried next). */
static sqlite3* openKeyed(const char* path, const char* hex, const char* hmac, int quiet, int* rc)
{
    sqlite3* db = NULL;
    *rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    if (*rc != SQLITE_OK) {
        fprintf(stderr, "dbdump: cannot open %s: %s\n", path, db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return NULL;
    }
    char pragma[160];
    snprintf(pragma, sizeof pragma, "PRAGMA key = \"x'%s'\"; PRAGMA cipher_hmac_algorithm = %s;", hex, hmac);
    char* error = NULL;
    *rc = sqlite3_exec(db, pragma, NULL, NULL, &error);
    memset(pragma, 0, sizeof pragma);
    if (*rc == SQLITE_OK) {
        sqlite3_free(error);
        error = NULL;
        *rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, &error);
    }
    if (*rc != SQLITE_OK) {
        if (!quiet || *rc != SQLITE_NOTADB) {
            fprintf(stderr, "dbdump: %s: %s\n", path, error ? error : "cannot set the key");
        }
        sqlite3_free(error);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

int main(int argc, char** argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: dbdump DATABASE KEYFILE SQL\n");
        return 2;
    }
    char hex[65];
    if (!readKeyHex(argv[2], hex)) {
        return 1;
    }
    /* dm_store writes a file's pages with HMAC-SHA256 or HMAC-SHA512 (SQLCipher 4's default, and that of every file
     * written before it chose) and opens either: so does this. */
    int rc = SQLITE_OK;
    sqlite3* db = openKeyed(argv[1], hex, "HMAC_SHA256", 1, &rc);
    if (!db && rc == SQLITE_NOTADB) {
        db = openKeyed(argv[1], hex, "HMAC_SHA512", 0, &rc);
    }
    memset(hex, 0, sizeof hex);
    if (!db) {
        return 1;
    }
    sqlite3_stmt* statement = NULL;
    if (sqlite3_prepare_v2(db, argv[3], -1, &statement, NULL) != SQLITE_OK) {
        fprintf(stderr, "dbdump: %s: %s\n", argv[1], sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    const int columns = sqlite3_column_count(statement);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < columns; ++column) {
            if (column > 0) {
                putchar('\t');
            }
            if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
                fputs("\\N", stdout);
                continue;
            }
            const unsigned char* text = sqlite3_column_text(statement, column);
            printValue(text, sqlite3_column_bytes(statement, column));
        }
        putchar('\n');
    }
    int status = 0;
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "dbdump: %s: %s\n", argv[1], sqlite3_errmsg(db));
        status = 1;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (fflush(stdout) != 0) {
        perror("dbdump: stdout");
        status = 1;
    }
    return status;
}
