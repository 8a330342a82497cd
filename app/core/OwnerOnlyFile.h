#pragma once

#include <QString>

#if defined(Q_OS_WIN)
#include <vector>
#endif

namespace dm {

// Makes the file at `path` readable and writable by its owner alone: mode 0600 on POSIX; on Windows a protected
// access list that grants the current user full control and nobody else anything (no inherited entries). For every
// file that leaves the cache with personal data in it (exports, worklists, proof packs), called on the file before it
// gets its final name, so that it is never readable by others under that name. False when it could not be done.
[[nodiscard]] bool restrictToOwner(const QString& path);

#if defined(Q_OS_WIN)
// The SID of the user the process runs as, from its token, as bytes (a SID); empty when the token cannot be read.
[[nodiscard]] std::vector<unsigned char> currentUserSid();
#endif

} // namespace dm
