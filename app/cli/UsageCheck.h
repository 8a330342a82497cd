#pragma once

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace dm {

class CommandTable;
struct CommandSpec;

// What the command line asks for, decided before anything runs: help (printed, exit 0), a usage error (printed on
// stderr, exit 2: unknown command or subcommand, an option the command does not take), or the command to run.
struct UsageDecision
{
    const CommandSpec* command = nullptr;
    std::optional<int> exitCode; // set when dmctl is done
};

[[nodiscard]] UsageDecision checkUsage(const CommandTable& table, const QCommandLineParser& parser, bool parsed,
                                       QTextStream& out, QTextStream& err);

} // namespace dm
