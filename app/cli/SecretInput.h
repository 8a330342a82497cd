#pragma once

#include <QString>
#include <QTextStream>

namespace dm {

// One line of standard input that is a secret (a certificate's password): at a terminal, `prompt` goes to `err` and
// the typed characters are not echoed; from a pipe, the line is read as it comes. The line feed is not part of it.
[[nodiscard]] QString readSecretLine(const QString& prompt, QTextStream& err);

} // namespace dm
