#pragma once

namespace dm {

// The name of an SQLite VFS that opens every named file (the cache, its WAL and shared memory) with the platform's
// own VFS and keeps every temporary file in memory. SQLite leaves naming a temporary file to the VFS: it opens the
// spills of its sorts, temporary tables and statement journals without a name, so those never reach a disk, where
// they would hold decrypted rows.
//
// Why not always PRAGMA temp_store = MEMORY: with it, SQLite's sorter keeps a whole sort in one list and sorts it on
// the connection's thread. With temporary files it sorts in pieces and hands them to helper threads (PRAGMA threads),
// which an index build over a million rows uses (Db::setSortHelpers, LogBulkLoad).
//
// Registered on the first call (any thread); nullptr when SQLite refused it, and then the caller keeps temporary
// storage in memory the usual way.
[[nodiscard]] const char* memoryTempVfs();

} // namespace dm
