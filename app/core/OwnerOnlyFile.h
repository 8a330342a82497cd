#pragma once

#include <QString>

namespace dm {

// Makes the file at `path` readable and writable by its owner alone: mode 0600 on POSIX; on Windows a protected
// access list that grants the current user full control and nobody else anything (no inherited entries). For every
// file that leaves the cache with personal data in it (exports, worklists, proof packs), called on the file before it
// gets its final name, so that it is never readable by others under that name. False when it could not be done.
[[nodiscard]] bool restrictToOwner(const QString& path);

} // namespace dm
