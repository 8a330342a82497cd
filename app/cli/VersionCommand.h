#pragma once

#include <QTextStream>

namespace dm {

// Prints one "name: version" line each for dmadmin, Qt, OpenSSL and SQLCipher as loaded at run time, so a support
// ticket shows what really runs. Returns the exit code: 1 when a required library is missing or too old.
int printVersions(QTextStream& out);

} // namespace dm
