#pragma once

#include <QString>

namespace dm {

// Masks personal data and credentials in free text (log lines, error details) before it is written anywhere:
// - 18-character ID-like runs (17 digits and a digit or X/x, not inside a longer digit run) -> maskIdNumber;
// - mobile-like numbers (1[3-9] and 9 more digits, not inside a longer digit run; also written 3-4-4 with spaces
//   or dashes, and after +86 / 0086 / 86, which is kept) -> maskMobile;
// - the value after an accessToken, refreshToken, authCode or qiye-access-token key (also spelt access_token,
//   refresh_token, auth_code), a client_secret or a password / passwd key (newPassword too), whether written as JSON
//   ("key":"value", also with escaped quotes), a header (key: value) or a query (key=value) -> ***;
// - the credential after "Bearer " (an Authorization header) -> ***.
// Pure and thread-safe, so it can run inside a Qt message handler. Text with nothing to mask is returned as is.
[[nodiscard]] QString scrubPii(QString text);

} // namespace dm
