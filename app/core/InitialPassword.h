#pragma once

#include <QString>
#include <QStringView>

namespace dm {

// The platform's password rules (CONTRACT.md): 8 to 32 characters, at least three of lower case, upper case, digits
// and symbols, and no run of four or more sequential (abcd, 4321) or repeated (aaaa) characters, letters compared
// without regard to case.
[[nodiscard]] bool meetsPasswordRules(QStringView password);

// A strong initial password from the operating system's random source: `length` characters (12..32) from an
// alphabet without look-alikes (no 0/O, 1/l/I), meeting the rules above. It lives only in memory: shown once or
// sent by SMS, never written to a file or a log.
[[nodiscard]] QString generateInitialPassword(int length = 14);

} // namespace dm
