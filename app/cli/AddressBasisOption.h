#pragma once

#include "cli/Commands.h"
#include "core/Account.h"
#include "core/Expected.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace dm {

// --basis, --basis-date and --basis-reference (AccountOptions): nothing when --basis is absent (`required`: a usage
// error), none for --basis none, else the basis, checked as the platform will check it. The error is the usage
// message, naming the option.
[[nodiscard]] Expected<std::optional<AddressBasis>, QString>
addressBasisOption(const QCommandLineParser& parser, const AccountOptions& options, bool required);

// The basis lines of an account the delivery extension answered with (the vendor's row does not carry it).
void printAddressBasis(QTextStream& out, const Account& account);

} // namespace dm
