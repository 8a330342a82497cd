#pragma once

#include <QString>

namespace dm {

class CommandTable;
struct CommandSpec;

// `dmctl --help`: the usage line, the global options and every command with its summary.
[[nodiscard]] QString overviewHelp(const CommandTable& table);
// `dmctl help accounts create` and `dmctl accounts create --help`: usage, description, the command's own options,
// the global ones apart, and its examples. For a group (`dmctl accounts --help`): its subcommands.
[[nodiscard]] QString commandHelp(const CommandTable& table, const CommandSpec& command);

} // namespace dm
