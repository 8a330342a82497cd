#pragma once

namespace dm {

// Keeps a crash of dmadmin or dmctl from writing their memory to disk: a core file (Linux, macOS) or a Windows Error
// Reporting dump would hold the cache key, tokens and recipients' numbers in the clear. On Linux the process is also
// made non-dumpable, so other processes of the same user cannot attach to it and read that memory. Call it first in
// main(). Returns false when the operating system refused (the process then runs as before).
bool disableCoreDumps();

} // namespace dm
