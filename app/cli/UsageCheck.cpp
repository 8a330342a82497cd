#include "cli/UsageCheck.h"

#include "cli/CommandHelp.h"
#include "cli/CommandTable.h"
#include "cli/Commands.h"

namespace dm {

namespace {

QString spelled(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString canonical(const QString& name)
{
    if (name == QLatin1String("h") || name == QLatin1String("?")) {
        return QStringLiteral("help");
    }
    if (name == QLatin1String("v")) {
        return QStringLiteral("version");
    }
    return name;
}

UsageDecision usageError(QTextStream& err, const QString& message, const QString& helpCommand)
{
    err << message << Qt::endl << CliText::tr("See: %1").arg(helpCommand) << Qt::endl;
    return {nullptr, 2};
}

// The same about one command, with its usage line between.
UsageDecision usageError(QTextStream& err, const QString& message, const CommandSpec& command)
{
    err << message << Qt::endl << CliText::tr("Usage: dmctl %1").arg(command.synopsis) << Qt::endl;
    err << CliText::tr("See: %1").arg(QStringLiteral("dmctl help ") + command.path.join(u' ')) << Qt::endl;
    return {nullptr, 2};
}

UsageDecision refuseOption(QTextStream& err, const QString& option, const CommandSpec* command)
{
    if (!command) {
        return usageError(err, CliText::tr("Unknown option %1.").arg(option), QStringLiteral("dmctl help"));
    }
    const QString name = command->path.join(QLatin1Char(' '));
    return usageError(err, CliText::tr("The command “dmctl %1” does not take the option %2.").arg(name, option),
                      *command);
}

// The command `words` name, or a usage error for an unknown command or subcommand.
UsageDecision resolve(const CommandTable& table, const QStringList& words, QTextStream& err, bool forHelp)
{
    const CommandSpec* top = table.find(words.mid(0, 1));
    if (!top) {
        return usageError(err, CliText::tr("Unknown command: %1").arg(words.first()), QStringLiteral("dmctl help"));
    }
    if (top->subcommands.isEmpty()) {
        return {top, std::nullopt};
    }
    const QString group = top->path.first();
    if (words.size() < 2) {
        if (forHelp) {
            return {top, std::nullopt};
        }
        return usageError(err,
                          CliText::tr("The command “dmctl %1” needs a subcommand: %2.")
                              .arg(group, top->subcommands.join(QStringLiteral(", "))),
                          *top);
    }
    const CommandSpec* sub = table.find(words.mid(0, 2));
    if (!sub) {
        return usageError(err,
                          CliText::tr("Unknown subcommand of “dmctl %1”: %2 (it has: %3).")
                              .arg(group, words.at(1), top->subcommands.join(QStringLiteral(", "))),
                          *top);
    }
    return {sub, std::nullopt};
}

} // namespace

UsageDecision checkUsage(const CommandTable& table, const QCommandLineParser& parser, bool parsed, QTextStream& out,
                         QTextStream& err)
{
    const QStringList words = parser.positionalArguments();
    if (!parsed) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty()) {
            return usageError(err, parser.errorText(), QStringLiteral("dmctl help"));
        }
        // The command is named as far as the words before the error tell it.
        const CommandSpec* command = words.isEmpty() ? nullptr : table.resolve(words);
        if (command && command->path.first() == QLatin1String("help")) {
            command = nullptr;
        }
        return refuseOption(err, spelled(unknown.first()), command);
    }
    const bool helpOption = parser.isSet(QStringLiteral("help"));
    if (helpOption || words.value(0) == QLatin1String("help")) {
        const QStringList subject = helpOption ? words : words.mid(1);
        if (subject.isEmpty() || (helpOption && subject.first() == QLatin1String("help"))) {
            out << overviewHelp(table);
            return {nullptr, 0};
        }
        const UsageDecision found = resolve(table, subject, err, true);
        if (found.exitCode) {
            return found;
        }
        out << commandHelp(table, *found.command);
        return {nullptr, 0};
    }
    if (words.isEmpty()) {
        err << CliText::tr("No command given.") << Qt::endl << Qt::endl << overviewHelp(table);
        return {nullptr, 2};
    }
    const UsageDecision found = resolve(table, words, err, false);
    if (found.exitCode) {
        return found;
    }
    const QStringList accepted = table.accepted(*found.command);
    for (const QString& name : parser.optionNames()) {
        const QString option = canonical(name);
        if (option != QLatin1String("version") && !accepted.contains(option)) {
            return refuseOption(err, spelled(name), found.command);
        }
    }
    return found;
}

} // namespace dm
