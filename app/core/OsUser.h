#pragma once

#include <QString>

namespace dm {

// The name of the operating-system account this process runs as, from the system itself (getpwuid on POSIX,
// GetUserNameW on Windows), never from USER or USERNAME, which any caller can set to anything. Empty only when the
// system knows no name for it.
[[nodiscard]] QString osUserName();

} // namespace dm
