#pragma once

#include "core/Expected.h"

#include <QString>

namespace dm {

// A recipient's mobile and ID number for `dmctl accounts create`, read from a file or standard input, never from the
// command line: arguments are visible to every user of the machine (ps, /proc/PID/cmdline) and stay in shell history.
// The text holds `mobile=…` and, optionally, `id-number=…` lines; blank lines and lines starting with # are ignored.
struct PersonalNumbers
{
    QString mobile;
    QString idNumber; // empty when not given
};

// `source` is a file name or "-" for standard input. A file that group or others may read or write is refused (on
// POSIX systems), as is one larger than a few kilobytes. Errors never quote the numbers.
[[nodiscard]] Expected<PersonalNumbers, QString> readPersonalNumbers(const QString& source);

// Parses the text itself (what readPersonalNumbers read).
[[nodiscard]] Expected<PersonalNumbers, QString> parsePersonalNumbers(const QByteArray& text);

} // namespace dm
